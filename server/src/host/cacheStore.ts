// Persists each corpus (its parallel index and what each source contributed, see engine/corpusCache.ts) in
// the extension's storage folder, so a restart only parses the sources whose text changed. The engine checks
// each blob's versions and checksums: a corrupt or stale file is rejected, deleted and rebuilt, never trusted.
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Engine } from '../engine';

export class CacheStore {
  /** Saves run one after another: two writers of one file would interleave. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly folder: string,
    /** Part of every file name (see `buildKey`): another build never reads these files. */
    private readonly version: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Loads the cache of each corpus (and of loose articles) into the engine; returns how many loaded. */
  async load(engine: Engine, corpora: readonly string[]): Promise<number> {
    let loaded = 0;
    for (const corpus of [undefined, ...corpora]) {
      const file = this.fileFor(corpus);
      let data: Uint8Array;
      try {
        data = await fs.readFile(file);
      } catch {
        continue;
      }
      const result = engine.loadCache(corpus, data);
      if (result.ok) {
        loaded++;
      } else {
        this.log(`Ignoring the corpus cache ${file}: ${result.problem}. It will be rebuilt.`);
        await fs.rm(file, { force: true });
      }
    }
    return loaded;
  }

  /** Writes every corpus; each file is replaced atomically. Failures are logged, never thrown. */
  save(engine: Engine): Promise<void> {
    this.saving = this.saving.then(() => this.write(engine));
    return this.saving;
  }

  private async write(engine: Engine): Promise<void> {
    try {
      await fs.mkdir(this.folder, { recursive: true });
      for (const { corpus, data } of engine.saveCache()) {
        const file = this.fileFor(corpus);
        const temporary = `${file}.${process.pid}.tmp`;
        await fs.writeFile(temporary, data);
        await fs.rename(temporary, file);
      }
    } catch (error) {
      this.log(`Could not save the corpus cache: ${String(error)}`);
    }
  }

  private fileFor(corpus: string | undefined): string {
    const key = createHash('sha1').update(corpus ?? '<loose articles>').digest('hex').slice(0, 16);
    return path.join(this.folder, `corpus-${this.version}-${key}.bin`);
  }
}

/**
 * The part of cache file names that identifies a server build: its version and a hash of its code, so a
 * cache written by any other build (whose parser or rules may differ) is never read.
 */
export function buildKey(version: string, codeFile: string): string {
  try {
    return `${version}-${createHash('sha1').update(readFileSync(codeFile)).digest('hex').slice(0, 12)}`;
  } catch {
    return version;
  }
}

/** The content hash the engine compares with a cached source's. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

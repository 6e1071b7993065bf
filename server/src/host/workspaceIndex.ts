// Keeps the engine's sources in step with the disk and the editor: scans workspace folders,
// applies watched-file changes, and lets open documents' unsaved text win over the disk.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Engine, SourceInfo } from '../engine';
import { CORPUS_CONFIG_FILE } from '../engine/corpus';
import { readArticleFile } from './articleFile';
import { CorpusRegistry, loadCorpus, walkFolder, type Classification } from './corpusFolders';
import { contentHash } from './cacheStore';

/** What the index needs from the host: settings, logging, user messages and progress. */
export interface WorkspaceIndexHost {
  maxFileSize(): number;
  log(level: 'error' | 'warn' | 'info', message: string): void;
  /** Shows one message to the user. */
  warn(message: string): void;
  /** Called once the corpora of new folders are known, before their files are indexed (to load caches). */
  corporaFound?(roots: readonly string[]): Promise<void>;
}

/** A progress sink for long work: fraction in [0, 1]. */
export type ProgressReporter = (fraction: number, message: string) => void;

export type FileChangeKind = 'created' | 'changed' | 'deleted';

/** How many files the scan reads and indexes between two turns of the event loop. */
const YIELD_EVERY = 25;

export class WorkspaceIndex {
  private readonly corpora = new CorpusRegistry();
  private readonly folders = new Set<string>();
  /** Ids (URIs) of documents open in the editor: their text comes from the editor, not the disk. */
  private readonly openIds = new Set<string>();

  constructor(
    private readonly engine: Engine,
    private readonly host: WorkspaceIndexHost,
  ) {}

  /** Adds workspace folders (file paths) and indexes everything in them. */
  async addFolders(folders: readonly string[], progress?: ProgressReporter): Promise<void> {
    for (const folder of folders) this.folders.add(folder);
    const walks = await Promise.all(folders.map((folder) => walkFolder(folder)));
    const corpora = await Promise.all(walks.flatMap((walk) => walk.configs).map(loadCorpus));
    for (const corpus of corpora) this.registerCorpus(corpus);
    await this.host.corporaFound?.(corpora.map((corpus) => corpus.root));
    await this.indexFiles(walks.flatMap((walk) => walk.files), progress);
  }

  /** Forgets workspace folders and their sources (open documents stay). */
  removeFolders(folders: readonly string[]): void {
    for (const folder of folders) {
      this.folders.delete(folder);
      for (const corpus of this.corpora.all()) if (isWithin(folder, corpus.root)) this.corpora.deleteRoot(corpus.root);
      this.refreshAliases();
      for (const source of [...this.engine.sources()]) {
        if (!this.openIds.has(source.id) && isWithin(folder, fsPathOf(source.id) ?? '')) this.engine.removeSource(source.id);
      }
    }
  }

  /** Whether a file is an article, and of which corpus. */
  classify(uri: string): Classification {
    const fsPath = fsPathOf(uri);
    return fsPath ? this.corpora.classify(fsPath) : { isArticle: false };
  }

  articleCount(): number {
    let count = 0;
    for (const _ of this.engine.sources()) count++;
    return count;
  }

  /** An editor opened or changed a document: its text is now authoritative. */
  setOpenDocument(uri: string, text: string): void {
    this.openIds.add(uri);
    // Opening fires both didOpen and a content change, and a file opens with the text already indexed from disk.
    if (this.engine.getSource(uri)?.text === text) return;
    this.engine.setSource(uri, text, this.sourceInfo(uri, text));
  }

  /** An editor closed a document: fall back to the disk (or forget it when it is not a corpus file). */
  closeDocument(uri: string): void {
    this.openIds.delete(uri);
    const fsPath = fsPathOf(uri);
    if (fsPath && this.isInsideFolders(fsPath) && this.corpora.classify(fsPath).isArticle) this.indexFile(fsPath, true);
    else this.engine.removeSource(uri);
  }

  /** Applies watched-file events. Returns true when corpus membership may have changed. */
  async applyFileChanges(changes: readonly { uri: string; kind: FileChangeKind }[]): Promise<boolean> {
    let membershipChanged = false;
    const articleChanges: { fsPath: string; uri: string; kind: FileChangeKind }[] = [];
    for (const change of changes) {
      const fsPath = fsPathOf(change.uri);
      if (!fsPath) continue;
      if (path.basename(fsPath) === CORPUS_CONFIG_FILE) {
        if (change.kind === 'deleted') {
          this.corpora.deleteRoot(path.dirname(fsPath));
          this.refreshAliases();
        } else {
          this.registerCorpus(await loadCorpus(fsPath));
        }
        membershipChanged = true;
      } else {
        articleChanges.push({ fsPath, uri: change.uri, kind: change.kind });
      }
    }
    if (membershipChanged) {
      await this.reconcileMembership();
    }
    for (const change of articleChanges) {
      if (this.openIds.has(change.uri)) continue;
      if (change.kind === 'deleted') this.engine.removeSource(change.uri);
      else if (this.corpora.classify(change.fsPath).isArticle) this.indexFile(change.fsPath, true);
    }
    return membershipChanged || articleChanges.some((change) => change.kind !== 'changed');
  }

  private registerCorpus(corpus: Awaited<ReturnType<typeof loadCorpus>>): void {
    this.corpora.set(corpus);
    for (const problem of corpus.problems) this.host.warn(`Synoptic: ${path.join(corpus.root, CORPUS_CONFIG_FILE)}: ${problem}`);
    this.refreshAliases();
  }

  /** Aliases from every corpus's synoptic.json apply to the whole engine. */
  private refreshAliases(): void {
    const aliases: Record<string, readonly string[]> = {};
    for (const corpus of this.corpora.all()) {
      for (const [name, names] of Object.entries(corpus.config.aliases)) aliases[name] = [...(aliases[name] ?? []), ...names];
    }
    this.engine.speakers.setAliases(aliases);
  }

  /** After a synoptic.json changed: drop sources no longer included, index the newly included. */
  private async reconcileMembership(): Promise<void> {
    for (const source of [...this.engine.sources()]) {
      const fsPath = fsPathOf(source.id);
      if (fsPath && !this.openIds.has(source.id) && !this.corpora.classify(fsPath).isArticle) this.engine.removeSource(source.id);
    }
    const walks = await Promise.all([...this.folders].map((folder) => walkFolder(folder)));
    await this.indexFiles(walks.flatMap((walk) => walk.files));
  }

  private async indexFiles(files: readonly string[], progress?: ProgressReporter): Promise<void> {
    const articles = files.filter((file) => this.corpora.classify(file).isArticle);
    const skipped: string[] = [];
    for (let index = 0; index < articles.length; index++) {
      const reason = this.indexFile(articles[index], false);
      if (reason) skipped.push(`${articles[index]} (${reason})`);
      if (index % YIELD_EVERY === YIELD_EVERY - 1) {
        progress?.((index + 1) / articles.length, `${index + 1}/${articles.length} articles`);
        // Let requests and edits in between batches: the scan must not freeze the editor.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress?.(1, `${articles.length}/${articles.length} articles`);
    if (skipped.length) {
      for (const line of skipped) this.host.log('warn', `Skipped ${line}`);
      const names = skipped.slice(0, 3).map((line) => path.basename(line)).join('; ');
      const more = skipped.length > 3 ? ` and ${skipped.length - 3} more (see the Synoptic output)` : '';
      this.host.warn(`Synoptic skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}: ${names}${more}.`);
    }
  }

  /** Reads one file into the engine unless it is open (its editor text wins). Returns why it was skipped, if it was. */
  private indexFile(fsPath: string, announceSkip: boolean): string | undefined {
    const uri = URI.file(fsPath).toString();
    if (this.openIds.has(uri)) return undefined;
    const result = readArticleFile(fsPath, this.host.maxFileSize());
    if (!result.ok) {
      this.engine.removeSource(uri);
      if (announceSkip) this.host.warn(`Synoptic skipped ${path.basename(fsPath)}: ${result.reason}.`);
      return result.reason;
    }
    this.engine.setSource(uri, result.text, this.sourceInfo(uri, result.text, fsPath));
    return undefined;
  }

  private sourceInfo(uri: string, text: string, fsPath = fsPathOf(uri)): SourceInfo {
    if (!fsPath) return { fileName: path.posix.basename(URI.parse(uri).path) || uri };
    const classification = this.corpora.classify(fsPath);
    const relativePath = classification.relativePath;
    return {
      fileName: path.basename(fsPath),
      relativePath,
      metadata: relativePath !== undefined ? classification.corpus?.config.sources[relativePath] : undefined,
      corpus: classification.corpus?.root,
      contentHash: contentHash(text),
    };
  }

  private isInsideFolders(fsPath: string): boolean {
    return [...this.folders].some((folder) => isWithin(folder, fsPath));
  }
}

/** The file path of a `file:` URI; undefined for other schemes (untitled documents). */
export function fsPathOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

function isWithin(folder: string, filePath: string): boolean {
  const relative = path.relative(folder, filePath);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

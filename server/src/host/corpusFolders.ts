// Finds the articles under a folder on disk: corpora (folders with synoptic.json) and `.article` files.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  CORPUS_CONFIG_FILE,
  createCorpusMatcher,
  hasArticleExtension,
  parseCorpusConfig,
  type CorpusConfig,
  type CorpusMatcher,
} from '../engine/corpus';

/** A folder holding synoptic.json. */
export interface Corpus {
  /** Absolute path of the folder. */
  readonly root: string;
  readonly config: CorpusConfig;
  readonly matcher: CorpusMatcher;
  /** What was wrong with synoptic.json, if anything. */
  readonly problems: readonly string[];
}

/** What a file is, as far as Synoptic is concerned. */
export interface Classification {
  readonly isArticle: boolean;
  /** The innermost corpus whose folder contains the file. */
  readonly corpus?: Corpus;
  /** The path relative to that corpus's root, forward slashes. */
  readonly relativePath?: string;
}

/** Folders never walked into. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', '.vscode-test']);

/** Walks a folder; returns the synoptic.json files and all other files found. Unreadable folders are skipped. */
export async function walkFolder(root: string): Promise<{ configs: string[]; files: string[] }> {
  const configs: string[] = [];
  const files: string[] = [];
  const pending = [root];
  while (pending.length) {
    const folder = pending.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const fullPath = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) pending.push(fullPath);
      } else if (entry.isFile()) {
        if (entry.name === CORPUS_CONFIG_FILE) configs.push(fullPath);
        else files.push(fullPath);
      }
    }
  }
  return { configs: configs.sort(), files: files.sort() };
}

/** Reads a synoptic.json; a missing or broken file still yields a corpus with defaults and the problems. */
export async function loadCorpus(configPath: string): Promise<Corpus> {
  let text = '';
  const problems: string[] = [];
  try {
    text = await fs.readFile(configPath, 'utf8');
  } catch (error) {
    problems.push(`${configPath} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const result = parseCorpusConfig(text);
  return { root: path.dirname(configPath), config: result.config, matcher: createCorpusMatcher(result.config), problems: [...problems, ...result.problems] };
}

/** The set of known corpora; decides membership for any path. */
export class CorpusRegistry {
  private readonly byRoot = new Map<string, Corpus>();

  set(corpus: Corpus): void {
    this.byRoot.set(corpus.root, corpus);
  }

  deleteRoot(root: string): void {
    this.byRoot.delete(root);
  }

  all(): Corpus[] {
    return [...this.byRoot.values()];
  }

  /** The innermost corpus containing the path, if any. */
  corpusOf(filePath: string): Corpus | undefined {
    let best: Corpus | undefined;
    for (const corpus of this.byRoot.values()) {
      if (isInside(corpus.root, filePath) && (!best || corpus.root.length > best.root.length)) best = corpus;
    }
    return best;
  }

  classify(filePath: string): Classification {
    const corpus = this.corpusOf(filePath);
    const relativePath = corpus ? path.relative(corpus.root, filePath).split(path.sep).join('/') : undefined;
    const inCorpus = corpus !== undefined && corpus.matcher.isArticle(relativePath!);
    return { isArticle: inCorpus || hasArticleExtension(filePath), corpus, relativePath };
  }
}

function isInside(folder: string, filePath: string): boolean {
  const relative = path.relative(folder, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

// Loads every article under a folder into a fresh engine, with the same corpus rules as the editor.
import * as path from 'node:path';
import { createEngine, type Engine, type Source } from '../engine';
import { AnalysisPool, defaultAnalysisThreads } from './analysisPool';
import { WorkspaceIndex, fsPathOf } from './workspaceIndex';

export interface LoadedFolder {
  readonly engine: Engine;
  /** The sources under the folder with their paths relative to it (forward slashes). */
  readonly sources: readonly { readonly file: string; readonly source: Source }[];
}

export interface LoadOptions {
  readonly maxFileSize?: number;
  /** Called once per problem worth telling a user (files skipped, a broken synoptic.json). */
  readonly warn?: (message: string) => void;
  readonly progress?: (fraction: number, message: string) => void;
}

export async function loadFolder(folder: string, options: LoadOptions = {}): Promise<LoadedFolder> {
  const root = path.resolve(folder);
  const engine = createEngine();
  const warn = options.warn ?? (() => undefined);
  const analyser = new AnalysisPool(defaultAnalysisThreads());
  const index = new WorkspaceIndex(engine, {
    maxFileSize: () => options.maxFileSize ?? 5_000_000,
    log: () => undefined,
    warn,
    analyser: () => analyser,
  });
  try {
    await index.addFolders([root], options.progress);
  } finally {
    await analyser.dispose();
  }
  return { engine, sources: relativeSources(engine, root) };
}

/** The engine's sources under a folder, named relative to it. */
export function relativeSources(engine: Engine, folder: string): { file: string; source: Source }[] {
  const sources: { file: string; source: Source }[] = [];
  for (const source of engine.sources()) {
    const fsPath = fsPathOf(source.id);
    if (!fsPath) continue;
    const relative = path.relative(folder, fsPath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    sources.push({ file: relative.split(path.sep).join('/'), source });
  }
  return sources;
}

// Keeps the engine's sources in step with the disk and the editor: scans workspace folders,
// applies watched-file changes, and lets open documents' unsaved text win over the disk.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Engine, SourceInfo } from '../engine';
import { CORPUS_CONFIG_FILE } from '../engine/corpus';
import type { AnalysisItem, Analyser, CacheShare } from './analysisPool';
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
  /** What analyses a scan's batches off the main thread; without one a scan analyses every source itself. */
  analyser?(): Analyser | undefined;
}

/** What a scan did. */
export interface ScanReport {
  /** How many articles were analysed on worker threads. */
  readonly analysedOnWorkers: number;
}

/** A progress sink for long work: fraction in [0, 1]. */
export type ProgressReporter = (fraction: number, message: string) => void;

export type FileChangeKind = 'created' | 'changed' | 'deleted';

/** How many files the scan reads and indexes between two turns of the event loop. */
const YIELD_EVERY = 25;

/** A source read by a scan and sent for analysis, with the revision it had then (see `revisions`). */
interface PendingSource extends AnalysisItem {
  readonly revision: number;
}

export class WorkspaceIndex {
  private readonly corpora = new CorpusRegistry();
  private readonly folders = new Set<string>();
  /** Ids (URIs) of documents open in the editor: their text comes from the editor, not the disk. */
  private readonly openIds = new Set<string>();
  /**
   * Bumped whenever a source is set or removed, per id: a scan's batch comes back from the analyser
   * later, and must not undo what an edit, a file event or another scan did in the meantime.
   */
  private readonly revisions = new Map<string, number>();

  constructor(
    private readonly engine: Engine,
    private readonly host: WorkspaceIndexHost,
  ) {}

  /** Adds workspace folders (file paths) and indexes everything in them. */
  async addFolders(folders: readonly string[], progress?: ProgressReporter): Promise<ScanReport> {
    for (const folder of folders) this.folders.add(folder);
    const walks = await Promise.all(folders.map((folder) => walkFolder(folder)));
    const corpora = await Promise.all(walks.flatMap((walk) => walk.configs).map(loadCorpus));
    for (const corpus of corpora) this.registerCorpus(corpus);
    await this.host.corporaFound?.(corpora.map((corpus) => corpus.root));
    return this.indexFiles(walks.flatMap((walk) => walk.files), progress);
  }

  /** Forgets workspace folders and their sources (open documents stay). */
  removeFolders(folders: readonly string[]): void {
    for (const folder of folders) {
      this.folders.delete(folder);
      for (const corpus of this.corpora.all()) if (isWithin(folder, corpus.root)) this.corpora.deleteRoot(corpus.root);
      this.refreshAliases();
      for (const source of [...this.engine.sources()]) {
        if (!this.openIds.has(source.id) && isWithin(folder, fsPathOf(source.id) ?? '')) this.removeSource(source.id);
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
    this.setSource(uri, text, this.sourceInfo(uri, text));
  }

  /** An editor closed a document: fall back to the disk (or forget it when it is not a corpus file). */
  closeDocument(uri: string): void {
    this.openIds.delete(uri);
    const fsPath = fsPathOf(uri);
    if (fsPath && this.isInsideFolders(fsPath) && this.corpora.classify(fsPath).isArticle) this.indexFile(fsPath, true);
    else this.removeSource(uri);
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
      if (change.kind === 'deleted') this.removeSource(change.uri);
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
      if (fsPath && !this.openIds.has(source.id) && !this.corpora.classify(fsPath).isArticle) this.removeSource(source.id);
    }
    const walks = await Promise.all([...this.folders].map((folder) => walkFolder(folder)));
    await this.indexFiles(walks.flatMap((walk) => walk.files));
  }

  private async indexFiles(files: readonly string[], progress?: ProgressReporter): Promise<ScanReport> {
    const articles = files.filter((file) => this.corpora.classify(file).isArticle);
    const skipped: string[] = [];
    const analyser = this.host.analyser?.();
    let analysedOnWorkers = 0;
    // Sources reach the engine in the order of the files, however batches finish: the engine's answers
    // then do not depend on which worker was faster.
    let inOrder: Promise<void> | undefined;
    let pending: PendingSource[] = [];
    let pendingChars = 0;
    let done = 0;
    const report = () => progress?.(done / articles.length, `${done}/${articles.length} articles`);
    const apply = (items: readonly PendingSource[], shares: readonly CacheShare[]) => {
      for (const share of shares) {
        const loaded = this.engine.loadCache(share.corpus, share.data);
        if (!loaded.ok) this.host.log('warn', `A batch of analysed sources was rejected (${loaded.problem}); analysing them again.`);
      }
      for (const item of items) {
        // Taken from the merged batch, not analysed again; skipped when an editor or a file event set or removed it meanwhile.
        if (!this.openIds.has(item.id) && this.revisionOf(item.id) === item.revision) this.setSource(item.id, item.text, item.info);
      }
      done += items.length;
    };
    const sendPending = () => {
      const batch = pending;
      pending = [];
      pendingChars = 0;
      const analysed = analyser!.analyse(batch.map(({ id, text, info }) => ({ id, text, info }))).catch((error: unknown) => {
        this.host.log('warn', `Analysing a batch of ${batch.length} sources on a worker failed (${String(error)}); analysing them on the main thread.`);
        return [];
      });
      inOrder = (inOrder ?? Promise.resolve())
        .then(async () => {
          const shares = await analysed;
          if (shares.length > 0) analysedOnWorkers += batch.length;
          apply(batch, shares);
        })
        .then(report);
    };
    const setNow = (items: readonly PendingSource[]) => {
      if (inOrder) inOrder = inOrder.then(() => apply(items, []));
      else apply(items, []);
    };
    for (let index = 0; index < articles.length; index++) {
      const read = this.readFile(articles[index]);
      if (read.skipped) skipped.push(`${articles[index]} (${read.skipped})`);
      const item = read.item && { ...read.item, revision: this.revisionOf(read.item.id) };
      if (item && analyser && !this.engine.isCached(item.id, item.info)) {
        pending.push(item);
        pendingChars += item.text.length;
        if (pending.length === analyser.batchSize || pendingChars >= analyser.batchChars) sendPending();
      } else if (item) {
        setNow([item]);
      } else {
        done++;
      }
      if (index % YIELD_EVERY === YIELD_EVERY - 1) {
        report();
        // Let requests and edits in between batches: the scan must not freeze the editor.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (inOrder && pending.length > 0) sendPending();
    else setNow(pending);
    await inOrder;
    // Whatever a loaded cache or a batch held that the scan did not set is gone from disk (or was overtaken).
    this.engine.pruneCache();
    progress?.(1, `${articles.length}/${articles.length} articles`);
    if (skipped.length) {
      for (const line of skipped) this.host.log('warn', `Skipped ${line}`);
      const names = skipped.slice(0, 3).map((line) => path.basename(line)).join('; ');
      const more = skipped.length > 3 ? ` and ${skipped.length - 3} more (see the Synoptic output)` : '';
      this.host.warn(`Synoptic skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}: ${names}${more}.`);
    }
    return { analysedOnWorkers };
  }

  /** Reads one file into the engine unless it is open (its editor text wins); a skipped file is announced if asked. */
  private indexFile(fsPath: string, announceSkip: boolean): void {
    const read = this.readFile(fsPath);
    if (read.item) this.setSource(read.item.id, read.item.text, read.item.info);
    if (read.skipped && announceSkip) this.host.warn(`Synoptic skipped ${path.basename(fsPath)}: ${read.skipped}.`);
  }

  /**
   * Reads a file for the engine: nothing for an open document (its editor text wins), the source to set, or
   * why the file was skipped (its source, if any, is then removed).
   */
  private readFile(fsPath: string): { item?: AnalysisItem; skipped?: string } {
    const uri = URI.file(fsPath).toString();
    if (this.openIds.has(uri)) return {};
    const result = readArticleFile(fsPath, this.host.maxFileSize());
    if (!result.ok) {
      this.removeSource(uri);
      return { skipped: result.reason };
    }
    return { item: { id: uri, text: result.text, info: this.sourceInfo(uri, result.text, fsPath) } };
  }

  private setSource(uri: string, text: string, info: SourceInfo): void {
    this.revisions.set(uri, this.revisionOf(uri) + 1);
    this.engine.setSource(uri, text, info);
  }

  private removeSource(uri: string): void {
    this.revisions.set(uri, this.revisionOf(uri) + 1);
    this.engine.removeSource(uri);
  }

  private revisionOf(uri: string): number {
    return this.revisions.get(uri) ?? 0;
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

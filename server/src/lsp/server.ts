// The language server: capabilities, document and workspace events, and feature registration.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createEngine } from '../engine';
import { exportAttribution } from '../engine/features/exportAttribution';
import { relativeSources } from '../host/loadFolder';
import { AnalysisPool, defaultAnalysisThreads } from '../host/analysisPool';
import { buildKey, CacheStore } from '../host/cacheStore';
import { guarded, type ServerContext } from './context';
import { registerCodeActions } from './features/codeActions';
import { registerCodeLens } from './features/codeLens';
import { COMPLETION_TRIGGER_CHARACTERS, registerCompletion } from './features/completion';
import { registerPullDiagnostics, registerPushDiagnostics, type DiagnosticsPublisher } from './features/diagnostics';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerFoldingRanges } from './features/foldingRanges';
import { registerHover } from './features/hover';
import { registerReview } from './features/review';
import { registerParallelsRequest } from './features/parallels';
import { registerReferences } from './features/references';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { PendingEdits } from './pendingEdits';
import { ClassifyRequest, CorpusChangedNotification, ExportAttributionRequest, type ClassifyResult, type InitializationOptions } from './protocol';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import { fsPathOf, WorkspaceIndex, type FileChangeKind } from '../host/workspaceIndex';

/** The article language id; other documents are ignored. */
const ARTICLE_LANGUAGE = 'article';

const FILE_CHANGE_KINDS: Record<FileChangeType, FileChangeKind> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const engine = createEngine();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let capabilities: ClientCapabilities = {};
  let initialFolders: WorkspaceFolder[] = [];
  let publisher: DiagnosticsPublisher | undefined;

  let cache: CacheStore | undefined;
  let pool: AnalysisPool | undefined;
  /** The scan's worker threads, as `synoptic.workerThreads` asks (none for 0). */
  const analyser = (): AnalysisPool | undefined => {
    const threads = settings.workerThreads ?? defaultAnalysisThreads();
    if (pool?.parallelism !== threads) {
      void pool?.dispose();
      pool = threads > 0 ? new AnalysisPool(threads) : undefined;
    }
    return pool;
  };
  const workspace = new WorkspaceIndex(engine, {
    corporaFound: async (roots) => {
      const loaded = await cache?.load(engine, roots);
      if (loaded) connection.console.info(`Loaded ${loaded} corpus cache file${loaded === 1 ? '' : 's'}.`);
    },
    maxFileSize: () => settings.maxFileSize,
    analyser,
    log: (level, message) => connection.console[level === 'warn' ? 'warn' : level](message),
    warn: (message) => {
      connection.console.warn(message);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    },
  });
  const edits = new PendingEdits((document) => updateOpenDocument(document));
  const context: ServerContext = { connection, documents, engine, workspace, settings: () => settings, flushEdits: () => edits.flush() };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    settings = readSettings(options.settings);
    if (options.storagePath) cache = new CacheStore(options.storagePath, buildKey(SERVER_VERSION, __filename), (message) => connection.console.warn(message));
    initialFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    publisher = pullDiagnostics
      ? registerPullDiagnostics(context, capabilities.workspace?.diagnostics?.refreshSupport === true)
      : registerPushDiagnostics(context);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Synoptic' },
        foldingRangeProvider: true,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspaceSymbolProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        codeLensProvider: { resolveProvider: true },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        diagnosticProvider: pullDiagnostics ? { identifier: 'synoptic', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'synoptic', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*' }],
      });
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'synoptic' });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
        workspace.removeFolders(folderPaths(event.removed));
        await workspace.addFolders(folderPaths(event.added));
        corpusChanged();
      });
    }
    await pullSettings();
    await indexWithProgress(folderPaths(initialFolders));
  });

  async function indexWithProgress(folders: string[]): Promise<void> {
    const progress = capabilities.window?.workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Synoptic: indexing articles', 0, 'scanning folders', false);
    try {
      const report = await workspace.addFolders(folders, (fraction, message) => progress?.report(Math.round(fraction * 100), message));
      if (report.analysedOnWorkers > 0) connection.console.info(`Analysed ${report.analysedOnWorkers} articles on ${pool?.parallelism} worker threads.`);
    } catch (error) {
      connection.console.error(`Indexing failed: ${String(error)}`);
    } finally {
      progress?.done();
    }
    connection.console.info(`Synoptic indexed ${workspace.articleCount()} articles.`);
    corpusChanged();
    await cache?.save(engine);
  }

  connection.onShutdown(async () => {
    await pool?.dispose();
    await cache?.save(engine);
  });

  function corpusChanged(): void {
    void connection.sendNotification(CorpusChangedNotification, { articleCount: workspace.articleCount() });
    publisher?.refresh();
  }

  async function pullSettings(): Promise<void> {
    if (!capabilities.workspace?.configuration) return;
    try {
      settings = readSettings(await connection.workspace.getConfiguration('synoptic'));
    } catch (error) {
      connection.console.warn(`Could not read settings: ${String(error)}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (capabilities.workspace?.configuration) await pullSettings();
    else settings = readSettings((change.settings as { synoptic?: unknown } | undefined)?.synoptic);
    publisher?.refresh();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    const changes = params.changes.map((change) => ({ uri: change.uri, kind: FILE_CHANGE_KINDS[change.type] }));
    try {
      if (await workspace.applyFileChanges(changes)) corpusChanged();
      else publisher?.refresh();
    } catch (error) {
      connection.console.error(`Applying file changes failed: ${String(error)}`);
    }
  });

  connection.onRequest(
    ClassifyRequest,
    guarded(context, 'classify', { isArticle: false } as ClassifyResult, (params) => {
      const classification = workspace.classify(params.uri);
      const root = classification.corpus?.root;
      return { isArticle: classification.isArticle, corpusRoot: root ? URI.file(root).toString() : undefined };
    }),
  );

  connection.onRequest(
    ExportAttributionRequest,
    guarded(context, 'exportAttribution', { sources: [] }, (params) => {
      const folder = fsPathOf(params.folderUri);
      return folder ? exportAttribution(engine, relativeSources(engine, folder)) : { sources: [] };
    }),
  );

  documents.onDidOpen((event) => updateOpenDocument(event.document));
  documents.onDidChangeContent((event) => edits.schedule(event.document));
  documents.onDidClose((event) => {
    edits.cancel(event.document.uri);
    if (event.document.languageId !== ARTICLE_LANGUAGE) return;
    workspace.closeDocument(event.document.uri);
    publisher?.refresh();
  });

  function updateOpenDocument(document: TextDocument): void {
    if (document.languageId !== ARTICLE_LANGUAGE) return;
    try {
      workspace.setOpenDocument(document.uri, document.getText());
    } catch (error) {
      connection.console.error(`Parsing ${document.uri} failed: ${String(error)}`);
    }
    publisher?.refresh([document.uri]);
  }

  registerDocumentSymbols(context);
  registerFoldingRanges(context);
  registerSemanticTokens(context);
  registerCompletion(context);
  registerHover(context);
  registerCodeActions(context);
  registerWorkspaceSymbols(context);
  registerReview(context);
  registerReferences(context);
  registerCodeLens(context);
  registerParallelsRequest(context);

  documents.listen(connection);
  connection.listen();
}

function folderPaths(folders: readonly WorkspaceFolder[]): string[] {
  return folders.map((folder) => fsPathOf(folder.uri)).filter((path): path is string => path !== undefined);
}

declare const SYNOPTIC_VERSION: string | undefined;
/** Injected by the bundler; "dev" when running unbundled. */
const SERVER_VERSION = typeof SYNOPTIC_VERSION === 'string' ? SYNOPTIC_VERSION : 'dev';

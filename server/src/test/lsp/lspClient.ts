// Test helper: starts the bundled server over stdio and speaks LSP to it, like an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

/** The repository root, from out/server/src/test/lsp. */
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../../../..');
export const SERVER_PATH = path.join(REPOSITORY_ROOT, 'server/out/server.js');

/** Capabilities of a client with pull diagnostics, progress and dynamic file watching, like VS Code. */
export const EDITOR_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: false,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    completion: { completionItem: { snippetSupport: false } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    synchronization: { dynamicRegistration: false },
  },
  window: { workDoneProgress: true },
};

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly initializeResult: InitializeResult;
  readonly folder: string;
  /** `window/showMessage` notifications received so far. */
  readonly messages: ShowMessageParams[];
  /** `window/logMessage` lines received so far. */
  readonly logs: string[];
  /** Latest pushed diagnostics per URI. */
  readonly pushed: Map<string, PublishDiagnosticsParams>;
  uri(relativePath: string): string;
  /** Opens a document as the editor would (didOpen); the text defaults to the file's content. */
  open(relativePath: string, text?: string, languageId?: string): Promise<string>;
  /** Resolves once the server has announced its first corpus scan. */
  indexed: Promise<void>;
  stop(): Promise<void>;
}

/** Writes files (relative path -> content) into a fresh temporary folder. */
export async function makeWorkspace(files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'synoptic-lsp-'));
  for (const [relativePath, content] of Object.entries(files)) {
    const fullPath = path.join(folder, relativePath);
    await fs.mkdir(path.dirname(fullPath), { recursive: true });
    await fs.writeFile(fullPath, content);
  }
  return folder;
}

export async function startServer(
  folder: string,
  options: { capabilities?: ClientCapabilities; initializationOptions?: unknown; extraFolders?: readonly string[]; keepFolder?: boolean } = {},
): Promise<TestServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const messages: ShowMessageParams[] = [];
  const pushed = new Map<string, PublishDiagnosticsParams>();
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => logs.push(params.message));
  let announceIndexed: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => (announceIndexed = resolve));
  connection.onNotification('window/showMessage', (params: ShowMessageParams) => messages.push(params));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => pushed.set(params.uri, params));
  connection.onNotification('synoptic/corpusChanged', () => announceIndexed());
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  const folderUri = URI.file(folder).toString();
  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [folder, ...(options.extraFolders ?? [])].map((each) => ({ uri: URI.file(each).toString(), name: path.basename(each) })),
    capabilities: options.capabilities ?? EDITOR_CAPABILITIES,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = (relativePath: string) => URI.file(path.join(folder, relativePath)).toString();
  return {
    connection,
    initializeResult,
    folder,
    messages,
    logs,
    pushed,
    uri,
    indexed,
    async open(relativePath, text, languageId = 'article') {
      const content = text ?? (await fs.readFile(path.join(folder, relativePath), 'utf8'));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(relativePath), languageId, version: 1, text: content } });
      return uri(relativePath);
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
      connection.dispose();
      child.kill();
      if (!options.keepFolder) await fs.rm(folder, { recursive: true, force: true });
    },
  };
}

/** Polls until the check returns a value that is not undefined, or fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

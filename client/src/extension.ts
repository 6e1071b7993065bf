// The Synoptic extension: starts the language server and opens corpus files as articles.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClassifyRequest, CorpusChangedNotification, type InitializationOptions } from '../../server/src/lsp/protocol';
import { registerExportAttribution } from './exportAttribution';
import { registerParallelCommands } from './parallelCommands';
import { registerReview } from './review/index';
import { registerUseFolderAsCorpus } from './useFolderAsCorpus';

const ARTICLE_LANGUAGE = 'article';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Synoptic');
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const storageUri = context.storageUri ?? context.globalStorageUri;
  const initializationOptions: InitializationOptions = {
    settings: vscode.workspace.getConfiguration('synoptic'),
    storagePath: storageUri.scheme === 'file' ? storageUri.fsPath : undefined,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: ARTICLE_LANGUAGE },
      { scheme: 'untitled', language: ARTICLE_LANGUAGE },
    ],
    initializationOptions,
    outputChannel: output,
  };
  client = new LanguageClient('synoptic', 'Synoptic', serverOptions, clientOptions);
  context.subscriptions.push(registerUseFolderAsCorpus());
  await client.start();

  const languageClient = client;
  // The client keeps one handler per notification: this one fans it out to every part that follows the corpus.
  const corpusChanged = new vscode.EventEmitter<number>();
  context.subscriptions.push(
    corpusChanged,
    languageClient.onNotification(CorpusChangedNotification, (params) => corpusChanged.fire(params.articleCount)),
    registerExportAttribution(languageClient),
    registerParallelCommands(languageClient),
    registerReview(languageClient, corpusChanged.event),
  );
  // Corpus .txt files open as plain text; ask the server whether each is an article and switch its language.
  const adoptIfArticle = async (document: vscode.TextDocument) => {
    if (document.isClosed || document.uri.scheme !== 'file' || document.languageId !== 'plaintext') return;
    try {
      const result = await languageClient.sendRequest(ClassifyRequest, { uri: document.uri.toString() });
      // The document may have been closed (or already switched) while the server answered.
      if (result.isArticle && !document.isClosed && document.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
    } catch (error) {
      if (!document.isClosed) output.appendLine(`Could not open ${document.uri.fsPath} as an article: ${String(error)}`);
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(adoptIfArticle),
    corpusChanged.event(() => {
      for (const document of vscode.workspace.textDocuments) void adoptIfArticle(document);
    }),
  );
  for (const document of vscode.workspace.textDocuments) void adoptIfArticle(document);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

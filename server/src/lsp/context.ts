// What every feature adapter gets: the connection, the open documents, the engine and the settings.
import type { Connection, Location, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine, Source } from '../engine';
import type { Span } from '../engine/model';
import type { ServerSettings } from './settings';
import type { WorkspaceIndex } from '../host/workspaceIndex';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly engine: Engine;
  readonly workspace: WorkspaceIndex;
  settings(): ServerSettings;
  /** Applies edits still waiting for a pause in typing, so that answers match the editor's text. */
  flushEdits(): void;
}

/** Documents for sources that are not open in the editor, made once per parsed source. */
const closedDocuments = new WeakMap<Source, TextDocument>();

/**
 * The document and its parsed source, or undefined when the engine does not have the source.
 * Sources that are not open get a document made from their indexed text, so features answer for them too.
 */
export function openSource(context: ServerContext, uri: string): { document: TextDocument; source: Source } | undefined {
  context.flushEdits();
  const source = context.engine.getSource(uri);
  if (!source) return undefined;
  const open = context.documents.get(uri);
  if (open && open.getText() === source.text) return { document: open, source };
  let document = closedDocuments.get(source);
  if (!document) {
    document = TextDocument.create(uri, 'article', 0, source.text);
    closedDocuments.set(source, document);
  }
  return { document, source };
}

/**
 * Wraps a request handler: a failure is logged and answered with the fallback, so one bad
 * request never takes the server down (rust-analyzer's dispatch does the same).
 */
export function guarded<P, R>(context: ServerContext, name: string, fallback: R, handler: (params: P) => R | Promise<R>) {
  return async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (error) {
      context.connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

/** The location of a span in any source the engine has, open or not. */
export function locate(context: ServerContext, sourceId: string, span: Span): Location | undefined {
  const target = openSource(context, sourceId);
  return target ? { uri: sourceId, range: { start: target.document.positionAt(span.start), end: target.document.positionAt(span.end) } } : undefined;
}

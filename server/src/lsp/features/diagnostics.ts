// LSP adapter: diagnostics. Pull (textDocument/diagnostic) when the client supports it, push otherwise.
import * as path from 'node:path';
import picomatch from 'picomatch';
import { DocumentDiagnosticReportKind, type Diagnostic } from 'vscode-languageserver';
import { fsPathOf } from '../../host/workspaceIndex';
import { computeDiagnostics } from '../../engine/diagnostics';
import { guarded, locate, openSource, type ServerContext } from '../context';
import { toDiagnostic } from '../convert';

export interface DiagnosticsPublisher {
  /** Tells the client that diagnostics may have changed (after an edit or a corpus change). */
  refresh(uris?: readonly string[]): void;
}

/** How long pushes wait for typing to pause. */
const PUSH_DEBOUNCE_MS = 150;

function diagnosticsFor(context: ServerContext, uri: string): Diagnostic[] {
  const open = openSource(context, uri);
  if (!open || isIgnoredFile(context, uri, open.source.info.relativePath)) return [];
  return computeDiagnostics(open.source, context.engine, context.settings().diagnostics).map((diagnostic) =>
    toDiagnostic(open.document, diagnostic, (sourceId, span) => locate(context, sourceId, span)),
  );
}

/** Ignore globs compiled once per settings value. */
let ignoreMatcher: { globs: readonly string[]; matches: (path: string) => boolean } | undefined;

function isIgnoredFile(context: ServerContext, uri: string, relativePath: string | undefined): boolean {
  const globs = context.settings().ignoreFiles;
  if (globs.length === 0) return false;
  if (ignoreMatcher?.globs !== globs) ignoreMatcher = { globs, matches: picomatch(globs as string[], { dot: true }) };
  const fsPath = fsPathOf(uri);
  return (relativePath !== undefined && ignoreMatcher.matches(relativePath)) || (fsPath !== undefined && ignoreMatcher.matches(fsPath.split(path.sep).join('/')));
}

export function registerPullDiagnostics(context: ServerContext, canRefresh: boolean): DiagnosticsPublisher {
  context.connection.languages.diagnostics.on(
    guarded(context, 'diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (params) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: diagnosticsFor(context, params.textDocument.uri),
    })),
  );
  return {
    refresh(uris) {
      // The client pulls again for an edited document by itself; a corpus-wide change needs a refresh request.
      if (canRefresh && uris === undefined) void context.connection.languages.diagnostics.refresh();
    },
  };
}

export function registerPushDiagnostics(context: ServerContext): DiagnosticsPublisher {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  const flush = () => {
    timer = undefined;
    for (const uri of pending) {
      let diagnostics: Diagnostic[] = [];
      try {
        diagnostics = diagnosticsFor(context, uri);
      } catch (error) {
        // Publish nothing rather than stale results.
        context.connection.console.error(`diagnostics failed for ${uri}: ${String(error)}`);
      }
      void context.connection.sendDiagnostics({ uri, diagnostics });
    }
    pending.clear();
  };
  context.documents.onDidClose((event) => void context.connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
  return {
    refresh(uris) {
      for (const uri of uris ?? context.documents.keys()) pending.add(uri);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, PUSH_DEBOUNCE_MS);
    },
  };
}

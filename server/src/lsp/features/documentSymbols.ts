// LSP adapter: textDocument/documentSymbol.
import { articleSymbols } from '../../engine/features/symbols';
import { guarded, openSource, type ServerContext } from '../context';
import { toDocumentSymbol } from '../convert';

export function registerDocumentSymbols(context: ServerContext): void {
  context.connection.onDocumentSymbol(
    guarded(context, 'documentSymbol', [], (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return [];
      return articleSymbols(open.source, context.engine).map((symbol) => toDocumentSymbol(open.document, symbol));
    }),
  );
}

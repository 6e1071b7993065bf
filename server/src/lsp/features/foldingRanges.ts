// LSP adapter: textDocument/foldingRange.
import type { FoldingRange } from 'vscode-languageserver';
import { articleFolds } from '../../engine/features/folding';
import { guarded, openSource, type ServerContext } from '../context';
import { toFoldingRange } from '../convert';

export function registerFoldingRanges(context: ServerContext): void {
  context.connection.onFoldingRanges(
    guarded(context, 'foldingRange', [], (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return [];
      return articleFolds(open.source.article)
        .map((fold) => toFoldingRange(open.document, fold))
        .filter((range): range is FoldingRange => range !== undefined);
    }),
  );
}

// LSP adapter: textDocument/completion inside markers.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { completeMarker, type CompletionKind } from '../../engine/features/completion';
import { guarded, openSource, type ServerContext } from '../context';
import { toRange } from '../convert';

export const COMPLETION_TRIGGER_CHARACTERS = ['@', '#', '!'];

const ITEM_KINDS: Record<CompletionKind, CompletionItemKind> = {
  speaker: CompletionItemKind.Value,
  topic: CompletionItemKind.EnumMember,
  directive: CompletionItemKind.Keyword,
};

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(
    guarded(context, 'completion', [] as CompletionItem[], (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return [];
      const offset = open.document.offsetAt(params.position);
      const result = completeMarker(context.engine, open.document.getText(), offset);
      if (!result) return [];
      const range = toRange(open.document, result.replace);
      return result.entries.map<CompletionItem>((entry, index) => ({
        label: entry.label,
        kind: ITEM_KINDS[entry.kind],
        detail: entry.detail,
        sortText: String(index).padStart(5, '0'),
        textEdit: { range, newText: entry.insertText },
      }));
    }),
  );
}

// LSP adapter: textDocument/hover. The markdown is built from untrusted text and is never marked trusted.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { hoverAt } from '../../engine/features/hover';
import { guarded, openSource, type ServerContext } from '../context';
import { toRange } from '../convert';

export function registerHover(context: ServerContext): void {
  context.connection.onHover(
    guarded(context, 'hover', null as Hover | null, (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return null;
      const result = hoverAt(context.engine, open.source, open.document.offsetAt(params.position));
      if (!result) return null;
      return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(open.document, result.span) };
    }),
  );
}

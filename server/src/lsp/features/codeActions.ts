// LSP adapter: textDocument/codeAction — quick fixes for attribution diagnostics.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { AttributionFixData } from '../../engine/diagnostics/unattributedClaim';
import { ATTRIBUTION_CODES, attributionQuickFixes } from '../../engine/features/quickFixes';
import { guarded, openSource, type ServerContext } from '../context';
import { toRange, toSpan } from '../convert';

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(
    guarded(context, 'codeAction', [] as CodeAction[], (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return [];
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        const code = String(diagnostic.code ?? '');
        if (diagnostic.source !== 'synoptic' || !ATTRIBUTION_CODES.has(code)) continue;
        const fixes = attributionQuickFixes(open.source, code, toSpan(open.document, diagnostic.range), diagnostic.data as AttributionFixData | undefined);
        for (const fix of fixes) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred,
            edit: { changes: { [params.textDocument.uri]: fix.edits.map((edit) => ({ range: toRange(open.document, edit.span), newText: edit.newText })) } },
          });
        }
      }
      return actions;
    }),
  );
}

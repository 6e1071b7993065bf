// LSP adapter: textDocument/semanticTokens/full. Tokens are cut at line ends (clients may not support multi-line tokens).
import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import { articleSemanticTokens, SEMANTIC_TOKEN_TYPES } from '../../engine/features/semanticTokens';
import { guarded, openSource, type ServerContext } from '../context';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] };

export function registerSemanticTokens(context: ServerContext): void {
  context.connection.languages.semanticTokens.on(
    guarded(context, 'semanticTokens', { data: [] }, (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return { data: [] };
      const builder = new SemanticTokensBuilder();
      for (const token of articleSemanticTokens(open.source)) {
        const typeIndex = SEMANTIC_TOKEN_TYPES.indexOf(token.type);
        const start = open.document.positionAt(token.start);
        const end = open.document.positionAt(token.end);
        for (let line = start.line; line <= end.line; line++) {
          const from = line === start.line ? start.character : 0;
          // Offsets past a line's end clamp to just before its line break.
          const to = line === end.line ? end.character : open.document.positionAt(open.document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER })).character;
          if (to > from) builder.push(line, from, to - from, typeIndex, 0);
        }
      }
      return builder.build();
    }),
  );
}

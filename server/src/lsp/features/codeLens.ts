// LSP adapter: textDocument/codeLens — "reported by N other sources" above each paragraph. Lenses are
// cheap to list and counted on resolve, so only the visible ones cost anything.
import type { CodeLens } from 'vscode-languageserver';
import { paragraphParallelCounts } from '../../engine/features/parallelPassages';
import { guarded, openSource, type ServerContext } from '../context';

/** The client command that peeks at the parallels of a position (client/src/parallelCommands.ts). */
export const SHOW_PARALLELS_COMMAND = 'synoptic.showParallels';

interface LensData {
  readonly uri: string;
  readonly paragraph: number;
}

export function registerCodeLens(context: ServerContext): void {
  context.connection.onCodeLens(
    guarded(context, 'codeLens', [] as CodeLens[], (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return [];
      return open.source.article.paragraphs.flatMap((paragraph, index) => {
        if (paragraph.sentences.length === 0) return [];
        const start = open.document.positionAt(paragraph.sentences[0].start);
        const data: LensData = { uri: params.textDocument.uri, paragraph: index };
        return [{ range: { start, end: start }, data }];
      });
    }),
  );
  context.connection.onCodeLensResolve(
    guarded(context, 'codeLensResolve', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } as CodeLens, (lens) => {
      const data = lens.data as LensData;
      const source = context.engine.getSource(data.uri);
      const count = source ? paragraphParallelCounts(context.engine, source, data.paragraph) : 0;
      const title = count === 0 ? 'reported by no other source' : `reported by ${count} other source${count === 1 ? '' : 's'}`;
      return { ...lens, command: { title, command: count ? SHOW_PARALLELS_COMMAND : '', arguments: count ? [data.uri, lens.range.start] : undefined } };
    }),
  );
}

// LSP adapter: workspace/symbol — go to every passage of a speaker.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { sourceLabel } from '../../engine';
import { findSpeakerPassages } from '../../engine/features/speakerPassages';
import { guarded, openSource, type ServerContext } from '../context';
import { toRange } from '../convert';

export function registerWorkspaceSymbols(context: ServerContext): void {
  context.connection.onWorkspaceSymbol(
    guarded(context, 'workspaceSymbol', [] as SymbolInformation[], (params) =>
      findSpeakerPassages(context.engine, params.query).flatMap((found) => {
        const open = openSource(context, found.sourceId);
        if (!open) return [];
        return [{
          name: `${found.speaker}: ${found.preview}`,
          kind: SymbolKind.Class,
          containerName: sourceLabel(open.source),
          location: { uri: found.sourceId, range: toRange(open.document, found.span) },
        }];
      }),
    ),
  );
}

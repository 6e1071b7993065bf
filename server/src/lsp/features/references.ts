// LSP adapters: textDocument/references and textDocument/definition — the parallel passages of the
// sentence under the cursor, in every other source, open or not. Definition answers with LocationLinks
// so editors can peek at them.
import type { Location, LocationLink } from 'vscode-languageserver';
import { parallelsAt } from '../../engine/features/parallelPassages';
import { guarded, locate, openSource, type ServerContext } from '../context';
import { toRange } from '../convert';

export function registerReferences(context: ServerContext): void {
  context.connection.onReferences(
    guarded(context, 'references', [] as Location[], (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return [];
      const found = parallelsAt(context.engine, open.source, open.document.offsetAt(params.position));
      if (!found) return [];
      const locations = found.versions.flatMap((version) => locate(context, version.source.id, version.parallel.span) ?? []);
      if (params.context.includeDeclaration && locations.length) locations.unshift({ uri: params.textDocument.uri, range: toRange(open.document, found.span) });
      return locations;
    }),
  );
  context.connection.onDefinition(
    guarded(context, 'definition', [] as LocationLink[], (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return [];
      const found = parallelsAt(context.engine, open.source, open.document.offsetAt(params.position));
      if (!found) return [];
      const origin = toRange(open.document, found.span);
      return found.versions.flatMap((version) => {
        const target = locate(context, version.source.id, version.parallel.span);
        const selection = version.parallel.clause ? locate(context, version.source.id, version.parallel.clause) : target;
        return target && selection ? [{ originSelectionRange: origin, targetUri: target.uri, targetRange: target.range, targetSelectionRange: selection.range }] : [];
      });
    }),
  );
}

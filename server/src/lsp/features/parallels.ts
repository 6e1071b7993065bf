// LSP adapter: synoptic/parallels — a sentence and the other sources' versions, with texts, for the compare view.
import { sourceLabel } from '../../engine';
import { parallelsAt } from '../../engine/features/parallelPassages';
import { stripMarkers } from '../../engine/markers';
import { guarded, locate, openSource, type ServerContext } from '../context';
import { toRange } from '../convert';
import { ParallelsRequest, type ParallelsResult } from '../protocol';

export function registerParallelsRequest(context: ServerContext): void {
  context.connection.onRequest(
    ParallelsRequest,
    guarded(context, 'parallels', null as ParallelsResult | null, (params) => {
      const open = openSource(context, params.uri);
      if (!open) return null;
      const found = parallelsAt(context.engine, open.source, open.document.offsetAt(params.position));
      if (!found) return null;
      const own = open.source.attribution.passages.find((passage) => passage.sentence === found.sentence && passage.speaker);
      return {
        passage: {
          uri: params.uri,
          range: toRange(open.document, found.span),
          text: stripMarkers(open.source.text, found.span),
          label: sourceLabel(open.source),
          speaker: own?.speaker ? context.engine.speakers.canonical(own.speaker.name) : null,
        },
        parallels: found.versions.flatMap((version) => {
          const location = locate(context, version.source.id, version.parallel.span);
          return location
            ? [{ uri: location.uri, range: location.range, text: stripMarkers(version.source.text, version.parallel.span), label: version.label, speaker: version.speaker, kind: version.parallel.kind, score: version.parallel.score }]
            : [];
        }),
      };
    }),
  );
}

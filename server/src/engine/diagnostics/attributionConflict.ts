// Diagnostic: attribution-conflict
// Fires on a passage whose parallel in another source (the same words, not merely the same topic)
// credits a different speaker. Only named speakers conflict: the outlet's own voice (`null`) or an
// unknown speaker never does, and names that are one speaker corpus-wide ("the minister" and the
// minister's name, by the corpus's aliases) do not either.
import { sourceLabel, type Source } from '../index';
import { DiagnosticCode } from './index';
import type { ParallelFinding, ParallelsContext, RelatedPassage } from '../parallels/findings';

export function checkAttributionConflicts(source: Source, context: ParallelsContext): ParallelFinding[] {
  const label = context.label ?? sourceLabel;
  const canonical = context.canonical ?? ((name: string) => name);
  const findings: ParallelFinding[] = [];
  source.article.sentences.forEach((sentence, sentenceIndex) => {
    const indexed = context.parallels.speakerOf(source.id, sentenceIndex);
    if (typeof indexed !== 'string') return;
    const speaker = canonical(indexed);
    const related: RelatedPassage[] = [];
    const names = new Set<string>();
    for (const parallel of context.parallels.parallelsOf(source.id, sentenceIndex)) {
      if (!parallel.speakerDiffers || typeof parallel.speaker !== 'string') continue;
      const otherSpeaker = canonical(parallel.speaker);
      const other = context.getSource(parallel.sourceId);
      if (other === undefined || otherSpeaker === speaker) continue;
      names.add(otherSpeaker);
      related.push({ sourceId: other.id, span: parallel.span, message: `${label(other)} credits this to ${otherSpeaker}.` });
    }
    if (related.length === 0) return;
    findings.push({
      code: DiagnosticCode.AttributionConflict,
      span: { start: sentence.start, end: sentence.end },
      message: `Credited to ${speaker} here, but to ${[...names].join(' or ')} in ${related.length === 1 ? 'another source' : `${related.length} other sources`}.`,
      related,
    });
  });
  return findings;
}

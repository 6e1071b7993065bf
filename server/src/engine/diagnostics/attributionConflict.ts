// Diagnostic: attribution-conflict
// Fires on a passage whose parallel in another source (the same words, not merely the same topic)
// credits a different speaker. Only named speakers conflict: the outlet's own voice (`null`) or an
// unknown speaker never does.
import { sourceLabel, type Source } from '../index';
import { DiagnosticCode } from './index';
import type { ParallelFinding, ParallelsContext, RelatedPassage } from '../parallels/findings';

export function checkAttributionConflicts(source: Source, context: ParallelsContext): ParallelFinding[] {
  const label = context.label ?? sourceLabel;
  const findings: ParallelFinding[] = [];
  source.article.sentences.forEach((sentence, sentenceIndex) => {
    const speaker = context.parallels.speakerOf(source.id, sentenceIndex);
    if (typeof speaker !== 'string') return;
    const related: RelatedPassage[] = [];
    for (const parallel of context.parallels.parallelsOf(source.id, sentenceIndex)) {
      if (!parallel.speakerDiffers || typeof parallel.speaker !== 'string') continue;
      const other = context.getSource(parallel.sourceId);
      if (other === undefined) continue;
      related.push({ sourceId: other.id, span: parallel.span, message: `${label(other)} credits this to ${parallel.speaker}.` });
    }
    if (related.length === 0) return;
    const names = [...new Set(related.map((entry) => entry.message.replace(/^.* credits this to (.*)\.$/, '$1')))];
    findings.push({
      code: DiagnosticCode.AttributionConflict,
      span: { start: sentence.start, end: sentence.end },
      message: `Credited to ${speaker} here, but to ${names.join(' or ')} in ${related.length === 1 ? 'another source' : `${related.length} other sources`}.`,
      related,
    });
  });
  return findings;
}

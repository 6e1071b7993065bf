// Diagnostic: single-source
// Fires on a claim that no other source of the corpus reports, in any wording or from any speaker.
// Silent in a corpus of one source, where everything is single-source.
import type { Source } from '../index';
import { DiagnosticCode } from './index';
import type { ParallelFinding, ParallelsContext } from '../parallels/findings';

/** Without a claim test, passages shorter than this many words are not treated as claims. */
const MIN_CLAIM_WORDS = 6;

/**
 * Claims of `source` with no parallel passage elsewhere. `isClaim` says which sentences are claims
 * (from attribution); undefined: every passage of at least six words.
 */
export function checkSingleSource(source: Source, context: ParallelsContext, isClaim?: (sentenceIndex: number) => boolean): ParallelFinding[] {
  const sourceIds = context.parallels.sourceIds();
  if (!sourceIds.includes(source.id) || sourceIds.length < 2) return [];
  const findings: ParallelFinding[] = [];
  source.article.sentences.forEach((sentence, sentenceIndex) => {
    const claim = isClaim !== undefined
      ? isClaim(sentenceIndex)
      : (source.text.slice(sentence.start, sentence.end).match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_CLAIM_WORDS;
    if (!claim || !context.parallels.isPassage(source.id, sentenceIndex)) return;
    if (context.parallels.parallelsOf(source.id, sentenceIndex).length > 0) return;
    findings.push({
      code: DiagnosticCode.SingleSource,
      span: { start: sentence.start, end: sentence.end },
      message: `No other source of the corpus (${sourceIds.length - 1} other${sourceIds.length === 2 ? '' : 's'}) reports this.`,
      related: [],
    });
  });
  return findings;
}


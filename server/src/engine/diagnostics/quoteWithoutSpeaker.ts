// Diagnostic: quote-without-speaker
// Fires on a quotation inside a passage that no speaker is credited with. A short scare quote (three words
// or fewer, no sentence inside: `the “politicisation” of the issue`) gets its own message and
// `data.scareQuote = true`, and is never shown louder than a hint.
import type { Engine, Source } from '../index';
import { DiagnosticCode } from './index';
import { likelySpeakers, type AttributionFinding } from './unattributedClaim';

/** A quotation of at most this many words, with no sentence punctuation inside, is a scare quote. */
const SCARE_QUOTE_WORDS = 3;

export function checkQuotesWithoutSpeaker(source: Source, engine: Engine): AttributionFinding[] {
  const article = source.article;
  const attribution = source.attribution;
  const findings: AttributionFinding[] = [];
  let passageIndex = 0;
  for (const quote of article.quotes) {
    while (passageIndex < attribution.passages.length && attribution.passages[passageIndex].span.end <= quote.content.start) passageIndex++;
    const passage = attribution.passages[passageIndex];
    if (!passage || passage.span.start > quote.content.start || passage.speaker) continue;
    const content = article.text.slice(quote.content.start, quote.content.end).trim();
    const words = content.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const scareQuote = words <= SCARE_QUOTE_WORDS && !/[.!?;:]\s*\S/.test(content);
    findings.push({
      code: DiagnosticCode.QuoteWithoutSpeaker,
      span: { start: quote.start, end: quote.end },
      message: scareQuote
        ? `Scare quote: "${content}" is quoted but credited to no one.`
        : 'Quotation without a speaker: no one in the passage is credited with these words. Add {@Speaker} to credit them.',
      data: { candidates: likelySpeakers(attribution, passageIndex, engine.speakers), scareQuote },
      maxSeverity: scareQuote ? 'hint' : undefined,
    });
  }
  return findings;
}

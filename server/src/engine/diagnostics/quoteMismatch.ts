// Diagnostic: quote-mismatch
// Fires on a direct quotation whose words differ from the same speaker's quotation of the same
// statement in another source. A quote that is a fragment of the other (`"did not get everything"`
// inside the full sentence) is not a mismatch; typography, case and punctuation are ignored.
import { sourceLabel, type Source } from '../index';
import type { Quote, Span } from '../model';
import { DiagnosticCode } from './index';
import type { ParallelFinding, ParallelsContext, RelatedPassage } from '../parallels/findings';

/** Quotes shorter than this many words are too short to compare (`"hard but fair"` is three). */
const MIN_QUOTE_WORDS = 3;

/** Words of a quote, lowercase, typography and punctuation ignored. */
function quoteWords(text: string, span: Span): string[] {
  return (
    text
      .slice(span.start, span.end)
      .replace(/[\u2019']/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function isContiguousPart(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length > whole.length) return false;
  outer: for (let start = 0; start + part.length <= whole.length; start++) {
    for (let index = 0; index < part.length; index++) {
      if (whole[start + index] !== part[index]) continue outer;
    }
    return true;
  }
  return false;
}

/** Length of the longest common subsequence of two word lists (quotes are short). */
function commonWords(first: readonly string[], second: readonly string[]): number {
  let previous = new Array<number>(second.length + 1).fill(0);
  for (const word of first) {
    const current = new Array<number>(second.length + 1).fill(0);
    for (let index = 0; index < second.length; index++) {
      current[index + 1] = word === second[index] ? previous[index] + 1 : Math.max(previous[index + 1], current[index]);
    }
    previous = current;
  }
  return previous[second.length];
}

function overlaps(first: Span, second: Span): boolean {
  return first.start < second.end && second.start < first.end;
}

/**
 * Quotes of `source` worded differently in another source's parallel passage (same or unknown
 * speaker). The finding spans the quote's words; related information points at each other version.
 */
export function checkQuoteMismatch(source: Source, context: ParallelsContext): ParallelFinding[] {
  const label = context.label ?? sourceLabel;
  const article = source.article;
  const findings: ParallelFinding[] = [];
  for (const quote of article.quotes) {
    if (!quote.closed) continue;
    const words = quoteWords(source.text, quote.content);
    if (words.length < MIN_QUOTE_WORDS) continue;
    const related: RelatedPassage[] = [];
    const seen = new Set<string>();
    article.sentences.forEach((sentence, sentenceIndex) => {
      if (!overlaps(sentence, quote)) return;
      for (const parallel of context.parallels.parallelsOf(source.id, sentenceIndex)) {
        if (parallel.speakerDiffers) continue;
        const other = context.getSource(parallel.sourceId);
        if (other === undefined) continue;
        for (const otherQuote of other.article.quotes) {
          if (!otherQuote.closed || !overlaps(otherQuote, parallel.span)) continue;
          const key = `${other.id}#${otherQuote.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (!differs(words, quoteWords(other.text, otherQuote.content))) continue;
          related.push(relatedQuote(other, otherQuote, label(other)));
        }
      }
    });
    if (related.length === 0) continue;
    const first = related[0];
    const more = related.length > 1 ? ` (and ${related.length - 1} more)` : '';
    findings.push({
      code: DiagnosticCode.QuoteMismatch,
      span: quote.content,
      message: `Quoted differently in ${first.message}${more}.`,
      related,
    });
  }
  return findings;
}

/** True when two quotes of one statement are worded differently: neither is a fragment of the other, and they share enough words to be the same quote. */
function differs(words: readonly string[], otherWords: readonly string[]): boolean {
  if (otherWords.length < MIN_QUOTE_WORDS) return false;
  const [shorter, longer] = words.length <= otherWords.length ? [words, otherWords] : [otherWords, words];
  if (isContiguousPart(shorter, longer)) return false;
  return commonWords(words, otherWords) >= Math.max(2, Math.ceil(shorter.length * 0.3));
}

function relatedQuote(other: Source, quote: Quote, otherLabel: string): RelatedPassage {
  const content = other.text.slice(quote.content.start, quote.content.end).replace(/\s+/g, ' ').trim();
  const shown = content.length > 160 ? `${content.slice(0, 157)}…` : content;
  return { sourceId: other.id, span: quote.content, message: `${otherLabel}: “${shown}”` };
}

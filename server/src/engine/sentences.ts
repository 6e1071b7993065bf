// Splits a paragraph into sentences. Hand-written rather than Intl.Segmenter, which splits after
// `Aug.` and `Mr.` on Node 20. One left-to-right pass with bounded look-around, so it stays linear.
//
// A sentence ends at `.`, `?`, `!` or an ellipsis, together with any closing quotes and brackets
// after it, when a space and a sentence start follow. Ambiguous periods (`U.S.`, initials, `Inc.`,
// `Aug.`, ellipses) end a sentence only before a word that commonly starts one (`The`, `He`, …).
// Markers right after a sentence end belong to that sentence; the text never splits inside a marker.

import { CALENDAR, MAYBE_FINAL, NEVER_FINAL_DOTTED, SENTENCE_STARTERS, TITLES } from './abbreviations';
import { isDigitCode, isLetterAt, isLowerAt, isSpaceCode, isUpperAt, trimSpan } from './chars';
import type { Quote, Span } from './model';
import { findQuotes } from './quotes';

/** What the splitter knows about the paragraph besides its text. */
export interface SentenceContext {
  /**
   * The paragraph's quotes, in order (from `findQuotes`): a straight mark after a period closes the
   * sentence only where a quote closes. Undefined: the splitter finds them itself.
   */
  readonly quotes?: readonly Quote[];
  /** Spans to treat as opaque (markers), in order. */
  readonly markers?: readonly Span[];
}

const OPENERS = '\u201c\u2018"\'([\u00ab';

/** A quote closing within this many code units of a period inside it is a short quote. */
const SHORT_QUOTE_TAIL = 80;

/** A quote tail of this many words or more is a sentence of its own. */
const SENTENCE_TAIL_WORDS = 4;

/**
 * Splits `span` of `text` (the whole text by default) into sentence spans, in order. Each span is
 * trimmed of spaces (no-break spaces included) and never empty.
 */
export function splitSentences(text: string, span?: Span, context: SentenceContext = {}): Span[] {
  const start = Math.max(0, Math.min(span?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(span?.end ?? text.length, text.length));
  const markers = context.markers ?? [];
  const quotes = context.quotes ?? findQuotes(text, { start, end }, markers).quotes;
  const straightCloses = new Set<number>();
  for (const quote of quotes) {
    if (quote.closed && (quote.mark === 'straight-double' || quote.mark === 'straight-single')) {
      straightCloses.add(quote.end - 1);
    }
  }
  const isCloser = (index: number): boolean => {
    const code = text.charCodeAt(index);
    if (code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d || code === 0xbb) {
      return true;
    }
    return (code === 0x22 || code === 0x27) && straightCloses.has(index);
  };

  const sentences: Span[] = [];
  const pushSentence = (from: number, to: number): void => {
    const trimmed = trimSpan(text, from, to);
    if (trimmed.end > trimmed.start) {
      sentences.push(trimmed);
    }
  };

  let markerIndex = 0;
  /** The marker covering `index`, if any; `index` only grows between calls. */
  const markerAt = (index: number): Span | undefined => {
    while (markerIndex < markers.length && markers[markerIndex].end <= index) {
      markerIndex++;
    }
    const marker = markers[markerIndex];
    return marker !== undefined && marker.start <= index ? marker : undefined;
  };
  let quoteIndex = 0;
  /** The quote strictly containing `index`, if any; `index` only grows between calls. */
  const quoteAround = (index: number): Quote | undefined => {
    while (quoteIndex < quotes.length && quotes[quoteIndex].end <= index) {
      quoteIndex++;
    }
    const quote = quotes[quoteIndex];
    return quote !== undefined && quote.start < index ? quote : undefined;
  };

  let sentenceStart = start;
  // A native regular expression finds the candidate terminators; the slice keeps it from running past `end`.
  const region = text.slice(start, end);
  const candidates = /[.?!\u2026\u3002\uff01\uff1f]/g;
  let index = start;
  while (index < end) {
    candidates.lastIndex = index - start;
    const found = candidates.exec(region);
    if (found === null) {
      break;
    }
    index = start + found.index;
    const marker = markerAt(index);
    if (marker !== undefined) {
      index = Math.max(index + 1, marker.end);
      continue;
    }
    const code = text.charCodeAt(index);
    const isCjk = isCjkTerminatorCode(code);
    let runEnd = index;
    let terminatorEnd = index;
    while (runEnd < end) {
      const runCode = text.charCodeAt(runEnd);
      if (isTerminatorCode(runCode)) {
        runEnd++;
        terminatorEnd = runEnd;
      } else if (isCloser(runEnd)) {
        runEnd++;
      } else {
        break;
      }
    }
    if (runEnd < end && !isSpaceCode(text.charCodeAt(runEnd)) && !isCjk && markerAt(runEnd) === undefined) {
      // `3.5`, `U.S.A`, `example.com`: no space, no sentence end.
      index = runEnd;
      continue;
    }
    let next = runEnd;
    let glueEnd = runEnd;
    for (;;) {
      while (next < end && isSpaceCode(text.charCodeAt(next))) {
        next++;
      }
      const gluedMarker = next < end ? markerAt(next) : undefined;
      if (gluedMarker === undefined) {
        break;
      }
      next = Math.max(next + 1, gluedMarker.end);
      glueEnd = next;
    }
    if (next >= end) {
      break;
    }
    const decision = isCjk || endsSentence(text, index, terminatorEnd, runEnd, next, end, quoteAround(index));
    if (decision) {
      pushSentence(sentenceStart, glueEnd);
      sentenceStart = next;
    }
    index = next;
  }
  pushSentence(sentenceStart, end);
  return sentences;
}

/** `.`, `?`, `!`, `…` and their full-width CJK forms. */
function isTerminatorCode(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026 || isCjkTerminatorCode(code);
}

function isCjkTerminatorCode(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/**
 * Decides whether the terminators at `[terminatorStart, terminatorEnd)`, followed by closers up to
 * `runEnd` and spaces, end a sentence given that the next text starts at `next`.
 */
function endsSentence(
  text: string,
  terminatorStart: number,
  terminatorEnd: number,
  runEnd: number,
  next: number,
  end: number,
  quote: Quote | undefined,
): boolean {
  if (!canStartSentence(text, next, end)) {
    return false;
  }
  if (quote !== undefined && quote.closed && quote.end - 1 >= runEnd && isShortQuoteTail(text, next, quote)) {
    return false;
  }
  const terminators = text.slice(terminatorStart, terminatorEnd);
  if (terminators.includes('?') || terminators.includes('!')) {
    return true;
  }
  if (terminators.includes('\u2026') || terminators.length > 1) {
    return startsWithStarter(text, next, end);
  }
  if (runEnd > terminatorEnd) {
    // `.”`, `.)`: a period closed by a quote or bracket ends the sentence.
    return true;
  }
  let wordStart = terminatorStart;
  while (wordStart > 0 && terminatorStart - wordStart < 32) {
    const code = text.charCodeAt(wordStart - 1);
    if (code === 0x2e || isLetterAt(text, wordStart - 1)) {
      wordStart--;
    } else if (code >= 0xdc00 && code <= 0xdfff && wordStart >= 2 && isLetterAt(text, wordStart - 2)) {
      wordStart -= 2;
    } else {
      break;
    }
  }
  const word = text.slice(wordStart, terminatorStart);
  if (word.length === 0) {
    // `2021. The` ends a sentence; ` . . . The` is a spaced ellipsis.
    return !isSpaceCode(text.charCodeAt(terminatorStart - 1)) || startsWithStarter(text, next, end);
  }
  if (word.includes('.')) {
    if (NEVER_FINAL_DOTTED.has(word.toLowerCase()) || word.startsWith('.')) {
      return false;
    }
    return startsWithStarter(text, next, end);
  }
  if (word.length === 1) {
    if (isUpperAt(text, wordStart)) {
      // An initial (`George W. Bush`) unless a clear sentence start follows.
      return startsWithStarter(text, next, end) && !isInitialAt(text, next, end);
    }
    return !isDigitCode(text.charCodeAt(next));
  }
  // "Dr.", and "DR." or "PROF." in a transcript's capitalised speaker label.
  if (TITLES.has(word) || (word.length > 1 && word === word.toUpperCase() && TITLES.has(word.charAt(0) + word.slice(1).toLowerCase()))) {
    return false;
  }
  if (CALENDAR.has(word)) {
    return !isDigitCode(text.charCodeAt(next)) && startsWithStarter(text, next, end);
  }
  if (MAYBE_FINAL.has(word)) {
    return startsWithStarter(text, next, end);
  }
  return true;
}

/** True when the text at `index` can begin a sentence: not lowercase, not punctuation that continues one. */
function canStartSentence(text: string, index: number, end: number): boolean {
  let first = index;
  if (OPENERS.includes(text.charAt(first))) {
    first++;
    if (first >= end) {
      return false;
    }
  }
  if (isLowerAt(text, first)) {
    return false;
  }
  if (isUpperAt(text, first) || isDigitCode(text.charCodeAt(first)) || isLetterAt(text, first)) {
    return true;
  }
  if (first > index) {
    return true;
  }
  return '$\u00a3\u20ac\u00a5#@\u2014\u2013-'.includes(text.charAt(first)) || text.charCodeAt(first) >= 0xd800;
}

/** True when the word at `index` is one that commonly starts a sentence (or an opening quote + capital). */
function startsWithStarter(text: string, index: number, end: number): boolean {
  if (OPENERS.includes(text.charAt(index)) && index + 1 < end) {
    return isUpperAt(text, index + 1);
  }
  let wordEnd = index;
  while (wordEnd < end && wordEnd - index < 20 && isLetterAt(text, wordEnd)) {
    wordEnd++;
  }
  return SENTENCE_STARTERS.has(text.slice(index, wordEnd));
}

/** True when a single capital and a period stand at `index` (the next initial of a name). */
function isInitialAt(text: string, index: number, end: number): boolean {
  return index + 1 < end && isUpperAt(text, index) && text.charCodeAt(index + 1) === 0x2e;
}

/**
 * True when `quote` closes soon after `next` without a sentence end of its own and with too few words to be
 * a sentence: `“Go. Now,” he said`. `“Stay inside. The roads are closed,” she said` splits after `inside.`.
 */
function isShortQuoteTail(text: string, next: number, quote: Quote): boolean {
  const closeMark = quote.end - 1;
  if (closeMark - next > SHORT_QUOTE_TAIL) {
    return false;
  }
  let words = 0;
  for (let index = next; index < closeMark; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026) {
      return false;
    }
    if (isSpaceCode(code) && !isSpaceCode(text.charCodeAt(index + 1))) {
      words++;
    }
  }
  return words + 1 < SENTENCE_TAIL_WORDS;
}

// Finds quotations in a paragraph: `"…"`, `“…”`, `‘…’` and `'…'`, telling quotes from apostrophes
// (`Kessaria’s`, `farmers’ will`, `don't`, `’90s`). One left-to-right pass, so thousands of
// quotes stay linear. Only outermost quotes are reported: marks inside an open quote are nested
// quotes or apostrophes and are skipped.

import { isDigitCode, isLetterAt, isLetterBefore, isSpaceCode, isWordAt, isWordBefore, trimSpan } from './chars';
import type { ParseProblem, Quote, QuoteMark, Span } from './model';

/** Quotes found in a stretch of text, and the problems (unbalanced quotes) found with them. */
export interface QuoteScan {
  readonly quotes: Quote[];
  readonly problems: ParseProblem[];
}

const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const STRAIGHT_DOUBLE = 0x22;
const STRAIGHT_SINGLE = 0x27;

/** A straight single quote longer than this is taken for two apostrophes instead. */
const MAX_STRAIGHT_SINGLE_LENGTH = 400;

/** Words written with a leading apostrophe (`'em`, `'til`), never the start of a quote. */
const ELISIONS: ReadonlySet<string> = new Set(['em', 'til', 'cause', 'n', 'tis', 'twas', 'bout', 'round', 'cos', 'nuff']);

const CLOSING_CHARACTER: Readonly<Record<QuoteMark, string>> = {
  'straight-double': '"',
  'straight-single': "'",
  'curly-double': '\u201d',
  'curly-single': '\u2019',
};

interface OpenQuote {
  readonly mark: QuoteMark;
  readonly start: number;
}

/**
 * Finds the quotes in `span` of `text` (the whole text by default), usually one paragraph.
 * `skip` lists spans to step over (markers), sorted and non-overlapping.
 * An opening mark without a closing one yields a quote with `closed: false` that ends at the end of
 * the span (or just before the next opening double mark) and an `unbalanced-quote` problem on the
 * opening mark. A straight single quote is only taken for a quote when a closing one follows; else
 * it is an apostrophe and reported nowhere.
 */
export function findQuotes(text: string, span?: Span, skip: readonly Span[] = []): QuoteScan {
  const start = Math.max(0, Math.min(span?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(span?.end ?? text.length, text.length));
  const quotes: Quote[] = [];
  const problems: ParseProblem[] = [];
  let open: OpenQuote | undefined;
  let skipIndex = 0;
  let singleCloseCache = -1;

  const emitClosed = (quote: OpenQuote, closeAt: number): void => {
    quotes.push({
      start: quote.start,
      end: closeAt + 1,
      mark: quote.mark,
      content: { start: quote.start + 1, end: closeAt },
      closed: true,
    });
  };

  const emitUnclosed = (quote: OpenQuote, limit: number): void => {
    const quoteEnd = Math.max(quote.start + 1, trimSpan(text, quote.start, limit).end);
    quotes.push({
      start: quote.start,
      end: quoteEnd,
      mark: quote.mark,
      content: { start: quote.start + 1, end: quoteEnd },
      closed: false,
    });
    problems.push({
      start: quote.start,
      end: quote.start + 1,
      code: 'unbalanced-quote',
      message: `Unbalanced quotation mark: no closing ${CLOSING_CHARACTER[quote.mark]} before the end of the paragraph.`,
    });
  };

  /** Position of the next `'` after `from` that could close a straight single quote, or -1. */
  const nextSingleClose = (from: number): number => {
    if (singleCloseCache > from) {
      return singleCloseCache;
    }
    if (singleCloseCache === -2) {
      return -1;
    }
    for (let index = from + 1; index < end; index++) {
      if (text.charCodeAt(index) === STRAIGHT_SINGLE && closesSingle(text, index, end)) {
        singleCloseCache = index;
        return index;
      }
    }
    singleCloseCache = -2;
    return -1;
  };

  // A native regular expression finds the candidate marks; the slice keeps it from running past `end`.
  const region = text.slice(start, end);
  const candidates = /["'\u2018\u2019\u201c\u201d]/g;
  for (let found = candidates.exec(region); found !== null; found = candidates.exec(region)) {
    const index = start + found.index;
    while (skipIndex < skip.length && skip[skipIndex].end <= index) {
      skipIndex++;
    }
    if (skipIndex < skip.length && skip[skipIndex].start <= index) {
      candidates.lastIndex = Math.max(found.index + 1, skip[skipIndex].end - start);
      continue;
    }
    const code = text.charCodeAt(index);
    switch (code) {
      case LEFT_DOUBLE:
        if (open === undefined) {
          open = { mark: 'curly-double', start: index };
        } else if (isDoubleMark(open.mark)) {
          if (isClosingContext(text, index, start, end)) {
            // A left mark typed where a right one belongs.
            emitClosed(open, index);
            open = undefined;
          } else {
            emitUnclosed(open, index);
            open = { mark: 'curly-double', start: index };
          }
        }
        break;
      case RIGHT_DOUBLE:
        if (open !== undefined && isDoubleMark(open.mark)) {
          emitClosed(open, index);
          open = undefined;
        } else if (open === undefined && isOpeningContext(text, index, start) && isWordAt(text, index + 1)) {
          // A right mark typed where a left one belongs.
          open = { mark: 'curly-double', start: index };
        }
        break;
      case STRAIGHT_DOUBLE:
        if (open !== undefined && isDoubleMark(open.mark)) {
          emitClosed(open, index);
          open = undefined;
        } else if (
          open === undefined &&
          index + 1 < end &&
          !isSpaceCode(text.charCodeAt(index + 1)) &&
          !isDigitCode(text.charCodeAt(index - 1))
        ) {
          open = { mark: 'straight-double', start: index };
        }
        break;
      case LEFT_SINGLE:
        if (open === undefined && !isDigitCode(text.charCodeAt(index + 1)) && !isLetterBefore(text, index)) {
          if (index + 1 < end && !isSpaceCode(text.charCodeAt(index + 1))) {
            open = { mark: 'curly-single', start: index };
          }
        }
        break;
      case RIGHT_SINGLE:
        if (open !== undefined && open.mark === 'curly-single' && !isWordAt(text, index + 1)) {
          emitClosed(open, index);
          open = undefined;
        }
        break;
      case STRAIGHT_SINGLE:
        if (open !== undefined) {
          if (open.mark === 'straight-single' && closesSingle(text, index, end)) {
            emitClosed(open, index);
            open = undefined;
          }
        } else if (opensSingle(text, index, start, end)) {
          const close = nextSingleClose(index);
          if (close !== -1 && close - index <= MAX_STRAIGHT_SINGLE_LENGTH) {
            open = { mark: 'straight-single', start: index };
          }
        }
        break;
    }
  }
  if (open !== undefined && open.mark !== 'straight-single') {
    emitUnclosed(open, end);
  }
  return { quotes, problems };
}

function isDoubleMark(mark: QuoteMark): boolean {
  return mark === 'curly-double' || mark === 'straight-double';
}

/** True when the mark at `index` follows a space, an opening bracket or dash, or the span start. */
function isOpeningContext(text: string, index: number, start: number): boolean {
  if (index <= start) {
    return true;
  }
  const previous = text.charCodeAt(index - 1);
  return isSpaceCode(previous) || '([{\u2014\u2013-/\u201c\u2018"\''.includes(text.charAt(index - 1));
}

/** True when the mark at `index` follows a non-space and is not followed by a word. */
function isClosingContext(text: string, index: number, start: number, end: number): boolean {
  if (index <= start || isSpaceCode(text.charCodeAt(index - 1))) {
    return false;
  }
  return index + 1 >= end || !isWordAt(text, index + 1);
}

/** True when the `'` at `index` could close a quote: after a non-space, before no letter or digit. */
function closesSingle(text: string, index: number, end: number): boolean {
  if (isSpaceCode(text.charCodeAt(index - 1))) {
    return false;
  }
  return index + 1 >= end || !isWordAt(text, index + 1);
}

/** True when the `'` at `index` could open a quote rather than stand for left-out letters. */
function opensSingle(text: string, index: number, start: number, end: number): boolean {
  if (index + 1 >= end || !isOpeningContext(text, index, start) || isWordBefore(text, index)) {
    return false;
  }
  if (isDigitCode(text.charCodeAt(index + 1))) {
    return false;
  }
  if (!isLetterAt(text, index + 1)) {
    return false;
  }
  let wordEnd = index + 1;
  while (wordEnd < end && wordEnd - index <= 6 && isLetterAt(text, wordEnd)) {
    wordEnd++;
  }
  return !ELISIONS.has(text.slice(index + 1, wordEnd).toLowerCase());
}

// Splits a sentence into word and punctuation tokens for the attribution rules.
// One sticky scan per sentence, starting at the sentence's offset: never a regex over the whole text.

import { TITLES } from '../abbreviations';
import { CALENDAR_WORDS } from './lexicon';
import type { Quote, Span } from '../model';

/** A word, a possessive ending, or one punctuation character. */
export interface Token extends Span {
  /** The token as written. */
  readonly text: string;
  /** Lowercase, with curly apostrophes straightened and a final period dropped (`mr` for `Mr.`). */
  readonly lower: string;
  /** `word` for letters and digits, `possessive` for `’s`, `punct` for anything else. */
  readonly kind: 'word' | 'possessive' | 'punct';
  /** True when the word starts with an uppercase letter. */
  readonly capitalized: boolean;
  /** True inside the content of a quotation. */
  readonly quoted: boolean;
  /**
   * True for a weekday or month used as a date: "Monday", "in May", "Jan. 5". A month that can be a
   * given name and stands before another capitalised word ("Mayor Jan Oder", "June Kessler") is not.
   */
  readonly calendar: boolean;
}

/** Weekdays are always dates; months may be given names. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’\-][\p{L}\p{N}\p{M}]+)*|\S/uy;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

/** Tokens of `span` in `text`; `quotes` are the paragraph's quotations, in order. */
export function tokenize(text: string, span: Span, quotes: readonly Quote[]): Token[] {
  const tokens: Token[] = [];
  let quoteIndex = 0;
  TOKEN.lastIndex = span.start;
  while (TOKEN.lastIndex < span.end) {
    const position = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      TOKEN.lastIndex = position + 1;
      continue;
    }
    const start = match.index;
    let end = Math.min(start + match[0].length, span.end);
    let value = text.slice(start, end);
    if (value.trim() === '') continue;
    while (quoteIndex < quotes.length && quotes[quoteIndex].end <= start) quoteIndex++;
    const quote = quoteIndex < quotes.length ? quotes[quoteIndex] : undefined;
    const quoted = quote !== undefined && quote.content.start <= start && end <= quote.content.end;
    if (/^[\p{L}\p{N}]/u.test(value)) {
      // A period belongs to a title or an acronym (`Mr.`, `U.N.`), not to the sentence.
      if (text.charCodeAt(end) === 46 && end < span.end && (TITLES.has(value) || value.length === 1 || DOTTED_ACRONYM.test(value))) {
        end++;
        value += '.';
        TOKEN.lastIndex = end;
      }
      const possessive = POSSESSIVE.exec(value);
      if (possessive) {
        const stemEnd = start + possessive[1].length;
        tokens.push(makeToken(possessive[1], start, stemEnd, 'word', quoted));
        tokens.push(makeToken(possessive[2], stemEnd, end, 'possessive', quoted));
        continue;
      }
      tokens.push(makeToken(value, start, end, 'word', quoted));
    } else if (isPluralPossessive(text, start, tokens, quotes)) {
      tokens.push(makeToken(value, start, end, 'possessive', quoted));
    } else {
      tokens.push(makeToken(value, start, end, 'punct', quoted));
    }
  }
  return markCalendarWords(tokens);
}

/** Words before a month that make it a date ("in May", "since June", "early March"). */
const DATE_LEADS = new Set(['on', 'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'before', 'after', 'during']);

function markCalendarWords(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    if (token.kind !== 'word' || !CALENDAR_WORDS.has(token.lower)) return token;
    const next = tokens[index + 1];
    const nameLike = !WEEKDAYS.has(token.lower) && next?.kind === 'word' && next.capitalized && !/^\p{N}/u.test(next.text) && !DATE_LEADS.has(tokens[index - 1]?.lower ?? '');
    return nameLike ? token : { ...token, calendar: true };
  });
}

/** An apostrophe right after a word ending in `s` (`countries’ news agencies`) that closes no quotation. */
function isPluralPossessive(text: string, start: number, tokens: readonly Token[], quotes: readonly Quote[]): boolean {
  const code = text.charCodeAt(start);
  if (code !== 0x2019 && code !== 0x27) return false;
  const previous = tokens[tokens.length - 1];
  if (!previous || previous.kind !== 'word' || previous.end !== start || !/s$/i.test(previous.text)) return false;
  return !quotes.some((quote) => quote.end === start + 1 || quote.start === start);
}

function makeToken(value: string, start: number, end: number, kind: Token['kind'], quoted: boolean): Token {
  let lower = value.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  if (lower.length > 1 && lower.endsWith('.')) lower = lower.slice(0, -1);
  return { text: value, lower, kind, capitalized: kind === 'word' && UPPER.test(value), quoted, calendar: false, start, end };
}

/** True for a token that ends or separates clauses. */
export function isClauseBreak(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^[,;:.!?—–()-]$/.test(token.text);
}

/** True for an opening or closing quotation mark token. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^["“”‘’'«»]$/.test(token.text);
}

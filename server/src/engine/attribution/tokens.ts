// Splits a sentence into word and punctuation tokens for the attribution rules.
// One scan per sentence, starting at the sentence's offset: never a regex over the whole text.

import { TITLES } from '../abbreviations';
import { lowerCase } from '../chars';
import { ATTACHED_PARTICLES, CALENDAR_WORDS, FUNCTION_WORDS, WEEKDAYS } from './lexicon';
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
  /** True for a word that starts with a digit of any script. */
  readonly numeric: boolean;
  /** True for a capitalised word that can be part of a name: not quoted, not a function word, date or number. */
  readonly nameWord: boolean;
}


// A token is a word (`[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’\-][\p{L}\p{N}\p{M}]+)*`) or any other non-space
// character. The scan reads ASCII by character code and asks these sticky classes only about the other
// characters: one Unicode regex match per token was most of the tokenizer's time.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/uy;
const SPACE = /\s/y;
const UPPER = /[\p{Lu}\p{Lt}]/uy;
const DIGIT = /\p{N}/uy;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const ATTACHED_PARTICLE = /^(\p{Ll}+)[-'’]\p{Lu}/u;

/** A token under construction: `calendar` and `nameWord` are set once the neighbours are known. */
type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/** Tokens of `span` in `text`; `quotes` are the paragraph's quotations, in order. */
export function tokenize(text: string, span: Span, quotes: readonly Quote[]): Token[] {
  const tokens: MutableToken[] = [];
  let quoteIndex = 0;
  let position = span.start;
  while (position < span.end) {
    const start = position;
    const code = text.charCodeAt(start);
    if (isSpace(text, start, code)) {
      position++;
      continue;
    }
    const letterEnd = wordCharacterEnd(LETTER_OR_DIGIT, text, start);
    position = letterEnd < 0 ? codePointEnd(text, start) : wordEnd(text, letterEnd);
    let end = Math.min(position, span.end);
    let value = text.slice(start, end);
    while (quoteIndex < quotes.length && quotes[quoteIndex].end <= start) quoteIndex++;
    const quote = quoteIndex < quotes.length ? quotes[quoteIndex] : undefined;
    const quoted = quote !== undefined && quote.content.start <= start && end <= quote.content.end;
    // A word whose first character the span's end cuts off is no word.
    if (letterEnd >= 0 && letterEnd <= end) {
      // A period belongs to a title or an acronym (`Mr.`, `U.N.`), not to the sentence.
      if (text.charCodeAt(end) === 46 && end < span.end && (TITLES.has(value) || value.length === 1 || DOTTED_ACRONYM.test(value))) {
        end++;
        value += '.';
        position = end;
      }
      if (isPossessiveWord(value)) {
        const stemEnd = end - 2;
        tokens.push(makeToken(value.slice(0, -2), start, stemEnd, 'word', quoted));
        tokens.push(makeToken(value.slice(-2), stemEnd, end, 'possessive', quoted));
        continue;
      }
      tokens.push(makeToken(value, start, end, 'word', quoted));
    } else if (isPluralPossessive(text, start, tokens, quotes)) {
      tokens.push(makeToken(value, start, end, 'possessive', quoted));
    } else {
      tokens.push(makeToken(value, start, end, 'punct', quoted));
    }
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    token.calendar = isCalendarWord(tokens, index);
    token.nameWord = token.capitalized && !token.quoted && !token.calendar && !token.numeric && !FUNCTION_WORDS.has(token.lower);
  }
  return tokens;
}

/** True when the character at `index` (its code is `code`) is white space, as `\s` reads it. */
function isSpace(text: string, index: number, code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  SPACE.lastIndex = index;
  return SPACE.test(text);
}

/** Where the character at `index` ends when it is a letter or digit (or, for `WORD_CHARACTER`, a mark); else -1. */
function wordCharacterEnd(pattern: RegExp, text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? index + 1 : -1;
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** Where the code point at `index` ends (after a surrogate pair's second half). */
function codePointEnd(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Where a word ends: letters, digits and marks from `index`, joined by single `.`, `'`, `’` or `-`. */
function wordEnd(text: string, index: number): number {
  let end = index;
  for (;;) {
    let next = wordCharacterEnd(WORD_CHARACTER, text, end);
    while (next >= 0) {
      end = next;
      next = wordCharacterEnd(WORD_CHARACTER, text, end);
    }
    const joiner = text.charCodeAt(end);
    if (joiner !== 46 && joiner !== 39 && joiner !== 0x2019 && joiner !== 45) return end;
    const afterJoiner = wordCharacterEnd(WORD_CHARACTER, text, end + 1);
    if (afterJoiner < 0) return end;
    end = afterJoiner;
  }
}

/** A word ending in `'s` or `’s` after at least one character ("Dravic's"): the stem and the ending are two tokens. */
function isPossessiveWord(value: string): boolean {
  const length = value.length;
  const apostrophe = value.charCodeAt(length - 2);
  return length > 2 && value.charCodeAt(length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

/** Words before a month that make it a date ("in May", "since June", "early March"). */
const DATE_LEADS = new Set(['on', 'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'before', 'after', 'during']);

/** See `Token.calendar`. */
function isCalendarWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token.kind !== 'word' || !CALENDAR_WORDS.has(token.lower)) return false;
  const next = tokens[index + 1];
  const nameLike = !WEEKDAYS.has(token.lower) && next?.kind === 'word' && next.capitalized && !next.numeric && !DATE_LEADS.has(tokens[index - 1]?.lower ?? '');
  return !nameLike;
}

/** An apostrophe right after a word ending in `s` (`countries’ news agencies`) that closes no quotation. */
function isPluralPossessive(text: string, start: number, tokens: readonly Token[], quotes: readonly Quote[]): boolean {
  const code = text.charCodeAt(start);
  if (code !== 0x2019 && code !== 0x27) return false;
  const previous = tokens[tokens.length - 1];
  if (!previous || previous.kind !== 'word' || previous.end !== start || !/s$/i.test(previous.text)) return false;
  return !quotes.some((quote) => quote.end === start + 1 || quote.start === start);
}

function makeToken(value: string, start: number, end: number, kind: Token['kind'], quoted: boolean): MutableToken {
  let lower = lowerCase(value);
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  if (lower.length > 1 && lower.endsWith('.')) lower = lower.slice(0, -1);
  const word = kind === 'word';
  const capitalized = word && (startsWith(UPPER, value, 65, 90) || isParticleSurname(value));
  const numeric = word && startsWith(DIGIT, value, 48, 57);
  return { text: value, lower, kind, capitalized, quoted, calendar: false, numeric, nameWord: false, start, end };
}

/** True when `value` starts with a character of `pattern` (a sticky class), whose ASCII members are `low..high`. */
function startsWith(pattern: RegExp, value: string, low: number, high: number): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= low && code <= high;
  pattern.lastIndex = 0;
  return pattern.test(value);
}

/** "al-Rashid", "d’Aubert": a surname behind a lowercase particle is as capitalised as the name it is. */
function isParticleSurname(value: string): boolean {
  // Every attached particle is ASCII lowercase: a word whose run of a-z is not followed by a joiner has none.
  let index = 0;
  while (index < value.length && value.charCodeAt(index) >= 97 && value.charCodeAt(index) <= 122) index++;
  const joiner = value.charCodeAt(index);
  if (index === 0 || (joiner !== 45 && joiner !== 39 && joiner !== 0x2019)) return false;
  const particle = ATTACHED_PARTICLE.exec(value);
  return particle !== null && ATTACHED_PARTICLES.has(particle[1]);
}

/** True for a token that ends or separates clauses. */
export function isClauseBreak(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^[,;:.!?—–()-]$/.test(token.text);
}

/** True for an opening or closing quotation mark token. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^["“”‘’'«»]$/.test(token.text);
}

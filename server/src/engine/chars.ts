// Character classes for the article parser, on UTF-16 code units and code points.
// Scraped text mixes no-break spaces, curly quotes and non-Latin letters, so the tests here are
// Unicode-aware but cheap for ASCII, which is most of every article.

import type { Span } from './model';

const LETTER = /\p{L}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;

/**
 * True for every code unit the parser treats as space: ASCII whitespace, no-break spaces, the
 * Unicode space separators, zero-width space and a stray byte order mark.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) {
    return code === 32 || (code >= 9 && code <= 13);
  }
  if (code < 0x85) {
    return false;
  }
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for the plain spaces and tabs that make a line count as blank (no-break spaces do not). */
export function isPlainBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12;
}

/** True when `text[index]` is a line break code unit (LF or CR). */
export function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13;
}

/** True for ASCII digits. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function codePointString(text: string, index: number): string {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      return text.slice(index, index + 2);
    }
  }
  return text.charAt(index);
}

/** True when the code point starting at `index` is a letter of any script. False outside the text. */
export function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) {
    return false;
  }
  const code = text.charCodeAt(index);
  if (code < 128) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER.test(codePointString(text, index));
}

/** True when the code point starting at `index` is an uppercase or titlecase letter. */
export function isUpperAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) {
    return false;
  }
  const code = text.charCodeAt(index);
  if (code < 128) {
    return code >= 65 && code <= 90;
  }
  return UPPER.test(codePointString(text, index));
}

/** True when the code point starting at `index` is a lowercase letter. */
export function isLowerAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) {
    return false;
  }
  const code = text.charCodeAt(index);
  if (code < 128) {
    return code >= 97 && code <= 122;
  }
  return LOWER.test(codePointString(text, index));
}

/** True when the code point ending just before `index` is a letter (looks back over surrogate pairs). */
export function isLetterBefore(text: string, index: number): boolean {
  if (index <= 0 || index > text.length) {
    return false;
  }
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      return isLetterAt(text, index - 2);
    }
  }
  return isLetterAt(text, index - 1);
}

/** True when the code unit at `index` is a letter or an ASCII digit. */
export function isWordAt(text: string, index: number): boolean {
  return isDigitCode(text.charCodeAt(index)) || isLetterAt(text, index);
}

/** True when the code unit before `index` is a letter or an ASCII digit. */
export function isWordBefore(text: string, index: number): boolean {
  return isDigitCode(text.charCodeAt(index - 1)) || isLetterBefore(text, index);
}

/** Shrinks `[start, end)` past spaces on both sides; returns an empty span at `start` when all is space. */
export function trimSpan(text: string, start: number, end: number): Span {
  let trimmedStart = start;
  let trimmedEnd = end;
  while (trimmedStart < trimmedEnd && isSpaceCode(text.charCodeAt(trimmedStart))) {
    trimmedStart++;
  }
  while (trimmedEnd > trimmedStart && isSpaceCode(text.charCodeAt(trimmedEnd - 1))) {
    trimmedEnd--;
  }
  return { start: trimmedStart, end: trimmedEnd };
}

/** Collapses runs of spaces (no-break spaces included) to one ASCII space and trims the ends. */
export function collapseSpaces(value: string): string {
  return value.replace(/[\s\u0085\u200b]+/g, ' ').trim();
}

/**
 * `value.toLowerCase()`, skipped when it would change nothing (no ASCII capital, no other script): V8
 * lowercases a two-byte string, which is any slice of a text with a curly quote, through ICU at several
 * times the cost, even when it is lowercase already.
 */
export function lowerCase(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code >= 65 && code <= 90) || code >= 128) return value.toLowerCase();
  }
  return value;
}

// Splits article text into lines the way LSP counts them: LF, CRLF and a lone CR all end a line.

import type { Span } from './model';

/** One line of the text, without its line break. */
export interface Line extends Span {
  /** Offset just past the line break (equal to `end` on the last line). */
  readonly next: number;
}

/**
 * Splits `text` into lines. A leading byte order mark is left out of the first line, so no span
 * built from a line can include it. Always returns at least one line (possibly empty).
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  let nextFeed = text.indexOf('\n', start);
  let nextReturn = text.indexOf('\r', start);
  while (nextFeed !== -1 || nextReturn !== -1) {
    const index = nextReturn === -1 || (nextFeed !== -1 && nextFeed < nextReturn) ? nextFeed : nextReturn;
    const next = index === nextReturn && text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
    lines.push({ start, end: index, next });
    start = next;
    if (nextFeed !== -1 && nextFeed < next) {
      nextFeed = text.indexOf('\n', next);
    }
    if (nextReturn !== -1 && nextReturn < next) {
      nextReturn = text.indexOf('\r', next);
    }
  }
  lines.push({ start, end: length, next: length });
  return lines;
}

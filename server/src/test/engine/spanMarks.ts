// Inline span expectations for engine tests: `⟦` and `⟧` mark where a span starts and ends, so a
// fixture such as `⟦Mr. Lind left.⟧ ⟦He returned.⟧` is both the input and the expected sentences.

import type { Span } from '../../engine/model';

export const OPEN_MARK = '\u27e6';
export const CLOSE_MARK = '\u27e7';

/** Removes the marks from `fixture`; returns the plain text and the marked spans in order. */
export function unmark(fixture: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const openStarts: number[] = [];
  for (const character of fixture) {
    if (character === OPEN_MARK) {
      openStarts.push(text.length);
    } else if (character === CLOSE_MARK) {
      const start = openStarts.pop();
      if (start === undefined) {
        throw new Error(`unbalanced ${CLOSE_MARK} in fixture: ${fixture}`);
      }
      spans.push({ start, end: text.length });
    } else {
      text += character;
    }
  }
  spans.sort((left, right) => left.start - right.start || right.end - left.end);
  return { text, spans };
}

/** Puts marks around `spans` (non-overlapping) in `text`: the inverse of `unmark`. */
export function mark(text: string, spans: readonly Span[]): string {
  const insertions: { offset: number; mark: string }[] = [];
  for (const span of spans) {
    insertions.push({ offset: span.start, mark: OPEN_MARK }, { offset: span.end, mark: CLOSE_MARK });
  }
  // At one offset, a closing mark comes before an opening one.
  insertions.sort((left, right) => left.offset - right.offset || (left.mark === CLOSE_MARK ? -1 : 1));
  let result = '';
  let position = 0;
  for (const insertion of insertions) {
    result += text.slice(position, insertion.offset) + insertion.mark;
    position = insertion.offset;
  }
  return result + text.slice(position);
}

// Wording differences between two passages, for hovers and the compare view. Markers are stripped
// first, so the user's annotations never show up as differences.

import { diffWords } from 'diff';
import { stripMarkers } from '../markers';
import type { Span } from '../model';

/** A run of words: in both passages (`same`), only in the other one (`added`), or only in this one (`removed`). */
export interface DiffSegment {
  readonly text: string;
  readonly kind: 'added' | 'removed' | 'same';
}

/** Curly quotes and apostrophes read as straight ones, so typography alone is no difference. */
function normalizeTypography(value: string): string {
  return value.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019\u201a]/g, "'");
}

/**
 * The word differences from `span` of `text` (this passage) to `otherSpan` of `otherText` (the
 * other source's version), markers stripped, case and typographic quotes ignored. Adjacent segments
 * of the same kind are merged. Never throws; empty spans give an empty list.
 */
export function wordDiff(text: string, span: Span, otherText: string, otherSpan: Span): DiffSegment[] {
  const own = normalizeTypography(stripMarkers(text, span));
  const other = normalizeTypography(stripMarkers(otherText, otherSpan));
  if (own.length === 0 && other.length === 0) return [];
  const segments: DiffSegment[] = [];
  // Diffed from the other passage to this one: with `ignoreCase`, common words take the text of the
  // second string, and `same` segments should read as this passage does.
  for (const change of diffWords(other, own, { ignoreCase: true })) {
    const kind = change.added ? 'removed' : change.removed ? 'added' : 'same';
    const last = segments[segments.length - 1];
    if (last !== undefined && last.kind === kind) {
      segments[segments.length - 1] = { text: last.text + change.value, kind };
    } else {
      segments.push({ text: change.value, kind });
    }
  }
  return segments;
}

// Finds the user's markers: `{@speaker}`, `{#topic}`, `{!status or directive}`.
// A marker never crosses a line break. Half-typed markers are expected while the user types,
// so they are reported as malformed markers, never skipped and never fatal.

import { collapseSpaces, isLineBreakCode, isSpaceCode, trimSpan } from './chars';
import type { Marker, MarkerKind, Span } from './model';

/** The directives a `{!…}` marker may start with. */
export const KNOWN_DIRECTIVES: readonly string[] = ['verified', 'disputed', 'ignore'];

const SIGILS: Readonly<Record<string, MarkerKind>> = { '@': 'speaker', '#': 'topic', '!': 'status' };

const EMPTY_MESSAGES: Readonly<Record<MarkerKind, string>> = {
  speaker: 'Empty speaker marker: write a name after "@", as in {@Name}.',
  topic: 'Empty topic marker: write a topic after "#", as in {#topic}.',
  status: 'Empty status marker: write verified, disputed or ignore after "!", as in {!verified}.',
};

/**
 * Finds every marker in `span` of `text` (the whole text by default), in document order.
 * A `{` followed by `@`, `#` or `!` opens a marker; it ends at the next `}`. When a line break,
 * another `{` or the end of the span comes first, the marker is unclosed and runs up to there.
 * A marker is standalone when only spaces share its line (other standalone markers aside).
 */
export function findMarkers(text: string, span?: Span): Marker[] {
  const start = clamp(span?.start ?? 0, text.length);
  const end = Math.max(start, clamp(span?.end ?? text.length, text.length));
  const found: MutableMarker[] = [];
  // indexOf is fastest but may run past `end`; short spans (one sentence) scan by hand instead.
  const useIndexOf = end - start > 4096 || end === text.length;
  let index = start;
  while (index < end - 1) {
    if (useIndexOf) {
      index = text.indexOf('{', index);
      if (index === -1 || index >= end - 1) {
        break;
      }
    } else if (text.charCodeAt(index) !== 123 /* { */) {
      index++;
      continue;
    }
    const kind = SIGILS[text.charAt(index + 1)];
    if (kind === undefined) {
      index++;
      continue;
    }
    const marker = scanMarker(text, index, end, kind);
    found.push(marker);
    index = Math.max(index + 1, marker.end);
  }
  markStandalone(text, start, end, found);
  return found;
}

/**
 * The text of `span` with every marker removed and runs of spaces (no-break spaces, line breaks)
 * collapsed to one space, trimmed. Comparison code uses it so a marked-up copy matches its source.
 */
export function stripMarkers(text: string, span: Span): string {
  const start = clamp(span.start, text.length);
  const end = Math.max(start, clamp(span.end, text.length));
  const markers = findMarkers(text, { start, end });
  if (markers.length === 0) {
    return collapseSpaces(text.slice(start, end));
  }
  // `said {!verified}.` must read `said.`: spaces before a removed marker go when punctuation follows it.
  let result = '';
  let position = start;
  for (const marker of markers) {
    const before = text.slice(position, marker.start);
    const following = text.charAt(nextNonSpace(text, marker.end, end));
    result += CLOSING_PUNCTUATION.includes(following) ? before.trimEnd() : `${before} `;
    position = marker.end;
  }
  result += text.slice(position, end);
  return collapseSpaces(result);
}

const CLOSING_PUNCTUATION = '.,;:!?\u2026)]\u201d\u2019';

function nextNonSpace(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && isSpaceCode(text.charCodeAt(index))) {
    index++;
  }
  return index < end ? index : text.length;
}

interface MutableMarker {
  start: number;
  end: number;
  kind: MarkerKind;
  value: string;
  valueSpan: Span;
  standalone: boolean;
  directive?: string;
  argument?: string;
  problem?: string;
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset) || offset < 0) {
    return 0;
  }
  return Math.min(Math.floor(offset), length);
}

function scanMarker(text: string, open: number, limit: number, kind: MarkerKind): MutableMarker {
  let index = open + 2;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === 125 /* } */ || code === 123 /* { */ || isLineBreakCode(code)) {
      break;
    }
    index++;
  }
  const closed = index < limit && text.charCodeAt(index) === 125;
  const valueSpan = trimSpan(text, open + 2, index);
  const value = text.slice(valueSpan.start, valueSpan.end);
  const end = closed ? index + 1 : trimSpan(text, open, index).end;
  const marker: MutableMarker = { start: open, end, kind, value, valueSpan, standalone: false };
  if (kind === 'status') {
    parseDirective(marker);
  }
  if (!closed) {
    marker.problem = `Unclosed marker: add "}" to end it on this line.`;
  } else if (value.length === 0) {
    marker.problem = EMPTY_MESSAGES[kind];
  } else if (kind === 'status' && !KNOWN_DIRECTIVES.includes(marker.directive ?? '')) {
    const shown = marker.directive === undefined || marker.directive.length === 0 ? value : marker.directive;
    marker.problem = `Unknown marker directive "${shown.slice(0, 40)}": use verified, disputed or ignore.`;
  }
  return marker;
}

/** Splits a status value such as `verified: note` or `ignore code` into directive and argument. */
function parseDirective(marker: MutableMarker): void {
  const value = marker.value;
  let wordEnd = 0;
  while (wordEnd < value.length && /[A-Za-z_-]/.test(value.charAt(wordEnd))) {
    wordEnd++;
  }
  if (wordEnd === 0) {
    return;
  }
  marker.directive = value.slice(0, wordEnd).toLowerCase();
  let rest = value.slice(wordEnd).trimStart();
  if (rest.startsWith(':')) {
    rest = rest.slice(1);
  } else if (rest.length > 0 && wordEnd < value.length && !isSpaceCode(value.charCodeAt(wordEnd))) {
    // `{!verified-ish}`: the word runs into other characters, so it is not a known directive.
    marker.directive = value.slice(0, Math.min(value.length, 40)).toLowerCase();
    return;
  }
  const argument = collapseSpaces(rest);
  if (argument.length > 0) {
    marker.argument = argument;
  }
}

/** True when only spaces (no line break) lie in `[from, to)`. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (isLineBreakCode(code) || !isSpaceCode(code)) {
      return false;
    }
  }
  return true;
}

/** True when only spaces lie between `from` and the start of its line (or `limit`). */
function cleanBefore(text: string, from: number, limit: number): boolean {
  let index = from;
  while (index > limit) {
    const code = text.charCodeAt(index - 1);
    if (isLineBreakCode(code)) {
      return true;
    }
    if (!isSpaceCode(code)) {
      return false;
    }
    index--;
  }
  return true;
}

/** True when only spaces lie between `from` and the end of its line (or `limit`). */
function cleanAfter(text: string, from: number, limit: number): boolean {
  let index = from;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (isLineBreakCode(code)) {
      return true;
    }
    if (!isSpaceCode(code)) {
      return false;
    }
    index++;
  }
  return true;
}

function markStandalone(text: string, start: number, end: number, markers: MutableMarker[]): void {
  let chainStart = 0;
  while (chainStart < markers.length) {
    let chainEnd = chainStart;
    while (
      chainEnd + 1 < markers.length &&
      onlySpaces(text, markers[chainEnd].end, markers[chainEnd + 1].start)
    ) {
      chainEnd++;
    }
    const standalone =
      cleanBefore(text, markers[chainStart].start, start) && cleanAfter(text, markers[chainEnd].end, end);
    if (standalone) {
      for (let index = chainStart; index <= chainEnd; index++) {
        markers[index].standalone = true;
      }
    }
    chainStart = chainEnd + 1;
  }
}

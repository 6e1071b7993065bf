// Feature: completion inside a marker being typed: `{@` speakers, `{#` topics, `{!` directives.
import type { Engine } from '../index';
import type { Span } from '../model';

export type CompletionKind = 'speaker' | 'topic' | 'directive';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** Replaces `replace` in the text. */
  readonly insertText: string;
  readonly detail?: string;
}

export interface CompletionResult {
  /** The typed part of the marker value, from just after the sigil to the cursor. */
  readonly replace: Span;
  readonly entries: CompletionEntry[];
}

/** Status directives, with the text each inserts (a trailing `: ` asks for a note or reason). */
const DIRECTIVES: readonly { label: string; insertText: string; detail: string }[] = [
  { label: 'verified', insertText: 'verified', detail: 'Mark the quote or claim as checked' },
  { label: 'verified:', insertText: 'verified: ', detail: 'Mark as checked, with a note' },
  { label: 'disputed:', insertText: 'disputed: ', detail: 'Mark as disputed, with the reason' },
  { label: 'ignore unattributed-claim', insertText: 'ignore unattributed-claim', detail: 'Suppress that diagnostic here' },
  { label: 'ignore quote-without-speaker', insertText: 'ignore quote-without-speaker', detail: 'Suppress that diagnostic here' },
  { label: 'ignore unbalanced-quote', insertText: 'ignore unbalanced-quote', detail: 'Suppress that diagnostic here' },
];

/** How far back on a line an open marker is looked for. */
const MAX_MARKER_LENGTH = 200;

export function completeMarker(engine: Engine, text: string, offset: number): CompletionResult | undefined {
  const opening = openMarkerBefore(text, offset);
  if (!opening) return undefined;
  const replace = { start: opening.valueStart, end: offset };
  const closing = text.charAt(offset) === '}' ? '' : '}';
  if (opening.sigil === '!') {
    return { replace, entries: DIRECTIVES.map((directive) => ({ ...directive, kind: 'directive', insertText: directive.insertText.endsWith(' ') ? directive.insertText : directive.insertText + closing })) };
  }
  const kind: CompletionKind = opening.sigil === '@' ? 'speaker' : 'topic';
  const entries = engine.markers.names(kind === 'speaker' ? 'speaker' : 'topic').map<CompletionEntry>((stats) => ({
    label: stats.name,
    kind,
    insertText: stats.name + closing,
    detail: `marked in ${plural(stats.sources, 'source')}, ${plural(stats.passages, 'passage')}`,
  }));
  return { replace, entries };
}

/** The `{@`, `{#` or `{!` the cursor is inside of, on the same line, with no `}` between. */
function openMarkerBefore(text: string, offset: number): { sigil: '@' | '#' | '!'; valueStart: number } | undefined {
  const limit = Math.max(0, offset - MAX_MARKER_LENGTH);
  for (let index = offset - 1; index >= limit; index--) {
    const char = text.charAt(index);
    if (char === '}' || char === '\n' || char === '\r') return undefined;
    if (char === '{') {
      const sigil = text.charAt(index + 1);
      if ((sigil === '@' || sigil === '#' || sigil === '!') && index + 2 <= offset) return { sigil, valueStart: index + 2 };
      return undefined;
    }
  }
  return undefined;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

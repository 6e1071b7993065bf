// Feature: quick fixes for attribution diagnostics. Every fix only inserts a marker: no text is ever lost.
import type { AttributionFixData } from '../diagnostics/unattributedClaim';
import type { Source } from '../index';
import type { Span } from '../model';

/** An insertion or replacement in one source. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor applies with one keystroke. */
  readonly preferred?: boolean;
}

/** Codes these fixes answer. */
export const ATTRIBUTION_CODES: ReadonlySet<string> = new Set(['unattributed-claim', 'quote-without-speaker']);

/** Speakers offered as separate fixes, most likely first. */
const MAX_SPEAKER_FIXES = 3;

/**
 * Fixes for one attribution diagnostic: credit a likely speaker, credit every unattributed claim of the
 * paragraph to the most likely one, or silence the code here. `data` is what the diagnostic carried.
 */
export function attributionQuickFixes(source: Source, code: string, span: Span, data: AttributionFixData | undefined): QuickFix[] {
  if (!ATTRIBUTION_CODES.has(code)) return [];
  const passage = source.attribution.passages.find((candidate) => candidate.span.start <= span.start && span.start < Math.max(candidate.span.end, candidate.span.start + 1));
  if (!passage) return [];
  const candidates = (data?.candidates ?? []).map(markerSafe).filter((name) => name.length > 0);
  const fixes: QuickFix[] = candidates.slice(0, MAX_SPEAKER_FIXES).map((name, index) => ({
    title: `Attribute to ${name}`,
    edits: [insertMarker(passage.span.end, `{@${name}}`)],
    preferred: index === 0,
  }));
  const siblings = source.attribution.passages.filter((other) => other.paragraph === passage.paragraph && other.claim && !other.speaker);
  if (candidates.length > 0 && code === 'unattributed-claim' && siblings.length > 1) {
    fixes.push({
      title: `Attribute all ${siblings.length} unattributed claims in this paragraph to ${candidates[0]}`,
      edits: siblings.map((other) => insertMarker(other.span.end, `{@${candidates[0]}}`)),
    });
  }
  fixes.push({ title: `Ignore ${code} here`, edits: [insertMarker(passage.span.end, `{!ignore ${code}}`)] });
  return fixes;
}

function insertMarker(offset: number, marker: string): TextEdit {
  return { span: { start: offset, end: offset }, newText: ` ${marker}` };
}

/** A name as it can stand inside `{@…}`: no braces or line breaks, single spaces. */
function markerSafe(name: string): string {
  return name.replace(/[{}\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
}

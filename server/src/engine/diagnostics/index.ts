// Diagnostics: one check per file, registered here; severities come from settings, suppression from markers.
import type { Engine, Source } from '../index';
import { sentencesInScope } from '../markerScope';
import type { Span } from '../model';
import type { RelatedPassage } from '../parallels/findings';
import { checkBoilerplate } from './boilerplate';
import { checkMalformedMarkers } from './malformedMarker';
import { checkUnbalancedQuotes } from './unbalancedQuote';
import type { ParallelsContext } from '../parallels/findings';
import { checkAttributionConflicts } from './attributionConflict';
import { checkQuoteMismatch } from './quoteMismatch';
import { checkQuotesWithoutSpeaker } from './quoteWithoutSpeaker';
import { checkSingleSource } from './singleSource';
import { checkUnattributedClaims } from './unattributedClaim';

/** Stable diagnostic codes: a public interface (settings, `{!ignore …}` markers). Never rename one. */
export enum DiagnosticCode {
  /** A marker that cannot be read: `{@}`, an unclosed `{#…`, an unknown `{!…}` directive. */
  MalformedMarker = 'malformed-marker',
  /** An opening quotation mark with no closing one in its paragraph. */
  UnbalancedQuote = 'unbalanced-quote',
  /** Date lines, photo credits and scrape junk: shown faded. */
  Boilerplate = 'boilerplate',
  /** A checkable claim in the outlet's own voice: no speaker is credited. */
  UnattributedClaim = 'unattributed-claim',
  /** A quotation that no speaker is credited with (short scare quotes carry `data.scareQuote`). */
  QuoteWithoutSpeaker = 'quote-without-speaker',
  /** A direct quote worded differently from the same speaker's quote of the same statement elsewhere. */
  QuoteMismatch = 'quote-mismatch',
  /** Parallel passages in different sources credit different speakers. */
  AttributionConflict = 'attribution-conflict',
  /** A claim that no other source of the corpus reports (off by default). */
  SingleSource = 'single-source',
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A finding of the engine, in string offsets; the host converts it. */
export interface SynDiagnostic {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly severity: Severity;
  /** Text that is not content (faded by editors). */
  readonly unnecessary?: boolean;
  /** What a quick fix needs (e.g. likely speakers); carried to the host unchanged. */
  readonly data?: unknown;
  /** Caps the configured severity: a minor case of its code (a one-word scare quote) is never louder than this. */
  readonly maxSeverity?: Severity;
  /** Passages in other sources the finding refers to (shown as related information). */
  readonly related?: readonly RelatedPassage[];
}

/** A check as written: the severity is applied afterwards from settings. */
export type Finding = Omit<SynDiagnostic, 'severity'>;

/** A check sees one source and the corpus around it. */
export type Check = (source: Source, engine: Engine) => Finding[];

const CHECKS: Readonly<Record<DiagnosticCode, { check: Check; defaultSeverity: SeveritySetting }>> = {
  [DiagnosticCode.MalformedMarker]: { check: checkMalformedMarkers, defaultSeverity: 'warning' },
  [DiagnosticCode.UnbalancedQuote]: { check: checkUnbalancedQuotes, defaultSeverity: 'info' },
  [DiagnosticCode.Boilerplate]: { check: checkBoilerplate, defaultSeverity: 'hint' },
  [DiagnosticCode.UnattributedClaim]: { check: checkUnattributedClaims, defaultSeverity: 'info' },
  [DiagnosticCode.QuoteWithoutSpeaker]: { check: checkQuotesWithoutSpeaker, defaultSeverity: 'info' },
  [DiagnosticCode.QuoteMismatch]: { check: withParallels(checkQuoteMismatch), defaultSeverity: 'warning' },
  [DiagnosticCode.AttributionConflict]: { check: withParallels(checkAttributionConflicts), defaultSeverity: 'warning' },
  [DiagnosticCode.SingleSource]: {
    check: withParallels((source, context) => {
      const claims = new Set(source.attribution.passages.filter((passage) => passage.claim).map((passage) => passage.sentence));
      return checkSingleSource(source, context, (sentence) => claims.has(sentence));
    }),
    defaultSeverity: 'off',
  },
};

/** Adapts a parallel-passage check to the engine: it sees the index of the source's corpus. */
function withParallels(check: (source: Source, context: ParallelsContext) => Finding[]): Check {
  return (source, engine) => {
    const parallels = engine.parallelIndexOf(source.id);
    return parallels ? check(source, { parallels, getSource: (id) => engine.getSource(id), canonical: (name) => engine.speakers.canonical(name) }) : [];
  };
}

/** The default severity of every code, for settings documentation and tests. */
export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, SeveritySetting>> = Object.fromEntries(
  Object.entries(CHECKS).map(([code, entry]) => [code, entry.defaultSeverity]),
) as Record<DiagnosticCode, SeveritySetting>;

/** Severity per code; a missing code uses its default. */
export type DiagnosticSettings = Partial<Record<string, SeveritySetting>>;

/** Loudest first. */
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function computeDiagnostics(source: Source, engine: Engine, settings: DiagnosticSettings = {}): SynDiagnostic[] {
  const suppressed = suppressedSpans(source);
  const diagnostics: SynDiagnostic[] = [];
  for (const [code, entry] of Object.entries(CHECKS) as [DiagnosticCode, (typeof CHECKS)[DiagnosticCode]][]) {
    const severity = settings[code] ?? entry.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of entry.check(source, engine)) {
      if (suppressed.get(code)?.some((span) => overlaps(span, finding.span))) continue;
      diagnostics.push({ ...finding, severity: quieter(severity, finding.maxSeverity) });
    }
  }
  return diagnostics.sort((a, b) => a.span.start - b.span.start);
}

function quieter(severity: Severity, cap: Severity | undefined): Severity {
  return cap && SEVERITY_ORDER.indexOf(cap) > SEVERITY_ORDER.indexOf(severity) ? cap : severity;
}

/** Spans where `{!ignore code}` silences a code. */
function suppressedSpans(source: Source): Map<string, Span[]> {
  const byCode = new Map<string, Span[]>();
  for (const marker of source.article.markers) {
    const match = /^ignore\s+([\w-]+)/.exec(marker.value);
    if (marker.kind !== 'status' || !match) continue;
    const spans = byCode.get(match[1]) ?? [];
    spans.push(...sentencesInScope(source.article, marker));
    byCode.set(match[1], spans);
  }
  return byCode;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

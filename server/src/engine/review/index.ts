// Feature: the fact-check review. Every quote and claim of the corpus, grouped by speaker and then by
// statement (a parallel cluster, or a passage no other source reports), with a review status taken from
// the user's `{!verified}` / `{!disputed: …}` markers and from the parallel-passage diagnostics.
import { computeDiagnostics, DiagnosticCode, type DiagnosticSettings, type SynDiagnostic } from '../diagnostics/index';
import { sourceLabel, type Engine, type Source } from '../index';
import { markersForSentence } from '../markerScope';
import { stripMarkers } from '../markers';
import type { Marker, Span } from '../model';

/**
 * A statement's review status, loudest first:
 * - `disputed`: a `{!disputed: reason}` marker on any of its passages;
 * - `verified`: a `{!verified}` or `{!verified: note}` marker;
 * - `mismatched`: a direct quote worded differently in another source (`quote-mismatch`);
 * - `conflicting`: its passages credit different speakers (`attribution-conflict`);
 * - `single-source`: a claim that no other source reports (`single-source`);
 * - `unreviewed`: none of these.
 */
export type ReviewStatus = 'disputed' | 'verified' | 'mismatched' | 'conflicting' | 'single-source' | 'unreviewed';

/** Every status, in precedence order. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['disputed', 'verified', 'mismatched', 'conflicting', 'single-source', 'unreviewed'];

/** A verdict the user wrote, as a marker. */
export interface ReviewVerdict {
  readonly status: 'verified' | 'disputed';
  /** The note or reason after the directive; undefined for a bare `{!verified}`. */
  readonly note?: string;
  /** Where the marker is. */
  readonly span: Span;
}

/** One source's passage of a statement. */
export interface ReviewPassage {
  readonly sourceId: string;
  /** The source's label (outlet, headline or file name). */
  readonly sourceLabel: string;
  /** Index into the article's sentences. */
  readonly sentence: number;
  readonly span: Span;
  /** Where a new status marker for this passage goes: the end of its sentence. */
  readonly markerOffset: number;
  /** The passage text, markers removed and whitespace collapsed. */
  readonly text: string;
  /** The canonical speaker, or null for the outlet's own voice. */
  readonly speaker: string | null;
  /** True when the passage is mostly a direct quotation. */
  readonly quote: boolean;
  readonly claim: boolean;
  /** The verdict marker on this passage's sentence, when there is one (a marker inside the sentence first). */
  readonly verdict?: ReviewVerdict;
  /** Topics: `{#topic}` markers in scope and the section heading, in that order. */
  readonly topics: readonly string[];
}

/** A statement: the passages of all sources that report the same thing. */
export interface Statement {
  /** Stable while the first passage stays: the cluster's id (`sourceId#sentence`), or `sourceId#sentence@offset` for a passage no other source reports. */
  readonly id: string;
  /** The speaker most passages credit (canonical), or null for the outlets' own voice. */
  readonly speaker: string | null;
  /** The first passage's text. */
  readonly text: string;
  readonly status: ReviewStatus;
  /** The verdict's note or reason, or the messages of the findings behind the status; undefined when there is nothing to say. */
  readonly note?: string;
  /** True when any passage is a direct quote. */
  readonly quote: boolean;
  readonly topics: readonly string[];
  /** How many sources report it. */
  readonly sourceCount: number;
  /** Passages in source-label then document order. */
  readonly passages: readonly ReviewPassage[];
  /** The corpus of its first source (`SourceInfo.corpus`); undefined for loose articles. */
  readonly corpus?: string;
}

/** The statements credited to one speaker. */
export interface SpeakerStatements {
  /** Canonical name, or null for the outlets' own voice. */
  readonly speaker: string | null;
  readonly statements: readonly Statement[];
}

/** What to show; an undefined field does not filter. Matching is case-insensitive. */
export interface ReviewFilter {
  readonly status?: ReviewStatus;
  /** A canonical speaker name; the empty string selects the outlets' own voice. */
  readonly speaker?: string;
  readonly topic?: string;
  /** Only statements with a passage in a source of this corpus (`SourceInfo.corpus`). */
  readonly corpus?: string;
  /** Only statements whose passages contain this text. */
  readonly text?: string;
}

/** The review of a corpus. */
export interface Review {
  /** Speakers by name, the outlets' own voice last; only statements the filter keeps. */
  readonly speakers: readonly SpeakerStatements[];
  /** Statements per status, after filtering. */
  readonly counts: Readonly<Record<ReviewStatus, number>>;
  /** Statements after filtering. */
  readonly total: number;
  /** Statements after filtering that have no verdict (neither verified nor disputed). */
  readonly pending: number;
  /** Every speaker and topic of the unfiltered review, sorted, for pickers. */
  readonly allSpeakers: readonly (string | null)[];
  readonly allTopics: readonly string[];
}

/** Options for `computeReview`. */
export interface ReviewOptions {
  /** Only these sources; undefined: every source of the engine. */
  readonly sources?: readonly Source[];
  /** Sources whose findings are ignored (settings' ignoreFiles); their markers still count. */
  readonly quiet?: (source: Source) => boolean;
}

/** The findings a status is read from. */
const REVIEW_DIAGNOSTICS: DiagnosticSettings = Object.fromEntries(
  Object.values(DiagnosticCode).map((code) => [code, 'off']),
);
Object.assign(REVIEW_DIAGNOSTICS, {
  [DiagnosticCode.QuoteMismatch]: 'warning',
  [DiagnosticCode.AttributionConflict]: 'warning',
  [DiagnosticCode.SingleSource]: 'info',
});

/** Every statement of the corpus, grouped by speaker, with statuses, filtered. Never throws on article text. */
export function computeReview(engine: Engine, filter: ReviewFilter = {}, options: ReviewOptions = {}): Review {
  const statements = collectStatements(engine, options);
  const allSpeakers = sortSpeakers([...new Set(statements.map((statement) => statement.speaker))]);
  const allTopics = [...new Set(statements.flatMap((statement) => statement.topics))].sort(compareText);
  const kept = statements.filter((statement) => matches(statement, filter));
  const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, 0])) as Record<ReviewStatus, number>;
  for (const statement of kept) counts[statement.status]++;
  const bySpeaker = new Map<string | null, Statement[]>();
  for (const statement of kept) {
    const list = bySpeaker.get(statement.speaker) ?? [];
    list.push(statement);
    bySpeaker.set(statement.speaker, list);
  }
  const speakers = sortSpeakers([...bySpeaker.keys()]).map((speaker) => ({ speaker, statements: bySpeaker.get(speaker) ?? [] }));
  return {
    speakers,
    counts,
    total: kept.length,
    pending: kept.filter((statement) => statement.status !== 'verified' && statement.status !== 'disputed').length,
    allSpeakers,
    allTopics,
  };
}

/** Statements of a review in tree order: by speaker, then by statement. */
export function reviewStatements(review: Review): Statement[] {
  return review.speakers.flatMap((group) => group.statements);
}

function matches(statement: Statement, filter: ReviewFilter): boolean {
  if (filter.status !== undefined && statement.status !== filter.status) return false;
  if (filter.speaker !== undefined) {
    const wanted = filter.speaker.trim().toLowerCase();
    if (wanted === '' ? statement.speaker !== null : statement.speaker?.toLowerCase() !== wanted) return false;
  }
  if (filter.topic !== undefined) {
    const wanted = filter.topic.trim().toLowerCase();
    if (!statement.topics.some((topic) => topic.toLowerCase() === wanted)) return false;
  }
  if (filter.corpus !== undefined && statement.corpus !== filter.corpus) return false;
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const wanted = filter.text.trim().toLowerCase();
    if (!statement.passages.some((passage) => passage.text.toLowerCase().includes(wanted))) return false;
  }
  return true;
}

/** One passage as collected, before grouping. */
interface Collected {
  readonly source: Source;
  readonly passage: ReviewPassage;
}

function collectStatements(engine: Engine, options: ReviewOptions): Statement[] {
  const sources = [...(options.sources ?? engine.sources())].sort((a, b) => compareText(sourceLabel(a), sourceLabel(b)) || compareText(a.id, b.id));
  const included = new Set(sources.map((source) => source.id));
  // Which cluster each sentence belongs to; a sentence outside every cluster is its own statement.
  const clusterOf = new Map<string, string>();
  for (const cluster of engine.clusters()) {
    for (const member of cluster.members) {
      const key = `${member.sourceId}#${member.sentence}`;
      if (!clusterOf.has(key)) clusterOf.set(key, cluster.id);
    }
  }
  const groups = new Map<string, Collected[]>();
  const findings = new Map<string, SynDiagnostic[]>();
  for (const source of sources) {
    const quiet = options.quiet?.(source) ?? false;
    findings.set(source.id, quiet ? [] : computeDiagnostics(source, engine, REVIEW_DIAGNOSTICS));
    for (const passage of source.attribution.passages) {
      if (!passage.claim && !passage.quote) continue;
      const sentence = source.article.sentences[passage.sentence];
      if (!sentence) continue;
      const key = clusterOf.get(`${source.id}#${passage.sentence}`) ?? `${source.id}#${passage.sentence}@${passage.span.start}`;
      const markers = markersForSentence(source.article, sentence);
      const paragraph = source.article.paragraphs[passage.paragraph];
      const section = paragraph?.section !== undefined ? source.article.sections[paragraph.section] : undefined;
      const topics = unique([
        ...markers.filter((marker) => marker.kind === 'topic' && marker.value !== '').map((marker) => marker.value),
        ...(section?.title ? [section.title] : []),
      ]);
      const verdict = verdictOf(markers);
      const reviewPassage: ReviewPassage = {
        sourceId: source.id,
        sourceLabel: sourceLabel(source),
        sentence: passage.sentence,
        span: passage.span,
        markerOffset: sentence.end,
        text: stripMarkers(source.text, passage.span),
        speaker: passage.speaker ? engine.speakers.canonical(passage.speaker.name) : null,
        quote: passage.quote,
        claim: passage.claim,
        ...(verdict ? { verdict } : {}),
        topics,
      };
      const group = groups.get(key) ?? [];
      group.push({ source, passage: reviewPassage });
      groups.set(key, group);
    }
  }
  mergeConflicts(groups, findings);
  const statements: Statement[] = [];
  for (const [key, group] of groups) {
    if (!group.some((entry) => included.has(entry.source.id))) continue;
    statements.push(toStatement(key, group, findings));
  }
  return statements;
}

/**
 * Clusters never join passages credited to different speakers, but the review must show them as one
 * statement: the `attribution-conflict` findings point at the other sources' versions, whose groups join.
 */
function mergeConflicts(groups: Map<string, Collected[]>, findings: ReadonlyMap<string, readonly SynDiagnostic[]>): void {
  const keyOf = new Map<string, { span: Span; key: string }[]>();
  for (const [key, group] of groups) {
    for (const entry of group) {
      const list = keyOf.get(entry.source.id) ?? [];
      list.push({ span: entry.passage.span, key });
      keyOf.set(entry.source.id, list);
    }
  }
  const find = (sourceId: string, span: Span): string | undefined =>
    keyOf.get(sourceId)?.find((candidate) => candidate.span.start < span.end && span.start < candidate.span.end)?.key;
  const renamed = new Map<string, string>();
  const resolve = (key: string): string => {
    let current = key;
    while (renamed.has(current)) current = renamed.get(current) as string;
    return current;
  };
  for (const [sourceId, list] of findings) {
    for (const finding of list) {
      if (finding.code !== DiagnosticCode.AttributionConflict) continue;
      const own = find(sourceId, finding.span);
      if (own === undefined) continue;
      for (const related of finding.related ?? []) {
        const other = find(related.sourceId, related.span);
        if (other === undefined) continue;
        const [target, merged] = [resolve(own), resolve(other)];
        if (target === merged) continue;
        groups.get(target)?.push(...(groups.get(merged) ?? []));
        groups.delete(merged);
        renamed.set(merged, target);
      }
    }
  }
}

function toStatement(id: string, group: readonly Collected[], findings: ReadonlyMap<string, readonly SynDiagnostic[]>): Statement {
  const passages = group
    .map((entry) => entry.passage)
    .sort((a, b) => a.sourceLabel.localeCompare(b.sourceLabel, 'en', { sensitivity: 'base' }) || compareText(a.sourceId, b.sourceId) || a.span.start - b.span.start);
  const first = passages[0];
  const speaker = mostCommon(passages.map((passage) => passage.speaker));
  const found = (code: DiagnosticCode): SynDiagnostic[] =>
    group.flatMap((entry) =>
      (findings.get(entry.source.id) ?? []).filter(
        (finding) => finding.code === code && finding.span.start < entry.passage.span.end && entry.passage.span.start < finding.span.end,
      ),
    );
  const disputed = passages.find((passage) => passage.verdict?.status === 'disputed');
  const verified = passages.find((passage) => passage.verdict?.status === 'verified');
  let status: ReviewStatus = 'unreviewed';
  let note: string | undefined;
  const messages = (list: SynDiagnostic[]) => list[0]?.message;
  if (disputed) [status, note] = ['disputed', disputed.verdict?.note];
  else if (verified) [status, note] = ['verified', verified.verdict?.note];
  else if (found(DiagnosticCode.QuoteMismatch).length > 0) [status, note] = ['mismatched', messages(found(DiagnosticCode.QuoteMismatch))];
  else if (found(DiagnosticCode.AttributionConflict).length > 0) [status, note] = ['conflicting', messages(found(DiagnosticCode.AttributionConflict))];
  else if (passages.some((passage) => passage.claim) && found(DiagnosticCode.SingleSource).length > 0) status = 'single-source';
  return {
    id,
    speaker,
    text: first.text,
    status,
    ...(note ? { note } : {}),
    quote: passages.some((passage) => passage.quote),
    topics: unique(passages.flatMap((passage) => passage.topics)),
    sourceCount: new Set(passages.map((passage) => passage.sourceId)).size,
    passages,
    ...(group[0].source.info.corpus !== undefined ? { corpus: group[0].source.info.corpus } : {}),
  };
}

/** The verdict among a sentence's markers: one inside the sentence wins over one alone on a line before the paragraph. */
function verdictOf(markers: readonly Marker[]): ReviewVerdict | undefined {
  const verdicts = markers.filter((marker) => marker.kind === 'status' && (marker.directive === 'verified' || marker.directive === 'disputed'));
  const marker = verdicts.find((candidate) => !candidate.standalone) ?? verdicts[verdicts.length - 1];
  if (!marker) return undefined;
  return {
    status: marker.directive as 'verified' | 'disputed',
    ...(marker.argument ? { note: marker.argument } : {}),
    span: { start: marker.start, end: marker.end },
  };
}

/** The most frequent value; ties go to the first seen, and a name beats the outlet's voice. */
function mostCommon(speakers: readonly (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const speaker of speakers) counts.set(speaker, (counts.get(speaker) ?? 0) + (speaker === null ? 0.5 : 1));
  let best: string | null = null;
  let bestCount = 0;
  for (const [speaker, count] of counts) {
    if (count > bestCount) [best, bestCount] = [speaker, count];
  }
  return best;
}

/** Names sorted, the outlets' own voice (null) last. */
function sortSpeakers(speakers: (string | null)[]): (string | null)[] {
  return speakers.sort((a, b) => (a === null ? 1 : b === null ? -1 : compareText(a, b)));
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A text as it can stand inside a `{!…}` marker: no braces or line breaks, single spaces. */
export function markerSafeNote(note: string): string {
  return note.replace(/[{}\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The marker text for a verdict: `{!verified}`, `{!verified: note}`, `{!disputed: reason}`. */
export function verdictMarker(status: 'verified' | 'disputed', note?: string): string {
  const safe = note === undefined ? '' : markerSafeNote(note);
  return safe ? `{!${status}: ${safe}}` : `{!${status}}`;
}

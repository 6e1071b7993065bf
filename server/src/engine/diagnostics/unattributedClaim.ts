// Diagnostic: unattributed-claim
// Fires on a passage that states a checkable claim (an event, a fact, a figure, a position, an agreement,
// an evaluation) in the outlet's own voice: no marker, cue, quotation or continuation credits a speaker.
// Its `data` carries the likely speakers for the quick fix that inserts `{@Speaker}`.
import type { SpeakerDirectory } from '../attribution/aliases';
import type { ArticleAttribution, ClaimKind } from '../attribution/index';
import type { Engine, Source } from '../index';
import { DiagnosticCode, type Finding } from './index';

/** What the attribution quick fixes need, carried in a finding's `data`. */
export interface AttributionFixData {
  /** Likely speakers, best first: the nearest speakers in the article, then the corpus's most credited. */
  readonly candidates: readonly string[];
  /** The kind of claim (`unattributed-claim` only). */
  readonly claimKind?: ClaimKind;
  /** True for a short scare quote (`quote-without-speaker` only). */
  readonly scareQuote?: boolean;
}

/** A finding with quick-fix data. */
export interface AttributionFinding extends Finding {
  readonly data: AttributionFixData;
}

const KIND_WORDS: Readonly<Record<ClaimKind, string>> = {
  event: 'event',
  fact: 'factual claim',
  number: 'figure',
  position: 'position',
  agreement: 'agreement',
  evaluation: 'evaluation',
};

/** Most candidates offered by a quick fix. */
const MAX_CANDIDATES = 5;

export function checkUnattributedClaims(source: Source, engine: Engine): AttributionFinding[] {
  const attribution = source.attribution;
  const findings: AttributionFinding[] = [];
  attribution.passages.forEach((passage, index) => {
    if (!passage.claim || passage.speaker) return;
    const kind = passage.claimKind ?? 'fact';
    const candidates = likelySpeakers(attribution, index, engine.speakers);
    const offer = candidates.length ? ` Likely speakers: ${candidates.slice(0, 3).join(', ')}.` : '';
    findings.push({
      code: DiagnosticCode.UnattributedClaim,
      span: passage.span,
      message: `Unattributed ${KIND_WORDS[kind]} in the outlet's own voice: add {@Speaker} if someone said it.${offer}`,
      data: { candidates, claimKind: kind },
    });
  });
  return findings;
}

/**
 * Speakers a passage may belong to: the article's speakers by distance from the passage (earlier first at
 * equal distance), then the corpus's speakers by how many passages they are credited with. Names are
 * canonical when a directory is given.
 */
export function likelySpeakers(attribution: ArticleAttribution, passageIndex: number, directory?: SpeakerDirectory): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    const canonical = directory ? directory.canonical(name) : name;
    if (!names.includes(canonical)) names.push(canonical);
  };
  const passages = attribution.passages;
  for (let distance = 1; distance < passages.length && names.length < MAX_CANDIDATES; distance++) {
    for (const index of [passageIndex - distance, passageIndex + distance]) {
      const speaker = passages[index]?.speaker;
      if (!speaker) continue;
      add(speaker.name);
    }
  }
  if (directory) {
    for (const entry of directory.speakers()) {
      if (names.length >= MAX_CANDIDATES) break;
      add(entry.name);
    }
  }
  return names.slice(0, MAX_CANDIDATES);
}

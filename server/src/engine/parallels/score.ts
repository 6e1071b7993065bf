// Scores two passages (or a passage against two adjacent ones) for reporting the same proposition.
// Terms are aligned one to one (same lemma, or one stem a prefix of the other), weighted by IDF, and
// the coverage of each side gives a sentence-level similarity. A dense aligned window on both sides
// gives a clause-level one, for a sentence that packs several statements. Numbers that differ for
// the same unit, and a negation on one side only (judged word by word on the aligned terms, so word
// order and a negated clause the other side leaves out do not count), sink the score: look-alikes
// must not match. Two passages of one named speaker need less similarity for a full match.

import { TokenFlag } from './tokenize';

/** How two passages relate, when they do. */
export type ParallelKind = 'verbatim' | 'edited' | 'paraphrase' | 'quote-vs-indirect' | 'partial';

/** The terms of the whole index, by token position. */
export interface TokenTable {
  /** Term id per token. */
  readonly terms: Int32Array;
  /** `TokenFlag` bits per token. */
  readonly flags: Uint16Array;
  /** The weight (IDF) of a term id. */
  weightOf(term: number): number;
  /** The text of a term id (prefix matching). */
  termText(term: number): string;
  /** The id of a term's first five letters, or -1 (short terms, numbers): a cheap filter before `termText`. */
  prefixOf(term: number): number;
}

/** A token range `[start, end)` of the token table: one passage, or two adjacent ones. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** What the scorer found; `linked` false means the passages do not report the same thing. */
export interface PairScore {
  readonly linked: boolean;
  /** 0..1; sentence-level similarity for full matches, discounted clause similarity for partial ones. */
  readonly score: number;
  readonly kind: ParallelKind;
  /** Sentence-level similarity (harmonic mean of both coverages). */
  readonly similarity: number;
  /** Share of each side's weight that the other covers. */
  readonly coverageA: number;
  readonly coverageB: number;
  /** Clause-level similarity inside the aligned windows. */
  readonly clause: number;
  /** Token windows of the aligned clause, relative to each range's start. */
  readonly windowA: TokenRange;
  readonly windowB: TokenRange;
  /** Aligned term pairs (cues, negators and the speaker's own name and title excluded). */
  readonly matched: number;
  /** True when numbers with the same unit differ (over the whole passages for a full match, else the windows). */
  readonly numberConflict: boolean;
  /**
   * True when numbers with the same unit differ anywhere in the two passages, aligned windows or
   * not: what a support link, which stands for the whole passages, is judged by.
   */
  readonly passageNumberConflict: boolean;
  /** True when one side is negated and the other is not. */
  readonly polarityConflict: boolean;
  /** Sentence-level similarity over content terms only (reporting cues and the speaker's own words left out). */
  readonly contentSimilarity: number;
}

/** Thresholds, exported so the evaluation can report them. Tuned on the tuning corpora (a, c, e, f). */
export const SCORE_THRESHOLDS = {
  /** Sentence-level similarity for a full parallel. */
  full: 0.5,
  /** Coverage the less-covered side of a full parallel needs. */
  fullMinCoverage: 0.4,
  /** Sentence-level similarity for a full parallel between passages of one named speaker. */
  sameSpeakerFull: 0.38,
  /** Coverage the less-covered side needs between passages of one named speaker. */
  sameSpeakerMinCoverage: 0.3,
  /** Lower coverage over higher coverage a full parallel needs. */
  fullBalance: 0.55,
  /** Clause similarity for a partial parallel. */
  clause: 0.62,
  /** Share of the shorter side that a partial parallel must cover. */
  partialCoverage: 0.55,
  /** Clause similarity for a partial parallel between passages of one named speaker. */
  sameSpeakerClause: 0.8,
  /** Share of the shorter side a partial parallel between passages of one named speaker must cover. */
  sameSpeakerPartialCoverage: 0.4,
  /** Aligned content terms a partial parallel needs. */
  partialMatched: 3,
  /** Aligned content terms that make a shared clause long enough on their own. */
  longClauseMatched: 5,
  /** Share of the shorter side a long shared clause must still cover. */
  longClauseCoverage: 0.28,
  /** Aligned content terms a full parallel needs. */
  fullMatched: 2,
  /**
   * Similarity of a support link: two passages too far apart to be parallels, but related enough
   * that one joins a statement cluster when it is related so to most of the cluster's members.
   */
  support: 0.25,
  /** Similarity above which `edited` (rather than `paraphrase`) applies. */
  edited: 0.8,
  /** Credit of a prefix match (`settle` / `settlement`) relative to an exact one. */
  prefixCredit: 0.75,
  /** Score factor when numbers with the same unit differ. */
  numberPenalty: 0.35,
  /** Score factor when one side is negated and the other is not. */
  polarityPenalty: 0.45,
  /** Weight factor of reporting cues and of the speaker's own name. */
  cueWeight: 0.2,
} as const;

const UNIT_NONE = -1;
const UNIT_YEAR = -2;
const UNIT_DAY = -3;

/** Scratch buffers reused between calls (the scorer runs millions of times in a cold index). */
let matchOfA = new Int32Array(64);
let matchOfB = new Int32Array(64);
let creditOfA = new Float64Array(64);
let weightA = new Float64Array(64);
let weightB = new Float64Array(64);
let negatedA = new Uint8Array(64);
let negatedB = new Uint8Array(64);

function ensureScratch(size: number): void {
  if (matchOfA.length >= size) return;
  const capacity = Math.max(size, matchOfA.length * 2);
  matchOfA = new Int32Array(capacity);
  matchOfB = new Int32Array(capacity);
  creditOfA = new Float64Array(capacity);
  weightA = new Float64Array(capacity);
  weightB = new Float64Array(capacity);
  negatedA = new Uint8Array(capacity);
  negatedB = new Uint8Array(capacity);
}

function tokenWeight(table: TokenTable, index: number): number {
  const flags = table.flags[index];
  const weight = table.weightOf(table.terms[index]);
  return (flags & (TokenFlag.Cue | TokenFlag.Speaker)) !== 0 ? weight * SCORE_THRESHOLDS.cueWeight : weight;
}

/** What the caller knows about the two passages besides their terms. */
export interface PairContext {
  /**
   * True when both passages credit the same named speaker: a sentence-level match then needs less
   * similarity, since who speaks already agrees (speaker words themselves weigh little).
   */
  readonly sameSpeaker?: boolean;
}

/** Scores range `a` against range `b` of `table`. Symmetric up to floating point. */
export function scorePair(table: TokenTable, a: TokenRange, b: TokenRange, context: PairContext = {}): PairScore {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  ensureScratch(Math.max(lengthA, lengthB) + 1);
  const terms = table.terms;
  const flags = table.flags;
  let totalA = 0;
  let totalB = 0;
  // Weight of the content terms alone (cues and the speaker's own words left out).
  let contentTotalA = 0;
  let contentTotalB = 0;
  for (let i = 0; i < lengthA; i++) {
    matchOfA[i] = -1;
    creditOfA[i] = 0;
    weightA[i] = tokenWeight(table, a.start + i);
    totalA += weightA[i];
    if ((flags[a.start + i] & (TokenFlag.Cue | TokenFlag.Speaker)) === 0) contentTotalA += weightA[i];
  }
  for (let j = 0; j < lengthB; j++) {
    matchOfB[j] = -1;
    weightB[j] = tokenWeight(table, b.start + j);
    totalB += weightB[j];
    if ((flags[b.start + j] & (TokenFlag.Cue | TokenFlag.Speaker)) === 0) contentTotalB += weightB[j];
  }
  // Exact lemma matches, preferring the nearest unused position after the previous match.
  let previous = -1;
  for (let i = 0; i < lengthA; i++) {
    const term = terms[a.start + i];
    let found = -1;
    for (let step = 0; step < lengthB; step++) {
      const j = (previous + 1 + step) % lengthB;
      if (matchOfB[j] < 0 && terms[b.start + j] === term) {
        found = j;
        break;
      }
    }
    if (found >= 0) {
      matchOfA[i] = found;
      matchOfB[found] = i;
      creditOfA[i] = 1;
      previous = found;
    }
  }
  // Derivations: one stem a prefix of the other (`settl` / `settlement`), five letters at least.
  for (let i = 0; i < lengthA; i++) {
    if (matchOfA[i] >= 0 || (flags[a.start + i] & (TokenFlag.Number | TokenFlag.Negation)) !== 0) continue;
    const prefixA = table.prefixOf(terms[a.start + i]);
    if (prefixA < 0) continue;
    const textA = table.termText(terms[a.start + i]);
    for (let j = 0; j < lengthB; j++) {
      if (matchOfB[j] >= 0 || table.prefixOf(terms[b.start + j]) !== prefixA) continue;
      const textB = table.termText(terms[b.start + j]);
      if (textA.length <= textB.length ? textB.startsWith(textA) : textA.startsWith(textB)) {
        matchOfA[i] = j;
        matchOfB[j] = i;
        creditOfA[i] = SCORE_THRESHOLDS.prefixCredit;
        break;
      }
    }
  }
  let matchedA = 0;
  let matchedB = 0;
  let matched = 0;
  let contentMatchedA = 0;
  let contentMatchedB = 0;
  let negationPairs = 0;
  for (let i = 0; i < lengthA; i++) {
    const j = matchOfA[i];
    if (j < 0) continue;
    matchedA += creditOfA[i] * weightA[i];
    matchedB += creditOfA[i] * weightB[j];
    if ((flags[a.start + i] & (TokenFlag.Cue | TokenFlag.Speaker)) === 0) contentMatchedA += creditOfA[i] * weightA[i];
    if ((flags[b.start + j] & (TokenFlag.Cue | TokenFlag.Speaker)) === 0) contentMatchedB += creditOfA[i] * weightB[j];
    if (((flags[a.start + i] | flags[b.start + j]) & (TokenFlag.Cue | TokenFlag.Negation | TokenFlag.Speaker)) === 0) matched++;
    else if ((flags[a.start + i] & flags[b.start + j] & TokenFlag.Negation) !== 0) negationPairs++;
  }
  const coverageA = totalA > 0 ? matchedA / totalA : 0;
  const coverageB = totalB > 0 ? matchedB / totalB : 0;
  const similarity = coverageA + coverageB > 0 ? (2 * coverageA * coverageB) / (coverageA + coverageB) : 0;
  const contentSimilarity = harmonic(contentTotalA > 0 ? contentMatchedA / contentTotalA : 0, contentTotalB > 0 ? contentMatchedB / contentTotalB : 0);

  // The densest aligned window on B, then on A among pairs that land in it.
  const windowB = densestWindow(lengthB, (j) => (matchOfB[j] >= 0 ? creditOfA[matchOfB[j]] * weightB[j] : 0), (j) => weightB[j]);
  const windowA = densestWindow(
    lengthA,
    (i) => (matchOfA[i] >= windowB.start && matchOfA[i] < windowB.end ? creditOfA[i] * weightA[i] : 0),
    (i) => weightA[i],
  );
  let windowMatchedA = 0;
  let windowTotalA = 0;
  let windowMatchedB = 0;
  let windowTotalB = 0;
  let windowPairs = 0;
  for (let i = windowA.start; i < windowA.end; i++) {
    windowTotalA += weightA[i];
    const j = matchOfA[i];
    if (j >= windowB.start && j < windowB.end) {
      windowMatchedA += creditOfA[i] * weightA[i];
      windowMatchedB += creditOfA[i] * weightB[j];
      if (((flags[a.start + i] | flags[b.start + j]) & (TokenFlag.Cue | TokenFlag.Negation | TokenFlag.Speaker)) === 0) windowPairs++;
    }
  }
  for (let j = windowB.start; j < windowB.end; j++) windowTotalB += weightB[j];
  const densityA = windowTotalA > 0 ? windowMatchedA / windowTotalA : 0;
  const densityB = windowTotalB > 0 ? windowMatchedB / windowTotalB : 0;
  const clauseDensity = densityA + densityB > 0 ? (2 * densityA * densityB) / (densityA + densityB) : 0;
  const shortCoverage = Math.max(totalA > 0 ? windowMatchedA / totalA : 0, totalB > 0 ? windowMatchedB / totalB : 0);

  // Full matches judge numbers and negation over the whole passages; partial ones over the windows.
  // A full match covers both sides comparably; one side covered far better than the other is a
  // clause inside a packed sentence (partial), even when the harmonic mean is high.
  const lowCoverage = Math.min(coverageA, coverageB);
  // Between passages of one named speaker, a negation both sides put on the same aligned word (`no
  // shortage` / `there is no shortage of formula`) is part of what they share: it counts as one
  // aligned term, so a short negated statement is not one term short of a full match.
  const negatedMatch = context.sameSpeaker === true && negationPairs > 0 && matched === SCORE_THRESHOLDS.fullMatched - 1 && sharesNegatedWord(table, a, b, lengthA) ? 1 : 0;
  // Between passages of one named speaker a full match needs less similarity, as long as nothing
  // (numbers, negation) contradicts it.
  const fullShape = (threshold: number, minCoverage: number): boolean =>
    similarity >= threshold &&
    matched + negatedMatch >= SCORE_THRESHOLDS.fullMatched &&
    lowCoverage >= minCoverage &&
    lowCoverage >= SCORE_THRESHOLDS.fullBalance * Math.max(coverageA, coverageB);
  const strictFull = fullShape(SCORE_THRESHOLDS.full, SCORE_THRESHOLDS.fullMinCoverage);
  const full = strictFull || (context.sameSpeaker === true && fullShape(SCORE_THRESHOLDS.sameSpeakerFull, SCORE_THRESHOLDS.sameSpeakerMinCoverage));
  const judgeA = full ? { start: 0, end: lengthA } : windowA;
  const judgeB = full ? { start: 0, end: lengthB } : windowB;
  const numberConflict = hasNumberConflict(table, a, b, judgeA, judgeB);
  const passageNumberConflict = full ? numberConflict : hasNumberConflict(table, a, b, { start: 0, end: lengthA }, { start: 0, end: lengthB });
  const polarityConflict = hasPolarityConflict(table, a, b, judgeA, judgeB);
  let penalty = 1;
  if (numberConflict) penalty *= SCORE_THRESHOLDS.numberPenalty;
  if (polarityConflict) penalty *= SCORE_THRESHOLDS.polarityPenalty;

  const fullScore = similarity * penalty;
  const clause = clauseDensity * penalty;
  // A clause shared by two packed sentences: either it is most of one of them, or it is long.
  const partial =
    clause >= SCORE_THRESHOLDS.clause &&
    windowPairs >= SCORE_THRESHOLDS.partialMatched &&
    (shortCoverage >= SCORE_THRESHOLDS.partialCoverage ||
      (windowPairs >= SCORE_THRESHOLDS.longClauseMatched && shortCoverage >= SCORE_THRESHOLDS.longClauseCoverage));
  const relaxed = context.sameSpeaker === true && !numberConflict && !polarityConflict;
  // Between passages of one named speaker, a dense shared clause needs to cover less of either side.
  const speakerPartial =
    relaxed &&
    clause >= SCORE_THRESHOLDS.sameSpeakerClause &&
    windowPairs >= SCORE_THRESHOLDS.partialMatched &&
    shortCoverage >= SCORE_THRESHOLDS.sameSpeakerPartialCoverage;
  let linked = false;
  let score = Math.max(fullScore, clause * shortCoverage * 0.5);
  let kind: ParallelKind = 'partial';
  if (full && (relaxed ? fullScore >= SCORE_THRESHOLDS.sameSpeakerFull : strictFull && fullScore >= SCORE_THRESHOLDS.full)) {
    linked = true;
    score = fullScore;
    kind = fullKind(table, a, b, lengthA, lengthB, similarity);
  } else if (partial || speakerPartial) {
    linked = true;
    score = Math.min(fullScore, clause * shortCoverage);
  }
  return { linked, score, kind, similarity, coverageA, coverageB, clause, windowA, windowB, matched, numberConflict, passageNumberConflict, polarityConflict, contentSimilarity };
}

function harmonic(x: number, y: number): number {
  return x + y > 0 ? (2 * x * y) / (x + y) : 0;
}


function fullKind(table: TokenTable, a: TokenRange, b: TokenRange, lengthA: number, lengthB: number, similarity: number): ParallelKind {
  let sameSequence = lengthA === lengthB;
  let quotedA = 0;
  let quotedB = 0;
  let alignedA = 0;
  for (let i = 0; i < lengthA; i++) {
    const j = matchOfA[i];
    if (sameSequence && (j !== i || creditOfA[i] !== 1)) sameSequence = false;
    if (j < 0) continue;
    alignedA++;
    if ((table.flags[a.start + i] & TokenFlag.Quoted) !== 0) quotedA++;
    if ((table.flags[b.start + j] & TokenFlag.Quoted) !== 0) quotedB++;
  }
  if (sameSequence) return 'verbatim';
  if (alignedA > 0 && quotedA * 2 >= alignedA !== quotedB * 2 >= alignedA) return 'quote-vs-indirect';
  if (similarity >= SCORE_THRESHOLDS.edited && inOrderShare(lengthA) >= 0.75) return 'edited';
  return 'paraphrase';
}

/** Share of aligned pairs that keep their order (longest increasing run of partner positions). */
function inOrderShare(lengthA: number): number {
  const tails: number[] = [];
  let pairs = 0;
  for (let i = 0; i < lengthA; i++) {
    const j = matchOfA[i];
    if (j < 0) continue;
    pairs++;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle] < j) low = middle + 1;
      else high = middle;
    }
    tails[low] = j;
  }
  return pairs === 0 ? 0 : tails.length / pairs;
}

/**
 * The window maximising matched weight minus 0.6 times unmatched weight (Kadane), so a stray shared
 * word far from the shared clause does not stretch the window. Empty when nothing is matched.
 */
function densestWindow(length: number, matchedWeight: (index: number) => number, weight: (index: number) => number): TokenRange {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let current = 0;
  let currentStart = 0;
  for (let index = 0; index < length; index++) {
    const gained = matchedWeight(index);
    const value = gained > 0 ? gained - 0.6 * (weight(index) - gained) : -0.6 * weight(index);
    if (current <= 0) {
      current = value;
      currentStart = index;
    } else {
      current += value;
    }
    if (current > best) {
      best = current;
      bestStart = currentStart;
      bestEnd = index + 1;
    }
  }
  return { start: bestStart, end: bestEnd };
}

/**
 * The unit of the number at `index`: the year and day-of-month kinds, else the next term. A number
 * in a run of numbers after a month is a day too (`October 12, 13 and 14 days of mourning`: 14 is a
 * date, not a count of days).
 */
function unitOf(table: TokenTable, range: TokenRange, index: number): number {
  const flags = table.flags;
  const absolute = range.start + index;
  if ((flags[absolute] & TokenFlag.Year) !== 0) return UNIT_YEAR;
  let before = absolute - 1;
  while (before > range.start && (flags[before] & TokenFlag.Number) !== 0 && (flags[before] & TokenFlag.Year) === 0) before--;
  if (before >= range.start && (flags[before] & TokenFlag.Month) !== 0) return UNIT_DAY;
  for (let next = absolute + 1; next < range.end; next++) {
    if ((flags[next] & TokenFlag.Number) !== 0) continue;
    return table.terms[next];
  }
  return UNIT_NONE;
}

/**
 * True when a number of A has no equal in B while B has a different number of the same unit that A
 * lacks (`12 billion` / `9 billion`, `40 percent` / `25 percent`, `300 drivers` / `250 drivers`).
 * Years and days carry no unit word, so they conflict only when anchored: a word next to one is
 * aligned with a word next to the other (`by the end of 2028` / `by the end of 2030`), not when two
 * dates of a sentence date different things (`open by 2028` / `double trade by 2030`).
 */
function hasNumberConflict(table: TokenTable, a: TokenRange, b: TokenRange, windowA: TokenRange, windowB: TokenRange): boolean {
  const flags = table.flags;
  for (let i = windowA.start; i < windowA.end; i++) {
    if ((flags[a.start + i] & TokenFlag.Number) === 0 || matchOfA[i] >= 0) continue;
    const unit = unitOf(table, a, i);
    if (unit === UNIT_NONE) continue;
    for (let j = windowB.start; j < windowB.end; j++) {
      if ((flags[b.start + j] & TokenFlag.Number) === 0 || matchOfB[j] >= 0) continue;
      if (unitOf(table, b, j) !== unit) continue;
      if ((unit !== UNIT_YEAR && unit !== UNIT_DAY) || anchored(table, a, i, b.end - b.start, j)) return true;
    }
  }
  return false;
}

/** True when a non-number word within two positions of A's token `i` is aligned within two positions of B's token `j`. */
function anchored(table: TokenTable, a: TokenRange, i: number, lengthB: number, j: number): boolean {
  for (let k = Math.max(0, i - 2); k <= i + 2 && a.start + k < a.end; k++) {
    if (k === i || (table.flags[a.start + k] & TokenFlag.Number) !== 0) continue;
    const partner = matchOfA[k];
    if (partner >= 0 && partner < lengthB && Math.abs(partner - j) <= 2) return true;
  }
  return false;
}

function hasPolarityConflict(table: TokenTable, a: TokenRange, b: TokenRange, windowA: TokenRange, windowB: TokenRange): boolean {
  if (hasNegativeVerb(table, a.start, windowA) || hasNegativeVerb(table, b.start, windowB)) return false;
  const negatorsA = markNegation(table, a, negatedA);
  const negatorsB = markNegation(table, b, negatedB);
  if (!negatorsA && !negatorsB) return false;
  // Aligned words in a negation's scope on either side: agreement when the partner is negated too
  // or stands next to a negator (word order differs: "will not fill the reservoir" / "the reservoir
  // would not be filled"), disagreement when it does not. The word right after a negator counts double.
  let agree = 0;
  let disagree = 0;
  for (let i = windowA.start; i < windowA.end; i++) {
    const j = matchOfA[i];
    if (j < windowB.start || j >= windowB.end) continue;
    if ((table.flags[a.start + i] & (TokenFlag.Negation | TokenFlag.Cue | TokenFlag.Speaker)) !== 0) continue;
    const markA = negatedA[i];
    const markB = negatedB[j];
    if (((markA | markB) & IN_SCOPE) === 0) continue;
    const weight = ((markA | markB) & SCOPE_HEAD) !== 0 ? 2 : 1;
    const agrees = (markA & IN_SCOPE) !== 0 ? (markB & (IN_SCOPE | NEAR_NEGATOR)) !== 0 : (markA & NEAR_NEGATOR) !== 0;
    if (agrees) agree += weight;
    else disagree += weight;
  }
  return disagree > agree;
}

/**
 * True when an aligned content word stands in the scope of a negator on both sides (`markNegation`):
 * the two passages negate the same thing. Overwrites the negation scratch buffers.
 */
function sharesNegatedWord(table: TokenTable, a: TokenRange, b: TokenRange, lengthA: number): boolean {
  if (!markNegation(table, a, negatedA) || !markNegation(table, b, negatedB)) return false;
  for (let i = 0; i < lengthA; i++) {
    const j = matchOfA[i];
    if (j < 0 || ((table.flags[a.start + i] | table.flags[b.start + j]) & (TokenFlag.Negation | TokenFlag.Cue | TokenFlag.Speaker)) !== 0) continue;
    if ((negatedA[i] & IN_SCOPE) !== 0 && (negatedB[j] & IN_SCOPE) !== 0) return true;
  }
  return false;
}

function hasNegativeVerb(table: TokenTable, base: number, window: TokenRange): boolean {
  for (let index = window.start; index < window.end; index++) {
    if ((table.flags[base + index] & TokenFlag.NegativeVerb) !== 0) return true;
  }
  return false;
}

/** Terms after a negator that make up its scope. */
const NEGATION_SCOPE = 2;
/** Bit of `markNegation`: the token is in the scope of an odd number of negators. */
const IN_SCOPE = 1;
/** Bit of `markNegation`: the token comes right after a negator. */
const SCOPE_HEAD = 2;
/**
 * Bit of `markNegation`: a negator or negative verb stands at most three tokens before the token
 * (in its clause) or right after it.
 */
const NEAR_NEGATOR = 4;

/**
 * Marks, per token of a passage, whether it stands in the scope of a negator (the next two terms
 * that are not negators themselves; an odd number of negators reaching a token negates it), and
 * whether a negator stands near it. Polarity is then judged word by word on what both passages
 * report: a negation of something the other passage does not report ("a conversation, not a
 * letter"), or a second negated clause of a longer quotation, says nothing about the words both
 * share. Returns false when the passage has no negator.
 */
function markNegation(table: TokenTable, range: TokenRange, negated: Uint8Array): boolean {
  const length = range.end - range.start;
  const flags = table.flags;
  let any = false;
  for (let index = 0; index < length; index++) negated[index] = 0;
  for (let index = 0; index < length; index++) {
    const tokenFlags = flags[range.start + index];
    // A verb with a negative sense (`hold off filling`) is no negator, but what stands next to it
    // may be negated in the other passage (`will not fill`).
    if ((tokenFlags & TokenFlag.NegativeVerb) !== 0) {
      for (let near = Math.max(0, index - 1); near <= index + 3 && near < length; near++) negated[near] |= NEAR_NEGATOR;
    }
    if ((tokenFlags & TokenFlag.Negation) === 0) continue;
    any = true;
    let seen = 0;
    for (let next = index + 1; next < length && seen < NEGATION_SCOPE; next++) {
      // A negation does not reach into the next clause (`it is not zero, and if several batches …`).
      if ((flags[range.start + next] & (TokenFlag.ClauseStart | TokenFlag.ScopeBreak)) !== 0) break;
      if ((flags[range.start + next] & TokenFlag.Negation) !== 0) continue;
      negated[next] ^= IN_SCOPE;
      if (seen === 0) negated[next] |= SCOPE_HEAD;
      seen++;
    }
    for (let near = Math.max(0, index - 1); near <= index + 3 && near < length; near++) {
      if (near > index && (flags[range.start + near] & (TokenFlag.ClauseStart | TokenFlag.ScopeBreak)) !== 0) break;
      negated[near] |= NEAR_NEGATOR;
    }
  }
  return any;
}

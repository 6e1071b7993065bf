// The inverted index behind candidate generation: term -> passages holding it, in growable typed
// arrays. A query walks the postings of a passage's rarest terms first, accumulating IDF per
// passage, and stops after a budget of postings, so a term that occurs everywhere never costs a
// scan of the corpus. Only the best-accumulating passages go on to the (costlier) scorer: never
// all pairs.

import { Int32Vec } from './vec';

/** Postings visited per query before the walk stops (the rarest terms come first). */
const POSTINGS_BUDGET = 20_000;

/** Vocabulary, document frequencies and postings. Passage ids are the caller's. */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  /** Term text by id. */
  readonly terms: string[] = [];
  /** Per term, the id of its first five letters (derivation matching), or -1 for short terms and numbers. */
  prefix = new Int32Vec(1024);
  private readonly prefixIds = new Map<string, number>();
  /** Live passages holding each term. */
  df = new Int32Vec(1024);
  /** Passage ids per term, ascending; may hold dead passages until the next compaction. */
  postings: Int32Vec[] = [];
  /** Live passages in the index (the N of IDF). */
  livePassages = 0;

  /** Memoised weights: valid while the term's document frequency and the passage count are those recorded. */
  private weightMemo = new Float64Array(1024);
  private weightDf = new Int32Array(1024).fill(-1);
  private weightN = new Int32Array(1024).fill(-1);

  private accumulator = new Float32Array(1024);
  /** Per passage, its accumulated weight while `candidates` ranks them. */
  private foundWeights = new Float32Array(1024);
  private readonly touched = new Int32Vec(1024);

  /** The id of `term`, added when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.df.push(0);
      this.prefix.push(this.prefixIdOf(term));
      this.postings.push(new Int32Vec(2));
    }
    return id;
  }

  private prefixIdOf(term: string): number {
    if (term.length < 5 || term.charCodeAt(0) === 35 /* # */) return -1;
    const key = term.slice(0, 5);
    let id = this.prefixIds.get(key);
    if (id === undefined) {
      id = this.prefixIds.size;
      this.prefixIds.set(key, id);
    }
    return id;
  }

  /** Forgets everything, then interns `terms` in order (ids = positions). */
  reset(terms: readonly string[]): void {
    const copy = [...terms];
    this.ids.clear();
    this.terms.length = 0;
    this.df = new Int32Vec(Math.max(16, terms.length));
    this.prefix = new Int32Vec(Math.max(16, terms.length));
    this.prefixIds.clear();
    this.postings = [];
    this.livePassages = 0;
    for (const term of copy) this.intern(term);
  }

  /** The id of `term`, or undefined when no passage ever held it. */
  lookup(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The IDF weight of a term: smoothed so a tiny corpus still separates rare from common words. */
  weightOf(term: number): number {
    const rawDf = this.df.data[term];
    if (term < this.weightMemo.length) {
      if (this.weightDf[term] === rawDf && this.weightN[term] === this.livePassages) return this.weightMemo[term];
    } else {
      this.growWeightMemo(term + 1);
    }
    const weight = Math.log(1 + Math.max(this.livePassages, 20) / Math.max(1, rawDf));
    this.weightMemo[term] = weight;
    this.weightDf[term] = rawDf;
    this.weightN[term] = this.livePassages;
    return weight;
  }

  private growWeightMemo(size: number): void {
    const capacity = Math.max(size, this.weightMemo.length * 2);
    const memo = new Float64Array(capacity);
    memo.set(this.weightMemo);
    const df = new Int32Array(capacity).fill(-1);
    df.set(this.weightDf);
    const n = new Int32Array(capacity).fill(-1);
    n.set(this.weightN);
    this.weightMemo = memo;
    this.weightDf = df;
    this.weightN = n;
  }

  /** Records that `passage` holds each of `uniqueTerms` (no repeats). */
  add(passage: number, uniqueTerms: readonly number[]): void {
    for (const term of uniqueTerms) {
      this.postings[term].push(passage);
      this.df.data[term]++;
    }
    this.livePassages++;
  }

  /** Forgets `passage` for document frequencies; its postings stay until `rebuild`. */
  retire(uniqueTerms: readonly number[]): void {
    for (const term of uniqueTerms) this.df.data[term] = Math.max(0, this.df.data[term] - 1);
    this.livePassages = Math.max(0, this.livePassages - 1);
  }

  /** Drops every posting; the caller re-adds the live passages. Vocabulary ids stay. */
  clearPostings(): void {
    for (let term = 0; term < this.terms.length; term++) {
      this.postings[term] = new Int32Vec(2);
      this.df.data[term] = 0;
    }
    this.livePassages = 0;
  }

  /**
   * The passages sharing the most IDF weight with `queryTerms` (unique ids), best first, at most
   * `limit`; `accept` filters (liveness, other source). Ties go by the rank of the passages' groups
   * (`groupRank[groupOf[passage]]`: the caller's sources, ranked by id), then by id. A passage must share at least `minShare` of the query's total weight. Terms are walked rarest
   * first, equally rare ones by their text, so the result does not depend on the order terms were
   * first seen in.
   */
  candidates(
    queryTerms: readonly number[],
    accept: (passage: number) => boolean,
    limit: number,
    minShare: number,
    passageCapacity: number,
    groupOf?: Int32Array,
    groupRank?: Int32Array,
  ): Int32Array {
    if (this.accumulator.length < passageCapacity) {
      this.accumulator = new Float32Array(Math.max(passageCapacity, this.accumulator.length * 2));
    }
    const terms = this.terms;
    const ordered = [...queryTerms].sort((x, y) => this.df.data[x] - this.df.data[y] || (terms[x] < terms[y] ? -1 : terms[x] > terms[y] ? 1 : 0));
    let total = 0;
    for (const term of ordered) total += this.weightOf(term);
    const accumulator = this.accumulator;
    const touched = this.touched;
    touched.length = 0;
    let visited = 0;
    let walked = 0;
    for (const term of ordered) {
      if (visited > POSTINGS_BUDGET && walked >= 2) break;
      const weight = this.weightOf(term);
      const list = this.postings[term];
      const data = list.data;
      for (let index = 0; index < list.length; index++) {
        const passage = data[index];
        if (accumulator[passage] === 0) {
          if (!accept(passage)) {
            accumulator[passage] = -1;
            touched.push(passage);
            continue;
          }
          touched.push(passage);
        } else if (accumulator[passage] < 0) {
          continue;
        }
        accumulator[passage] += weight;
      }
      visited += list.length;
      walked++;
    }
    const threshold = Math.max(1e-6, minShare * total);
    const found: number[] = [];
    const weights = this.foundWeights.length >= passageCapacity ? this.foundWeights : (this.foundWeights = new Float32Array(Math.max(passageCapacity, this.foundWeights.length * 2)));
    for (let index = 0; index < touched.length; index++) {
      const passage = touched.data[index];
      const weight = accumulator[passage];
      accumulator[passage] = 0;
      if (weight >= threshold) {
        found.push(passage);
        weights[passage] = weight;
      }
    }
    // Only the best `limit` are wanted: drop what falls below the limit-th weight (a native numeric
    // sort) before the sort with tie-breaks, keeping every passage tied with the last one kept.
    let ranked = found;
    if (found.length > limit * 2 && limit < found.length) {
      const values = new Float32Array(found.length);
      for (let index = 0; index < found.length; index++) values[index] = weights[found[index]];
      values.sort();
      const least = values[values.length - limit];
      ranked = found.filter((passage) => weights[passage] >= least);
    }
    if (groupOf !== undefined && groupRank !== undefined) {
      ranked.sort((x, y) => weights[y] - weights[x] || groupRank[groupOf[x]] - groupRank[groupOf[y]] || x - y);
    } else {
      ranked.sort((x, y) => weights[y] - weights[x] || x - y);
    }
    return Int32Array.from(ranked.length > limit ? ranked.slice(0, limit) : ranked);
  }
}

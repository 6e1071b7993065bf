// Parallel passages across the sources of a corpus: the index and its queries.
// `update` tokenizes one source's passages into a shared token pool and the inverted index; links
// are computed on demand (`parallelsOf`, `clusters`) and memoised, so an edit costs one source's
// tokenization and a cold start costs no pairwise work at all. An edit keeps the memo: see `MemoEntry`.

import { BOILERPLATE_KINDS, type Article, type Span } from '../model';
import { TermIndex } from './candidateIndex';
import { buildClusters, type ClusterLink } from './cluster';
import { SCORE_THRESHOLDS, scorePair, type PairScore, type ParallelKind, type TokenRange, type TokenTable } from './score';
import { decodeIndexState, encodeIndexState, type IndexState } from './serialize';
import { lemma, stem } from './stem';
import { TokenFlag, tokenizeSpan } from './tokenize';
import { Int32Vec, Uint16Vec, Uint8Vec } from './vec';

export type { ParallelKind } from './score';
export { wordDiff, type DiffSegment } from './diff';

/** Bump when tokenization or scoring changes: a persisted index of another version is rejected. */
export const PARALLELS_ENGINE_VERSION = 9;

/** Content terms a clause of a packed sentence needs to be matched on its own. */
const MIN_CLAUSE_TERMS = 3;
/** Score factor of a link found by matching one clause of a packed sentence. */
const CLAUSE_MATCH_DISCOUNT = 0.9;

/** Another source's version of a passage. */
export interface Parallel {
  /** The other source. */
  readonly sourceId: string;
  /** Index into the other article's `sentences`. */
  readonly sentence: number;
  /** The other passage (its sentence). */
  readonly span: Span;
  /** For `partial`: the aligned clause inside `span`. Undefined for other kinds. */
  readonly clause?: Span;
  /** For `partial`: the aligned clause inside the queried passage. Undefined for other kinds. */
  readonly ownClause?: Span;
  /** 0..1, higher is closer. */
  readonly score: number;
  readonly kind: ParallelKind;
  /**
   * True when both speakers are known and differ: two names that cannot be one speaker, or a name
   * and the outlet's own voice. An unknown speaker never differs.
   */
  readonly speakerDiffers: boolean;
  /** The other passage's speaker: null for the outlet's own voice, undefined when not given. */
  readonly speaker?: string | null;
}

/** One passage of a cluster. */
export interface ClusterMember {
  readonly sourceId: string;
  readonly sentence: number;
  readonly span: Span;
  /** Null for the outlet's voice, undefined when not given. */
  readonly speaker?: string | null;
}

/** A statement reported by several sources: its passages, in source then document order. */
export interface Cluster {
  /** Stable while the cluster's first member stays: derived from it. */
  readonly id: string;
  readonly members: readonly ClusterMember[];
  /** How many distinct sources report the statement. */
  readonly sourceCount: number;
  /** The most common known speaker of the members; undefined when none is known. */
  readonly speaker?: string | null;
}

/** Size figures for benchmarks and logs. */
export interface ParallelIndexStats {
  readonly sources: number;
  readonly livePassages: number;
  readonly deadPassages: number;
  readonly tokens: number;
  readonly terms: number;
  /** Bytes held in typed arrays (postings, passages, tokens). */
  readonly typedArrayBytes: number;
}

/** The outcome of `ParallelIndex.deserialize`: an index, or why the data was rejected. */
export type DeserializeResult = { readonly ok: true; readonly index: ParallelIndex } | { readonly ok: false; readonly problem: string };

/** Speaker id of a passage whose speaker was not given. */
const SPEAKER_UNKNOWN = -2;
/** Speaker id of the outlet's own voice (`null`). */
const SPEAKER_OUTLET = -1;

/**
 * Terms of speech verbs (`say`, `tell`, `quote`, merged by the lexicon): a passage in the outlet's
 * voice that has one reports someone's words. Not `according` or `report`, which credit channels too.
 */
const SPEECH_TERMS: ReadonlySet<string> = new Set(['say', 'tell', 'quote'].map((word) => lemma(word)));

/** Candidates scored per passage. */
const MAX_CANDIDATES = 50;
/** A candidate must share this much of the query's IDF weight. */
const MIN_SHARE = 0.2;
/** Similarity a link between different speakers needs: the same words, not merely the same topic. */
const DIFFERENT_SPEAKER_SIMILARITY = 0.72;
/**
 * Similarity a whole-sentence match needs to link a named speaker with a voice that may carry their
 * words (the outlet's, a generic body like "officials", a body the passage names): see `mayBeOneVoice`.
 */
const SOFT_SPEAKER_SIMILARITY = 0.6;
/** Bound on the content classes of a batch: a pair key packs two classes into a double's exact range. */
const BATCH_CLASS_LIMIT = 2 ** 26;
/** Pair scores a batch keeps before it starts over. */
const MAX_BATCH_SCORES = 400_000;
/** Ranked candidates a batch keeps (all lists together) before it starts over. */
const MAX_BATCH_CANDIDATES = 4_000_000;

/**
 * Work shared between the passages of one `clusters` run, while nothing changes: passages of equal
 * content (terms and flags) get the same candidates (but their own source's) and score alike, since
 * scores depend on nothing else (weights are the corpus's, speakers are a flag of the call).
 */
interface BatchCache {
  /** Per passage, its content class (-1 for dead passages). */
  readonly classOf: Int32Array;
  /** Classes handed out, passages' and adjacent pairs'. */
  classCount: number;
  /** Class of two adjacent passages, by their classes. */
  readonly pairClasses: Map<number, number>;
  /** `scorePair` results by the class of the first range, then the second's class and the same-speaker flag. */
  readonly scores: Map<number, Map<number, PairScore>>;
  scoreCount: number;
  /** Per content class, every candidate of another live passage, ranked (see `candidatesOf`). */
  readonly candidates: Map<number, Int32Array>;
  candidateEntries: number;
}

/** Memoised link lists kept before the memo is cleared. */
const MAX_MEMO = 200_000;
/**
 * Bound on the staleness of memoised links (see `MemoEntry`): the memo is cleared after this many
 * updates, or when the number of live passages (the N of IDF) moves by more than `MAX_PASSAGE_DRIFT`.
 */
const MAX_STALE_UPDATES = 256;
const MAX_PASSAGE_DRIFT = 0.01;

interface SourceEntry {
  readonly id: string;
  readonly slot: number;
  readonly firstPassage: number;
  readonly passageCount: number;
  /** The host's hash of the indexed text ('' when not given). */
  readonly contentHash: string;
  /** Sentence index -> passage id, or -1 for sentences that are not passages. */
  readonly passageOfSentence: Int32Array;
}

/** A link from one passage to another, as memoised. */
interface Link {
  readonly other: number;
  readonly score: number;
  readonly kind: ParallelKind;
  readonly speakerDiffers: boolean;
  /** Token windows of the aligned clause (partial links), relative to each passage. */
  readonly ownWindow?: TokenRange;
  readonly otherWindow?: TokenRange;
  /** For partial links: true when this passage is the covered (shorter) side. */
  readonly covered?: 'own' | 'other';
  /** True for a support link: related, not a parallel; used by clustering only (`SCORE_THRESHOLDS.support`). */
  readonly support?: boolean;
}

/**
 * A memoised link list. Kept across updates: an update logs a `ChangeRecord`, and an entry is
 * checked against the records logged since it was computed when it is next read. It is dropped when
 * a source it drew candidates from changed, or when a passage added since may be one of its
 * candidates (it shares at least `MIN_SHARE` of the query's IDF weight, ignoring the candidate
 * limit); links to passages that were merely renumbered are renumbered. The passages of an updated
 * source that are unchanged (the same terms, flags and speaker, with the same neighbours in their
 * paragraph) keep their entries. Entries are not recomputed because IDF weights moved: weights are
 * at most `MAX_STALE_UPDATES` updates and `MAX_PASSAGE_DRIFT` of the corpus size old.
 */
interface MemoEntry {
  links: Link[];
  /** The distinct source slots of the scored candidates (every link's target is one of them). */
  readonly candidateSlots: Int32Array;
  /** The length of the change log when the entry was last known valid. */
  logPosition: number;
}

/** What an update or removal did to the passages of one source, for `MemoEntry` checks. */
interface ChangeRecord {
  readonly slot: number;
  /** True when passages were added, removed or altered, not merely renumbered. */
  readonly changed: boolean;
  /** Unchanged passages: old id -> new id. */
  readonly remap: ReadonlyMap<number, number>;
  /** New passages that are not unchanged ones. */
  readonly added: Int32Array;
}

/**
 * Finds the passages in other sources that report the same statement as a passage.
 * Pure and synchronous; the host owns persistence (`serialize` / `deserialize`).
 */
export class ParallelIndex {
  private readonly termIndex = new TermIndex();
  private readonly sourcesById = new Map<string, SourceEntry>();
  private sourcesBySlot: (SourceEntry | undefined)[] = [];
  private freeSlots: number[] = [];
  private readonly speakerIds = new Map<string, number>();
  private speakerNames: string[] = [];
  private readonly speakerStemCache = new Map<string, ReadonlySet<string>>();
  private readonly speakerRelations = new Map<number, boolean>();
  /** `isDescriptorVoice` per speaker id (an id keeps its name for the life of the index). */
  private readonly speakerDescriptors = new Map<number, boolean>();

  // Per passage.
  private passageSource = new Int32Vec(1024);
  private passageSentence = new Int32Vec(1024);
  private passageStart = new Int32Vec(1024);
  private passageEnd = new Int32Vec(1024);
  private passageParagraph = new Int32Vec(1024);
  private passageTokenStart = new Int32Vec(1024);
  private passageSpeaker = new Int32Vec(1024);
  private passageAlive = new Uint8Vec(1024);
  private readonly termScratch: number[] = [];
  private readonly seenScratch = new Set<number>();
  private deadPassages = 0;

  // Per token (the pool).
  private tokenTerm = new Int32Vec(8192);
  private tokenFlags = new Uint16Vec(8192);
  /** Token start, relative to its passage's start (clamped to 65535). */
  private tokenOffset = new Uint16Vec(8192);
  /** Token length (clamped to 255). */
  private tokenLength = new Uint8Vec(8192);

  private version = 0;
  private memo = new Map<number, MemoEntry>();
  /** Updates since the memo was last empty, oldest first (see `MemoEntry`). */
  private changeLog: ChangeRecord[] = [];
  /** Live passages when the memo was last empty: the reference for `MAX_PASSAGE_DRIFT`. */
  private memoPassages = 0;
  private clusterMemo?: { version: number; clusters: Cluster[] };
  /** Per source slot, the rank of its id among all ids (see `comparePassages`); valid unless `slotRankStale`. */
  private slotRank = new Int32Array(16);
  /** The rank of each source id when `slotRank` was last computed (removed ids stay: their order holds). */
  private readonly idRank = new Map<string, number>();
  /** True when an id was added since ranks were computed. */
  private slotRankStale = true;
  /** Set while `clusters` computes every passage's links: work shared between passages (see `BatchCache`). */
  private batch?: BatchCache;

  private readonly table: TokenTable = {
    terms: new Int32Array(0),
    flags: new Uint16Array(0),
    weightOf: (term) => this.termIndex.weightOf(term),
    termText: (term) => this.termIndex.terms[term],
    prefixOf: (term) => this.termIndex.prefix.data[term],
  };

  /**
   * Adds or replaces a source. `speakers[i]` is the canonical speaker of `article.sentences[i]`
   * (null: the outlet's own voice); without `speakers`, speakers are unknown and never differ.
   * `contentHash` is the host's hash of the text, kept (and persisted) for `contentHash(sourceId)`.
   * Re-indexes this source only.
   */
  update(sourceId: string, article: Article, speakers?: readonly (string | null | undefined)[], contentHash?: string): void {
    const previous = this.sourcesById.get(sourceId);
    const previousKeys = this.memo.size > 0 && previous !== undefined ? this.stabilityKeys(previous.firstPassage, previous.passageCount) : undefined;
    this.removeEntry(sourceId);
    const slot = this.freeSlots.pop() ?? this.sourcesBySlot.length;
    const firstPassage = this.passageSource.length;
    const sentences = article.sentences;
    const passageOfSentence = new Int32Array(sentences.length).fill(-1);
    const boilerplate = boilerplateSpans(article);
    const text = article.text;
    let quoteIndex = 0;
    let markerIndex = 0;
    for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
      const sentence = sentences[sentenceIndex];
      if (overlapsAny(boilerplate, sentence)) continue;
      while (quoteIndex < article.quotes.length && article.quotes[quoteIndex].end <= sentence.start) quoteIndex++;
      const quotes: Span[] = [];
      for (let index = quoteIndex; index < article.quotes.length && article.quotes[index].start < sentence.end; index++) {
        quotes.push(article.quotes[index].content);
      }
      while (markerIndex < article.markers.length && article.markers[markerIndex].end <= sentence.start) markerIndex++;
      const skip: Span[] = [];
      for (let index = markerIndex; index < article.markers.length && article.markers[index].start < sentence.end; index++) {
        skip.push(article.markers[index]);
      }
      const speaker = speakers?.[sentenceIndex];
      const speakerStems = typeof speaker === 'string' ? this.stemsOfName(speaker) : undefined;
      const tokenStart = this.tokenTerm.length;
      const base = sentence.start;
      const count = tokenizeSpan(
        text,
        sentence,
        {
          push: (term, flags, start, end) => {
            this.tokenTerm.push(this.termIndex.intern(term));
            this.tokenFlags.push(flags);
            this.tokenOffset.push(Math.min(65535, start - base));
            this.tokenLength.push(Math.min(255, end - start));
          },
        },
        { quotes, skip, speakerStems },
      );
      if (count === 0) continue;
      const speakerId = speakers === undefined || speaker === undefined ? SPEAKER_UNKNOWN : this.speakerId(speaker);
      passageOfSentence[sentenceIndex] = this.addPassage(slot, sentenceIndex, sentence, tokenStart, speakerId);
    }
    this.addEntry({ id: sourceId, slot, firstPassage, passageCount: this.passageSource.length - firstPassage, contentHash: contentHash ?? '', passageOfSentence }, previous, previousKeys);
  }

  /**
   * Adds the sources of another index (`serialize` output, e.g. a persisted cache or a worker's share of a
   * cold scan) that this index does not hold; a source this index holds stays as it is. Rejected data
   * changes nothing.
   */
  absorb(data: Uint8Array): { readonly ok: true } | { readonly ok: false; readonly problem: string } {
    const decoded = decodeIndexState(data, PARALLELS_ENGINE_VERSION);
    if (!decoded.ok) return decoded;
    const state = decoded.state;
    const problem = stateProblem(state);
    if (problem !== undefined) return { ok: false, problem };
    if (this.sourcesById.size === 0) {
      this.importState(state);
      return { ok: true };
    }
    const termIds = new Int32Array(state.terms.length).fill(-1);
    const speakerIds = state.speakers.map((name) => this.speakerId(name));
    const tokens = state.tokenTerm.length;
    for (const source of state.sources) {
      if (this.sourcesById.has(source.id)) continue;
      const slot = this.freeSlots.pop() ?? this.sourcesBySlot.length;
      const firstPassage = this.passageSource.length;
      const passageOfSentence = new Int32Array(source.passageOfSentence.length).fill(-1);
      source.passageOfSentence.forEach((passage, sentenceIndex) => {
        if (passage < 0) return;
        const tokenStart = this.tokenTerm.length;
        const end = passage + 1 < state.passageTokenStart.length ? state.passageTokenStart[passage + 1] : tokens;
        for (let token = state.passageTokenStart[passage]; token < end; token++) {
          const term = state.tokenTerm[token];
          if (termIds[term] < 0) termIds[term] = this.termIndex.intern(state.terms[term]);
          this.tokenTerm.push(termIds[term]);
          this.tokenFlags.push(state.tokenFlags[token]);
          this.tokenOffset.push(state.tokenOffset[token]);
          this.tokenLength.push(state.tokenLength[token]);
        }
        const speaker = state.passageSpeaker[passage];
        const span = { start: state.passageStart[passage], end: state.passageEnd[passage], paragraph: state.passageParagraph[passage] };
        passageOfSentence[sentenceIndex] = this.addPassage(slot, sentenceIndex, span, tokenStart, speaker < 0 ? speaker : speakerIds[speaker]);
      });
      this.addEntry({ id: source.id, slot, firstPassage, passageCount: this.passageSource.length - firstPassage, contentHash: source.contentHash, passageOfSentence }, undefined, undefined);
    }
    return { ok: true };
  }

  /** Forgets a source. Unknown ids are ignored. */
  remove(sourceId: string): void {
    const entry = this.sourcesById.get(sourceId);
    if (entry === undefined) return;
    this.removeEntry(sourceId);
    if (this.memo.size > 0) this.recordChange(entry.slot, entry, [], undefined);
    this.changed();
  }

  /** True when the index holds the source. */
  has(sourceId: string): boolean {
    return this.sourcesById.has(sourceId);
  }

  /** The ids of all sources, in no particular order. */
  sourceIds(): string[] {
    return [...this.sourcesById.keys()];
  }

  /**
   * The content hash given to `update` for the source ('' when none was), or undefined for an unknown
   * source. After `deserialize`, a host re-indexes only the sources whose hash changed.
   */
  contentHash(sourceId: string): string | undefined {
    return this.sourcesById.get(sourceId)?.contentHash;
  }

  /**
   * The passages of other sources that report what sentence `sentenceIndex` of `sourceId` reports,
   * best first. Empty for an unknown source or a sentence that is no passage (boilerplate, no words).
   */
  parallelsOf(sourceId: string, sentenceIndex: number): Parallel[] {
    const passage = this.passageOf(sourceId, sentenceIndex);
    if (passage < 0) return [];
    return this.linksOf(passage)
      .filter((link) => link.support !== true)
      .map((link) => this.toParallel(passage, link));
  }

  /** True when the sentence is a passage of the index (not boilerplate, not wordless). */
  isPassage(sourceId: string, sentenceIndex: number): boolean {
    return this.passageOf(sourceId, sentenceIndex) >= 0;
  }

  /** The speaker given for a passage: null for the outlet's voice, undefined when unknown. */
  speakerOf(sourceId: string, sentenceIndex: number): string | null | undefined {
    const passage = this.passageOf(sourceId, sentenceIndex);
    return passage < 0 ? undefined : this.speakerName(this.passageSpeaker.data[passage]);
  }

  /**
   * The statement clusters of the whole index: passages of at least two sources reporting the same
   * statement from the same speaker. A packed sentence may belong to several clusters. Memoised
   * until the next change; costs one query per passage the first time.
   */
  clusters(): Cluster[] {
    if (this.clusterMemo?.version === this.version) return this.clusterMemo.clusters;
    // Clusters are a function of the sources' content, not of the order they were indexed in (passage
    // ids): passages are visited, and ties broken, in a canonical order (source id, then sentence),
    // and `buildClusters` works on ranks in that order.
    const order = this.canonicalOrder();
    const rankOf = new Int32Array(this.passageSource.length).fill(-1);
    for (let rank = 0; rank < order.length; rank++) rankOf[order[rank]] = rank;
    const links: ClusterLink[] = [];
    /** Related pairs of ranks, flat (first, second, first, second, …): links and support links. */
    const support: number[] = [];
    // Each pair once, as the earlier passage found it; a link found from the later passage only
    // (candidates are not symmetric) counts too.
    const seen = new Set<number>();
    this.batch = this.makeBatchCache();
    try {
      for (const passage of order) this.collectLinks(passage, rankOf, links, support, seen);
    } finally {
      this.batch = undefined;
    }
    const groups = buildClusters(
      links,
      (rank) => this.passageSource.data[order[rank]],
      (first, second) => Math.abs(first - second) === 1 && this.adjacent(order[first], order[second]),
      support,
    );
    const clusters = groups.map((group) => this.toCluster(group.map((rank) => order[rank]))).sort(compareClusters);
    this.clusterMemo = { version: this.version, clusters };
    return clusters;
  }

  /** The live passages, by source id, then sentence. Passages of one source keep their id order. */
  private canonicalOrder(): Int32Array {
    this.refreshSlotRanks();
    const entries = [...this.sourcesById.values()].sort((x, y) => this.slotRank[x.slot] - this.slotRank[y.slot]);
    const order = new Int32Array(this.termIndex.livePassages);
    let next = 0;
    for (const entry of entries) {
      for (const passage of entry.passageOfSentence) if (passage >= 0) order[next++] = passage;
    }
    return next === order.length ? order : order.subarray(0, next);
  }

  /**
   * Canonical order of two live passages: by source id, then by position in the source. Breaks ties
   * between equal candidates and equal links, so answers do not depend on the indexing order. Needs
   * `refreshSlotRanks` first.
   */
  private readonly comparePassages = (first: number, second: number): number => {
    const rank = this.slotRank;
    const sources = this.passageSource.data;
    return rank[sources[first]] - rank[sources[second]] || first - second;
  };

  /** Recomputes `slotRank` when a source id was added since the last time. */
  private refreshSlotRanks(): void {
    if (!this.slotRankStale) return;
    const ids = [...this.sourcesById.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    this.idRank.clear();
    ids.forEach((id, rank) => this.idRank.set(id, rank));
    this.slotRank = new Int32Array(Math.max(16, this.sourcesBySlot.length));
    for (const entry of this.sourcesById.values()) this.slotRank[entry.slot] = this.idRank.get(entry.id) as number;
    this.slotRankStale = false;
  }

  /** Adds a passage's links to the inputs of `buildClusters` (see `clusters`), as ranks (`rankOf`). */
  private collectLinks(passage: number, rankOf: Int32Array, links: ClusterLink[], support: number[], seen: Set<number>): void {
    const capacity = rankOf.length;
    // A question states nothing: it has parallels (the same question elsewhere) but joins no statement.
    if (this.isQuestion(passage)) return;
    const own = rankOf[passage];
    for (const link of this.linksOf(passage)) {
      if (link.speakerDiffers || this.isQuestion(link.other)) continue;
      const other = rankOf[link.other];
      support.push(own, other);
      if (link.support === true) continue;
      const key = Math.min(own, other) * capacity + Math.max(own, other);
      if (seen.has(key)) continue;
      seen.add(key);
      const full = link.kind !== 'partial';
      const covered = link.covered === 'own' ? own : link.covered === 'other' ? other : undefined;
      links.push({ a: own, b: other, score: link.score, full, covered: full ? undefined : covered });
    }
  }

  /** Size figures. */
  stats(): ParallelIndexStats {
    let postingBytes = 0;
    for (const list of this.termIndex.postings) postingBytes += list.data.byteLength;
    const passageBytes =
      this.passageSource.data.byteLength * 7 + this.passageAlive.data.byteLength;
    const tokenBytes =
      this.tokenTerm.data.byteLength + this.tokenFlags.data.byteLength + this.tokenOffset.data.byteLength + this.tokenLength.data.byteLength;
    return {
      sources: this.sourcesById.size,
      livePassages: this.termIndex.livePassages,
      deadPassages: this.deadPassages,
      tokens: this.tokenTerm.length,
      terms: this.termIndex.terms.length,
      typedArrayBytes: postingBytes + passageBytes + tokenBytes + this.termIndex.df.data.byteLength,
    };
  }

  /**
   * The index as bytes: a header (magic, format and engine version, length, checksum) and the
   * compacted state. The host stores it; `deserialize` checks it before trusting any of it.
   */
  serialize(): Uint8Array {
    this.compact();
    return encodeIndexState(this.exportState(), PARALLELS_ENGINE_VERSION);
  }

  /**
   * Rebuilds an index from `serialize` output. Rejects (never throws on) data that is truncated,
   * corrupt, of another format or engine version, or internally inconsistent.
   */
  static deserialize(data: Uint8Array): DeserializeResult {
    const decoded = decodeIndexState(data, PARALLELS_ENGINE_VERSION);
    if (!decoded.ok) return decoded;
    const problem = stateProblem(decoded.state);
    if (problem !== undefined) return { ok: false, problem };
    const index = new ParallelIndex();
    index.importState(decoded.state);
    return { ok: true, index };
  }

  // ---- internals ----

  private changed(): void {
    this.version++;
    if (this.deadPassages > 20_000 && this.deadPassages > this.termIndex.livePassages) this.compact();
    const drift = Math.abs(this.termIndex.livePassages - this.memoPassages);
    if (this.changeLog.length > MAX_STALE_UPDATES || drift > MAX_PASSAGE_DRIFT * this.memoPassages) this.clearMemo();
  }

  private clearMemo(): void {
    this.memo.clear();
    this.changeLog = [];
    this.memoPassages = this.termIndex.livePassages;
  }

  /**
   * Per passage of a source, a key equal for two versions of a passage exactly when its links are
   * computed alike: its terms, flags and speaker, and those of its neighbours in its paragraph (joins).
   */
  private stabilityKeys(firstPassage: number, passageCount: number): string[] {
    const own: string[] = [];
    for (let passage = firstPassage; passage < firstPassage + passageCount; passage++) {
      own.push(`${this.passageSpeaker.data[passage]}:${this.contentKey(passage)}`);
    }
    return own.map((key, index) => {
      const passage = firstPassage + index;
      const before = index > 0 && this.adjacent(passage, passage - 1) ? own[index - 1] : '';
      const after = index + 1 < own.length && this.adjacent(passage, passage + 1) ? own[index + 1] : '';
      return `${before}\n${key}\n${after}`;
    });
  }

  /**
   * Logs what an update (`current`) or removal (undefined) did to a source's passages, and moves the
   * memo entries of its unchanged passages to their new ids. `previousKeys` are the old passages'
   * `stabilityKeys`, taken before they died.
   */
  private recordChange(slot: number, previous: SourceEntry | undefined, previousKeys: readonly string[], current: SourceEntry | undefined): void {
    const oldByKey = new Map<string, number[]>();
    previousKeys.forEach((key, index) => {
      const list = oldByKey.get(key);
      if (list === undefined) oldByKey.set(key, [(previous as SourceEntry).firstPassage + index]);
      else list.push((previous as SourceEntry).firstPassage + index);
    });
    const remap = new Map<number, number>();
    const added: number[] = [];
    if (current !== undefined) {
      this.stabilityKeys(current.firstPassage, current.passageCount).forEach((key, index) => {
        const passage = current.firstPassage + index;
        const old = oldByKey.get(key)?.shift();
        if (old === undefined) added.push(passage);
        else remap.set(old, passage);
      });
    }
    if (previous !== undefined) {
      for (let passage = previous.firstPassage; passage < previous.firstPassage + previous.passageCount; passage++) {
        const entry = this.memo.get(passage);
        if (entry === undefined) continue;
        this.memo.delete(passage);
        const target = remap.get(passage);
        if (target !== undefined) this.memo.set(target, entry);
      }
    }
    const changed = added.length > 0 || remap.size < (previous?.passageCount ?? 0);
    this.changeLog.push({ slot, changed, remap, added: Int32Array.from(added) });
  }

  /**
   * True when a memo entry still holds after the updates logged since it was computed (see
   * `MemoEntry`); renumbers its links on the way.
   */
  private revalidate(passage: number, entry: MemoEntry): boolean {
    const log = this.changeLog;
    if (entry.logPosition === log.length) return true;
    if (entry.logPosition > log.length) return false;
    const ownSlot = this.passageSource.data[passage];
    let queryTerms: Set<number> | undefined;
    let threshold = 0;
    for (let position = entry.logPosition; position < log.length; position++) {
      const record = log[position];
      if (record.slot === ownSlot) continue;
      if (record.changed && entry.candidateSlots.includes(record.slot)) return false;
      if (record.remap.size > 0 && entry.links.some((link) => record.remap.has(link.other))) {
        entry.links = entry.links.map((link) => {
          const target = record.remap.get(link.other);
          return target === undefined ? link : { ...link, other: target };
        });
      }
      if (record.added.length === 0) continue;
      if (queryTerms === undefined) {
        queryTerms = new Set(this.queryTermsOf(passage));
        let total = 0;
        for (const term of queryTerms) total += this.termIndex.weightOf(term);
        threshold = MIN_SHARE * total * 0.999;
      }
      for (const added of record.added) {
        const [start, end] = this.tokenRangeOf(added);
        const counted = new Set<number>();
        let shared = 0;
        for (let token = start; token < end; token++) {
          const term = this.tokenTerm.data[token];
          if (!queryTerms.has(term) || counted.has(term)) continue;
          counted.add(term);
          shared += this.termIndex.weightOf(term);
        }
        if (shared > 0 && shared >= threshold) return false;
      }
    }
    entry.logPosition = log.length;
    return true;
  }

  /** The distinct terms a passage queries with: cues and the speaker's own name left out. */
  private queryTermsOf(passage: number): number[] {
    return [...this.distinctTermsOf(passage, TokenFlag.Cue | TokenFlag.Speaker)];
  }

  private removeEntry(sourceId: string): boolean {
    const entry = this.sourcesById.get(sourceId);
    if (entry === undefined) return false;
    for (let passage = entry.firstPassage; passage < entry.firstPassage + entry.passageCount; passage++) {
      if (this.passageAlive.data[passage] === 0) continue;
      this.passageAlive.data[passage] = 0;
      this.deadPassages++;
      this.termIndex.retire(this.distinctTermsOf(passage));
    }
    this.sourcesById.delete(sourceId);
    this.sourcesBySlot[entry.slot] = undefined;
    this.freeSlots.push(entry.slot);
    return true;
  }

  /** Appends a passage whose tokens were just pushed (from `tokenStart` to the end of the pool) and posts its terms. */
  private addPassage(slot: number, sentenceIndex: number, span: { start: number; end: number; paragraph: number }, tokenStart: number, speakerId: number): number {
    const passage = this.passageSource.length;
    this.passageSource.push(slot);
    this.passageSentence.push(sentenceIndex);
    this.passageStart.push(span.start);
    this.passageEnd.push(span.end);
    this.passageParagraph.push(span.paragraph);
    this.passageTokenStart.push(tokenStart);
    this.passageSpeaker.push(speakerId);
    this.passageAlive.push(1);
    this.termIndex.add(passage, this.distinctTermsOf(passage));
    return passage;
  }

  /** Registers a source whose passages were just added, and tells the memo what changed. */
  private addEntry(entry: SourceEntry, previous: SourceEntry | undefined, previousKeys: readonly string[] | undefined): void {
    this.sourcesById.set(entry.id, entry);
    this.sourcesBySlot[entry.slot] = entry;
    if (!this.slotRankStale) {
      // A known id (an edit) keeps its rank; a new one may fall between two others.
      const rank = this.idRank.get(entry.id);
      if (rank === undefined) {
        this.slotRankStale = true;
      } else {
        if (entry.slot >= this.slotRank.length) {
          const grown = new Int32Array(Math.max(entry.slot + 1, this.slotRank.length * 2));
          grown.set(this.slotRank);
          this.slotRank = grown;
        }
        this.slotRank[entry.slot] = rank;
      }
    }
    if (this.memo.size > 0) this.recordChange(entry.slot, previous, previousKeys ?? [], entry);
    this.changed();
  }

  /**
   * A passage's distinct terms, in first-occurrence order, leaving out tokens with any of `skipFlags`
   * (a scratch array, valid until the next call).
   */
  private distinctTermsOf(passage: number, skipFlags = 0): number[] {
    const terms = this.termScratch;
    const seen = this.seenScratch;
    terms.length = 0;
    seen.clear();
    const [start, end] = this.tokenRangeOf(passage);
    for (let token = start; token < end; token++) {
      if ((this.tokenFlags.data[token] & skipFlags) !== 0) continue;
      const term = this.tokenTerm.data[token];
      if (!seen.has(term)) {
        seen.add(term);
        terms.push(term);
      }
    }
    return terms;
  }

  private passageOf(sourceId: string, sentenceIndex: number): number {
    const entry = this.sourcesById.get(sourceId);
    if (entry === undefined || !Number.isInteger(sentenceIndex) || sentenceIndex < 0 || sentenceIndex >= entry.passageOfSentence.length) return -1;
    return entry.passageOfSentence[sentenceIndex];
  }

  private tokenRangeOf(passage: number): [number, number] {
    const start = this.passageTokenStart.data[passage];
    const end = passage + 1 < this.passageTokenStart.length ? this.passageTokenStart.data[passage + 1] : this.tokenTerm.length;
    return [start, end];
  }

  private speakerId(name: string | null): number {
    if (name === null) return SPEAKER_OUTLET;
    let id = this.speakerIds.get(name);
    if (id === undefined) {
      id = this.speakerNames.length;
      this.speakerIds.set(name, id);
      this.speakerNames.push(name);
    }
    return id;
  }

  private speakerName(id: number): string | null | undefined {
    if (id === SPEAKER_UNKNOWN) return undefined;
    if (id === SPEAKER_OUTLET) return null;
    return this.speakerNames[id];
  }

  /**
   * True when two speaker names may be one speaker: one name's words all appear in the other's
   * (`the authority` / `City Transit Authority`), or two joint speakers (`A + B`) share a member.
   * Memoised per pair of ids.
   */
  private readonly relatedSpeakers = (first: number, second: number): boolean => {
    const key = first < second ? first * 67108864 + second : second * 67108864 + first;
    let related = this.speakerRelations.get(key);
    if (related === undefined) {
      related = speakersRelated(this.speakerNames[first], this.speakerNames[second]);
      if (this.speakerRelations.size > 100_000) this.speakerRelations.clear();
      this.speakerRelations.set(key, related);
    }
    return related;
  };

  private stemsOfName(name: string): ReadonlySet<string> {
    let stems = this.speakerStemCache.get(name);
    if (stems === undefined) {
      stems = new Set(
        name
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((word) => word.length > 1)
          .map((word) => stem(word)),
      );
      if (this.speakerStemCache.size > 10_000) this.speakerStemCache.clear();
      this.speakerStemCache.set(name, stems);
    }
    return stems;
  }

  private refreshTable(): TokenTable {
    const table = this.table as { terms: Int32Array; flags: Uint16Array };
    if (table.terms !== this.tokenTerm.data) table.terms = this.tokenTerm.data;
    if (table.flags !== this.tokenFlags.data) table.flags = this.tokenFlags.data;
    return this.table;
  }

  /** The links of a passage, memoised (see `MemoEntry`). */
  private linksOf(passage: number): Link[] {
    const cached = this.memo.get(passage);
    if (cached !== undefined) {
      if (this.revalidate(passage, cached)) return cached.links;
      this.memo.delete(passage);
    }
    if (this.memo.size >= MAX_MEMO || this.memo.size === 0) this.clearMemo();
    const entry = this.computeLinks(passage);
    this.memo.set(passage, entry);
    return entry.links;
  }

  private computeLinks(passage: number): MemoEntry {
    this.refreshSlotRanks();
    const table = this.refreshTable();
    const [start, end] = this.tokenRangeOf(passage);
    const own: TokenRange = { start, end };
    const source = this.passageSource.data[passage];
    const queryTerms = this.queryTermsOf(passage);
    const logPosition = this.changeLog.length;
    if (queryTerms.length === 0) return { links: [], candidateSlots: new Int32Array(0), logPosition };
    const candidates = this.candidatesOf(passage, queryTerms, source);
    const best = new Map<number, Link>();
    const offer = (link: Link): void => {
      const previous = best.get(link.other);
      // A parallel wins over a support link; of two links of one kind, the higher score.
      const better =
        previous === undefined ||
        ((previous.support === true) === (link.support === true) ? link.score > previous.score : previous.support === true);
      if (better) best.set(link.other, link);
    };
    const speaker = this.passageSpeaker.data[passage];
    for (const other of candidates) {
      const [otherStart, otherEnd] = this.tokenRangeOf(other);
      const range: TokenRange = { start: otherStart, end: otherEnd };
      let speakerDiffers = differentSpeakers(speaker, this.passageSpeaker.data[other], this.relatedSpeakers);
      if (speakerDiffers && this.describesNamed(passage, other)) speakerDiffers = false;
      const result = this.score(table, own, range, passage, other, speaker >= 0 && this.passageSpeaker.data[other] >= 0 && !speakerDiffers);
      if (speakerDiffers && result.linked && result.kind !== 'partial' && result.similarity >= SOFT_SPEAKER_SIMILARITY) {
        speakerDiffers = !this.mayBeOneVoice(passage, other);
      }
      if (result.linked) {
        const clauseOfOtherSpeaker =
          speakerDiffers &&
          result.kind === 'partial' &&
          speaker >= 0 &&
          this.passageSpeaker.data[other] >= 0 &&
          (this.clauseNames(own, result.windowA, this.passageSpeaker.data[other]) || this.clauseNames(range, result.windowB, speaker));
        const link = this.makeLink(other, result, speakerDiffers && !clauseOfOtherSpeaker);
        if (link !== undefined) offer(link);
      } else if (this.supports(passage, other, result, speakerDiffers)) {
        offer({ other, score: result.similarity, kind: 'partial', speakerDiffers: false, support: true });
      }
      // Joins are only worth trying when the passages alone are related but no full match.
      if ((result.linked && result.kind !== 'partial') || (result.similarity < 0.2 && result.clause < 0.4)) continue;
      this.offerClauseMatches(table, passage, own, other, range, result, speakerDiffers, offer);
      // A statement split over two sentences: join the covered side with a neighbour, and keep the
      // join when it beats each half alone.
      if (result.coverageB >= result.coverageA) {
        for (const neighbour of [other - 1, other + 1]) {
          if (!this.adjacent(other, neighbour)) continue;
          const split = this.score(table, own, this.tokenRangeOfPair(other, neighbour), passage, -1 - Math.min(other, neighbour), false);
          const [neighbourStart, neighbourEnd] = this.tokenRangeOf(neighbour);
          const alone = this.score(table, own, { start: neighbourStart, end: neighbourEnd }, passage, neighbour, false);
          if (!this.betterSplit(split, result, alone)) continue;
          for (const part of [other, neighbour]) {
            if (differentSpeakers(speaker, this.passageSpeaker.data[part], this.relatedSpeakers)) continue;
            offer({ other: part, score: split.score * 0.95, kind: 'partial', speakerDiffers: false, covered: 'other' });
          }
        }
      }
      if (result.coverageA >= result.coverageB && !speakerDiffers) {
        for (const neighbour of [passage - 1, passage + 1]) {
          if (!this.adjacent(passage, neighbour)) continue;
          const split = this.score(table, this.tokenRangeOfPair(passage, neighbour), range, -1 - Math.min(passage, neighbour), other, false);
          const [neighbourStart, neighbourEnd] = this.tokenRangeOf(neighbour);
          const alone = this.score(table, { start: neighbourStart, end: neighbourEnd }, range, neighbour, other, false);
          if (!this.betterSplit(split, result, alone)) continue;
          offer({ other, score: split.score * 0.95, kind: 'partial', speakerDiffers: false, covered: 'own' });
        }
      }
    }
    const candidateSlots = new Set<number>();
    for (const other of candidates) candidateSlots.add(this.passageSource.data[other]);
    const links = [...best.values()].sort((x, y) => y.score - x.score || this.comparePassages(x.other, y.other));
    return { links, candidateSlots: Int32Array.from(candidateSlots), logPosition };
  }


  /**
   * The candidates of a passage (see `TermIndex.candidates`), best first. In a batch, passages of
   * equal content share one walk of the postings: its whole ranked list is kept, and each passage
   * drops its own source's passages from it and keeps the first `MAX_CANDIDATES`, which is what a
   * walk of its own would have given.
   */
  private candidatesOf(passage: number, queryTerms: readonly number[], source: number): number[] {
    const alive = this.passageAlive.data;
    const sources = this.passageSource.data;
    const batch = this.batch;
    if (batch === undefined) {
      return Array.from(
        this.termIndex.candidates(
          queryTerms,
          (other) => alive[other] === 1 && sources[other] !== source,
          MAX_CANDIDATES,
          MIN_SHARE,
          this.passageSource.length,
          this.passageSource.data,
          this.slotRank,
        ),
      );
    }
    const contentClass = batch.classOf[passage];
    let ranked = batch.candidates.get(contentClass);
    if (ranked === undefined) {
      ranked = this.termIndex.candidates(queryTerms, (other) => alive[other] === 1, Number.POSITIVE_INFINITY, MIN_SHARE, this.passageSource.length, this.passageSource.data, this.slotRank);
      if (batch.candidateEntries + ranked.length > MAX_BATCH_CANDIDATES) {
        batch.candidates.clear();
        batch.candidateEntries = 0;
      }
      batch.candidates.set(contentClass, ranked);
      batch.candidateEntries += ranked.length;
    }
    const result: number[] = [];
    for (let index = 0; index < ranked.length && result.length < MAX_CANDIDATES; index++) {
      if (sources[ranked[index]] !== source) result.push(ranked[index]);
    }
    return result;
  }

  /**
   * `scorePair` of two token ranges, each a passage (`first`, `second` >= 0) or two adjacent passages
   * (-1 - the lower one). In a batch, ranges of equal content score alike and share one result.
   */
  private score(table: TokenTable, a: TokenRange, b: TokenRange, first: number, second: number, sameSpeaker: boolean): PairScore {
    const batch = this.batch;
    if (batch === undefined) return scorePair(table, a, b, sameSpeaker ? { sameSpeaker } : {});
    const firstClass = this.rangeClass(batch, first);
    const key = this.rangeClass(batch, second) * 2 + (sameSpeaker ? 1 : 0);
    let scores = batch.scores.get(firstClass);
    if (scores === undefined) {
      scores = new Map();
      batch.scores.set(firstClass, scores);
    }
    let result = scores.get(key);
    if (result === undefined) {
      result = scorePair(table, a, b, sameSpeaker ? { sameSpeaker } : {});
      if (++batch.scoreCount > MAX_BATCH_SCORES) {
        batch.scores.clear();
        batch.scoreCount = 0;
      } else {
        scores.set(key, result);
      }
    }
    return result;
  }

  /** The content class of a passage, or of two adjacent passages (`-1 - lower`). */
  private rangeClass(batch: BatchCache, range: number): number {
    if (range >= 0) return batch.classOf[range];
    const low = -1 - range;
    const pairKey = batch.classOf[low] * BATCH_CLASS_LIMIT + batch.classOf[low + 1];
    let pairClass = batch.pairClasses.get(pairKey);
    if (pairClass === undefined) {
      pairClass = batch.classCount++;
      batch.pairClasses.set(pairKey, pairClass);
    }
    return pairClass;
  }

  /** A passage's terms and flags as a string: equal for passages that score alike against any other. */
  private contentKey(passage: number): string {
    const [start, end] = this.tokenRangeOf(passage);
    let key = '';
    for (let token = start; token < end; token++) key += `${this.tokenTerm.data[token]}.${this.tokenFlags.data[token]} `;
    return key;
  }

  /** Content classes of the live passages: equal terms and flags, equal class. */
  private makeBatchCache(): BatchCache {
    const capacity = this.passageSource.length;
    const classOf = new Int32Array(capacity).fill(-1);
    const byContent = new Map<string, number>();
    for (let passage = 0; passage < capacity; passage++) {
      if (this.passageAlive.data[passage] === 0) continue;
      const key = this.contentKey(passage);
      let contentClass = byContent.get(key);
      if (contentClass === undefined) {
        contentClass = byContent.size;
        byContent.set(key, contentClass);
      }
      classOf[passage] = contentClass;
    }
    return { classOf, classCount: byContent.size, pairClasses: new Map(), scores: new Map(), scoreCount: 0, candidates: new Map(), candidateEntries: 0 };
  }

  /**
   * A packed sentence (two statements in one: `A said X, and B said Y`, `X; Y`, `X, while Y`)
   * matched clause by clause: a clause of one passage that fully matches the other passage makes a
   * partial link covering the other, so the packed sentence joins the cluster of each statement it
   * carries. When the two passages credit different speakers, the clause must name the other
   * passage's speaker (`…, and B said Y` against B's own sentence): a clause of one speaker never
   * matches another's statement.
   */
  private offerClauseMatches(
    table: TokenTable,
    passage: number,
    own: TokenRange,
    other: number,
    range: TokenRange,
    whole: PairScore,
    speakerDiffers: boolean,
    offer: (link: Link) => void,
  ): void {
    const speaker = this.passageSpeaker.data[passage];
    const otherSpeaker = this.passageSpeaker.data[other];
    // Only between named speakers, or two outlets' own voices (a lede packing facts another outlet
    // states apart): without known speakers, who says each clause is unknown. Outlets are many
    // voices, not one speaker: their clauses get no same-speaker leeway.
    const outlets = speaker === SPEAKER_OUTLET && otherSpeaker === SPEAKER_OUTLET;
    if (!outlets && (speaker < 0 || otherSpeaker < 0)) return;
    const context = speakerDiffers || outlets ? {} : { sameSpeaker: true };
    for (const side of [0, 1]) {
      // A clause covers the unpacked side no better than its whole sentence does.
      if ((side === 0 ? whole.coverageB : whole.coverageA) < SCORE_THRESHOLDS.sameSpeakerMinCoverage) continue;
      const packed = side === 0 ? own : range;
      const clauses = this.clausesOf(packed);
      if (clauses.length < 2) continue;
      const creditedTo = side === 0 ? otherSpeaker : speaker;
      for (const clause of clauses) {
        if (speakerDiffers && !this.namesIn(clause, creditedTo)) continue;
        const result = side === 0 ? scorePair(table, clause, range, context) : scorePair(table, own, clause, context);
        if (!result.linked || result.kind === 'partial') continue;
        const window: TokenRange = { start: clause.start - packed.start, end: clause.end - packed.start };
        const unpacked: TokenRange = side === 0 ? { start: 0, end: range.end - range.start } : { start: 0, end: own.end - own.start };
        offer({
          other,
          score: result.score * CLAUSE_MATCH_DISCOUNT,
          kind: 'partial',
          speakerDiffers: false,
          ownWindow: side === 0 ? window : unpacked,
          otherWindow: side === 0 ? unpacked : window,
          covered: side === 0 ? 'other' : 'own',
        });
      }
    }
  }

  /**
   * The clauses of a passage, split where a new clause starts (`TokenFlag.ClauseStart`); a clause
   * with fewer than `MIN_CLAUSE_TERMS` content terms stays with the one before it. Empty when the
   * passage is one clause.
   */
  private clausesOf(range: TokenRange): TokenRange[] {
    const flags = this.tokenFlags.data;
    let any = false;
    for (let token = range.start + 1; token < range.end; token++) if ((flags[token] & TokenFlag.ClauseStart) !== 0) any = true;
    if (!any) return [];
    const clauses: TokenRange[] = [];
    let start = range.start;
    let content = 0;
    for (let token = range.start; token <= range.end; token++) {
      const boundary = token === range.end || (token > start && (flags[token] & TokenFlag.ClauseStart) !== 0);
      if (boundary && content >= MIN_CLAUSE_TERMS) {
        clauses.push({ start, end: token });
        start = token;
        content = 0;
      } else if (token === range.end && clauses.length > 0) {
        const last = clauses[clauses.length - 1];
        clauses[clauses.length - 1] = { start: last.start, end: token };
      }
      if (token < range.end && (flags[token] & (TokenFlag.Cue | TokenFlag.Speaker | TokenFlag.Negation)) === 0) content++;
    }
    return clauses.length >= 2 ? clauses : [];
  }

  /**
   * True when the passage `range` names `speaker` in the clause holding `window` (relative to the
   * range), or anywhere when the passage is one clause: `A said X, while B said Y` credits X to A.
   */
  private clauseNames(range: TokenRange, window: TokenRange, speaker: number): boolean {
    const clauses = this.clausesOf(range);
    if (clauses.length === 0) return this.namesIn(range, speaker);
    const middle = range.start + ((window.start + window.end) >> 1);
    const clause = clauses.find((candidate) => middle >= candidate.start && middle < candidate.end);
    return clause !== undefined && this.namesIn(clause, speaker);
  }

  /**
   * True when a token range names a speaker: the passage credits a clause to them, though its own
   * named speaker is another (`…, Ana Ruiz said, and it should lead to a review, Tom Berg said.`).
   * Then a clause link to a passage of that speaker is no speaker conflict. All words of a two-word
   * name, or two of a longer one, must occur; joint speakers and the outlet never match.
   */
  private namesIn(range: TokenRange, speaker: number): boolean {
    if (speaker < 0) return false;
    const name = this.speakerNames[speaker];
    if (name.includes('+')) return false;
    const stems = this.stemsOfName(name);
    if (stems.size === 0) return false;
    const found = new Set<string>();
    for (let token = range.start; token < range.end; token++) {
      const text = this.termIndex.terms[this.tokenTerm.data[token]];
      if (stems.has(text)) found.add(text);
    }
    return found.size >= Math.min(2, stems.size);
  }

  /**
   * True when two passages crediting different voices may still report one speaker's statement:
   * one side is the outlet's voice carrying a quotation or a speech verb (`he said`, `was quoted as
   * saying`: its speaker was missed, not absent), or
   * one side credits a body it describes ("the ministry", "officials", "the vendor") and the other a
   * named speaker.
   * Only asked for close whole-sentence matches. A person and an organisation named in their title
   * stay two speakers: sources credit such statements apart.
   */
  private mayBeOneVoice(first: number, second: number): boolean {
    return this.eitherSide(first, second, (passage, own, theirs) => {
      if (own === SPEAKER_OUTLET && theirs >= 0 && (this.hasQuote(passage) || this.hasSpeechCue(passage))) return true;
      // A body described rather than named (`the ministry`, `the vendor`, `Keldara's medicines
      // regulator`) may be the named speaker; an unnamed insider (`a ministry official`) is someone
      // the source chose not to name, not the named speaker of another source.
      return own >= 0 && theirs !== SPEAKER_OUTLET && this.isDescriptor(own) && !isUnnamedInsider(this.speakerNames[own]);
    });
  }

  /**
   * True when one passage credits a descriptor ("the company", "the country's regulator") and names
   * the other passage's speaker itself ("Palowick will cut 1,200 jobs, the company said" against
   * Palowick Appliances): the descriptor is that speaker, as the sentence says.
   */
  private describesNamed(first: number, second: number): boolean {
    return this.eitherSide(first, second, (passage, own, theirs) => {
      if (own < 0 || theirs < 0 || !this.isDescriptor(own)) return false;
      const [start, end] = this.tokenRangeOf(passage);
      return this.namesIn({ start, end }, theirs);
    });
  }

  /** Whether `test` holds for either passage of a pair, given its own speaker id and the other's. */
  private eitherSide(first: number, second: number, test: (passage: number, own: number, theirs: number) => boolean): boolean {
    const [firstSpeaker, secondSpeaker] = [this.passageSpeaker.data[first], this.passageSpeaker.data[second]];
    return test(first, firstSpeaker, secondSpeaker) || test(second, secondSpeaker, firstSpeaker);
  }

  /** `isDescriptorVoice` of a speaker id, memoised. */
  private isDescriptor(speaker: number): boolean {
    let descriptor = this.speakerDescriptors.get(speaker);
    if (descriptor === undefined) {
      descriptor = isDescriptorVoice(this.speakerNames[speaker]);
      this.speakerDescriptors.set(speaker, descriptor);
    }
    return descriptor;
  }

  /** True when the passage asks a question (`TokenFlag.Question` on its first term). */
  private isQuestion(passage: number): boolean {
    const [start, end] = this.tokenRangeOf(passage);
    return start < end && (this.tokenFlags.data[start] & TokenFlag.Question) !== 0;
  }

  /** True when the passage has a speech verb (`said`, `told`, `was quoted as saying`): it reports someone's words. */
  private hasSpeechCue(passage: number): boolean {
    const [start, end] = this.tokenRangeOf(passage);
    for (let token = start; token < end; token++) {
      if ((this.tokenFlags.data[token] & TokenFlag.Cue) !== 0 && SPEECH_TERMS.has(this.termIndex.terms[this.tokenTerm.data[token]])) return true;
    }
    return false;
  }

  private hasQuote(passage: number): boolean {
    const [start, end] = this.tokenRangeOf(passage);
    for (let token = start; token < end; token++) if ((this.tokenFlags.data[token] & TokenFlag.Quoted) !== 0) return true;
    return false;
  }

  /**
   * True when an unlinked pair is still related enough to back a cluster join (see `buildClusters`):
   * both speakers known and not differing, no negation on one side only, and enough similarity
   * once differing numbers are held against it.
   */
  private supports(passage: number, other: number, result: PairScore, speakerDiffers: boolean): boolean {
    if (speakerDiffers || result.polarityConflict) return false;
    if (this.passageSpeaker.data[passage] === SPEAKER_UNKNOWN || this.passageSpeaker.data[other] === SPEAKER_UNKNOWN) return false;
    // Related by what they say, not by who says it: the speaker's name and title, which two of their
    // statements share, do not count.
    return Math.min(result.similarity, result.contentSimilarity) * (result.passageNumberConflict ? SCORE_THRESHOLDS.numberPenalty : 1) >= SCORE_THRESHOLDS.support;
  }

  private makeLink(other: number, result: PairScore, speakerDiffers: boolean): Link | undefined {
    if (speakerDiffers && (result.kind === 'partial' || result.similarity < DIFFERENT_SPEAKER_SIMILARITY)) return undefined;
    if (result.kind !== 'partial') return { other, score: result.score, kind: result.kind, speakerDiffers };
    const covered = result.coverageA >= SCORE_THRESHOLDS.partialCoverage + 0.15 && result.coverageA > result.coverageB
      ? 'own'
      : result.coverageB >= SCORE_THRESHOLDS.partialCoverage + 0.15 && result.coverageB > result.coverageA
        ? 'other'
        : undefined;
    return { other, score: result.score, kind: 'partial', speakerDiffers, ownWindow: result.windowA, otherWindow: result.windowB, covered };
  }

  /**
   * True when joining two adjacent passages makes a full match that clearly beats each of them
   * alone, and each half is mostly found in the other side (both halves carry the statement).
   */
  private betterSplit(split: PairScore, half: PairScore, otherHalf: PairScore): boolean {
    if (!split.linked || split.kind === 'partial') return false;
    if (split.similarity < Math.max(half.similarity, otherHalf.similarity) + 0.08) return false;
    const coveredHalf = (score: PairScore): number => Math.max(score.coverageA, score.coverageB);
    return coveredHalf(half) >= 0.4 && coveredHalf(otherHalf) >= 0.4;
  }

  private adjacent(passage: number, neighbour: number): boolean {
    return (
      neighbour >= 0 &&
      neighbour < this.passageSource.length &&
      this.passageAlive.data[neighbour] === 1 &&
      this.passageSource.data[neighbour] === this.passageSource.data[passage] &&
      this.passageParagraph.data[neighbour] === this.passageParagraph.data[passage]
    );
  }

  private tokenRangeOfPair(first: number, second: number): TokenRange {
    const low = Math.min(first, second);
    const high = Math.max(first, second);
    return { start: this.tokenRangeOf(low)[0], end: this.tokenRangeOf(high)[1] };
  }

  private toParallel(passage: number, link: Link): Parallel {
    const other = link.other;
    const entry = this.sourcesBySlot[this.passageSource.data[other]] as SourceEntry;
    const span = { start: this.passageStart.data[other], end: this.passageEnd.data[other] };
    const parallel: { -readonly [K in keyof Parallel]: Parallel[K] } = {
      sourceId: entry.id,
      sentence: this.passageSentence.data[other],
      span,
      score: Math.round(link.score * 1000) / 1000,
      kind: link.kind,
      speakerDiffers: link.speakerDiffers,
    };
    const speaker = this.speakerName(this.passageSpeaker.data[other]);
    if (speaker !== undefined) parallel.speaker = speaker;
    if (link.otherWindow !== undefined) parallel.clause = this.windowSpan(other, link.otherWindow);
    if (link.ownWindow !== undefined) parallel.ownClause = this.windowSpan(passage, link.ownWindow);
    return parallel;
  }

  private windowSpan(passage: number, window: TokenRange): Span {
    const [start] = this.tokenRangeOf(passage);
    const base = this.passageStart.data[passage];
    if (window.end <= window.start) return { start: base, end: this.passageEnd.data[passage] };
    const first = start + window.start;
    const last = start + window.end - 1;
    return {
      start: base + this.tokenOffset.data[first],
      end: Math.min(this.passageEnd.data[passage], base + this.tokenOffset.data[last] + this.tokenLength.data[last]),
    };
  }

  private toCluster(group: readonly number[]): Cluster {
    const members: ClusterMember[] = group
      .map((passage) => {
        const entry = this.sourcesBySlot[this.passageSource.data[passage]] as SourceEntry;
        const member: { -readonly [K in keyof ClusterMember]: ClusterMember[K] } = {
          sourceId: entry.id,
          sentence: this.passageSentence.data[passage],
          span: { start: this.passageStart.data[passage], end: this.passageEnd.data[passage] },
        };
        const speaker = this.speakerName(this.passageSpeaker.data[passage]);
        if (speaker !== undefined) member.speaker = speaker;
        return member;
      })
      .sort((x, y) => (x.sourceId < y.sourceId ? -1 : x.sourceId > y.sourceId ? 1 : x.sentence - y.sentence));
    const counts = new Map<string | null, number>();
    for (const member of members) {
      if (member.speaker !== undefined) counts.set(member.speaker, (counts.get(member.speaker) ?? 0) + 1);
    }
    let speaker: string | null | undefined;
    let bestCount = 0;
    for (const [name, count] of counts) {
      if (count > bestCount) {
        speaker = name;
        bestCount = count;
      }
    }
    const first = members[0];
    const cluster: { -readonly [K in keyof Cluster]: Cluster[K] } = {
      id: `${first.sourceId}#${first.sentence}`,
      members,
      sourceCount: new Set(members.map((member) => member.sourceId)).size,
    };
    if (speaker !== undefined) cluster.speaker = speaker;
    return cluster;
  }

  /** Drops dead passages and their tokens and postings, renumbering passages. */
  private compact(): void {
    if (this.deadPassages === 0) return;
    this.importState(this.exportState());
    this.changed();
  }

  /** The live state, compacted (dead passages left out), for serialization and compaction. */
  private exportState(): IndexState {
    const liveCount = this.termIndex.livePassages;
    const remap = new Int32Array(this.passageSource.length).fill(-1);
    let liveTokens = 0;
    let next = 0;
    for (let passage = 0; passage < this.passageSource.length; passage++) {
      if (this.passageAlive.data[passage] === 0) continue;
      remap[passage] = next++;
      const [start, end] = this.tokenRangeOf(passage);
      liveTokens += end - start;
    }
    const state: IndexState = {
      terms: this.termIndex.terms,
      speakers: this.speakerNames,
      sources: [],
      passageSource: new Int32Array(liveCount),
      passageSentence: new Int32Array(liveCount),
      passageStart: new Int32Array(liveCount),
      passageEnd: new Int32Array(liveCount),
      passageParagraph: new Int32Array(liveCount),
      passageTokenStart: new Int32Array(liveCount),
      passageSpeaker: new Int32Array(liveCount),
      tokenTerm: new Int32Array(liveTokens),
      tokenFlags: new Uint16Array(liveTokens),
      tokenOffset: new Uint16Array(liveTokens),
      tokenLength: new Uint8Array(liveTokens),
    };
    let token = 0;
    // Slots are renumbered densely too.
    const slotRemap = new Map<number, number>();
    for (const entry of this.sourcesById.values()) {
      const slot = slotRemap.size;
      slotRemap.set(entry.slot, slot);
      const passageOfSentence = Array.from(entry.passageOfSentence, (passage) => (passage < 0 ? -1 : remap[passage]));
      let firstPassage = -1;
      for (const passage of passageOfSentence) if (passage >= 0 && (firstPassage < 0 || passage < firstPassage)) firstPassage = passage;
      state.sources.push({
        id: entry.id,
        slot,
        firstPassage: firstPassage < 0 ? 0 : firstPassage,
        passageCount: passageOfSentence.filter((passage) => passage >= 0).length,
        contentHash: entry.contentHash,
        passageOfSentence,
      });
    }
    for (let passage = 0; passage < this.passageSource.length; passage++) {
      const target = remap[passage];
      if (target < 0) continue;
      state.passageSource[target] = slotRemap.get(this.passageSource.data[passage]) as number;
      state.passageSentence[target] = this.passageSentence.data[passage];
      state.passageStart[target] = this.passageStart.data[passage];
      state.passageEnd[target] = this.passageEnd.data[passage];
      state.passageParagraph[target] = this.passageParagraph.data[passage];
      state.passageSpeaker[target] = this.passageSpeaker.data[passage];
      state.passageTokenStart[target] = token;
      const [start, end] = this.tokenRangeOf(passage);
      state.tokenTerm.set(this.tokenTerm.data.subarray(start, end), token);
      state.tokenFlags.set(this.tokenFlags.data.subarray(start, end), token);
      state.tokenOffset.set(this.tokenOffset.data.subarray(start, end), token);
      state.tokenLength.set(this.tokenLength.data.subarray(start, end), token);
      token += end - start;
    }
    return state;
  }

  /** Replaces this index's contents with `state`, which `stateProblem` found consistent. */
  private importState(state: IndexState): void {
    this.slotRankStale = true;
    this.termIndex.reset(state.terms);
    this.sourcesById.clear();
    this.sourcesBySlot = [];
    this.freeSlots = [];
    this.speakerIds.clear();
    this.speakerNames = [];
    for (const name of state.speakers) this.speakerId(name);
    this.passageSource = Int32Vec.wrap(state.passageSource);
    this.passageSentence = Int32Vec.wrap(state.passageSentence);
    this.passageStart = Int32Vec.wrap(state.passageStart);
    this.passageEnd = Int32Vec.wrap(state.passageEnd);
    this.passageParagraph = Int32Vec.wrap(state.passageParagraph);
    this.passageTokenStart = Int32Vec.wrap(state.passageTokenStart);
    this.passageSpeaker = Int32Vec.wrap(state.passageSpeaker);
    this.passageAlive = Uint8Vec.wrap(new Uint8Array(state.passageSource.length).fill(1));
    this.deadPassages = 0;
    this.tokenTerm = Int32Vec.wrap(state.tokenTerm);
    this.tokenFlags = Uint16Vec.wrap(state.tokenFlags);
    this.tokenOffset = Uint16Vec.wrap(state.tokenOffset);
    this.tokenLength = Uint8Vec.wrap(state.tokenLength);
    for (const source of state.sources) {
      const entry: SourceEntry = {
        id: source.id,
        slot: source.slot,
        firstPassage: source.firstPassage,
        passageCount: source.passageCount,
        contentHash: source.contentHash,
        passageOfSentence: Int32Array.from(source.passageOfSentence),
      };
      this.sourcesById.set(entry.id, entry);
      this.sourcesBySlot[entry.slot] = entry;
    }
    for (let slot = 0; slot < this.sourcesBySlot.length; slot++) if (this.sourcesBySlot[slot] === undefined) this.freeSlots.push(slot);
    this.rebuildPostings();
    this.clearMemo();
    this.version++;
  }

  /** Postings and document frequencies from the token pool, in two counting passes (no regrowth). */
  private rebuildPostings(): void {
    const termIndex = this.termIndex;
    const terms = termIndex.terms.length;
    const counts = new Int32Array(terms);
    const lastPassage = new Int32Array(terms).fill(-1);
    const passages = this.passageSource.length;
    for (let passage = 0; passage < passages; passage++) {
      const [start, end] = this.tokenRangeOf(passage);
      for (let token = start; token < end; token++) {
        const term = this.tokenTerm.data[token];
        if (lastPassage[term] !== passage) {
          lastPassage[term] = passage;
          counts[term]++;
        }
      }
    }
    const offsets = new Int32Array(terms + 1);
    for (let term = 0; term < terms; term++) offsets[term + 1] = offsets[term] + counts[term];
    const ids = new Int32Array(offsets[terms]);
    const fill = offsets.slice(0, terms);
    lastPassage.fill(-1);
    for (let passage = 0; passage < passages; passage++) {
      const [start, end] = this.tokenRangeOf(passage);
      for (let token = start; token < end; token++) {
        const term = this.tokenTerm.data[token];
        if (lastPassage[term] !== passage) {
          lastPassage[term] = passage;
          ids[fill[term]++] = passage;
        }
      }
    }
    termIndex.postings = new Array(terms);
    for (let term = 0; term < terms; term++) {
      termIndex.postings[term] = Int32Vec.wrap(ids.subarray(offsets[term], offsets[term + 1]));
      termIndex.df.data[term] = counts[term];
    }
    termIndex.livePassages = passages;
  }
}

/**
 * True when two passages credit different speakers, the outlet's voice (`null`) counting as one.
 * An unknown speaker never differs; two names that may be one speaker (`relatedSpeakers`) do not.
 */
function differentSpeakers(first: number, second: number, related: (first: number, second: number) => boolean): boolean {
  if (first === SPEAKER_UNKNOWN || second === SPEAKER_UNKNOWN || first === second) return false;
  if (first === SPEAKER_OUTLET || second === SPEAKER_OUTLET) return true;
  return !related(first, second);
}

/** Clusters by size, then by id, then member by member: an order that depends on content only. */
function compareClusters(x: Cluster, y: Cluster): number {
  if (x.sourceCount !== y.sourceCount) return y.sourceCount - x.sourceCount;
  if (x.id !== y.id) return x.id < y.id ? -1 : 1;
  const length = Math.min(x.members.length, y.members.length);
  for (let index = 0; index < length; index++) {
    const first = x.members[index];
    const second = y.members[index];
    if (first.sourceId !== second.sourceId) return first.sourceId < second.sourceId ? -1 : 1;
    if (first.sentence !== second.sentence) return first.sentence - second.sentence;
  }
  return x.members.length - y.members.length;
}

/** Words of a speaker name that identify it (articles and joiners left out). */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && word !== 'the' && word !== 'of' && word !== 'and' && word !== 'for');
}

/**
 * Words naming a mouthpiece rather than who it speaks for: `Ana Ruiz's office` and `Ana Ruiz's
 * spokesperson` are one voice. General English, never names.
 */
const MOUTHPIECE_WORDS: ReadonlySet<string> = new Set([
  'office', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'spokeswomen', 'aide', 'aides',
  'press', 'team', 'camp', 'representative', 'representatives', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'secretary', 'staff', 'statement', 'source', 'sources', 'people', 'close', 'to',
]);

/** Words of generic bodies: a speaker named only by these ("the ministry", "officials") is no one in particular. */
const GENERIC_VOICE_WORDS: ReadonlySet<string> = new Set([
  ...MOUTHPIECE_WORDS,
  'government', 'ministry', 'ministries', 'department', 'official', 'officials', 'authority', 'authorities', 'police',
  'company', 'firm', 'council', 'court', 'agency', 'administration', 'committee', 'commission', 'embassy', 'military',
  'army', 'cabinet', 'presidency', 'palace', 'state', 'federal', 'national', 'local', 'regional', 'city', 'senior',
  'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'justice', 'group', 'organisation', 'organization',
  'union', 'party', 'management', 'board', 'operator', 'regulator', 'prosecutors', 'prosecutor', 'investigators',
  'organizers', 'organisers', 'residents', 'witnesses', 'experts', 'analysts', 'diplomats', 'observers', 'critics',
]);

/** True when every word of a speaker name is a generic one (`the ministry`, `senior officials`). */
function isGenericVoice(name: string): boolean {
  const words = nameWords(name);
  return words.length > 0 && words.every((word) => GENERIC_VOICE_WORDS.has(word));
}

/**
 * True when a speaker name describes rather than names: a generic body, or a phrase whose head is a
 * common noun (`vendor`, `Keldara's medicines regulator`, `the firm's owner`).
 */
function isDescriptorVoice(name: string): boolean {
  if (isGenericVoice(name)) return true;
  if (name.includes('+')) return false;
  const words = name.trim().split(/\s+/);
  const head = words[words.length - 1];
  return /^\p{Ll}/u.test(head) && BODY_NOUNS.has(head.replace(/s$/, ''));
}

/** Common nouns that name an organisation by what it is (`the vendor`, `Keldara's medicines regulator`). */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'department', 'authority', 'company', 'firm', 'council', 'court', 'agency', 'administration',
  'committee', 'commission', 'embassy', 'cabinet', 'group', 'organisation', 'organization', 'union', 'party', 'board',
  'operator', 'regulator', 'vendor', 'supplier', 'maker', 'manufacturer', 'producer', 'carrier', 'insurer', 'lender',
  'bank', 'club', 'federation', 'association', 'network', 'utility', 'developer', 'contractor', 'retailer', 'airline',
]);

/** True when a name names a mouthpiece of someone (`Ana Ruiz's office`), not only a generic body. */
function isMouthpiece(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => MOUTHPIECE_WORDS.has(word)) && words.some((word) => !GENERIC_VOICE_WORDS.has(word));
}

/** The identifying words of a name without its mouthpiece words, or all of them when nothing else is left. */
function principalWords(name: string): string[] {
  const words = nameWords(name);
  const principal = words.filter((word) => !MOUTHPIECE_WORDS.has(word));
  return principal.length > 0 ? principal : words;
}

/**
 * Words for a person inside a body who is not named: `a commission official`, `a functionary of the
 * commission`, `a senior employee of the firm`. General English, never names.
 */
const INSIDER_WORDS: ReadonlySet<string> = new Set([
  'official', 'officials', 'functionary', 'functionaries', 'member', 'members', 'employee', 'employees', 'staffer',
  'staffers', 'insider', 'insiders', 'worker', 'workers', 'senior', 'junior', 'high', 'ranking', 'one', 'an',
  'person', 'someone', 'anonymous', 'unnamed',
]);

/** Insider words for one person (`an official`, not `officials`). */
const SINGLE_INSIDER_WORDS: ReadonlySet<string> = new Set(['official', 'functionary', 'member', 'employee', 'staffer', 'insider', 'worker', 'person', 'someone']);

/**
 * True when a speaker name describes one unnamed person inside a body (`a commission official`), not
 * the body or its officials as a group.
 */
function isUnnamedInsider(name: string): boolean {
  return isDescriptorVoice(name) && nameWords(name).some((word) => SINGLE_INSIDER_WORDS.has(word));
}

/**
 * True when two descriptions name an unnamed person of one body in other words (`a commission
 * official` / `a functionary of the commission`): both describe rather than name, both have an
 * insider word, and once those are left out, the body words of one are all in the other's.
 */
function unnamedInsidersOfOneBody(first: string, second: string): boolean {
  if (!isDescriptorVoice(first) || !isDescriptorVoice(second)) return false;
  const bodyWords = (name: string): string[] | undefined => {
    const words = nameWords(name);
    if (!words.some((word) => INSIDER_WORDS.has(word))) return undefined;
    const body = words.filter((word) => !INSIDER_WORDS.has(word) && !MOUTHPIECE_WORDS.has(word));
    return body.length > 0 ? body : undefined;
  };
  const firstBody = bodyWords(first);
  const secondBody = bodyWords(second);
  if (firstBody === undefined || secondBody === undefined) return false;
  const [shorter, longer] = firstBody.length <= secondBody.length ? [firstBody, secondBody] : [secondBody, firstBody];
  return shorter.every((word) => longer.includes(word));
}

/** See `ParallelIndex.relatedSpeakers`. */
function speakersRelated(first: string, second: string): boolean {
  const membersOf = (name: string): string[] => name.split(/\s+\+\s+/).map((member) => member.trim()).filter((member) => member.length > 0);
  const firstMembers = membersOf(first);
  const secondMembers = membersOf(second);
  // Two joint speakers sharing a member may be one pair named differently; a pair and one of its
  // members are not the same speaker ("both presidents said" is not "the president said").
  if (firstMembers.length > 1 && secondMembers.length > 1) {
    return firstMembers.some((member) => secondMembers.some((other) => speakersRelated(member, other)));
  }
  if (firstMembers.length > 1 || secondMembers.length > 1) return false;
  if (unnamedInsidersOfOneBody(first, second)) return true;
  // Two mouthpieces of one principal are one voice (`Ana Ruiz's office` / `Ana Ruiz's spokesperson`);
  // a mouthpiece and its principal are not (sources credit the office and the person apart).
  const firstMouthpiece = isMouthpiece(first);
  const secondMouthpiece = isMouthpiece(second);
  if (firstMouthpiece !== secondMouthpiece) return false;
  const bothMouthpieces = firstMouthpiece && secondMouthpiece;
  const firstWords = bothMouthpieces ? principalWords(first) : nameWords(first);
  const secondWords = bothMouthpieces ? principalWords(second) : nameWords(second);
  if (firstWords.length === 0 || secondWords.length === 0) return false;
  const [shorter, longer] = firstWords.length <= secondWords.length ? [firstWords, secondWords] : [secondWords, firstWords];
  const longerSet = new Set(longer);
  return shorter.every((word) => longerSet.has(word));
}

/** Spans of boilerplate blocks (never passages), in order. */
function boilerplateSpans(article: Article): Span[] {
  return article.blocks.filter((block) => BOILERPLATE_KINDS.has(block.kind));
}

function overlapsAny(spans: readonly Span[], span: Span): boolean {
  for (const other of spans) {
    if (other.start < span.end && span.start < other.end) return true;
  }
  return false;
}

/** Why a decoded state cannot be trusted (arrays of different lengths, indexes out of range), or undefined. */
function stateProblem(state: IndexState): string | undefined {
  const passages = state.passageSource.length;
  const tokens = state.tokenTerm.length;
  const terms = state.terms.length;
  for (const array of [state.passageSentence, state.passageStart, state.passageEnd, state.passageParagraph, state.passageTokenStart, state.passageSpeaker]) {
    if (array.length !== passages) return 'passage arrays of different lengths';
  }
  if (state.tokenFlags.length !== tokens || state.tokenOffset.length !== tokens || state.tokenLength.length !== tokens) {
    return 'token arrays of different lengths';
  }
  for (let index = 0; index < tokens; index++) {
    const term = state.tokenTerm[index];
    if (term < 0 || term >= terms) return 'token term out of range';
  }
  let previousStart = 0;
  for (let passage = 0; passage < passages; passage++) {
    const start = state.passageTokenStart[passage];
    if (start < previousStart || start > tokens) return 'passage token offsets out of order';
    previousStart = start;
    const speaker = state.passageSpeaker[passage];
    if (speaker < SPEAKER_UNKNOWN || speaker >= state.speakers.length) return 'speaker out of range';
  }
  const slots = new Set<number>();
  for (const source of state.sources) {
    if (slots.has(source.slot) || source.slot < 0) return 'duplicate source slot';
    slots.add(source.slot);
    for (const passage of source.passageOfSentence) {
      if (passage >= passages || passage < -1) return 'sentence mapped to a missing passage';
      if (passage >= 0 && state.passageSource[passage] !== source.slot) return 'sentence mapped to another source';
    }
  }
  for (let passage = 0; passage < passages; passage++) {
    if (!slots.has(state.passageSource[passage])) return 'passage of a missing source';
  }

  return undefined;
}

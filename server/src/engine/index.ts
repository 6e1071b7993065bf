// The engine facade: the corpus of parsed sources and the indexes built over them.
// Data flows text -> parse -> (attribute) -> index -> features. The host feeds texts; the engine does no IO.
import { parseArticle } from './article';
import { SpeakerDirectory } from './attribution/aliases';
import { attributeArticle, type ArticleAttribution } from './attribution/index';
import type { SourceMetadata } from './corpus';
import { decodeCorpusCache, encodeCorpusCache, type SourceSummary } from './corpusCache';
import { MarkerIndex } from './markerIndex';
import type { Article } from './model';
import { ParallelIndex, type Cluster, type Parallel } from './parallels/index';

/** Where a source sits, as the host knows it. */
export interface SourceInfo {
  /** The file name shown when a source has neither outlet nor headline. */
  readonly fileName: string;
  /** Path relative to its corpus root (forward slashes), when the source belongs to a corpus. */
  readonly relativePath?: string;
  /** Metadata from the corpus configuration, when it names this source. */
  readonly metadata?: SourceMetadata;
  /**
   * The corpus the source belongs to (its folder), or undefined for a loose article. Parallel passages
   * are only looked for within one corpus.
   */
  readonly corpus?: string;
  /** A hash of the text computed by the host; with it, a source already in a loaded cache is not re-indexed. */
  readonly contentHash?: string;
}

/**
 * One article in the engine: its text, where it came from, and (computed when first asked for) its parse
 * and who said what. Start-up indexes a corpus without keeping every parse: features ask for the few
 * sources they show.
 */
export interface Source {
  /** The host's identifier for the source (a URI in the language server). */
  readonly id: string;
  readonly text: string;
  /** The headline's text, known without the parse (kept from indexing or from the cache). */
  readonly headline: string | undefined;
  readonly article: Article;
  readonly attribution: ArticleAttribution;
  readonly info: SourceInfo;
}

/** Receives the engine's log lines; the host decides where they go. */
export interface ILogger {
  log(level: 'error' | 'warn' | 'info' | 'debug', message: string): void;
}

export type LoadResult = { readonly ok: true } | { readonly ok: false; readonly problem: string };

export interface Engine {
  /** Adds or replaces a source and updates the indexes (from a loaded cache when its text is unchanged). */
  setSource(id: string, text: string, info: SourceInfo): Source;
  /** Forgets a source. Unknown ids are ignored. */
  removeSource(id: string): void;
  /** The source with that id, or undefined when the engine does not have it. */
  getSource(id: string): Source | undefined;
  /** All sources, in no particular order. */
  sources(): IterableIterator<Source>;
  /** Speakers and topics marked anywhere in the corpus. */
  readonly markers: MarkerIndex;
  /** Every speaker credited anywhere in the corpus, with aliases merged. */
  readonly speakers: SpeakerDirectory;
  /** Other sources' versions of a sentence of a source, best first; empty for unknown sources. */
  parallelsOf(sourceId: string, sentence: number): Parallel[];
  /** The index holding a source and the other sources of its corpus, or undefined for an unknown source. */
  parallelIndexOf(sourceId: string): ParallelIndex | undefined;
  /** Statements reported by several sources, over every corpus. */
  clusters(): Cluster[];
  /**
   * Loads a persisted corpus (see corpusCache.ts): a source set later with the same content hash is taken
   * from it instead of being analysed. Sources the engine already holds keep their own analysis, so several
   * caches of one corpus (a worker's share of a cold scan each) merge. Rejected (with the reason) when the
   * data is corrupt or of another version.
   */
  loadCache(corpus: string | undefined, data: Uint8Array): LoadResult;
  /** Whether `setSource` with this info would take the source from a loaded cache instead of analysing it. */
  isCached(id: string, info: SourceInfo): boolean;
  /** Drops what a loaded cache held for sources the host never set: files deleted since it was written. */
  pruneCache(): void;
  /** Every corpus, serialised for the host to persist. */
  saveCache(): { readonly corpus: string | undefined; readonly data: Uint8Array }[];
}

/**
 * How many sources keep their parse and attribution once computed. Beyond it the oldest analysis is
 * dropped and recomputed on next use, so memory stays bounded however many sources features touch.
 */
const KEPT_ANALYSES = 2000;

export function createEngine(): Engine {
  const sourcesById = new Map<string, EngineSource>();
  /** Sources holding an analysis, oldest first. */
  const analysed = new Set<EngineSource>();
  const keep = (source: EngineSource) => {
    analysed.delete(source);
    analysed.add(source);
    if (analysed.size <= KEPT_ANALYSES) return;
    const oldest = analysed.values().next().value!;
    analysed.delete(oldest);
    oldest.forget();
  };
  const markers = new MarkerIndex();
  const speakers = new SpeakerDirectory();
  /** One parallel index per corpus ('' for loose articles), and which index holds each source. */
  const parallelIndexes = new Map<string, ParallelIndex>();
  const indexOfSource = new Map<string, ParallelIndex>();
  /** What each source contributed, for the cache; and what loaded caches hold for sources not set yet. */
  const summaries = new Map<string, SourceSummary>();
  const loadedSummaries = new Map<string, SourceSummary>();
  /** What a loaded cache holds for the source, when both its summary and its parallel index entry are of this text. */
  const cachedSummary = (id: string, info: SourceInfo): SourceSummary | undefined => {
    const hash = info.contentHash;
    const summary = loadedSummaries.get(id);
    return hash !== undefined && summary?.contentHash === hash && parallelIndexes.get(info.corpus ?? '')?.contentHash(id) === hash ? summary : undefined;
  };
  const forgetParallels = (id: string) => {
    indexOfSource.get(id)?.remove(id);
    indexOfSource.delete(id);
  };
  return {
    setSource(id, text, info) {
      const previous = sourcesById.get(id);
      if (previous) analysed.delete(previous);
      const corpusKey = info.corpus ?? '';
      let parallels = parallelIndexes.get(corpusKey);
      if (!parallels) parallelIndexes.set(corpusKey, (parallels = new ParallelIndex()));
      if (indexOfSource.get(id) !== parallels) forgetParallels(id);
      indexOfSource.set(id, parallels);
      const cached = cachedSummary(id, info);
      loadedSummaries.delete(id);
      const unchanged = info.contentHash !== undefined && parallels.contentHash(id) === info.contentHash;
      if (cached) {
        const source = new EngineSource(id, text, info, cached.headline ?? undefined, keep);
        sourcesById.set(id, source);
        summaries.set(id, cached);
        speakers.setSource(id, cached.speakers);
        markers.setContribution(id, cached.markers);
        return source;
      }
      const article = parseArticle(text);
      const attribution = attributeArticle(article);
      const headline = article.headline ? text.slice(article.headline.start, article.headline.end).trim() : undefined;
      const source = new EngineSource(id, text, info, headline, keep);
      sourcesById.set(id, source);
      // A source a feature was working with (an open document being edited) keeps its analysis; a scan drops it.
      if (previous?.analysed) source.adopt(article, attribution);
      speakers.setSource(id, attribution.speakers);
      markers.update(id, article);
      if (!unchanged) parallels.update(id, article, sentenceSpeakers(article, attribution), info.contentHash);
      summaries.set(id, { contentHash: info.contentHash ?? '', headline: headline ?? null, speakers: attribution.speakers, markers: markers.contributionOf(id)! });
      return source;
    },
    removeSource(id) {
      const source = sourcesById.get(id);
      if (source) analysed.delete(source);
      sourcesById.delete(id);
      summaries.delete(id);
      markers.remove(id);
      speakers.removeSource(id);
      forgetParallels(id);
    },
    parallelsOf(sourceId, sentence) {
      return indexOfSource.get(sourceId)?.parallelsOf(sourceId, sentence) ?? [];
    },
    parallelIndexOf(sourceId) {
      return indexOfSource.get(sourceId);
    },
    clusters() {
      return [...parallelIndexes.values()].flatMap((index) => index.clusters());
    },
    loadCache(corpus, data) {
      const key = corpus ?? '';
      const decoded = decodeCorpusCache(data);
      if (!decoded.ok) return decoded;
      let parallels = parallelIndexes.get(key);
      if (!parallels) parallelIndexes.set(key, (parallels = new ParallelIndex()));
      const result = parallels.absorb(decoded.parallels);
      if (!result.ok) return result;
      for (const [id, summary] of decoded.summaries) if (!sourcesById.has(id)) loadedSummaries.set(id, summary);
      return { ok: true };
    },
    isCached(id, info) {
      return cachedSummary(id, info) !== undefined;
    },
    pruneCache() {
      loadedSummaries.clear();
      for (const index of parallelIndexes.values()) {
        for (const id of index.sourceIds()) if (indexOfSource.get(id) !== index) index.remove(id);
      }
    },
    saveCache() {
      return [...parallelIndexes].map(([key, index]) => {
        const corpusSummaries = new Map<string, SourceSummary>();
        for (const id of index.sourceIds()) {
          const summary = summaries.get(id);
          if (summary) corpusSummaries.set(id, summary);
        }
        return { corpus: key === '' ? undefined : key, data: encodeCorpusCache(corpusSummaries, index.serialize()) };
      });
    },
    getSource(id) {
      return sourcesById.get(id);
    },
    sources() {
      return sourcesById.values();
    },
    markers,
    speakers,
  };
}

/** A source whose parse and attribution are computed on first use and kept until the engine drops them. */
class EngineSource implements Source {
  private parsed: Article | undefined;
  private attributed: ArticleAttribution | undefined;

  constructor(
    readonly id: string,
    readonly text: string,
    readonly info: SourceInfo,
    readonly headline: string | undefined,
    /** Told when this source computes or takes an analysis. */
    private readonly onAnalysed: (source: EngineSource) => void,
  ) {}

  get article(): Article {
    if (!this.parsed) {
      this.parsed = parseArticle(this.text);
      this.onAnalysed(this);
    }
    return this.parsed;
  }

  get attribution(): ArticleAttribution {
    return (this.attributed ??= attributeArticle(this.article));
  }

  /** Whether this source holds an analysis. */
  get analysed(): boolean {
    return this.parsed !== undefined;
  }

  /** Takes an analysis of this very text computed elsewhere. */
  adopt(article: Article, attribution: ArticleAttribution): void {
    this.parsed = article;
    this.attributed = attribution;
    this.onAnalysed(this);
  }

  /** Drops the analysis; the next use computes it again. */
  forget(): void {
    this.parsed = undefined;
    this.attributed = undefined;
  }
}

/**
 * Each sentence's speaker for comparison: the article-level name of its first credited passage, else null.
 * Article-level names ("Ines Calder") rather than corpus-canonical ones keep an update from re-merging the
 * whole speaker directory; the parallel index relates "Calder" to "Ines Calder" itself.
 */
function sentenceSpeakers(article: Article, attribution: ArticleAttribution): (string | null)[] {
  const bySentence: (string | null)[] = article.sentences.map(() => null);
  for (const passage of attribution.passages) {
    if (passage.speaker && bySentence[passage.sentence] === null) bySentence[passage.sentence] = passage.speaker.name;
  }
  return bySentence;
}

/** A source's label: its outlet, else its headline, else its file name. */
export function sourceLabel(source: Source): string {
  const outlet = source.info.metadata?.outlet?.trim();
  if (outlet) return outlet;
  return source.headline || source.info.fileName;
}

// The engine facade: the corpus of parsed sources and the indexes built over them.
// Data flows text -> parse -> (attribute) -> index -> features. The host feeds texts; the engine does no IO.
import { parseArticle } from './article';
import { SpeakerDirectory } from './attribution/aliases';
import { attributeArticle, type ArticleAttribution } from './attribution/index';
import type { SourceMetadata } from './corpus';
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

/** One article in the engine: its text, the parse, who said what, and where it came from. */
export interface Source {
  /** The host's identifier for the source (a URI in the language server). */
  readonly id: string;
  readonly text: string;
  readonly article: Article;
  readonly attribution: ArticleAttribution;
  readonly info: SourceInfo;
}

/** Receives the engine's log lines; the host decides where they go. */
export interface ILogger {
  log(level: 'error' | 'warn' | 'info' | 'debug', message: string): void;
}

export interface Engine {
  /** Adds or replaces a source; parses it and updates the indexes. */
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
   * Loads a persisted parallel index for a corpus before its sources are set. Rejected (with the reason)
   * when the data is corrupt or of another engine version, or when the corpus already has sources.
   */
  loadParallels(corpus: string | undefined, data: Uint8Array): { readonly ok: true } | { readonly ok: false; readonly problem: string };
  /** Drops sources a loaded cache held that the host never set: files deleted since the cache was written. */
  pruneParallels(): void;
  /** Every corpus's parallel index, serialised for the host to persist. */
  saveParallels(): { readonly corpus: string | undefined; readonly data: Uint8Array }[];
}

export function createEngine(): Engine {
  const sourcesById = new Map<string, Source>();
  const markers = new MarkerIndex();
  const speakers = new SpeakerDirectory();
  /** One parallel index per corpus ('' for loose articles), and which index holds each source. */
  const parallelIndexes = new Map<string, ParallelIndex>();
  const indexOfSource = new Map<string, ParallelIndex>();
  const forgetParallels = (id: string) => {
    indexOfSource.get(id)?.remove(id);
    indexOfSource.delete(id);
  };
  return {
    setSource(id, text, info) {
      const article = parseArticle(text);
      const source: Source = { id, text, article, attribution: attributeArticle(article), info };
      sourcesById.set(id, source);
      markers.update(id, article);
      speakers.setSource(id, source.attribution);
      const corpusKey = info.corpus ?? '';
      let parallels = parallelIndexes.get(corpusKey);
      if (!parallels) parallelIndexes.set(corpusKey, (parallels = new ParallelIndex()));
      if (indexOfSource.get(id) !== parallels) forgetParallels(id);
      // A source a loaded cache already holds with the same text needs no re-indexing.
      if (!info.contentHash || parallels.contentHash(id) !== info.contentHash) parallels.update(id, article, sentenceSpeakers(source), info.contentHash);
      indexOfSource.set(id, parallels);
      return source;
    },
    removeSource(id) {
      sourcesById.delete(id);
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
    loadParallels(corpus, data) {
      const key = corpus ?? '';
      if ([...indexOfSource.values()].includes(parallelIndexes.get(key)!)) return { ok: false, problem: 'the corpus already has sources' };
      const result = ParallelIndex.deserialize(data);
      if (!result.ok) return result;
      parallelIndexes.set(key, result.index);
      return { ok: true };
    },
    pruneParallels() {
      for (const index of parallelIndexes.values()) {
        for (const id of index.sourceIds()) if (indexOfSource.get(id) !== index) index.remove(id);
      }
    },
    saveParallels() {
      return [...parallelIndexes].map(([key, index]) => ({ corpus: key === '' ? undefined : key, data: index.serialize() }));
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

/**
 * Each sentence's speaker for comparison: the article-level name of its first credited passage, else null.
 * Article-level names ("Ines Calder") rather than corpus-canonical ones keep an update from re-merging the
 * whole speaker directory; the parallel index relates "Calder" to "Ines Calder" itself.
 */
function sentenceSpeakers(source: Source): (string | null)[] {
  const bySentence: (string | null)[] = source.article.sentences.map(() => null);
  for (const passage of source.attribution.passages) {
    if (passage.speaker && bySentence[passage.sentence] === null) bySentence[passage.sentence] = passage.speaker.name;
  }
  return bySentence;
}

/** A source's label: its outlet, else its headline, else its file name. */
export function sourceLabel(source: Source): string {
  const outlet = source.info.metadata?.outlet?.trim();
  if (outlet) return outlet;
  const headline = source.article.headline;
  if (headline) return source.text.slice(headline.start, headline.end).trim();
  return source.info.fileName;
}

// The engine facade: the corpus of parsed sources and the indexes built over them.
// Data flows text -> parse -> (attribute) -> index -> features. The host feeds texts; the engine does no IO.
import { parseArticle } from './article';
import { SpeakerDirectory } from './attribution/aliases';
import { attributeArticle, type ArticleAttribution } from './attribution/index';
import type { SourceMetadata } from './corpus';
import { MarkerIndex } from './markerIndex';
import type { Article } from './model';

/** Where a source sits, as the host knows it. */
export interface SourceInfo {
  /** The file name shown when a source has neither outlet nor headline. */
  readonly fileName: string;
  /** Path relative to its corpus root (forward slashes), when the source belongs to a corpus. */
  readonly relativePath?: string;
  /** Metadata from the corpus configuration, when it names this source. */
  readonly metadata?: SourceMetadata;
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
}

export function createEngine(): Engine {
  const sourcesById = new Map<string, Source>();
  const markers = new MarkerIndex();
  const speakers = new SpeakerDirectory();
  return {
    setSource(id, text, info) {
      const article = parseArticle(text);
      const source: Source = { id, text, article, attribution: attributeArticle(article), info };
      sourcesById.set(id, source);
      markers.update(id, article);
      speakers.setSource(id, source.attribution);
      return source;
    },
    removeSource(id) {
      sourcesById.delete(id);
      markers.remove(id);
      speakers.removeSource(id);
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

/** A source's label: its outlet, else its headline, else its file name. */
export function sourceLabel(source: Source): string {
  const outlet = source.info.metadata?.outlet?.trim();
  if (outlet) return outlet;
  const headline = source.article.headline;
  if (headline) return source.text.slice(headline.start, headline.end).trim();
  return source.info.fileName;
}

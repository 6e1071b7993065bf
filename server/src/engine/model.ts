// The document model: what the article parser produces and every later stage reads.
// All positions are UTF-16 code unit offsets into the article text as given (BOM and CR included),
// half-open: `start` is the first code unit, `end` is one past the last.

/** A half-open range of UTF-16 offsets into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * What a line (or the leading part of a line) of a scraped article is.
 * - `headline`: the first non-junk line, and later lines repeating it.
 * - `deck`: a standfirst between the headline and the body.
 * - `dateLine`: `Published: Mar 3, 2026 10:15 AM`, `March 4, 2026`, ` date 2026-03-04 0 SHARES Share Tweet`.
 * - `caption`: a photo caption, usually ending in a credit.
 * - `credit`: a line that only credits a photo or source (`SOURCE: WIRE SERVICE`, `File photos: Coastal Press, Staff`).
 * - `junk`: scrape debris (HTML comments, share widgets, lines of no-break spaces). A line made only of
 *   no-break or other unusual spaces is the one block whose span is the whole line, spaces included.
 * - `heading`: a short section heading without a final period.
 * - `marker`: a line holding only markers (`{@Name}` alone on a line).
 * - `paragraph`: body text.
 */
export type BlockKind =
  | 'headline'
  | 'deck'
  | 'dateLine'
  | 'caption'
  | 'credit'
  | 'junk'
  | 'heading'
  | 'marker'
  | 'paragraph';

/** Block kinds that carry no reported content: shown faded, never compared, never claims. */
export const BOILERPLATE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['dateLine', 'caption', 'credit', 'junk']);

/** One classified stretch of text: a line without its line break, or the leading part of a line. */
export interface Block extends Span {
  readonly kind: BlockKind;
}

/** The typographic style of a quotation. */
export type QuoteMark = 'straight-double' | 'straight-single' | 'curly-double' | 'curly-single';

/** A quotation inside a paragraph; it may span several sentences. */
export interface Quote extends Span {
  readonly mark: QuoteMark;
  /** The quoted words without the quotation marks (equal to the span minus marks when closed). */
  readonly content: Span;
  /**
   * False when no closing mark was found before the end of the paragraph: then `end` is the paragraph end
   * (or, when another opening double mark comes first, the end of the text before it).
   */
  readonly closed: boolean;
}

/** The three marker sigils: `{@speaker}`, `{#topic}`, `{!status or directive}`. */
export type MarkerKind = 'speaker' | 'topic' | 'status';

/** A user annotation such as `{@Ines Calder}`, `{#harbour}`, `{!verified: note}`, `{!ignore code}`. */
export interface Marker extends Span {
  readonly kind: MarkerKind;
  /**
   * The trimmed text after the sigil (`Ines Calder`, `harbour`, `verified: note`). Empty for an empty
   * marker; for an unclosed one (`{@Ine` while typing) what was typed so far, which completion can use.
   */
  readonly value: string;
  /** Where `value` stands in the text. */
  readonly valueSpan: Span;
  /** True when the marker stands alone on its line: then it scopes the next paragraph (or section, for topics). */
  readonly standalone: boolean;
  /**
   * For `status` markers, the lowercased first word of `value` (`verified`, `disputed`, `ignore`, or an
   * unknown word, which makes the marker malformed); undefined for other kinds and when `value` starts with no word.
   */
  readonly directive?: string;
  /**
   * For `status` markers, what follows the directive, without the optional `:` (`checked against the
   * readout`, `unattributed-claim`); undefined when nothing follows (`{!verified}`, `{!disputed}`).
   */
  readonly argument?: string;
  /** Set when the marker is malformed (empty, unclosed, unknown directive): a short explanation. */
  readonly problem?: string;
}

/**
 * A sentence of a body paragraph, datelines and trailing spaces excluded. Markers inside it are part of
 * it, and so are markers right after its final punctuation: insert a sentence's marker at `end`.
 */
export interface Sentence extends Span {
  /** Index into `Article.paragraphs`. */
  readonly paragraph: number;
}

/** A body paragraph: a `paragraph` (or `deck`) block split into sentences. */
export interface Paragraph extends Span {
  /** `SALTMERE, Aug. 25 (Coastal Wire) --` at the start of the paragraph, separator included. */
  readonly dateline?: Span;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  /** Index into `Article.sections` of the section this paragraph belongs to, or undefined before any heading. */
  readonly section?: number;
}

/** A section: a heading and the body up to the next heading. */
export interface Section extends Span {
  /** The heading line itself. */
  readonly heading: Span;
  /** The heading's text, trimmed. */
  readonly title: string;
}

/**
 * Problems the parser found in the text itself. Parsing never fails; it reports these instead.
 * The span is the whole marker for `malformed-marker` and the opening mark for `unbalanced-quote`.
 */
export interface ParseProblem extends Span {
  readonly code: 'malformed-marker' | 'unbalanced-quote';
  readonly message: string;
}

/** A parsed article. */
export interface Article {
  readonly text: string;
  /** Every classified stretch of text in document order, non-overlapping. Blank lines have no block. */
  readonly blocks: readonly Block[];
  /** The headline block, when the article has one. */
  readonly headline?: Block;
  readonly paragraphs: readonly Paragraph[];
  /** All sentences of all paragraphs, in document order. */
  readonly sentences: readonly Sentence[];
  /** All quotes of all paragraphs, in document order. */
  readonly quotes: readonly Quote[];
  readonly sections: readonly Section[];
  readonly markers: readonly Marker[];
  readonly problems: readonly ParseProblem[];
}

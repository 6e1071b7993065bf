// The article parser: scraped text in, `Article` out. Pure and total: no IO, never throws.
//
// It works line by line. Each line is classified by its shape (see shapes.ts) with markers blanked
// out, so `{@Name}` never changes what a line is. A store's date prefix can split one line into a
// `dateLine` block and a body block. Then decks are picked out of the header, paragraph lines are
// grouped (hard-wrapped lines merged), and each paragraph gets its dateline, quotes and sentences.

import { isLowerAt, isPlainBlankCode, trimSpan } from './chars';
import { splitLines, type Line } from './lines';
import { findMarkers, stripMarkers } from './markers';
import type {
  Article,
  Block,
  BlockKind,
  Marker,
  Paragraph,
  ParseProblem,
  Quote,
  Section,
  Sentence,
  Span,
} from './model';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import {
  captionCreditStart,
  creditShape,
  datePrefixLength,
  datelineLength,
  endsWithTerminal,
  hasNoWords,
  headlineKey,
  isDateLine,
  isHeadingShape,
  isHeadlineShape,
  isJunkLine,
  isTimestampLine,
} from './shapes';

/** Headline repeats are only looked for among lines at most this long. */
const MAX_HEADLINE_LENGTH = 300;
/** A deck is at most this many paragraphs between the headline and the next header line. */
const MAX_DECK_PARAGRAPHS = 2;
/** A paragraph longer than this is never a deck. */
const MAX_DECK_LENGTH = 600;

/**
 * Parses the text of a scraped article. Never throws: any input, however broken, gives an
 * `Article` whose spans all lie within the text, in document order.
 */
export function parseArticle(text: string): Article {
  const safeText = typeof text === 'string' ? text : String(text ?? '');
  try {
    return parse(safeText);
  } catch {
    // The parser is meant to be total; this keeps a bug from taking the server down with it.
    return emptyArticle(safeText);
  }
}

/** One line with its markers and its visible text (markers blanked, trimmed). */
interface LineView {
  readonly line: Line;
  readonly markers: Marker[];
  /** The line's text with markers replaced by spaces, trimmed; '' for blank and marker-only lines. */
  readonly view: string;
  /** Offset of `view[0]` in the article text. */
  readonly viewStart: number;
  /** True for an empty line or one of plain spaces and tabs. */
  readonly blank: boolean;
}

/** A classified stretch of one line, before paragraphs are formed. */
interface Piece {
  kind: BlockKind;
  readonly start: number;
  readonly end: number;
  readonly lineIndex: number;
  /** Visible text of the piece (markers blanked, trimmed). */
  readonly view: string;
  /** Offset of `view[0]` in the article text. */
  readonly viewStart: number;
  /** True when this paragraph line continues the paragraph of the line before (hard-wrapped text). */
  readonly continues: boolean;
  /** Set on credit pieces: what they credit. */
  readonly credit?: 'photo' | 'source' | 'byline';
}

function emptyArticle(text: string): Article {
  return { text, blocks: [], paragraphs: [], sentences: [], quotes: [], sections: [], markers: [], problems: [] };
}

function viewLine(text: string, line: Line, lineMarkers: Marker[]): LineView {
  let blank = true;
  for (let index = line.start; index < line.end; index++) {
    if (!isPlainBlankCode(text.charCodeAt(index))) {
      blank = false;
      break;
    }
  }
  if (blank) {
    return { line, markers: [], view: '', viewStart: line.start, blank };
  }
  const markers = lineMarkers;
  let masked: string;
  if (markers.length === 0) {
    masked = text.slice(line.start, line.end);
  } else {
    const pieces: string[] = [];
    let position = line.start;
    for (const marker of markers) {
      pieces.push(text.slice(position, marker.start), ' '.repeat(marker.end - marker.start));
      position = marker.end;
    }
    pieces.push(text.slice(position, line.end));
    masked = pieces.join('');
  }
  const trimmed = trimSpan(masked, 0, masked.length);
  return {
    line,
    markers,
    view: masked.slice(trimmed.start, trimmed.end),
    viewStart: line.start + trimmed.start,
    blank,
  };
}

function parse(text: string): Article {
  const allMarkers = findMarkers(text);
  let markerCursor = 0;
  const lineViews = splitLines(text).map((line) => {
    const lineMarkers: Marker[] = [];
    while (markerCursor < allMarkers.length && allMarkers[markerCursor].start < line.end) {
      if (allMarkers[markerCursor].start >= line.start) {
        lineMarkers.push(allMarkers[markerCursor]);
      }
      markerCursor++;
    }
    return viewLine(text, line, lineMarkers);
  });
  const creditOf = (lineIndex: number): ReturnType<typeof creditShape> => {
    const lineView = lineViews[lineIndex];
    return lineView === undefined || lineView.view.length === 0 ? undefined : creditShape(lineView.view);
  };
  /** True when the line after `lineIndex` follows without a blank line and starts lowercase. */
  const continuedBelow = (lineIndex: number): boolean => {
    const below = lineViews[lineIndex + 1];
    return below !== undefined && below.view.length > 0 && isLowerAt(below.view, 0);
  };

  const pieces: Piece[] = [];
  const markers: Marker[] = [];
  let headlineText: string | undefined;
  let paragraphCount = 0;
  let openParagraphLine = -2;

  const classifyBody = (lineIndex: number, view: string): { kind: BlockKind; credit?: Piece['credit'] } => {
    if (
      headlineText !== undefined &&
      view.length >= headlineText.length &&
      view.length <= Math.min(MAX_HEADLINE_LENGTH, headlineText.length * 2) &&
      headlineKey(view) === headlineText
    ) {
      return { kind: 'headline' };
    }
    const credit = creditShape(view);
    if (credit !== undefined) {
      return { kind: 'credit', credit };
    }
    if (captionCreditStart(view) > 0) {
      return { kind: 'caption' };
    }
    const creditBelow = creditOf(lineIndex + 1);
    if (
      creditBelow !== undefined &&
      creditBelow !== 'byline' &&
      view.length <= 300 &&
      (creditBelow === 'photo' || paragraphCount <= 1)
    ) {
      return { kind: 'caption' };
    }
    if (hasNoWords(view)) {
      return { kind: 'junk' };
    }
    if (isTimestampLine(view)) {
      return { kind: 'heading' };
    }
    if (headlineText === undefined && paragraphCount === 0 && isHeadlineShape(view) && !continuedBelow(lineIndex)) {
      headlineText = headlineKey(view);
      return { kind: 'headline' };
    }
    if (isHeadingShape(view) && !continuedBelow(lineIndex)) {
      return { kind: 'heading' };
    }
    return { kind: 'paragraph' };
  };

  const pushPiece = (piece: Piece, lineView: LineView): void => {
    if (piece.end <= piece.start && piece.kind !== 'junk') {
      return;
    }
    pieces.push(piece);
    if (piece.kind === 'paragraph') {
      paragraphCount++;
    }
    if (piece.kind !== 'junk') {
      for (const marker of lineView.markers) {
        if (marker.start >= piece.start && marker.end <= piece.end) {
          markers.push(marker);
        }
      }
    }
  };

  for (let lineIndex = 0; lineIndex < lineViews.length; lineIndex++) {
    const lineView = lineViews[lineIndex];
    const { line, view, viewStart } = lineView;
    if (lineView.blank) {
      continue;
    }
    const full = trimSpan(text, line.start, line.end);
    if (view.length === 0) {
      if (lineView.markers.length > 0) {
        pushPiece({ kind: 'marker', ...full, lineIndex, view, viewStart, continues: false }, lineView);
      } else {
        // Only no-break or other unusual spaces: junk that keeps the whole line as its span.
        pushPiece({ kind: 'junk', start: line.start, end: line.end, lineIndex, view, viewStart, continues: false }, lineView);
      }
      continue;
    }
    if (openParagraphLine === lineIndex - 1 && isLowerAt(view, 0)) {
      pushPiece({ kind: 'paragraph', ...full, lineIndex, view, viewStart, continues: true }, lineView);
      openParagraphLine = endsWithTerminal(view) ? -2 : lineIndex;
      continue;
    }
    openParagraphLine = -2;
    if (isJunkLine(view)) {
      pushPiece({ kind: 'junk', ...full, lineIndex, view, viewStart, continues: false }, lineView);
      continue;
    }
    if (isDateLine(view)) {
      pushPiece({ kind: 'dateLine', ...full, lineIndex, view, viewStart, continues: false }, lineView);
      continue;
    }
    let bodyView = view;
    let bodyViewStart = viewStart;
    let bodySpan: Span = full;
    const prefixLength = datePrefixLength(view);
    if (prefixLength >= view.length) {
      pushPiece({ kind: 'dateLine', ...full, lineIndex, view, viewStart, continues: false }, lineView);
      continue;
    }
    if (prefixLength > 0) {
      const prefixSpan = trimSpan(text, full.start, viewStart + prefixLength);
      const prefixView = view.slice(0, prefixLength).trimEnd();
      pushPiece({ kind: 'dateLine', ...prefixSpan, lineIndex, view: prefixView, viewStart, continues: false }, lineView);
      const restTrim = trimSpan(view, prefixLength, view.length);
      bodyView = view.slice(restTrim.start, restTrim.end);
      bodyViewStart = viewStart + restTrim.start;
      bodySpan = trimSpan(text, prefixSpan.end, full.end);
    }
    const { kind, credit } = classifyBody(lineIndex, bodyView);
    pushPiece(
      { kind, ...bodySpan, lineIndex, view: bodyView, viewStart: bodyViewStart, continues: false, credit },
      lineView,
    );
    if (kind === 'paragraph' && !endsWithTerminal(bodyView)) {
      openParagraphLine = lineIndex;
    }
  }

  markDecks(pieces);
  return assemble(text, pieces, markers);
}

/**
 * Turns paragraph pieces right after the headline into `deck` pieces when a header line (a date
 * line, the repeated headline, a byline) follows them: the body has not started yet.
 */
function markDecks(pieces: Piece[]): void {
  const headlineIndex = pieces.findIndex((piece) => piece.kind === 'headline');
  if (headlineIndex < 0) {
    return;
  }
  const candidates: Piece[] = [];
  let paragraphs = 0;
  for (let index = headlineIndex + 1; index < pieces.length; index++) {
    const piece = pieces[index];
    if (piece.kind === 'junk' || piece.kind === 'marker') {
      continue;
    }
    if (piece.kind === 'paragraph') {
      if (!piece.continues) {
        paragraphs++;
        if (paragraphs > MAX_DECK_PARAGRAPHS || datelineLength(piece.view) > 0) {
          return;
        }
      }
      candidates.push(piece);
      continue;
    }
    const headerLine = piece.kind === 'dateLine' || piece.kind === 'headline' || piece.credit === 'byline';
    if (headerLine && candidates.length > 0) {
      const length = candidates[candidates.length - 1].end - candidates[0].start;
      if (length <= MAX_DECK_LENGTH * MAX_DECK_PARAGRAPHS) {
        for (const candidate of candidates) {
          candidate.kind = 'deck';
        }
      }
    }
    return;
  }
}

function assemble(text: string, pieces: readonly Piece[], markers: readonly Marker[]): Article {
  const blocks: Block[] = pieces.map((piece) => ({ kind: piece.kind, start: piece.start, end: piece.end }));
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  const problems: ParseProblem[] = [];
  let markerIndex = 0;

  const sectionEnds: number[] = [];
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index];
    if (piece.kind === 'heading') {
      if (sections.length > 0) {
        sectionEnds[sections.length - 1] = pieces[index - 1].end;
      }
      sections.push({ start: piece.start, end: piece.end, heading: { start: piece.start, end: piece.end }, title: stripMarkers(text, piece) });
      index++;
      continue;
    }
    if (piece.kind !== 'paragraph' && piece.kind !== 'deck') {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < pieces.length && pieces[last + 1].continues && pieces[last + 1].kind === piece.kind) {
      last++;
    }
    const span: Span = { start: piece.start, end: pieces[last].end };
    while (markerIndex < markers.length && markers[markerIndex].end <= span.start) {
      markerIndex++;
    }
    const paragraphMarkers: Marker[] = [];
    for (let scan = markerIndex; scan < markers.length && markers[scan].start < span.end; scan++) {
      paragraphMarkers.push(markers[scan]);
    }
    let dateline: Span | undefined;
    let bodyStart = span.start;
    if (piece.kind === 'paragraph') {
      const length = datelineLength(piece.view);
      if (length > 0) {
        dateline = trimSpan(text, piece.viewStart, piece.viewStart + length);
        bodyStart = dateline.end;
      }
    }
    const quoteScan = findQuotes(text, span, paragraphMarkers);
    const paragraphIndex = paragraphs.length;
    const paragraphSentences: Sentence[] = splitSentences(
      text,
      { start: bodyStart, end: span.end },
      { quotes: quoteScan.quotes, markers: paragraphMarkers },
    ).map((sentence) => ({ start: sentence.start, end: sentence.end, paragraph: paragraphIndex }));
    paragraphs.push({
      start: span.start,
      end: span.end,
      ...(dateline !== undefined ? { dateline } : {}),
      sentences: paragraphSentences,
      quotes: quoteScan.quotes,
      ...(sections.length > 0 ? { section: sections.length - 1 } : {}),
    });
    appendAll(sentences, paragraphSentences);
    appendAll(quotes, quoteScan.quotes);
    appendAll(problems, quoteScan.problems);
    index = last + 1;
  }
  if (sections.length > 0) {
    sectionEnds[sections.length - 1] = pieces[pieces.length - 1].end;
  }
  const finishedSections = sections.map((section, sectionIndex) => ({
    ...section,
    end: Math.max(section.end, sectionEnds[sectionIndex] ?? section.end),
  }));

  for (const marker of markers) {
    if (marker.problem !== undefined) {
      problems.push({ start: marker.start, end: marker.end, code: 'malformed-marker', message: marker.problem });
    }
  }
  problems.sort((left, right) => left.start - right.start || left.end - right.end);

  const headline = blocks.find((block) => block.kind === 'headline');
  return {
    text,
    blocks,
    ...(headline !== undefined ? { headline } : {}),
    paragraphs,
    sentences,
    quotes,
    sections: finishedSections,
    markers: [...markers],
    problems,
  };
}

/** Appends without spreading, which overflows the stack on very long arrays. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) {
    target.push(item);
  }
}

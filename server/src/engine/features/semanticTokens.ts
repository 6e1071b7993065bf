// Feature: semantic tokens for the parts a theme should colour.
import type { Source } from '../index';
import type { Span } from '../model';

/** Token types, in legend order. Contributed in package.json with a fallback super type each. */
export const SEMANTIC_TOKEN_TYPES = ['speakerMarker', 'topicMarker', 'statusMarker', 'dateline', 'credit', 'quote', 'speaker', 'cue'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export interface SemanticToken extends Span {
  readonly type: SemanticTokenType;
}

const MARKER_TOKEN = { speaker: 'speakerMarker', topic: 'topicMarker', status: 'statusMarker' } as const;

/**
 * Non-overlapping tokens in document order. Where parts overlap, the more specific wins:
 * markers, then speaker mentions, then cues, then quotes; a token is cut around the ones above it.
 */
export function articleSemanticTokens(source: Source): SemanticToken[] {
  const { article, attribution } = source;
  const layers: SemanticToken[][] = [
    article.markers.map((marker) => token(marker, MARKER_TOKEN[marker.kind])),
    attribution.passages.flatMap((passage) => (passage.speaker?.span ? [token(passage.speaker.span, 'speaker')] : [])),
    attribution.passages.flatMap((passage) => (passage.cue?.span && passage.cue.where !== 'marker' ? [token(passage.cue.span, 'cue')] : [])),
    article.quotes.map((quote) => token(quote, 'quote')),
    [
      ...article.paragraphs.flatMap((paragraph) => (paragraph.dateline ? [token(paragraph.dateline, 'dateline')] : [])),
      ...article.blocks.filter((block) => block.kind === 'credit' || block.kind === 'caption').map((block) => token(block, 'credit')),
    ],
  ];
  const placed: SemanticToken[] = [];
  for (const layer of layers) {
    const above = [...placed].sort((a, b) => a.start - b.start);
    let layerEnd = 0;
    for (const candidate of [...layer].sort((a, b) => a.start - b.start)) {
      // Within a layer, a token starts where the previous one ended (two passages may share a cue).
      const clipped = { ...candidate, start: Math.max(candidate.start, layerEnd) };
      if (clipped.end <= clipped.start) continue;
      layerEnd = clipped.end;
      placed.push(...subtract(clipped, above));
    }
  }
  return placed.filter((each) => each.end > each.start).sort((a, b) => a.start - b.start);
}

function token(span: Span, type: SemanticTokenType): SemanticToken {
  return { start: span.start, end: span.end, type };
}

/** The parts of a token not covered by any of the holes (disjoint, sorted by start, hence also by end). */
function subtract(candidate: SemanticToken, holes: readonly SemanticToken[]): SemanticToken[] {
  const parts: SemanticToken[] = [];
  let start = candidate.start;
  let low = 0;
  let high = holes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holes[middle].end <= candidate.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < holes.length && holes[index].start < candidate.end; index++) {
    const hole = holes[index];
    if (hole.start > start) parts.push({ start, end: hole.start, type: candidate.type });
    start = Math.max(start, hole.end);
  }
  if (start < candidate.end) parts.push({ start, end: candidate.end, type: candidate.type });
  return parts;
}

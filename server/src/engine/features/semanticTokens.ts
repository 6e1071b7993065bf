// Feature: semantic tokens for the parts a theme should colour.
import type { Article, Span } from '../model';

/** Token types, in legend order. Contributed in package.json with a fallback super type each. */
export const SEMANTIC_TOKEN_TYPES = ['speakerMarker', 'topicMarker', 'statusMarker', 'dateline', 'credit', 'quote'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export interface SemanticToken extends Span {
  readonly type: SemanticTokenType;
}

const MARKER_TOKEN = { speaker: 'speakerMarker', topic: 'topicMarker', status: 'statusMarker' } as const;

/** Non-overlapping tokens in document order; quotes are cut around the markers inside them. */
export function articleSemanticTokens(article: Article): SemanticToken[] {
  const markers: SemanticToken[] = article.markers.map((marker) => ({ start: marker.start, end: marker.end, type: MARKER_TOKEN[marker.kind] }));
  const tokens: SemanticToken[] = [...markers];
  for (const paragraph of article.paragraphs) {
    if (paragraph.dateline) tokens.push({ ...span(paragraph.dateline), type: 'dateline' });
  }
  for (const block of article.blocks) {
    if (block.kind === 'credit' || block.kind === 'caption') tokens.push({ ...span(block), type: 'credit' });
  }
  for (const quote of article.quotes) tokens.push(...subtract({ ...span(quote), type: 'quote' }, markers));
  return tokens.filter((token) => token.end > token.start).sort((a, b) => a.start - b.start);
}

function span(value: Span): Span {
  return { start: value.start, end: value.end };
}

/** The parts of a token not covered by any of the (sorted, disjoint) holes. */
function subtract(token: SemanticToken, holes: readonly SemanticToken[]): SemanticToken[] {
  const parts: SemanticToken[] = [];
  let start = token.start;
  for (const hole of holes) {
    if (hole.end <= start || hole.start >= token.end) continue;
    if (hole.start > start) parts.push({ start, end: hole.start, type: token.type });
    start = Math.max(start, hole.end);
  }
  if (start < token.end) parts.push({ start, end: token.end, type: token.type });
  return parts;
}

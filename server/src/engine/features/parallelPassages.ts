// Feature: parallel passages at a position — the other sources' versions of the sentence under the
// cursor, with their labels, speakers and wording differences. Hovers, references, definition, code
// lens and the compare view all read from here.
import { wordDiff, type DiffSegment, type Parallel } from '../parallels/index';
import { sourceLabel, type Engine, type Source } from '../index';
import type { Span } from '../model';

/** Another source's version of the passage. */
export interface ParallelVersion {
  readonly source: Source;
  /** The other source's label (outlet, else headline, else file name). */
  readonly label: string;
  readonly parallel: Parallel;
  /** The other passage's speaker (canonical), or null for the outlet's own voice. */
  readonly speaker: string | null;
  /** Wording differences from this passage to the other. */
  readonly diff: readonly DiffSegment[];
}

export interface ParallelsAtResult {
  /** The sentence under the cursor. */
  readonly sentence: number;
  readonly span: Span;
  readonly versions: readonly ParallelVersion[];
}

/** The sentence at an offset (a cursor at a sentence's end still counts), or -1. */
export function sentenceAt(source: Source, offset: number): number {
  return source.article.sentences.findIndex((sentence) => sentence.start <= offset && offset <= sentence.end);
}

/** Other sources' versions of the sentence at `offset`, best first; undefined when the offset is in no sentence. */
export function parallelsAt(engine: Engine, source: Source, offset: number): ParallelsAtResult | undefined {
  const sentence = sentenceAt(source, offset);
  if (sentence < 0) return undefined;
  const span = source.article.sentences[sentence];
  const versions: ParallelVersion[] = [];
  for (const parallel of engine.parallelsOf(source.id, sentence)) {
    const other = engine.getSource(parallel.sourceId);
    if (!other) continue;
    versions.push({
      source: other,
      label: sourceLabel(other),
      parallel,
      speaker: speakerOfParallel(engine, other, parallel),
      diff: wordDiff(source.text, span, other.text, parallel.span),
    });
  }
  return { sentence, span: { start: span.start, end: span.end }, versions };
}

/** How many other sources report something of each paragraph. */
export function paragraphParallelCounts(engine: Engine, source: Source, paragraph: number): number {
  const others = new Set<string>();
  source.article.sentences.forEach((sentence, index) => {
    if (sentence.paragraph !== paragraph) return;
    for (const parallel of engine.parallelsOf(source.id, index)) others.add(parallel.sourceId);
  });
  return others.size;
}

/** The index keeps each passage's speaker, so showing a parallel does not need its source attributed. */
function speakerOfParallel(engine: Engine, source: Source, parallel: Parallel): string | null {
  let name = parallel.speaker;
  if (name === undefined) {
    const passage = source.attribution.passages.find((candidate) => candidate.sentence === parallel.sentence && candidate.speaker);
    name = passage?.speaker?.name ?? null;
  }
  return name === null ? null : engine.speakers.canonical(name);
}

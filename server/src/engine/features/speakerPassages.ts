// Feature: workspace symbols for speakers — every passage credited to a speaker matching a query.
import type { Engine } from '../index';
import type { Span } from '../model';
import { abbreviate } from './symbols';

export interface SpeakerPassage {
  /** The speaker's canonical name. */
  readonly speaker: string;
  readonly sourceId: string;
  readonly span: Span;
  /** The passage's text, shortened for a list. */
  readonly preview: string;
}

/** Enough to fill a picker; the query narrows it. */
const MAX_RESULTS = 1000;

/** Passages whose canonical speaker contains every word of the query (case-insensitive); all speakers for an empty query. */
export function findSpeakerPassages(engine: Engine, query: string): SpeakerPassage[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const results: SpeakerPassage[] = [];
  for (const source of engine.sources()) {
    for (const passage of source.attribution.passages) {
      if (!passage.speaker) continue;
      const speaker = engine.speakers.canonical(passage.speaker.name);
      const lower = speaker.toLowerCase();
      if (!words.every((word) => lower.includes(word))) continue;
      const preview = abbreviate(source.text.slice(passage.span.start, passage.span.end).replace(/\s+/g, ' ').trim(), 80);
      results.push({ speaker, sourceId: source.id, span: passage.span, preview });
      if (results.length >= MAX_RESULTS) return results;
    }
  }
  return results;
}

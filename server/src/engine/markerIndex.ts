// Speakers and topics that users marked (`{@Name}`, `{#topic}`) across the corpus.
// Kept per source so that an edit replaces one source's contribution without rescanning the rest.
import { sentencesInScope } from './markerScope';
import type { Article, MarkerKind } from './model';

/** How often a marked name occurs. */
export interface MarkedNameStats {
  /** The name as first written. */
  readonly name: string;
  /** Number of sources that mark it. */
  readonly sources: number;
  /** Number of passages (sentences) the markers apply to. */
  readonly passages: number;
}

type IndexedKind = Extract<MarkerKind, 'speaker' | 'topic'>;

interface Contribution {
  readonly name: string;
  readonly passages: number;
}

/** What one source contributes, in a plain form that a cache can store: [key, name, passages] per kind. */
export type MarkerContribution = Readonly<Record<IndexedKind, readonly (readonly [string, string, number])[]>>;

export class MarkerIndex {
  private readonly bySource = new Map<string, Map<IndexedKind, Map<string, Contribution>>>();

  /** Replaces what a source contributes. */
  update(sourceId: string, article: Article): void {
    const byKind = new Map<IndexedKind, Map<string, Contribution>>([
      ['speaker', new Map()],
      ['topic', new Map()],
    ]);
    for (const marker of article.markers) {
      if (marker.problem || (marker.kind !== 'speaker' && marker.kind !== 'topic')) continue;
      const names = byKind.get(marker.kind)!;
      const key = markedNameKey(marker.value);
      const previous = names.get(key);
      const passages = sentencesInScope(article, marker).length;
      names.set(key, { name: previous?.name ?? marker.value, passages: (previous?.passages ?? 0) + passages });
    }
    this.bySource.set(sourceId, byKind);
  }

  /** A source's contribution as `contributionOf` gave it (from a cache), without its article. */
  setContribution(sourceId: string, contribution: MarkerContribution): void {
    const toMap = (entries: MarkerContribution[IndexedKind]) => new Map(entries.map(([key, name, passages]) => [key, { name, passages }]));
    this.bySource.set(
      sourceId,
      new Map([
        ['speaker', toMap(contribution.speaker)],
        ['topic', toMap(contribution.topic)],
      ]),
    );
  }

  /** What a source contributes, for a cache; undefined for unknown sources. */
  contributionOf(sourceId: string): MarkerContribution | undefined {
    const byKind = this.bySource.get(sourceId);
    if (!byKind) return undefined;
    const toEntries = (kind: IndexedKind) => [...byKind.get(kind)!].map(([key, { name, passages }]) => [key, name, passages] as const);
    return { speaker: toEntries('speaker'), topic: toEntries('topic') };
  }

  remove(sourceId: string): void {
    this.bySource.delete(sourceId);
  }

  /** Every marked name of that kind with its counts, most marked first. */
  names(kind: IndexedKind): MarkedNameStats[] {
    const totals = new Map<string, { name: string; sources: number; passages: number }>();
    for (const byKind of this.bySource.values()) {
      for (const [key, contribution] of byKind.get(kind)!) {
        const total = totals.get(key) ?? { name: contribution.name, sources: 0, passages: 0 };
        total.sources += 1;
        total.passages += contribution.passages;
        totals.set(key, total);
      }
    }
    return [...totals.values()].sort((a, b) => b.sources - a.sources || b.passages - a.passages || a.name.localeCompare(b.name));
  }

  /** Counts for one name, or undefined when nobody marked it. */
  stats(kind: IndexedKind, name: string): MarkedNameStats | undefined {
    const key = markedNameKey(name);
    let found: { name: string; sources: number; passages: number } | undefined;
    for (const byKind of this.bySource.values()) {
      const contribution = byKind.get(kind)!.get(key);
      if (!contribution) continue;
      found ??= { name: contribution.name, sources: 0, passages: 0 };
      found.sources += 1;
      found.passages += contribution.passages;
    }
    return found;
  }
}

/** Names match case-insensitively and regardless of spacing. */
export function markedNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

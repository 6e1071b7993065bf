// Feature: who said what, as JSON for scripts — shared by the CLI and the editor command.
import type { Engine, Source } from '../index';

export interface ExportedPassage {
  /** UTF-16 offsets into the file's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Canonical speaker name, or null for the outlet's own voice. */
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly claim: boolean;
  readonly quote: boolean;
}

export interface AttributionExport {
  readonly sources: readonly { readonly file: string; readonly passages: readonly ExportedPassage[] }[];
}

/** Exports the given sources, each named by the path the caller chose (relative to the exported folder). */
export function exportAttribution(engine: Engine, sources: readonly { readonly file: string; readonly source: Source }[]): AttributionExport {
  const sorted = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    sources: sorted.map(({ file, source }) => ({
      file,
      passages: source.attribution.passages.map((passage) => ({
        start: passage.span.start,
        end: passage.span.end,
        text: source.text.slice(passage.span.start, passage.span.end),
        speaker: passage.speaker ? engine.speakers.canonical(passage.speaker.name) : null,
        cue: passage.cue?.text ?? null,
        claim: passage.claim,
        quote: passage.quote,
      })),
    })),
  };
}

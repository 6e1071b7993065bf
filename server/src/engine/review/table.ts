// Feature: the synoptic table. Statements are rows, sources are columns, and each cell says how that
// source reports the statement: as a direct quote, in paraphrase, credited to someone else, or not at all.
import { sourceLabel, type Engine, type Source } from '../index';
import { computeReview, reviewStatements, type ReviewFilter, type ReviewOptions, type ReviewPassage, type ReviewStatus } from './index';

/** How a source reports a statement. */
export type CellKind = 'quote' | 'paraphrase' | 'absent' | 'different speaker';

/** A column: one source. */
export interface TableColumn {
  readonly sourceId: string;
  readonly label: string;
}

/** How one source reports one statement. */
export interface TableCell {
  readonly kind: CellKind;
  /** The source's passages of the statement; empty when `absent`. */
  readonly passages: readonly ReviewPassage[];
}

/** A row: one statement. */
export interface TableRow {
  readonly id: string;
  readonly speaker: string | null;
  readonly text: string;
  readonly status: ReviewStatus;
  readonly note?: string;
  /** One cell per column, in column order. */
  readonly cells: readonly TableCell[];
}

export interface SynopticTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/**
 * The table of the statements the filter keeps. Columns are the sources of the filtered corpus, else
 * the sources the options name, else every source that reports a shown statement; sorted by label.
 */
export function computeSynopticTable(engine: Engine, filter: ReviewFilter = {}, options: ReviewOptions = {}): SynopticTable {
  const review = computeReview(engine, filter, options);
  const statements = reviewStatements(review);
  const all = [...(options.sources ?? engine.sources())];
  const reporting = new Set(statements.flatMap((statement) => statement.passages.map((passage) => passage.sourceId)));
  const columnSources: Source[] =
    filter.corpus !== undefined
      ? all.filter((source) => source.info.corpus === filter.corpus)
      : options.sources !== undefined
        ? all
        : all.filter((source) => reporting.has(source.id));
  const columns = columnSources
    .map((source) => ({ sourceId: source.id, label: sourceLabel(source) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || (a.sourceId < b.sourceId ? -1 : 1));
  const rows = statements.map((statement): TableRow => {
    const cells = columns.map((column): TableCell => {
      const passages = statement.passages.filter((passage) => passage.sourceId === column.sourceId);
      return { kind: cellKind(passages, statement.speaker), passages };
    });
    return {
      id: statement.id,
      speaker: statement.speaker,
      text: statement.text,
      status: statement.status,
      ...(statement.note ? { note: statement.note } : {}),
      cells,
    };
  });
  return { columns, rows };
}

/** A named speaker other than the statement's makes `different speaker`; else a quote wins over paraphrase. */
function cellKind(passages: readonly ReviewPassage[], speaker: string | null): CellKind {
  if (passages.length === 0) return 'absent';
  if (speaker !== null && passages.every((passage) => passage.speaker !== null && passage.speaker !== speaker)) return 'different speaker';
  return passages.some((passage) => passage.quote) ? 'quote' : 'paraphrase';
}

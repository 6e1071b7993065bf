// Adapter: the fact-check review and the synoptic table over custom requests. Engine spans become LSP ranges here.
import * as path from 'node:path';
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { computeReview, type Review, type ReviewFilter, type ReviewPassage } from '../../engine/review/index';
import { formatReviewReport, formatSynopticTable } from '../../engine/review/reports';
import { computeSynopticTable } from '../../engine/review/table';
import { fsPathOf } from '../../host/workspaceIndex';
import { guarded, openSource, type ServerContext } from '../context';
import {
  ReviewItemsRequest,
  ReviewReportRequest,
  SynopticTableRequest,
  type ReviewFilterParams,
  type ReviewItemsResult,
  type ReviewPassageItem,
  type SynopticTableResult,
} from '../protocol';

const EMPTY_COUNTS = { disputed: 0, verified: 0, mismatched: 0, conflicting: 0, 'single-source': 0, unreviewed: 0 };
const EMPTY_REVIEW: ReviewItemsResult = { speakers: [], counts: EMPTY_COUNTS, total: 0, pending: 0, allSpeakers: [], allTopics: [], corpora: [] };

export function registerReview(context: ServerContext): void {
  context.connection.onRequest(
    ReviewItemsRequest,
    guarded(context, 'reviewItems', EMPTY_REVIEW, (params) => toReviewItems(context, computeReview(context.engine, engineFilter(params?.filter))))
  );
  context.connection.onRequest(
    ReviewReportRequest,
    guarded(context, 'reviewReport', { text: '' }, (params) => {
      const filter = engineFilter(params.filter);
      const format = params.format === 'csv' ? 'csv' : 'md';
      const text =
        params.kind === 'table'
          ? formatSynopticTable(computeSynopticTable(context.engine, filter), format)
          : formatReviewReport(computeReview(context.engine, filter), format);
      return { text };
    }),
  );
  context.connection.onRequest(
    SynopticTableRequest,
    guarded(context, 'synopticTable', { columns: [], rows: [] } as SynopticTableResult, (params) => {
      const table = computeSynopticTable(context.engine, engineFilter(params?.filter));
      const converter = new PassageConverter(context);
      return {
        columns: table.columns.map((column) => ({ uri: column.sourceId, label: column.label })),
        rows: table.rows.map((row) => ({
          id: row.id,
          speaker: row.speaker,
          text: row.text,
          status: row.status,
          ...(row.note ? { note: row.note } : {}),
          cells: row.cells.map((cell) => ({ kind: cell.kind, passages: converter.convertAll(cell.passages) })),
        })),
      };
    }),
  );
}

/** The engine's filter: the corpus comes as a folder URI, the engine knows folders as paths. */
function engineFilter(filter: ReviewFilterParams | undefined): ReviewFilter {
  if (!filter) return {};
  const { corpus, ...rest } = filter;
  if (corpus === undefined) return rest;
  return { ...rest, corpus: fsPathOf(corpus) ?? corpus };
}

function toReviewItems(context: ServerContext, review: Review): ReviewItemsResult {
  const converter = new PassageConverter(context);
  const corpora = new Map<string, string>();
  for (const source of context.engine.sources()) {
    const root = source.info.corpus;
    if (root !== undefined && !corpora.has(root)) corpora.set(root, path.basename(root));
  }
  return {
    speakers: review.speakers.map((group) => ({
      speaker: group.speaker,
      statements: group.statements.map((statement) => ({
        id: statement.id,
        speaker: statement.speaker,
        text: statement.text,
        status: statement.status,
        ...(statement.note ? { note: statement.note } : {}),
        quote: statement.quote,
        topics: statement.topics,
        sourceCount: statement.sourceCount,
        passages: converter.convertAll(statement.passages),
      })),
    })),
    counts: review.counts,
    total: review.total,
    pending: review.pending,
    allSpeakers: review.allSpeakers,
    allTopics: review.allTopics,
    corpora: [...corpora]
      .map(([root, label]) => ({ uri: URI.file(root).toString(), label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** Converts passages, opening each source's document once. */
class PassageConverter {
  private readonly documents = new Map<string, TextDocument | undefined>();

  constructor(private readonly context: ServerContext) {}

  convertAll(passages: readonly ReviewPassage[]): ReviewPassageItem[] {
    return passages.flatMap((passage) => {
      const item = this.convert(passage);
      return item ? [item] : [];
    });
  }

  private convert(passage: ReviewPassage): ReviewPassageItem | undefined {
    if (!this.documents.has(passage.sourceId)) this.documents.set(passage.sourceId, openSource(this.context, passage.sourceId)?.document);
    const document = this.documents.get(passage.sourceId);
    if (!document) return undefined;
    const range = (start: number, end: number): Range => ({ start: document.positionAt(start), end: document.positionAt(end) });
    const markerPosition: Position = document.positionAt(passage.markerOffset);
    return {
      uri: passage.sourceId,
      label: passage.sourceLabel,
      range: range(passage.span.start, passage.span.end),
      markerPosition,
      text: passage.text,
      speaker: passage.speaker,
      quote: passage.quote,
      claim: passage.claim,
      ...(passage.verdict
        ? {
            verdict: {
              status: passage.verdict.status,
              ...(passage.verdict.note ? { note: passage.verdict.note } : {}),
              range: range(passage.verdict.span.start, passage.verdict.span.end),
            },
          }
        : {}),
      topics: passage.topics,
    };
  }
}

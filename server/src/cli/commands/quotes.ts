// synoptic quotes <folder> [--status …] [--json] [--format md|csv]: quotes and claims with their review status.
import { computeReview, REVIEW_STATUSES, reviewStatements, type ReviewStatus } from '../../engine/review/index';
import { formatReviewReport, speakerLabel } from '../../engine/review/reports';
import { lineColumn } from '../args';
import type { CommandContext } from '../main';

export function runQuotes(context: CommandContext): number | string {
  const status = context.args.options.get('--status');
  if (status !== undefined && !REVIEW_STATUSES.includes(status as ReviewStatus)) return `--status takes ${REVIEW_STATUSES.join(', ')}`;
  const format = context.args.options.get('--format');
  if (format !== undefined && format !== 'md' && format !== 'csv') return '--format takes md or csv';
  const { engine } = context.loaded;
  const review = computeReview(engine, status ? { status: status as ReviewStatus } : {}, { sources: context.loaded.sources.map((entry) => entry.source) });
  if (format) {
    context.write(formatReviewReport(review, format));
    return 0;
  }
  const fileOf = new Map(context.loaded.sources.map(({ file, source }) => [source.id, file]));
  const statements = reviewStatements(review).map((statement) => ({
    speaker: statement.speaker,
    status: statement.status,
    ...(statement.note ? { note: statement.note } : {}),
    quote: statement.quote,
    topics: statement.topics,
    text: statement.text,
    sources: statement.passages.map((passage) => {
      const source = engine.getSource(passage.sourceId);
      const { line, column } = source ? lineColumn(source.text, passage.span.start) : { line: 0, column: 0 };
      return { file: context.display(fileOf.get(passage.sourceId) ?? passage.sourceId), line, column, source: passage.sourceLabel, speaker: passage.speaker, text: passage.text };
    }),
  }));
  if (context.args.flags.has('--json')) {
    context.write(`${JSON.stringify({ counts: review.counts, statements }, null, 2)}\n`);
    return 0;
  }
  for (const statement of statements) {
    context.write(`[${statement.status}] ${speakerLabel(statement.speaker)}: ${statement.text}${statement.note ? `\n  note: ${statement.note}` : ''}\n`);
    for (const source of statement.sources) context.write(`  ${source.file}:${source.line}:${source.column}  ${source.source}\n`);
  }
  return 0;
}

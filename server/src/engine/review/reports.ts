// Feature: review reports and table exports as Markdown or CSV, shared by the editor and the CLI.
import { reviewStatements, type Review } from './index';
import type { SynopticTable } from './table';

export type ReportFormat = 'md' | 'csv';

/** How a speaker is shown: the outlets' own voice has no name. */
export function speakerLabel(speaker: string | null): string {
  return speaker ?? '(unattributed)';
}

/** The review as a report: columns statement, speaker, sources, status, notes. */
export function formatReviewReport(review: Review, format: ReportFormat): string {
  const header = ['statement', 'speaker', 'sources', 'status', 'notes'];
  const statements = reviewStatements(review);
  const record = (statement: (typeof statements)[number]) => [
    statement.text,
    speakerLabel(statement.speaker),
    [...new Set(statement.passages.map((passage) => passage.sourceLabel))].join('; '),
    statement.status,
    statement.note ?? '',
  ];
  if (format === 'csv') return toCsv([header, ...statements.map(record)]);
  const lines = ['# Fact-check review', ''];
  const counts = Object.entries(review.counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  lines.push(`${review.total} statement${review.total === 1 ? '' : 's'}${counts.length ? `: ${counts.join(', ')}` : ''}.`, '');
  for (const group of review.speakers) {
    lines.push(`## ${markdownInline(speakerLabel(group.speaker))}`, '');
    lines.push('| Statement | Sources | Status | Notes |', '|---|---|---|---|');
    for (const statement of group.statements) {
      const [text, , sources, status, notes] = record(statement);
      lines.push(`| ${[text, sources, status, notes].map(markdownCell).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The synoptic table as Markdown or CSV: statement, speaker, status, then one column per source. */
export function formatSynopticTable(table: SynopticTable, format: ReportFormat): string {
  const header = ['statement', 'speaker', 'status', ...table.columns.map((column) => column.label)];
  const records = table.rows.map((row) => [row.text, speakerLabel(row.speaker), row.status, ...row.cells.map((cell) => cell.kind)]);
  if (format === 'csv') return toCsv([header, ...records]);
  const lines = [`| ${header.map(markdownCell).join(' | ')} |`, `|${header.map(() => '---|').join('')}`];
  for (const record of records) lines.push(`| ${record.map(markdownCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/**
 * RFC 4180 CSV with CRLF line ends. A field is quoted when it holds a comma, a quotation mark or a line
 * break. A field starting with `=`, `+`, `-`, `@` or a tab gets a leading apostrophe so that spreadsheets
 * show article text as text rather than run it as a formula.
 */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table cell: pipes escaped, line breaks as spaces. */
function markdownCell(value: string): string {
  return markdownInline(value).replace(/\|/g, '\\|');
}

/** Text on one line, with the characters that start Markdown syntax inside a line escaped. */
function markdownInline(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#])/g, '\\$1');
}

// synoptic table <folder> --format md|csv: the synoptic table, statements × sources.
import { formatSynopticTable } from '../../engine/review/reports';
import { computeSynopticTable } from '../../engine/review/table';
import type { CommandContext } from '../main';

export function runTable(context: CommandContext): number | string {
  const format = context.args.options.get('--format') ?? 'md';
  if (format !== 'md' && format !== 'csv') return '--format takes md or csv';
  const table = computeSynopticTable(context.loaded.engine, {}, { sources: context.loaded.sources.map((entry) => entry.source) });
  context.write(formatSynopticTable(table, format));
  return 0;
}

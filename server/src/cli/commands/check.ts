// synoptic check <folder> [--json] [--fail-on warning|error] [--hints]: every diagnostic, compiler style.
import { computeDiagnostics, type Severity } from '../../engine/diagnostics/index';
import { lineColumn } from '../args';
import type { CommandContext } from '../main';

/** Loudest first. */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function runCheck(context: CommandContext): number | string {
  const failOn = (context.args.options.get('--fail-on') ?? 'error') as Severity;
  if (!SEVERITIES.includes(failOn)) return `--fail-on takes ${SEVERITIES.join(', ')}`;
  const shown = context.args.flags.has('--hints') ? SEVERITIES : SEVERITIES.slice(0, 3);
  const problems = [...context.loaded.sources]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .flatMap(({ file, source }) =>
      computeDiagnostics(source, context.loaded.engine)
        .filter((diagnostic) => shown.includes(diagnostic.severity))
        .map((diagnostic) => ({ file: context.display(file), ...lineColumn(source.text, diagnostic.span.start), diagnostic })),
    );
  if (context.args.flags.has('--json')) {
    const json = problems.map(({ file, line, column, diagnostic }) => ({
      file,
      line,
      column,
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
    }));
    context.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    for (const { file, line, column, diagnostic } of problems) {
      context.write(`${file}:${line}:${column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message.replace(/\s+/g, ' ')}\n`);
    }
    const counts = SEVERITIES.map((severity) => [severity, problems.filter((problem) => problem.diagnostic.severity === severity).length] as const)
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : severity === 'info' ? '' : 's'}`);
    context.note(`${problems.length} problem${problems.length === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''} in ${context.loaded.sources.length} article${context.loaded.sources.length === 1 ? '' : 's'}.`);
  }
  const threshold = SEVERITIES.indexOf(failOn);
  return problems.some((problem) => SEVERITIES.indexOf(problem.diagnostic.severity) <= threshold) ? 1 : 0;
}

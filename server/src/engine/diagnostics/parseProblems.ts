// Turns problems the parser reported into findings of the matching diagnostic code.
import type { Source } from '../index';
import type { DiagnosticCode, Finding } from './index';

export function findingsFromParseProblems(source: Source, code: DiagnosticCode.MalformedMarker | DiagnosticCode.UnbalancedQuote): Finding[] {
  return source.article.problems
    .filter((problem) => problem.code === (code as string))
    .map((problem) => ({ code, span: { start: problem.start, end: problem.end }, message: problem.message }));
}

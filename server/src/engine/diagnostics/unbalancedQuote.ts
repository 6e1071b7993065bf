// Diagnostic: unbalanced-quote
// Fires on an opening quotation mark that has no closing mark in its paragraph.
import type { Source } from '../index';
import { DiagnosticCode, type Finding } from './index';
import { findingsFromParseProblems } from './parseProblems';

export function checkUnbalancedQuotes(source: Source): Finding[] {
  return findingsFromParseProblems(source, DiagnosticCode.UnbalancedQuote);
}

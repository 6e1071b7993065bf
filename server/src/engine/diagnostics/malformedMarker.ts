// Diagnostic: malformed-marker
// Fires on a marker the parser could not read: empty (`{@}`), unclosed (`{#trade` at line end), or an unknown directive.
import type { Source } from '../index';
import { DiagnosticCode, type Finding } from './index';
import { findingsFromParseProblems } from './parseProblems';

export function checkMalformedMarkers(source: Source): Finding[] {
  return findingsFromParseProblems(source, DiagnosticCode.MalformedMarker);
}

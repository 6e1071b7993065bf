// What the parallel-passage diagnostics need from their host, and what they return. The checks
// themselves live in ../diagnostics/ (quoteMismatch.ts, attributionConflict.ts, singleSource.ts).

import type { DiagnosticCode } from '../diagnostics/index';
import type { Source } from '../index';
import type { Span } from '../model';
import type { ParallelIndex } from './index';

/** The corpus around the source being checked. */
export interface ParallelsContext {
  /** The index holding this source and the other sources of its corpus (one index per corpus). */
  readonly parallels: ParallelIndex;
  /** The source with that id, or undefined when the engine no longer has it. */
  getSource(id: string): Source | undefined;
  /** How messages name a source (outlet, else headline, else file name): `sourceLabel` by default. */
  label?(source: Source): string;
  /**
   * The corpus-wide name of a speaker as the index holds it (article-level names: "the minister",
   * "Calder"); names that canonicalise alike do not conflict. The name itself by default.
   */
  canonical?(name: string): string;
}

/** A place in another source that a finding points at (LSP related information). */
export interface RelatedPassage {
  readonly sourceId: string;
  readonly span: Span;
  readonly message: string;
}

/** A finding of a parallel-passage check, before severity is applied. */
export interface ParallelFinding {
  readonly code: DiagnosticCode.QuoteMismatch | DiagnosticCode.AttributionConflict | DiagnosticCode.SingleSource;
  readonly span: Span;
  readonly message: string;
  /** The other sources' passages or quotes; empty for `single-source`. */
  readonly related: readonly RelatedPassage[];
}

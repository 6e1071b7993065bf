// The one place where engine offsets become LSP positions and engine results become LSP types.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  FoldingRangeKind,
  SymbolKind,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SynDiagnostic, Severity } from '../engine/diagnostics';
import type { Fold } from '../engine/features/folding';
import type { ArticleSymbol, ArticleSymbolKind } from '../engine/features/symbols';
import type { Span } from '../engine/model';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Finds where a span of another source is, for related information; undefined when that source is gone. */
export type Locate = (sourceId: string, span: Span) => Location | undefined;

export function toDiagnostic(document: TextDocument, diagnostic: SynDiagnostic, locate: Locate): Diagnostic {
  const relatedInformation = diagnostic.related?.flatMap((related) => {
    const location = locate(related.sourceId, related.span);
    return location ? [{ location, message: related.message }] : [];
  });
  return {
    range: toRange(document, diagnostic.span),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: 'synoptic',
    message: diagnostic.message,
    tags: diagnostic.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
    data: diagnostic.data,
    relatedInformation: relatedInformation?.length ? relatedInformation : undefined,
  };
}

const SYMBOL_KINDS: Record<ArticleSymbolKind, SymbolKind> = {
  headline: SymbolKind.File,
  section: SymbolKind.Namespace,
  paragraph: SymbolKind.String,
  speakers: SymbolKind.Package,
  speaker: SymbolKind.Class,
  passage: SymbolKind.String,
};

export function toDocumentSymbol(document: TextDocument, symbol: ArticleSymbol): DocumentSymbol {
  return {
    name: symbol.name || ' ',
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: toRange(document, symbol.span),
    selectionRange: toRange(document, symbol.selection),
    children: symbol.children.map((child) => toDocumentSymbol(document, child)),
  };
}

/** Folds become line ranges; those that fit on one line are dropped. */
export function toFoldingRange(document: TextDocument, fold: Fold): FoldingRange | undefined {
  const startLine = document.positionAt(fold.start).line;
  const endLine = document.positionAt(fold.end).line;
  if (endLine <= startLine) return undefined;
  return { startLine, endLine, kind: fold.kind === 'header' ? FoldingRangeKind.Comment : FoldingRangeKind.Region };
}

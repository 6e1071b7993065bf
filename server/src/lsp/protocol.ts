// Custom synoptic/* messages shared by the client and the server. The only protocol the two add to LSP.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { AttributionExport } from '../engine/features/exportAttribution';

/** Options the client passes in `initialize`. */
export interface InitializationOptions {
  /** Settings under `synoptic.*` at start, for clients that cannot answer workspace/configuration. */
  readonly settings?: unknown;
  /** A folder the server may write caches to; undefined when the client has none. */
  readonly storagePath?: string;
}

export interface ClassifyParams {
  readonly uri: string;
}

export interface ClassifyResult {
  /** True when the file is an article: a `.article` file, or a file a corpus includes. */
  readonly isArticle: boolean;
  /** The folder (URI) of the corpus that includes it, if any. */
  readonly corpusRoot?: string;
}

/** Asks whether a file is an article, so the client can open corpus `.txt` files with the article language. */
export const ClassifyRequest = new RequestType<ClassifyParams, ClassifyResult, void>('synoptic/classify');

/** Sent when corpus membership may have changed (scan finished, synoptic.json edited). */
export const CorpusChangedNotification = new NotificationType<{ readonly articleCount: number }>('synoptic/corpusChanged');

export interface ExportAttributionParams {
  /** The folder to export; every indexed article under it is included, named relative to it. */
  readonly folderUri: string;
}

/** Who said what in every article under a folder: the same JSON as `synoptic attribution <folder> --json`. */
export const ExportAttributionRequest = new RequestType<ExportAttributionParams, AttributionExport, void>('synoptic/exportAttribution');

export interface ParallelsParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}

/** One passage as the compare view shows it. */
export interface PassageText {
  readonly uri: string;
  readonly range: Range;
  /** The passage's text with markers removed. */
  readonly text: string;
  /** The source's label (outlet, else headline, else file name). */
  readonly label: string;
  /** Canonical speaker, or null for the outlet's own voice. */
  readonly speaker: string | null;
}

export interface ParallelsResult {
  readonly passage: PassageText;
  readonly parallels: readonly (PassageText & { readonly kind: string; readonly score: number })[];
}

/** The sentence at a position and its parallels, with texts: what Compare With Source shows. Null when there is no sentence there. */
export const ParallelsRequest = new RequestType<ParallelsParams, ParallelsResult | null, void>('synoptic/parallels');

// Fact-check review and synoptic table (client/src/review/). Spans arrive as LSP ranges.
// Imports stay with these messages (imports are hoisted) so that other features can add theirs at the top.
import type { Position as ReviewPosition, Range as ReviewRange } from 'vscode-languageserver-protocol';
import type { ReviewFilter, ReviewStatus } from '../engine/review/index';
import type { ReportFormat } from '../engine/review/reports';
import type { CellKind } from '../engine/review/table';

/** What the review shows; see `ReviewFilter` in server/src/engine/review/index.ts. `corpus` is the corpus folder's URI. */
export type ReviewFilterParams = ReviewFilter;

/** One source's passage of a statement. */
export interface ReviewPassageItem {
  readonly uri: string;
  /** The source's label (outlet, headline or file name). */
  readonly label: string;
  readonly range: ReviewRange;
  /** Where a new status marker goes: the end of the passage's sentence. */
  readonly markerPosition: ReviewPosition;
  readonly text: string;
  /** Canonical speaker, or null for the outlet's own voice. */
  readonly speaker: string | null;
  readonly quote: boolean;
  readonly claim: boolean;
  /** The verdict marker on the passage's sentence, if any: replace it rather than add a second one. */
  readonly verdict?: { readonly status: 'verified' | 'disputed'; readonly note?: string; readonly range: ReviewRange };
  readonly topics: readonly string[];
}

export interface ReviewStatementItem {
  readonly id: string;
  readonly speaker: string | null;
  readonly text: string;
  readonly status: ReviewStatus;
  readonly note?: string;
  readonly quote: boolean;
  readonly topics: readonly string[];
  readonly sourceCount: number;
  readonly passages: readonly ReviewPassageItem[];
}

export interface ReviewItemsResult {
  /** Speakers by name, the outlets' own voice (null) last. */
  readonly speakers: readonly { readonly speaker: string | null; readonly statements: readonly ReviewStatementItem[] }[];
  readonly counts: Readonly<Record<ReviewStatus, number>>;
  readonly total: number;
  /** Statements without a verdict (neither verified nor disputed). */
  readonly pending: number;
  readonly allSpeakers: readonly (string | null)[];
  readonly allTopics: readonly string[];
  /** The corpora of the workspace (folder URI and name), for the table's corpus picker. */
  readonly corpora: readonly { readonly uri: string; readonly label: string }[];
}

/** Every quote and claim of the workspace, grouped by speaker and statement, with review statuses. */
export const ReviewItemsRequest = new RequestType<{ readonly filter?: ReviewFilterParams }, ReviewItemsResult, void>('synoptic/reviewItems');

export interface ReviewReportParams {
  readonly filter?: ReviewFilterParams;
  readonly format: ReportFormat;
  /** `review` (default): statement, speaker, sources, status, notes; `table`: the synoptic table. */
  readonly kind?: 'review' | 'table';
}

/** The review (or the synoptic table) as Markdown or CSV. */
export const ReviewReportRequest = new RequestType<ReviewReportParams, { readonly text: string }, void>('synoptic/reviewReport');

export interface SynopticTableResult {
  readonly columns: readonly { readonly uri: string; readonly label: string }[];
  readonly rows: readonly {
    readonly id: string;
    readonly speaker: string | null;
    readonly text: string;
    readonly status: ReviewStatus;
    readonly note?: string;
    /** One cell per column. */
    readonly cells: readonly { readonly kind: CellKind; readonly passages: readonly ReviewPassageItem[] }[];
  }[];
}

/** Statements × sources: how each source reports each statement. */
export const SynopticTableRequest = new RequestType<{ readonly filter?: ReviewFilterParams }, SynopticTableResult, void>('synoptic/synopticTable');

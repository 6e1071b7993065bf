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

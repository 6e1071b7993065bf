// Custom synoptic/* messages shared by the client and the server. The only protocol the two add to LSP.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
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

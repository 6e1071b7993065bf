// Reads an article file from disk, refusing what is too large or not text, so the parser never sees garbage.
import * as fs from 'node:fs';

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** How much of a file is sniffed for NUL bytes. */
const SNIFF_LENGTH = 64 * 1024;
/** Above this share of U+FFFD after decoding, a file is not UTF-8 text. */
const MAX_REPLACEMENT_RATIO = 0.01;

/**
 * Synchronous on purpose: articles are small, and a scan of thousands of them runs several times faster
 * without a thread-pool round trip per call. Callers that read many files yield between them.
 */
export function readArticleFile(path: string, maxFileSize: number): ReadResult {
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxFileSize) {
      return { ok: false, reason: `${formatBytes(stat.size)}, over the synoptic.maxFileSize limit of ${formatBytes(maxFileSize)}` };
    }
    return decodeArticleBytes(fs.readFileSync(path));
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/** Decodes UTF-8 (a BOM stays in the text, as editors keep it); binary or mostly undecodable bytes are refused. */
export function decodeArticleBytes(bytes: Uint8Array): ReadResult {
  if (bytes.subarray(0, SNIFF_LENGTH).includes(0)) return { ok: false, reason: 'binary data, not text' };
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  let replacements = 0;
  for (let index = text.indexOf('\uFFFD'); index >= 0; index = text.indexOf('\uFFFD', index + 1)) replacements++;
  if (text.length > 0 && replacements / text.length > MAX_REPLACEMENT_RATIO) return { ok: false, reason: 'not UTF-8 text' };
  return { ok: true, text };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} B`;
}

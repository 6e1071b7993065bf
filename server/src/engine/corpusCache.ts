// The persisted form of one corpus: what each source contributed to the corpus-wide indexes (its
// speakers and markers, keyed by the source's content hash) and the corpus's parallel index. With it, a
// restart needs neither to parse nor to attribute a source whose text did not change.
// Nothing is trusted before the magic, versions, length and checksum match and every summary has the
// expected shape; the parallel index checks its own header and checksum.
//
// Layout (little-endian):
//   0  u32  magic "SYNC"
//   4  u32  format version
//   8  u32  analysis version (parser and attribution rules)
//  12  u32  summaries length in bytes (a multiple of 4)
//  16  u32  checksum of the summaries
//  20  summaries: UTF-8 JSON, padded with spaces to 4 bytes
//   …  the parallel index blob (see parallels/serialize.ts)
import type { NamedSpeaker } from './attribution/index';
import type { MarkerContribution } from './markerIndex';
import { checksum } from './parallels/serialize';

/** What one source contributes to the corpus-wide indexes, without its parse. */
export interface SourceSummary {
  readonly contentHash: string;
  readonly speakers: readonly NamedSpeaker[];
  readonly markers: MarkerContribution;
}

/**
 * Bump when the parser or the attribution rules change what a summary holds: caches written by other
 * versions are then rebuilt instead of trusted.
 */
export const ANALYSIS_VERSION = 1;

const MAGIC = 0x434e5953; // "SYNC" read as little-endian u32
const FORMAT_VERSION = 1;
const HEADER_BYTES = 20;

export function encodeCorpusCache(summaries: ReadonlyMap<string, SourceSummary>, parallels: Uint8Array): Uint8Array {
  const encoded = new TextEncoder().encode(JSON.stringify(Object.fromEntries(summaries)));
  const length = (encoded.length + 3) & ~3;
  const bytes = new Uint8Array(HEADER_BYTES + length + parallels.length);
  bytes.set(encoded, HEADER_BYTES);
  bytes.fill(0x20, HEADER_BYTES + encoded.length, HEADER_BYTES + length);
  bytes.set(parallels, HEADER_BYTES + length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, ANALYSIS_VERSION, true);
  view.setUint32(12, length, true);
  view.setUint32(16, checksum(bytes, HEADER_BYTES, length), true);
  return bytes;
}

export type DecodedCorpusCache =
  | { readonly ok: true; readonly summaries: Map<string, SourceSummary>; readonly parallels: Uint8Array }
  | { readonly ok: false; readonly problem: string };

export function decodeCorpusCache(data: Uint8Array): DecodedCorpusCache {
  // The checksum reads 32-bit words, so the data must sit at a 4-byte boundary.
  const bytes = data.byteOffset % 4 === 0 ? data : data.slice();
  if (bytes.length < HEADER_BYTES) return { ok: false, problem: 'truncated header' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== MAGIC) return { ok: false, problem: 'not a Synoptic corpus cache' };
  if (view.getUint32(4, true) !== FORMAT_VERSION) return { ok: false, problem: `cache format ${view.getUint32(4, true)}, expected ${FORMAT_VERSION}` };
  if (view.getUint32(8, true) !== ANALYSIS_VERSION) return { ok: false, problem: `analysis version ${view.getUint32(8, true)}, expected ${ANALYSIS_VERSION}` };
  const length = view.getUint32(12, true);
  if (length % 4 !== 0 || HEADER_BYTES + length > bytes.length) return { ok: false, problem: 'truncated summaries' };
  if (checksum(bytes, HEADER_BYTES, length) !== view.getUint32(16, true)) return { ok: false, problem: 'checksum mismatch (corrupt)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + length)));
  } catch {
    return { ok: false, problem: 'summaries are not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, problem: 'summaries are not an object' };
  const summaries = new Map<string, SourceSummary>();
  for (const [id, summary] of Object.entries(parsed)) {
    if (!isSummary(summary)) return { ok: false, problem: `malformed summary for ${id}` };
    summaries.set(id, summary);
  }
  return { ok: true, summaries, parallels: bytes.subarray(HEADER_BYTES + length) };
}

const SPEAKER_KINDS = new Set<string>(['person', 'organization', 'group', 'role'] satisfies NamedSpeaker['kind'][]);

function isSummary(value: unknown): value is SourceSummary {
  if (typeof value !== 'object' || value === null) return false;
  const summary = value as Record<string, unknown>;
  return typeof summary.contentHash === 'string' && Array.isArray(summary.speakers) && summary.speakers.every(isNamedSpeaker) && isMarkerContribution(summary.markers);
}

function isNamedSpeaker(value: unknown): value is NamedSpeaker {
  if (typeof value !== 'object' || value === null) return false;
  const speaker = value as Record<string, unknown>;
  return (
    typeof speaker.name === 'string' &&
    typeof speaker.kind === 'string' &&
    SPEAKER_KINDS.has(speaker.kind) &&
    isStringArray(speaker.forms) &&
    isStringArray(speaker.titles) &&
    Number.isInteger(speaker.passages)
  );
}

function isMarkerContribution(value: unknown): value is MarkerContribution {
  if (typeof value !== 'object' || value === null) return false;
  const contribution = value as Record<string, unknown>;
  const isEntries = (entries: unknown) =>
    Array.isArray(entries) &&
    entries.every((entry) => Array.isArray(entry) && entry.length === 3 && typeof entry[0] === 'string' && typeof entry[1] === 'string' && Number.isInteger(entry[2]));
  return isEntries(contribution.speaker) && isEntries(contribution.topic);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

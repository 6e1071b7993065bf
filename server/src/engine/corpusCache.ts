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
//  20  summaries: UTF-8 JSON (`Packed` below: every string once in a table, summaries as index tuples,
//      since a corpus repeats the same names in every source), padded with spaces to 4 bytes
//   …  the parallel index blob (see parallels/serialize.ts)
import type { NamedSpeaker } from './attribution/index';
import type { MarkerContribution } from './markerIndex';
import { checksum } from './parallels/serialize';

/** What one source contributes to the corpus-wide indexes, without its parse. */
export interface SourceSummary {
  readonly contentHash: string;
  /** The headline's text (labels name sources without parsing them), or null. */
  readonly headline: string | null;
  readonly speakers: readonly NamedSpeaker[];
  readonly markers: MarkerContribution;
}

/**
 * Bump when the parser or the attribution rules change what a summary holds: caches written by other
 * versions are then rebuilt instead of trusted. (The language server also keys its cache files by a hash
 * of its own code, so a development build never reads a cache of another build.)
 */
export const ANALYSIS_VERSION = 1;

const MAGIC = 0x434e5953; // "SYNC" read as little-endian u32
const FORMAT_VERSION = 3;
const HEADER_BYTES = 20;
const SPEAKER_KINDS = new Set<string>(['person', 'organization', 'group', 'role'] satisfies NamedSpeaker['kind'][]);

/** A speaker as indexes into the string table: name, kind, forms, titles, then the passage count. */
type PackedSpeaker = [number, number, number[], number[], number];
/** A marker contribution entry as key, name (string indexes) and passage count. */
type PackedMark = [number, number, number];
/** A source: id, content hash, headline (-1: none), speakers, speaker markers, topic markers (strings as table indexes). */
type PackedSource = [number, number, number, PackedSpeaker[], PackedMark[], PackedMark[]];

interface Packed {
  readonly strings: string[];
  readonly sources: PackedSource[];
}

function pack(summaries: ReadonlyMap<string, SourceSummary>): Packed {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (value: string) => {
    let index = indexOf.get(value);
    if (index === undefined) indexOf.set(value, (index = strings.push(value) - 1));
    return index;
  };
  const marks = (entries: MarkerContribution['speaker']): PackedMark[] => entries.map(([key, name, passages]) => [intern(key), intern(name), passages]);
  const sources = [...summaries].map(([id, summary]): PackedSource => [
    intern(id),
    intern(summary.contentHash),
    summary.headline === null ? -1 : intern(summary.headline),
    summary.speakers.map((speaker): PackedSpeaker => [intern(speaker.name), intern(speaker.kind), speaker.forms.map(intern), speaker.titles.map(intern), speaker.passages]),
    marks(summary.markers.speaker),
    marks(summary.markers.topic),
  ]);
  return { strings, sources };
}

/** The summaries of packed data, or why it is malformed; every index and kind is checked before use. */
function unpack(value: unknown): Map<string, SourceSummary> | string {
  if (typeof value !== 'object' || value === null) return 'summaries are not an object';
  const { strings, sources } = value as Partial<Packed>;
  if (!Array.isArray(strings) || !strings.every((item) => typeof item === 'string')) return 'malformed string table';
  if (!Array.isArray(sources)) return 'malformed source list';
  const isIndex = (index: unknown): index is number => Number.isInteger(index) && (index as number) >= 0 && (index as number) < strings.length;
  const isCount = (count: unknown): count is number => Number.isInteger(count) && (count as number) >= 0;
  const isMark = (mark: unknown): mark is PackedMark => Array.isArray(mark) && mark.length === 3 && isIndex(mark[0]) && isIndex(mark[1]) && isCount(mark[2]);
  const isSpeaker = (speaker: unknown): speaker is PackedSpeaker =>
    Array.isArray(speaker) &&
    speaker.length === 5 &&
    isIndex(speaker[0]) &&
    isIndex(speaker[1]) &&
    SPEAKER_KINDS.has(strings[speaker[1]]) &&
    Array.isArray(speaker[2]) &&
    speaker[2].every(isIndex) &&
    Array.isArray(speaker[3]) &&
    speaker[3].every(isIndex) &&
    isCount(speaker[4]);
  const summaries = new Map<string, SourceSummary>();
  for (const source of sources as unknown[]) {
    if (!Array.isArray(source) || source.length !== 6 || !isIndex(source[0]) || !isIndex(source[1]) || !(source[2] === -1 || isIndex(source[2]))) return 'malformed summary';
    const [id, contentHash, headline, speakers, speakerMarks, topicMarks] = source as PackedSource;
    if (!Array.isArray(speakers) || !speakers.every(isSpeaker) || !Array.isArray(speakerMarks) || !speakerMarks.every(isMark) || !Array.isArray(topicMarks) || !topicMarks.every(isMark)) {
      return `malformed summary for ${strings[id]}`;
    }
    const toMarks = (marks: PackedMark[]) => marks.map(([key, name, passages]) => [strings[key], strings[name], passages] as const);
    summaries.set(strings[id], {
      contentHash: strings[contentHash],
      headline: headline === -1 ? null : strings[headline],
      speakers: speakers.map(([name, kind, forms, titles, passages]) => ({
        name: strings[name],
        kind: strings[kind] as NamedSpeaker['kind'],
        forms: forms.map((form) => strings[form]),
        titles: titles.map((title) => strings[title]),
        passages,
      })),
      markers: { speaker: toMarks(speakerMarks), topic: toMarks(topicMarks) },
    });
  }
  return summaries;
}

export function encodeCorpusCache(summaries: ReadonlyMap<string, SourceSummary>, parallels: Uint8Array): Uint8Array {
  const encoded = new TextEncoder().encode(JSON.stringify(pack(summaries)));
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
  const summaries = unpack(parsed);
  if (typeof summaries === 'string') return { ok: false, problem: summaries };
  return { ok: true, summaries, parallels: bytes.subarray(HEADER_BYTES + length) };
}

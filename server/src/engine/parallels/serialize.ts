// The persisted form of a parallel index: a fixed header, then sections. Nothing in the data is
// trusted before the header's magic, versions, length and checksum match; the index then checks the
// decoded state's internal consistency before using it.
//
// Layout (little-endian):
//   0  u32  magic "SYNP"
//   4  u32  format version
//   8  u32  engine version (tokenizer and scorer)
//  12  u32  payload length in bytes (a multiple of 4)
//  16  u32  checksum of the payload
//  20  u32  reserved (0)
//  24  payload: sections, each a u32 byte length, the bytes, then padding to 4 bytes.
//      Section 0 is UTF-8 JSON (terms, speakers, sources); the rest are typed arrays in a fixed order.

/** The decoded state of an index: what `ParallelIndex` exports and imports. */
export interface IndexState {
  readonly terms: readonly string[];
  readonly speakers: readonly string[];
  readonly sources: {
    readonly id: string;
    readonly slot: number;
    readonly firstPassage: number;
    readonly passageCount: number;
    readonly contentHash: string;
    readonly passageOfSentence: readonly number[];
  }[];
  readonly passageSource: Int32Array;
  readonly passageSentence: Int32Array;
  readonly passageStart: Int32Array;
  readonly passageEnd: Int32Array;
  readonly passageParagraph: Int32Array;
  readonly passageTokenStart: Int32Array;
  readonly passageSpeaker: Int32Array;
  readonly tokenTerm: Int32Array;
  readonly tokenFlags: Uint16Array;
  readonly tokenOffset: Uint16Array;
  readonly tokenLength: Uint8Array;
}

const MAGIC = 0x504e5953; // "SYNP" read as little-endian u32
const FORMAT_VERSION = 1;
const HEADER_BYTES = 24;

type ArrayKey = Exclude<keyof IndexState, 'terms' | 'speakers' | 'sources'>;
const ARRAY_SECTIONS: readonly { key: ArrayKey; kind: 'i32' | 'u16' | 'u8' }[] = [
  { key: 'passageSource', kind: 'i32' },
  { key: 'passageSentence', kind: 'i32' },
  { key: 'passageStart', kind: 'i32' },
  { key: 'passageEnd', kind: 'i32' },
  { key: 'passageParagraph', kind: 'i32' },
  { key: 'passageTokenStart', kind: 'i32' },
  { key: 'passageSpeaker', kind: 'i32' },
  { key: 'tokenTerm', kind: 'i32' },
  { key: 'tokenFlags', kind: 'u16' },
  { key: 'tokenOffset', kind: 'u16' },
  { key: 'tokenLength', kind: 'u8' },
];

function padded(length: number): number {
  return (length + 3) & ~3;
}

/** Encodes `state` with a header for `engineVersion`. */
export function encodeIndexState(state: IndexState, engineVersion: number): Uint8Array {
  const json = new TextEncoder().encode(
    JSON.stringify({ terms: state.terms, speakers: state.speakers, sources: state.sources }),
  );
  const sections: Uint8Array[] = [json];
  for (const section of ARRAY_SECTIONS) {
    const array = state[section.key];
    sections.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  let payloadLength = 0;
  for (const section of sections) payloadLength += 4 + padded(section.byteLength);
  const bytes = new Uint8Array(HEADER_BYTES + payloadLength);
  const view = new DataView(bytes.buffer);
  let offset = HEADER_BYTES;
  for (const section of sections) {
    view.setUint32(offset, section.byteLength, true);
    bytes.set(section, offset + 4);
    offset += 4 + padded(section.byteLength);
  }
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, engineVersion, true);
  view.setUint32(12, payloadLength, true);
  view.setUint32(16, checksum(bytes, HEADER_BYTES, payloadLength), true);
  view.setUint32(20, 0, true);
  return bytes;
}

/** Decodes bytes from `encodeIndexState`, or says why they cannot be trusted. Never throws. */
export function decodeIndexState(
  data: Uint8Array,
  engineVersion: number,
): { readonly ok: true; readonly state: IndexState } | { readonly ok: false; readonly problem: string } {
  try {
    if (!(data instanceof Uint8Array) || data.byteLength < HEADER_BYTES) return { ok: false, problem: 'too short for a header' };
    // Copy once so every section is aligned for typed-array views: a Node Buffer may sit at any offset of
    // a shared pool, and Buffer#slice is a view, not a copy, so the typed-array constructor copies instead.
    const bytes = data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) return { ok: false, problem: 'not a Synoptic parallel index (bad magic)' };
    if (view.getUint32(4, true) !== FORMAT_VERSION) return { ok: false, problem: 'another format version' };
    if (view.getUint32(8, true) !== engineVersion) return { ok: false, problem: 'another engine version (stale)' };
    const payloadLength = view.getUint32(12, true);
    if (payloadLength % 4 !== 0 || HEADER_BYTES + payloadLength !== bytes.byteLength) return { ok: false, problem: 'length mismatch (truncated?)' };
    if (checksum(bytes, HEADER_BYTES, payloadLength) !== view.getUint32(16, true)) return { ok: false, problem: 'checksum mismatch (corrupt)' };
    let offset = HEADER_BYTES;
    const readSection = (): Uint8Array => {
      if (offset + 4 > bytes.byteLength) throw new Error('section header past the end');
      const length = view.getUint32(offset, true);
      const start = offset + 4;
      if (start + length > bytes.byteLength) throw new Error('section past the end');
      offset = start + padded(length);
      return bytes.subarray(start, start + length);
    };
    const meta = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readSection())) as unknown;
    if (!isMeta(meta)) return { ok: false, problem: 'malformed metadata section' };
    const arrays: Partial<Record<ArrayKey, Int32Array | Uint16Array | Uint8Array>> = {};
    for (const section of ARRAY_SECTIONS) {
      const raw = readSection();
      const copy = new Uint8Array(raw);
      if (section.kind === 'i32') {
        if (copy.byteLength % 4 !== 0) return { ok: false, problem: `bad length of ${section.key}` };
        arrays[section.key] = new Int32Array(copy.buffer, 0, copy.byteLength / 4);
      } else if (section.kind === 'u16') {
        if (copy.byteLength % 2 !== 0) return { ok: false, problem: `bad length of ${section.key}` };
        arrays[section.key] = new Uint16Array(copy.buffer, 0, copy.byteLength / 2);
      } else {
        arrays[section.key] = copy;
      }
    }
    if (offset !== bytes.byteLength) return { ok: false, problem: 'trailing bytes' };
    return { ok: true, state: { ...meta, ...(arrays as Pick<IndexState, ArrayKey>) } };
  } catch (error) {
    return { ok: false, problem: `unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function isMeta(value: unknown): value is Pick<IndexState, 'terms' | 'speakers' | 'sources'> {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Record<string, unknown>;
  if (!Array.isArray(meta.terms) || !meta.terms.every((term) => typeof term === 'string')) return false;
  if (!Array.isArray(meta.speakers) || !meta.speakers.every((name) => typeof name === 'string')) return false;
  if (!Array.isArray(meta.sources)) return false;
  return meta.sources.every((source: unknown) => {
    if (typeof source !== 'object' || source === null) return false;
    const entry = source as Record<string, unknown>;
    return (
      typeof entry.id === 'string' &&
      Number.isInteger(entry.slot) &&
      Number.isInteger(entry.firstPassage) &&
      Number.isInteger(entry.passageCount) &&
      typeof entry.contentHash === 'string' &&
      Array.isArray(entry.passageOfSentence) &&
      entry.passageOfSentence.every((passage: unknown) => Number.isInteger(passage))
    );
  });
}

/**
 * A 32-bit checksum of `length` bytes from `offset` (a multiple of 4, 4-aligned): words mixed with
 * multiply-rotate steps, so any flipped bit or swapped word changes it. Not cryptographic: it guards
 * against corruption, not tampering.
 */
export function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + offset, length / 4);
  let hash = 0x9747b28c ^ length;
  for (let index = 0; index < words.length; index++) {
    let word = Math.imul(words[index], 0xcc9e2d51);
    word = (word << 15) | (word >>> 17);
    word = Math.imul(word, 0x1b873593);
    hash ^= word;
    hash = (hash << 13) | (hash >>> 19);
    hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

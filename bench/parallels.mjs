#!/usr/bin/env node
// Benchmark of the parallel-passage index on a synthetic corpus grown from the fixture articles.
//
// Each synthetic *event* takes one fixture corpus (test-fixtures/corpus-a or corpus-b), renames its
// proper nouns to invented words (so events do not collide, as separate real events would not),
// and writes SOURCES_PER_EVENT articles from its articles with seeded paraphrase-like mutations:
// synonym swaps, attribution moved to the front, clause swaps, deleted sentences, inserted junk
// lines, shuffled paragraphs. Everything is reproducible from the seed.
//
// Per size (1k, 10k and 100k articles; each in its own child process so peak RSS is per size):
//   floor        read + tokenise every article (lowercase word regex), the cost any indexer pays
//   parse        parseArticle (reported, not part of the index time)
//   cold index   ParallelIndex.update over all parsed articles (streamed: articles are dropped after indexing)
//   serialize / deserialize (warm start), blob size
//   parallelsOf  p50 / p95 over random passages (memo cold)
//   re-index     update() of one source with a new version, p50 / p95
//   peak RSS     process.resourceUsage().maxRSS
// JSON on stdout, a table on stderr.
//
// Usage: node bench/parallels.mjs [--sizes 1000,10000,100000] [--no-100k] [--seed 7]
//        npm run bench:parallels
// From another script: `import { benchParallels } from './parallels.mjs'` returns the same report
// (and prints the table on stderr).
// Needs the compiled engine: npx tsc -p .  (the npm scripts do it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SOURCES_PER_EVENT = 8;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const seed = Number(option('seed', '7'));

/** Runs every size in a child process; returns the report and prints a table on stderr. */
export function benchParallels({ sizes = [1000, 10000, 100000], seed: seedValue = seed } = {}) {
  const results = [];
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', '--size', String(size), '--seed', String(seedValue)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) {
      process.stderr.write(`size ${size} failed:\n${child.stderr}\n`);
      results.push({ size, error: child.stderr.slice(-2000) });
      continue;
    }
    results.push(JSON.parse(child.stdout));
  }
  const report = { name: 'parallels', seed: seedValue, sourcesPerEvent: SOURCES_PER_EVENT, node: process.version, results };
  const rows = [
    ['articles', (r) => r.size],
    ['passages', (r) => r.passages],
    ['floor (read+tokenise) ms', (r) => r.floorMs],
    ['parse ms (not in index)', (r) => r.parseMs],
    ['cold index ms', (r) => r.coldIndexMs],
    ['cold index / floor', (r) => (r.coldIndexMs / r.floorMs).toFixed(2)],
    ['serialize ms', (r) => r.serializeMs],
    ['deserialize (warm) ms', (r) => r.deserializeMs],
    ['blob MB', (r) => r.blobMB],
    ['parallelsOf p50 ms', (r) => r.parallelsP50Ms],
    ['parallelsOf p95 ms', (r) => r.parallelsP95Ms],
    ['re-index 1 source p50 ms', (r) => r.reindexP50Ms],
    ['re-index 1 source p95 ms', (r) => r.reindexP95Ms],
    ['index typed arrays MB', (r) => r.typedArrayMB],
    ['peak RSS MB', (r) => r.peakRssMB],
  ];
  const ok = results.filter((result) => !result.error);
  const lines = [`parallel index benchmark (seed ${seedValue}, ${SOURCES_PER_EVENT} sources per event)`];
  for (const [label, get] of rows) lines.push(`${label.padEnd(28)}${ok.map((result) => String(get(result)).padStart(12)).join('')}`);
  process.stderr.write(`${lines.join('\n')}\n`);
  return report;
}

function runParent() {
  let sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
  if (args.includes('--no-100k')) sizes = sizes.filter((size) => size < 100000);
  const report = benchParallels({ sizes, seed });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

// ---- The child: one size ----

function runChild(size) {
  const { parseArticle } = require(path.join(ROOT, 'out/server/src/engine/article.js'));
  const { ParallelIndex } = require(path.join(ROOT, 'out/server/src/engine/parallels/index.js'));
  const bases = loadBases();
  const generator = (index) => generateArticle(bases, index, seed, 0);

  const index = new ParallelIndex();
  let floorMs = 0;
  let parseMs = 0;
  let coldIndexMs = 0;
  let words = 0;
  for (let article = 0; article < size; article++) {
    const text = generator(article);
    let started = performance.now();
    words += floorTokenise(text);
    floorMs += performance.now() - started;
    started = performance.now();
    const parsed = parseArticle(text);
    parseMs += performance.now() - started;
    started = performance.now();
    index.update(`s${article}`, parsed);
    coldIndexMs += performance.now() - started;
  }
  const stats = index.stats();

  let started = performance.now();
  const blob = index.serialize();
  const serializeMs = performance.now() - started;
  started = performance.now();
  const restored = ParallelIndex.deserialize(blob);
  const deserializeMs = performance.now() - started;
  if (!restored.ok) throw new Error(`deserialize failed: ${restored.problem}`);

  // Queries on the restored (warm-started) index, memo cold: distinct random passages.
  const random = mulberry32(seed + 1);
  const queryTimes = [];
  for (let query = 0; query < 1000; query++) {
    const source = `s${Math.floor(random() * size)}`;
    const sentence = Math.floor(random() * 12);
    const queryStarted = performance.now();
    restored.index.parallelsOf(source, sentence);
    queryTimes.push(performance.now() - queryStarted);
  }

  // Re-index one source with a new version (an edit), then ask for one of its passages' parallels.
  const reindexTimes = [];
  for (let edit = 0; edit < 50; edit++) {
    const article = Math.floor(random() * size);
    const parsed = parseArticle(generateArticle(bases, article, seed, edit + 1));
    const editStarted = performance.now();
    restored.index.update(`s${article}`, parsed);
    reindexTimes.push(performance.now() - editStarted);
  }

  const round = (value) => Math.round(value * 100) / 100;
  const result = {
    size,
    passages: stats.livePassages,
    words,
    terms: stats.terms,
    floorMs: Math.round(floorMs),
    parseMs: Math.round(parseMs),
    coldIndexMs: Math.round(coldIndexMs),
    serializeMs: Math.round(serializeMs),
    deserializeMs: Math.round(deserializeMs),
    blobMB: round(blob.byteLength / 1e6),
    parallelsP50Ms: round(percentile(queryTimes, 0.5)),
    parallelsP95Ms: round(percentile(queryTimes, 0.95)),
    reindexP50Ms: round(percentile(reindexTimes, 0.5)),
    reindexP95Ms: round(percentile(reindexTimes, 0.95)),
    typedArrayMB: round(stats.typedArrayBytes / 1e6),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(result));
}

function percentile(values, fraction) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** The floor: what reading the text into words costs at least. */
function floorTokenise(text) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words === null ? 0 : words.length;
}

// ---- Synthetic articles ----

function mulberry32(state) {
  let value = state >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let mixed = value;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixture corpora: their article texts and proper-noun candidates. */
export function loadBases() {
  return ['corpus-a', 'corpus-b'].map((name) => {
    const directory = path.join(ROOT, 'test-fixtures', name);
    const texts = fs
      .readdirSync(directory)
      .filter((file) => /\.(txt|article)$/.test(file))
      .sort()
      .map((file) => fs.readFileSync(path.join(directory, file), 'utf8'));
    // Capitalised words seen mid-sentence are taken for names (renamed per event).
    const names = new Set();
    for (const text of texts) {
      for (const match of text.matchAll(/(?<=[a-z,] )([A-Z][a-z]{2,})/g)) names.add(match[1]);
    }
    return { texts, names: [...names] };
  });
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tas', 'dor', 'el', 'ra', 'shi', 'gun', 'bel', 'os', 'tri', 'ma', 'zu', 'pen', 'ar', 'vo'];
const SYNONYMS = [
  ['said', 'stated'], ['will', 'would'], ['agreed', 'decided'], ['told', 'informed'], ['proposed', 'suggested'],
  ['supports', 'backs'], ['increase', 'rise'], ['hire', 'recruit'], ['big', 'large'], ['talks', 'negotiations'],
  ['quickly', 'rapidly'], ['deal', 'agreement'], ['begin', 'start'], ['ended', 'finished'], ['help', 'assist'],
];
const JUNK = ['Share this: Facebook Twitter Email', 'Photo: Staff photographer', '!-- Google tag (gtag.js) -->', 'Read more: related coverage', ' date 2026-03-11 0 SHARES Share Tweet'];

/** Article `index` of the synthetic corpus, in version `version` (0 for the cold index, then edits). */
export function generateArticle(bases, index, seedValue, version) {
  const event = Math.floor(index / SOURCES_PER_EVENT);
  const eventRandom = mulberry32(seedValue * 1000003 + event);
  const base = bases[event % bases.length];
  const rename = new Map();
  for (const name of base.names) {
    let word = '';
    const syllables = 2 + Math.floor(eventRandom() * 2);
    for (let syllable = 0; syllable < syllables; syllable++) word += SYLLABLES[Math.floor(eventRandom() * SYLLABLES.length)];
    rename.set(name, word.charAt(0).toUpperCase() + word.slice(1));
  }
  const random = mulberry32(seedValue * 7919 + index * 31 + version * 104729);
  let text = base.texts[Math.floor(random() * base.texts.length)];
  text = text.replace(/\b[A-Z][a-z]{2,}\b/g, (word) => rename.get(word) ?? word);
  const lines = text.split('\n');
  const out = [];
  for (const line of lines) {
    if (line.length < 80) {
      out.push(line);
      continue;
    }
    const sentences = line.split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"‘])/);
    const kept = [];
    for (let sentence of sentences) {
      const roll = random();
      if (roll < 0.06) continue;
      if (roll < 0.36) {
        for (const [from, to] of SYNONYMS) {
          if (random() < 0.5) sentence = sentence.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
        }
      } else if (roll < 0.5) {
        const match = /^(.+), ((?:he|she|they|[A-Z][a-z]+) (?:said|added|noted|stated))\.$/.exec(sentence);
        if (match) sentence = `${match[2].charAt(0).toUpperCase()}${match[2].slice(1)} that ${match[1].charAt(0).toLowerCase()}${match[1].slice(1)}.`;
      } else if (roll < 0.6) {
        const parts = sentence.replace(/\.$/, '').split(', ');
        if (parts.length === 2) sentence = `${parts[1].charAt(0).toUpperCase()}${parts[1].slice(1)}, ${parts[0].charAt(0).toLowerCase()}${parts[0].slice(1)}.`;
      }
      kept.push(sentence);
    }
    out.push(kept.join(' '));
    if (random() < 0.08) out.push('', JUNK[Math.floor(random() * JUNK.length)]);
  }
  // Shuffle two body paragraphs now and then.
  if (random() < 0.3) {
    const bodies = out.map((line, position) => (line.length >= 80 ? position : -1)).filter((position) => position >= 0);
    if (bodies.length >= 2) {
      const first = bodies[Math.floor(random() * bodies.length)];
      const second = bodies[Math.floor(random() * bodies.length)];
      [out[first], out[second]] = [out[second], out[first]];
    }
  }
  return out.join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly && args.includes('--child')) {
  runChild(Number(option('size', '1000')));
} else if (invokedDirectly) {
  runParent();
}

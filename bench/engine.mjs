// Benchmark: the whole engine pipeline as the language server runs it (parse -> attribute -> index), on the
// synthetic corpus of bench/parallels.mjs: cold start, warm start from a persisted parallel index, hover and
// references latency, edit -> diagnostics latency for a 2,000-word article, and peak RSS.
// Usage: node bench/engine.mjs [--sizes 1000,10000]      (each size runs in its own process)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, summarize } from './common.mjs';
import { generateArticle, loadBases } from './parallels.mjs';

const require = createRequire(import.meta.url);
const SEED = 7;

export function benchEngine({ sizes = [1000, 10000] } = {}) {
  const results = sizes.map((size) => {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', fileURLToPath(import.meta.url), '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return child.status === 0 ? JSON.parse(child.stdout) : { size, error: child.stderr.slice(-2000) };
  });
  return { name: 'engine', note: 'full pipeline: parse + attribute + parallel index; hover = marker/passage hover + parallels', results };
}

function runChild(size) {
  const { createEngine } = require(path.join(ROOT, 'out/server/src/engine/index.js'));
  const { hoverAt } = require(path.join(ROOT, 'out/server/src/engine/features/hover.js'));
  const { parallelsAt } = require(path.join(ROOT, 'out/server/src/engine/features/parallelPassages.js'));
  const { computeDiagnostics } = require(path.join(ROOT, 'out/server/src/engine/diagnostics/index.js'));
  const { createHash } = require('node:crypto');
  const bases = loadBases();
  const texts = Array.from({ length: size }, (_, index) => generateArticle(bases, index, SEED, 0));
  const hashes = texts.map((text) => createHash('sha1').update(text).digest('hex'));
  const info = (index) => ({ fileName: `s${index}.txt`, corpus: '/corpus', contentHash: hashes[index] });

  // The cold engine lives only in this function, so the warm one below is measured without it.
  const coldStart = () => {
    const started = performance.now();
    const engine = createEngine();
    texts.forEach((text, index) => engine.setSource(`s${index}`, text, info(index)));
    return { coldMs: performance.now() - started, saved: engine.saveParallels()[0] };
  };
  const { coldMs, saved } = coldStart();
  global.gc?.();

  let started = performance.now();
  const warm = createEngine();
  const loaded = warm.loadParallels(saved.corpus, saved.data);
  if (!loaded.ok) throw new Error(loaded.problem);
  texts.forEach((text, index) => warm.setSource(`s${index}`, text, info(index)));
  const warmMs = performance.now() - started;
  global.gc?.();
  const liveHeapMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);

  // Hover and references on random sentences of the warm engine (memo cold for each new passage).
  let state = 12345;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const hoverTimes = [];
  const referenceTimes = [];
  for (let query = 0; query < 500; query++) {
    const source = warm.getSource(`s${Math.floor(random() * size)}`);
    const sentence = source.article.sentences[Math.floor(random() * source.article.sentences.length)];
    if (!sentence) continue;
    const offset = sentence.start + 1;
    let queryStarted = performance.now();
    parallelsAt(warm, source, offset);
    referenceTimes.push(performance.now() - queryStarted);
    queryStarted = performance.now();
    hoverAt(warm, source, offset);
    parallelsAt(warm, source, offset);
    hoverTimes.push(performance.now() - queryStarted);
  }

  // Edit -> diagnostics on a ~2,000-word article: re-parse, re-attribute, re-index, all diagnostic checks.
  let long = '';
  for (let index = 0; long.split(/\s+/).length < 2000; index++) long += `${texts[index % texts.length]}\n\n`;
  const words = long.split(/\s+/).length;
  // Once with the article's own checks only (parse, attribution, markers), once with every default check,
  // which adds the cross-source ones (quote-mismatch, attribution-conflict: parallels of each sentence).
  const ownChecksOnly = { 'quote-mismatch': 'off', 'attribution-conflict': 'off', 'single-source': 'off' };
  const timeEdits = (settings) => {
    const times = [];
    for (let edit = 0; edit < 30; edit++) {
      const edited = long.replace('.', edit % 2 ? ' indeed.' : '.');
      const editStarted = performance.now();
      const source = warm.setSource('long', edited, { fileName: 'long.txt', corpus: '/corpus' });
      computeDiagnostics(source, warm, settings);
      times.push(performance.now() - editStarted);
    }
    return times;
  };
  const ownEditTimes = timeEdits(ownChecksOnly);
  const editTimes = timeEdits(undefined);
  const round = (value) => Math.round(value);
  process.stdout.write(
    JSON.stringify({
      size,
      coldMs: round(coldMs),
      warmMs: round(warmMs),
      hoverMs: summarize(hoverTimes),
      referencesMs: summarize(referenceTimes),
      editOwnDiagnosticsMs: { ...summarize(ownEditTimes), words },
      editDiagnosticsMs: { ...summarize(editTimes), words },
      liveHeapMB,
      peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly && process.argv[2] === '--child') runChild(Number(process.argv[3]));
else if (invokedDirectly) {
  const sizesIndex = process.argv.indexOf('--sizes');
  const sizes = sizesIndex > 0 ? process.argv[sizesIndex + 1].split(',').map(Number) : undefined;
  console.log(JSON.stringify(benchEngine(sizes ? { sizes } : {}), null, 2));
}

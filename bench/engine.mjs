// Benchmark: the whole engine pipeline as the language server runs it (parse -> attribute -> index), on the
// synthetic corpus of bench/parallels.mjs: cold start, then warm start from the corpus cache the cold start
// wrote (each in its own process, so each peak RSS is its own), hover and references latency on the warm
// engine, edit -> diagnostics latency for a 2,000-word article, live heap and peak RSS.
// Usage: node bench/engine.mjs [--sizes 1000,10000]      (each size runs in its own processes)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, summarize } from './common.mjs';
import { generateArticle, loadBases } from './parallels.mjs';

const require = createRequire(import.meta.url);
const SEED = 7;

export function benchEngine({ sizes = [1000, 10000] } = {}) {
  const results = sizes.map((size) => {
    // Cold and warm start run in separate processes, so each peak RSS is that start's own.
    const cacheFile = path.join(os.tmpdir(), `synoptic-bench-cache-${process.pid}-${size}.bin`);
    try {
      const cold = runPhase('cold', size, cacheFile);
      if (cold.error) return { size, ...cold };
      const warm = runPhase('warm', size, cacheFile);
      return { size, coldMs: cold.coldMs, coldPeakRssMB: cold.peakRssMB, ...warm };
    } finally {
      fs.rmSync(cacheFile, { force: true });
    }
  });
  return { name: 'engine', note: 'full pipeline: parse + attribute + parallel index; warm = from the corpus cache; hover = marker/passage hover + parallels', results };
}

function runPhase(phase, size, cacheFile) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', fileURLToPath(import.meta.url), '--child', phase, String(size), cacheFile], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return child.status === 0 ? JSON.parse(child.stdout) : { error: child.stderr.slice(-2000) };
}

function runChild(phase, size, cacheFile) {
  const { createEngine } = require(path.join(ROOT, 'out/server/src/engine/index.js'));
  const { hoverAt } = require(path.join(ROOT, 'out/server/src/engine/features/hover.js'));
  const { parallelsAt } = require(path.join(ROOT, 'out/server/src/engine/features/parallelPassages.js'));
  const { computeDiagnostics } = require(path.join(ROOT, 'out/server/src/engine/diagnostics/index.js'));
  const { createHash } = require('node:crypto');
  const bases = loadBases();
  const texts = Array.from({ length: size }, (_, index) => generateArticle(bases, index, SEED, 0));
  const hashes = texts.map((text) => createHash('sha1').update(text).digest('hex'));
  const info = (index) => ({ fileName: `s${index}.txt`, corpus: '/corpus', contentHash: hashes[index] });
  const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

  if (phase === 'cold') {
    const started = performance.now();
    const engine = createEngine();
    texts.forEach((text, index) => engine.setSource(`s${index}`, text, info(index)));
    const coldMs = Math.round(performance.now() - started);
    fs.writeFileSync(cacheFile, engine.saveCache()[0].data);
    process.stdout.write(JSON.stringify({ coldMs, peakRssMB: peakRssMB() }));
    return;
  }

  // Warm start as the language server does it: read the cache file, load it, set every text.
  let started = performance.now();
  const warm = createEngine();
  const loaded = warm.loadCache('/corpus', fs.readFileSync(cacheFile));
  if (!loaded.ok) throw new Error(loaded.problem);
  texts.forEach((text, index) => warm.setSource(`s${index}`, text, info(index)));
  warm.pruneCache();
  const warmMs = performance.now() - started;
  global.gc?.();
  const liveHeapMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  const warmPeakRssMB = peakRssMB();

  // Hover and references on random sentences of the warm engine. The hovered article is open in the editor, so
  // its analysis is warm (computing its diagnostics made it); the other sources are parsed on first use, and the
  // parallel memo is cold for each new passage.
  let state = 12345;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const hoverTimes = [];
  const referenceTimes = [];
  for (let query = 0; query < 500; query++) {
    const source = warm.getSource(`s${Math.floor(random() * size)}`);
    void source.attribution;
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
      warmMs: round(warmMs),
      warmPeakRssMB,
      hoverMs: summarize(hoverTimes),
      referencesMs: summarize(referenceTimes),
      editOwnDiagnosticsMs: { ...summarize(ownEditTimes), words },
      editDiagnosticsMs: { ...summarize(editTimes), words },
      liveHeapMB,
      peakRssMB: peakRssMB(),
    }),
  );
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly && process.argv[2] === '--child') runChild(process.argv[3], Number(process.argv[4]), process.argv[5]);
else if (invokedDirectly) {
  const sizesIndex = process.argv.indexOf('--sizes');
  const sizes = sizesIndex > 0 ? process.argv[sizesIndex + 1].split(',').map(Number) : undefined;
  console.log(JSON.stringify(benchEngine(sizes ? { sizes } : {}), null, 2));
}

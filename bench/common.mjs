// Shared helpers for the benchmarks: fixture texts, timing statistics, and the compiled engine.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Requires a module compiled by `npm run compile-tests` (tsc into out/). */
export const requireCompiled = (relativePath) => createRequire(import.meta.url)(path.join(ROOT, 'out', relativePath));

/** Every article text under test-fixtures/corpus-*, sorted by path, for reproducible inputs. */
export function fixtureArticles() {
  const texts = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(txt|article)$/.test(name) && !full.includes(`${path.sep}notes${path.sep}`)) texts.push(readFileSync(full, 'utf8'));
    }
  };
  for (const name of readdirSync(path.join(ROOT, 'test-fixtures')).sort()) {
    if (name.startsWith('corpus-')) walk(path.join(ROOT, 'test-fixtures', name));
  }
  return texts;
}

/** Runs fn `iterations` times after `warmup` runs; returns milliseconds per run at p50/p95/max. */
export function measure(fn, { iterations = 30, warmup = 3 } = {}) {
  for (let index = 0; index < warmup; index++) fn();
  const times = [];
  for (let index = 0; index < iterations; index++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(times);
}

export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]), runs: sorted.length };
}

export const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

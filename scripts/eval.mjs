#!/usr/bin/env node
// Runs the compiled evaluations (out/server/src/eval/*Eval.js) and passes the arguments on.
// Usage: npm run eval [-- --json] [-- --errors] [-- --only attribution]
//   --json     one JSON object keyed by evaluation name (attribution, parallels, …);
//   --errors   the attribution evaluation lists its tune-split misses (never the held-out ones);
//   --only X   runs only the evaluation whose file starts with X.
// `npm run eval` compiles first (tsc -p .).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.join(root, 'out', 'server', 'src', 'eval');
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const passed = onlyIndex >= 0 ? args.filter((_, index) => index !== onlyIndex && index !== onlyIndex + 1) : args;
if (!fs.existsSync(evalDir)) {
  console.error(`no compiled evaluations in ${evalDir}; run \`npx tsc -p .\` first`);
  process.exit(2);
}
const evals = fs
  .readdirSync(evalDir)
  .filter((name) => name.endsWith('Eval.js') && (!only || name.startsWith(only)))
  .sort();
let failed = 0;
const results = {};
for (const name of evals) {
  const key = name.replace(/Eval\.js$/, '');
  if (!json) console.log(`=== ${key} ===`);
  const result = spawnSync(process.execPath, [path.join(evalDir, name), ...passed], { stdio: json ? ['ignore', 'pipe', 'inherit'] : 'inherit', cwd: root, encoding: 'utf8' });
  if (result.status !== 0) failed++;
  if (json) {
    try {
      results[key] = JSON.parse(result.stdout);
    } catch {
      results[key] = { error: 'output was not JSON', output: result.stdout };
      failed++;
    }
  }
}
if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
process.exit(failed ? 1 : 0);

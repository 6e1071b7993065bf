#!/usr/bin/env node
// Runs the compiled evaluations (out/server/src/eval/*Eval.js) and passes the arguments on.
// Usage: npm run eval [-- --json] [-- --errors]    (compile first: `npx tsc -p .`; `npm run eval` does it)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.join(root, 'out', 'server', 'src', 'eval');
if (!fs.existsSync(evalDir)) {
  console.error(`no compiled evaluations in ${evalDir}; run \`npx tsc -p .\` first`);
  process.exit(2);
}
const evals = fs.readdirSync(evalDir).filter((name) => name.endsWith('Eval.js')).sort();
let failed = 0;
for (const name of evals) {
  if (!process.argv.includes('--json')) console.log(`=== ${name.replace(/\.js$/, '')} ===`);
  const result = spawnSync(process.execPath, [path.join(evalDir, name), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

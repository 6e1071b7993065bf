// `npm run bench`: runs every benchmark, prints JSON on stdout and a table on stderr.
import os from 'node:os';
import { benchEngine } from './engine.mjs';
import { benchParallels } from './parallels.mjs';
import { benchParse } from './parse.mjs';
import { benchStartup } from './startup.mjs';

// `npm run bench -- --quick` skips the 100k-article parallel index (about a minute) for a faster run.
const quick = process.argv.includes('--quick');
const results = [benchParse()];
results.push(await benchStartup());
results.push(benchEngine({ sizes: [1000, 10000] }));
results.push(benchParallels({ sizes: quick ? [1000, 10000] : [1000, 10000, 100000] }));
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  results,
};
for (const result of results) console.error(JSON.stringify(result));
console.log(JSON.stringify(report, null, 2));

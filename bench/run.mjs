// `npm run bench`: runs every benchmark, prints JSON on stdout and a table on stderr.
import os from 'node:os';
import { benchParse } from './parse.mjs';
import { benchStartup } from './startup.mjs';

const results = [benchParse()];
results.push(await benchStartup());
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  results,
};
for (const result of results) console.error(JSON.stringify(result));
console.log(JSON.stringify(report, null, 2));

// Benchmark: start-up cost of the extension, on a production build (`node esbuild.mjs --production`, as shipped in the .vsix).
//   bundleBytes      size of client/out/extension.js and server/out/server.js, raw and gzipped;
//   clientLoadMs     a fresh Node process requiring the client bundle with a stub `vscode` module: the parse and
//                    top-level evaluation that VS Code pays before calling activate(). It does not include
//                    activate() itself, which mostly waits for the server (below) and needs a real extension host;
//   serverInitMs     from spawning `node server.js --stdio` to its answer to `initialize` (sample-corpus as the folder);
//   serverIndexedMs  from the same spawn to `synoptic/corpusChanged`, sent once the server has indexed the sample corpus
//                    after `initialized` (no configuration pull: the bench client declares no workspace capabilities);
//   largeCorpus      the same over a folder of synthetic articles (bench/parallels.mjs) written to disk: a cold start with
//                    an empty storage folder, then a warm start from the corpus cache that the cold start saved on
//                    shutdown; each with the server's peak RSS when indexing ended (Linux VmHWM).
// Every run uses fresh processes; the server timings include Node's own start (about 40 ms here), as VS Code pays it too.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { ROOT, summarize } from './common.mjs';
import { generateArticle, loadBases } from './parallels.mjs';

const RUNS = 10;
const SAMPLE_CORPUS = path.join(ROOT, 'sample-corpus');

/** Speaks just enough LSP over stdio: Content-Length framing, `initialize`, `initialized`, then a clean shutdown. */
function timeServerStart(serverBundle, folder = SAMPLE_CORPUS, storagePath = undefined, settings = undefined) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const timing = {};
    const timer = setTimeout(() => { child.kill(); reject(new Error(`server did not index ${folder} within 120 s`)); }, 120000);
    const send = (message) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1 && timing.initMs === undefined) {
          timing.initMs = elapsed();
          send({ method: 'initialized', params: {} });
        } else if (message.method === 'synoptic/corpusChanged' && timing.indexedMs === undefined) {
          timing.indexedMs = elapsed();
          timing.articleCount = message.params?.articleCount;
          timing.peakRssMB = peakRssMB(child.pid);
          // Shutdown saves the corpus cache; exit only once it has answered.
          send({ id: 2, method: 'shutdown' });
        } else if (message.id === 2) {
          clearTimeout(timer);
          send({ method: 'exit' });
          child.stdin.end();
          child.on('exit', () => resolve(timing));
        } else if (message.id !== undefined && message.method) {
          // A request from the server (none expected without capabilities): answer it empty.
          send({ id: message.id, result: null });
        }
      }
    });
    child.on('error', reject);
    const folderUri = pathToFileURL(folder).href;
    send({
      id: 1,
      method: 'initialize',
      params: { processId: process.pid, rootUri: folderUri, capabilities: {}, workspaceFolders: [{ uri: folderUri, name: path.basename(folder) }], initializationOptions: { storagePath, settings } },
    });
  });
}

/** A process's peak resident set in MB, from /proc (Linux); undefined elsewhere. */
function peakRssMB(pid) {
  try {
    const kB = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
    return Math.round(kB / 1024);
  } catch {
    return undefined;
  }
}

/**
 * Cold then warm server start over `size` synthetic articles on disk, then a cold start with
 * `synoptic.workerThreads` 0 (every article analysed on the server's main thread) for comparison.
 */
async function timeLargeCorpus(serverBundle, size) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'synoptic-bench-corpus-'));
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'synoptic-bench-storage-'));
  try {
    const bases = loadBases();
    fs.writeFileSync(path.join(folder, 'synoptic.json'), '{"include": ["**/*.txt"]}');
    for (let index = 0; index < size; index++) fs.writeFileSync(path.join(folder, `s${index}.txt`), generateArticle(bases, index, 7, 0));
    const cold = await timeServerStart(serverBundle, folder, storage);
    const warm = await timeServerStart(serverBundle, folder, storage);
    const mainThread = await timeServerStart(serverBundle, folder, undefined, { workerThreads: 0 });
    return {
      articles: warm.articleCount,
      workerThreads: Math.min(8, os.availableParallelism()),
      coldIndexedMs: Math.round(cold.indexedMs),
      coldPeakRssMB: cold.peakRssMB,
      warmIndexedMs: Math.round(warm.indexedMs),
      warmPeakRssMB: warm.peakRssMB,
      coldMainThreadIndexedMs: Math.round(mainThread.indexedMs),
      coldMainThreadPeakRssMB: mainThread.peakRssMB,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

/** Requires the client bundle in a fresh process with a stub `vscode`; returns the milliseconds the require took. */
function timeClientLoad(clientBundle) {
  const script = `
    const Module = require('node:module');
    const stub = new Proxy(function () {}, { get: (target, key) => key === '__esModule' ? false : stub, apply: () => stub, construct: () => stub });
    const load = Module._load;
    Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
    const started = process.hrtime.bigint();
    const extension = require(${JSON.stringify(clientBundle)});
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (typeof extension.activate !== 'function') throw new Error('no activate() export');
    process.stdout.write(String(ms));
  `;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`client bundle failed to load: ${run.stderr}`);
  return Number(run.stdout);
}

export async function benchStartup({ largeCorpus = 10000 } = {}) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'synoptic-bench-startup-'));
  try {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production', '--outdir', outdir], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`production build failed: ${build.stderr}`);
    const clientBundle = path.join(outdir, 'client', 'out', 'extension.js');
    const serverBundle = path.join(outdir, 'server', 'out', 'server.js');
    const sizes = (file) => {
      const content = fs.readFileSync(file);
      return { bytes: content.length, gzipBytes: zlib.gzipSync(content).length };
    };
    const clientLoad = [];
    const serverInit = [];
    const serverIndexed = [];
    let articleCount;
    for (let run = 0; run < RUNS; run++) {
      clientLoad.push(timeClientLoad(clientBundle));
      const timing = await timeServerStart(serverBundle);
      serverInit.push(timing.initMs);
      serverIndexed.push(timing.indexedMs);
      articleCount = timing.articleCount;
    }
    const large = largeCorpus ? await timeLargeCorpus(serverBundle, largeCorpus) : undefined;
    return {
      name: 'startup',
      bundleBytes: { client: sizes(clientBundle), server: sizes(serverBundle) },
      clientLoadMs: summarize(clientLoad),
      serverInitMs: summarize(serverInit),
      serverIndexedMs: summarize(serverIndexed),
      corpus: { folder: 'sample-corpus', articles: articleCount },
      largeCorpus: large,
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

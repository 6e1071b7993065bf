#!/usr/bin/env node
// `npm start`: opens the sample corpus (or a folder of your own) in a browser editor with Synoptic loaded.
// Installs the editor environment on first run (scripts/e2e/setup.sh: code-server, Node 24, chromium; cached under
// ~/.cache/synoptic-e2e), copies the extension as built (the files a .vsix ships, see .vscodeignore) into a fresh
// extensions folder, starts code-server on 127.0.0.1 without authentication, and prints the URL to open.
// Ctrl+C (SIGINT) or SIGTERM stops code-server's whole process group and deletes the run's folder.
//
// Usage: npm start [-- [FOLDER] [--port N]]     (npm start builds first; this script expects the bundles)
// Exit code: 0 after Ctrl+C, 1 when the environment, the bundles or code-server fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_ROOT, REPO_ROOT, makeRunDir, missingEnvironment, startCodeServer } from './e2e/harness.mjs';
import { BUNDLES, shippedFiles } from './package.mjs';

const SAMPLE_CORPUS = path.join(REPO_ROOT, 'sample-corpus');
const GENERIC_HINT = 'open an article (Ctrl+P), hover a sentence or a {@Speaker} marker, and look at the Outline view.';

function usage(message) {
  console.error(`${message}\nUsage: npm start [-- [FOLDER] [--port N]]`);
  process.exit(1);
}

/** Reads `[FOLDER] [--port N]`. */
function readArguments(argv) {
  const options = { folder: SAMPLE_CORPUS, port: undefined };
  const positional = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const port = /^--port(?:=(.*))?$/.exec(argument);
    if (port) {
      const value = port[1] ?? argv[++index];
      options.port = Number(value);
      if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535) usage(`--port needs a port number, not ${value}`);
    } else if (argument === '--help' || argument === '-h') {
      usage('Opens a folder of articles in a browser editor with Synoptic loaded (default: the sample corpus).');
    } else if (argument.startsWith('--')) {
      usage(`unknown option ${argument}`);
    } else {
      positional.push(argument);
    }
  }
  if (positional.length > 1) usage(`one folder at most, not ${positional.join(' ')}`);
  if (positional.length) {
    // npm runs scripts from the repository root; INIT_CWD is where the user typed `npm start`.
    options.folder = path.resolve(process.env.INIT_CWD || process.cwd(), positional[0]);
    if (!fs.existsSync(options.folder) || !fs.statSync(options.folder).isDirectory()) usage(`not a folder: ${options.folder}`);
  }
  return options;
}

/**
 * What to try first: the first step of a "Try this:" list in the folder's README.md (the sample corpus has one),
 * flattened to one line; otherwise a generic hint.
 */
function hintFor(folder) {
  const readme = path.join(folder, 'README.md');
  if (fs.existsSync(readme)) {
    const lines = fs.readFileSync(readme, 'utf8').split(/\r?\n/);
    const tryThis = lines.findIndex((line) => /^\s*(#+\s*)?try this\b/i.test(line));
    const step = tryThis >= 0 ? lines.slice(tryThis + 1).find((line) => /^\s*(\d+[.)]|[-*])\s+\S/.test(line)) : undefined;
    if (step) {
      const text = step.replace(/^\s*(\d+[.)]|[-*])\s+/, '').replace(/\*\*|__|`/g, '').replace(/\*([^*]+)\*/g, '$1').trim();
      return text.charAt(0).toLowerCase() + text.slice(1);
    }
  }
  return GENERIC_HINT;
}

/** Copies the extension as a .vsix would ship it, with the development bundles, into an extensions folder. */
function installFromRepository(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  for (const relative of [...shippedFiles(REPO_ROOT), ...BUNDLES]) {
    fs.mkdirSync(path.dirname(path.join(target, relative)), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, relative), path.join(target, relative));
  }
  return target;
}

const options = readArguments(process.argv.slice(2));
for (const bundle of BUNDLES) {
  if (!fs.existsSync(path.join(REPO_ROOT, bundle))) {
    console.error(`[start] ${bundle} is missing; run: npm start (it builds first), or npm run build`);
    process.exit(1);
  }
}

const missing = missingEnvironment({ browser: false });
if (missing.length) {
  console.log(`[start] installing the editor environment into ${E2E_ROOT} (first run only; missing: ${missing.join(', ')})`);
  const setup = spawnSync('bash', [path.join(REPO_ROOT, 'scripts', 'e2e', 'setup.sh')], { stdio: 'inherit' });
  if (setup.status !== 0 || missingEnvironment({ browser: false }).length) {
    console.error('[start] the environment could not be installed; see the messages above (npm run e2e:setup runs the same step).');
    process.exit(1);
  }
}

const runDir = makeRunDir('start-');
installFromRepository(path.join(runDir, 'extensions'));
let codeServer;
try {
  codeServer = await startCodeServer({
    workspace: options.folder,
    runDir,
    port: options.port,
    // No test payload here, so no smoke-test driver.
    smokeTestDriver: false,
    // Long scraped lines wrap. No start-up editor: the hint printed below says what to open.
    settings: { '[article]': { 'editor.wordWrap': 'on' } },
  });
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  const log = path.join(runDir, 'code-server.log');
  if (fs.existsSync(log)) console.error(fs.readFileSync(log, 'utf8').trim().split('\n').slice(-3).join('\n'));
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(1);
}

let stopping = false;
async function shutDown(signal) {
  if (stopping) {
    // A second Ctrl+C: do not wait for a graceful exit.
    try { process.kill(-codeServer.pid, 'SIGKILL'); } catch { /* Already gone. */ }
    process.exit(130);
  }
  stopping = true;
  console.log(`\n[start] ${signal}: stopping code-server`);
  await codeServer.stop();
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void shutDown('SIGINT'));
process.on('SIGTERM', () => void shutDown('SIGTERM'));
process.on('SIGHUP', () => void shutDown('SIGHUP'));
void codeServer.exited.then((exit) => {
  if (stopping) return;
  console.error(`[start] code-server exited (${JSON.stringify(exit)}); its log is in ${runDir}/code-server.log`);
  process.exit(1);
});

const folderQuery = encodeURIComponent(options.folder).replace(/%2F/g, '/');
const url = `${codeServer.origin}/?folder=${folderQuery}`;
const folderLabel = options.folder === SAMPLE_CORPUS ? 'the sample corpus' : options.folder;
console.log(`
Synoptic is running in code-server with ${folderLabel}.
Open: ${url}
Try:  ${hintFor(options.folder)}
Press Ctrl+C to stop.`);

// Shared pieces of the editor-test tier: find the environment that scripts/e2e/setup.sh installs,
// start code-server (Node 24) in its own process group, launch Debian's chromium through playwright-core,
// and stop everything again. scripts/test.mjs describes the tiers that use it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The repository root (the extension's folder). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where setup.sh caches Node 24, code-server and playwright-core. */
export const E2E_ROOT = process.env.SYNOPTIC_E2E_ROOT || path.join(os.homedir(), '.cache', 'synoptic-e2e');
const NODE24 = path.join(E2E_ROOT, 'node24', 'bin', 'node');
const CODE_SERVER_ENTRY = path.join(E2E_ROOT, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.SYNOPTIC_CHROMIUM || '/usr/bin/chromium';

/** The command that installs the environment, for messages. */
export const SETUP_COMMAND = 'npm run e2e:setup';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** User settings for every run: fast hovers, no welcome page, no AI or git noise, no update checks. */
export const DEFAULT_SETTINGS = {
  'editor.hover.delay': 200,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
};

/**
 * Resolves playwright-core: the project's own copy (pinned by package-lock.json) when `npm ci` ran,
 * else the copy setup.sh puts in E2E_ROOT/pw. Returns undefined when neither exists.
 */
function resolvePlaywright() {
  for (const base of [REPO_ROOT, path.join(E2E_ROOT, 'pw')]) {
    try {
      return createRequire(path.join(base, 'package.json'))('playwright-core');
    } catch {
      // Try the next location.
    }
  }
  return undefined;
}

/**
 * Lists what is missing for the editor tier; an empty list means everything is installed.
 * With `browser: false`, only what code-server needs (`npm start`, where the user brings the browser).
 * @returns {string[]}
 */
export function missingEnvironment({ browser = true } = {}) {
  const missing = [];
  if (!fs.existsSync(NODE24)) missing.push(`Node 24 (${NODE24})`);
  if (!fs.existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${CODE_SERVER_ENTRY})`);
  if (browser && !fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (browser && !resolvePlaywright()) missing.push('playwright-core (node_modules or E2E_ROOT/pw)');
  return missing;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long run directories kept after failures stay around. */
const KEEP_RUNS_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Makes a fresh run directory under E2E_ROOT/runs (code-server's HOME, profile, logs, browser profile),
 * and deletes run directories older than three days, which failed runs leave behind for inspection.
 */
export function makeRunDir(prefix = 'run-') {
  const runs = path.join(E2E_ROOT, 'runs');
  fs.mkdirSync(runs, { recursive: true });
  for (const entry of fs.readdirSync(runs)) {
    try {
      const dir = path.join(runs, entry);
      if (Date.now() - fs.statSync(dir).mtimeMs > KEEP_RUNS_MS) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run may be deleting it too.
    }
  }
  return fs.mkdtempSync(path.join(runs, prefix));
}

/** The environment code-server runs with: HOME and XDG_* inside the run directory, no marketplace. */
function codeServerEnv(runDir, env = {}) {
  const home = path.join(runDir, 'home');
  for (const dir of [path.join(home, '.config'), path.join(home, '.cache'), path.join(home, '.local', 'share')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  return {
    ...process.env,
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    // code-server writes config on every start: keep it out of the real HOME.
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    // No marketplace calls: they fail offline and fill the log.
    EXTENSIONS_GALLERY: '{}',
    ...env,
  };
}

/**
 * Installs a .vsix into `<runDir>/extensions` with `code-server --install-extension`, as a user would.
 * Resolves with code-server's output; rejects when the install fails.
 * @returns {Promise<string>}
 */
export function installExtension({ vsix, runDir }) {
  const extensions = path.join(runDir, 'extensions');
  fs.mkdirSync(extensions, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [CODE_SERVER_ENTRY, '--extensions-dir', extensions, '--user-data-dir', path.join(runDir, 'user-data'),
      '--install-extension', vsix], { stdio: ['ignore', 'pipe', 'pipe'], env: codeServerEnv(runDir) });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(output.trim());
      else reject(new Error(`code-server --install-extension exited with ${code}: ${output.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/**
 * Starts code-server in its own process group; resolves once /healthz answers.
 * `env` reaches the extension host (and so the tests and the language server).
 * `port` defaults to a free one. `smokeTestDriver` (default true) lets the workbench read a test payload from the URL;
 * `trustWorkspace` (default true) starts with workspace trust disabled, so no trust prompt appears.
 * The extensions in `<runDir>/extensions` (see installExtension) are loaded.
 * @returns {Promise<{port: number, origin: string, runDir: string, startMs: number, exited: Promise<{code: number | null, signal: string | null}>, stop: () => Promise<void>}>}
 */
export async function startCodeServer({ workspace, settings = {}, env = {}, runDir, port, smokeTestDriver = true, trustWorkspace = true }) {
  port ||= await freePort();
  runDir ||= makeRunDir();
  const userData = path.join(runDir, 'user-data');
  const extensions = path.join(runDir, 'extensions');
  for (const dir of [path.join(userData, 'User'), extensions]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  const args = [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--reconnection-grace-time', '5',
    '--user-data-dir', userData, '--extensions-dir', extensions,
    ...(trustWorkspace ? ['--disable-workspace-trust'] : []),
    // Required for tests: without the smoke-test driver the workbench ignores the test payload and the run hangs.
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    workspace];
  const logFd = fs.openSync(path.join(runDir, 'code-server.log'), 'a');
  const child = spawn(NODE24, args, {
    // Own session and process group, so that kill(-pid) also ends the extension host and the language server.
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: codeServerEnv(runDir, env),
  });
  fs.closeSync(logFd);
  let exited;
  const exitedPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); });
  });
  const stop = async () => {
    if (!exited) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* Already gone. */ }
      for (let i = 0; i < 50 && !exited; i++) await delay(100);
    }
    // Reap stragglers of the group (extension host, language server, file watchers) even after the leader exited.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* Nothing left. */ }
  };
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${runDir}/code-server.log`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 30000) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 30 s; see ${runDir}/code-server.log`);
    }
    await delay(100);
  }
  return { port, origin, runDir, pid: child.pid, startMs: Date.now() - started, exited: exitedPromise, stop };
}

/** The workbench URL for a folder, with an optional test payload (an array of [key, value] pairs). */
export function workbenchUrl(origin, workspace, payload) {
  const query = new URLSearchParams({ folder: workspace });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query}`;
}

/** A path on the code-server machine as the workbench addresses it. */
export const remoteUri = (port, absolutePath) => `vscode-remote://127.0.0.1:${port}${absolutePath}`;

/** Launches headless Debian chromium with a profile inside the run directory. */
export async function launchBrowser(runDir, options = {}) {
  const playwright = resolvePlaywright();
  if (!playwright) throw new Error(`playwright-core not found; run: ${SETUP_COMMAND}`);
  return playwright.chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** Copies a folder (test-fixtures/) into a fresh temporary directory, so tests can change files freely. */
export function copyToTemp(source, prefix = 'synoptic-ws-') {
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), path.basename(source));
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** Parses `--key value`, `--key=value` and bare `--flag`; keys in `multi` collect arrays. */
export function parseArgs(argv, multi = []) {
  const parsed = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) continue;
    const value = match[2] !== undefined ? match[2] : (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true);
    if (multi.includes(match[1])) (parsed[match[1]] ||= []).push(value);
    else parsed[match[1]] = value;
  }
  return parsed;
}

/**
 * A runner of named checks for Playwright-level tiers: each check's body returns a detail line or throws;
 * the outcome is counted in `result` ({passed, failed, checks}) and printed. Returns whether it passed.
 */
export function checkRunner(result, print) {
  return async (name, body) => {
    const checkStarted = Date.now();
    let ok = false;
    let detail;
    try {
      detail = await body();
      ok = true;
    } catch (error) {
      detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
    result.checks.push({ name, ok, detail });
    if (ok) result.passed++;
    else result.failed++;
    print(`    ${ok ? '✔' : '✘'} ${name} (${Date.now() - checkStarted} ms)${detail ? `: ${detail}` : ''}`);
    return ok;
  };
}

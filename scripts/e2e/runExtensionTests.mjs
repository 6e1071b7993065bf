#!/usr/bin/env node
// Runs the editor suite (out/client/src/test/index.js, which exports run()) inside code-server's real
// Node extension host, driven by headless chromium. The same suite runs under @vscode/test-electron
// through scripts/test-electron.mjs.
//
// CLI: node scripts/e2e/runExtensionTests.mjs [--ext DIR] [--workspace DIR] [--tests FILE] [--timeout MS] [--keep] [--verbose]
// Defaults: this repository as the extension, a temporary copy of test-fixtures/ as the workspace.
// Exit code: 0 all passed, 1 some failed, 2 the suite could not run.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  REPO_ROOT, SETUP_COMMAND, copyToTemp, launchBrowser, makeRunDir, missingEnvironment, parseArgs, remoteUri, startCodeServer,
  workbenchUrl,
} from './harness.mjs';

/** The line client/src/test/index.ts prints when mocha is done. */
export const RESULT_LINE = /\[synoptic-editor\] (\d+) passed, (\d+) failed/;

// Workbench log lines that also arrive through codeAutomationLog; hidden unless verbose.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Ignoring fetching additional builtin|Updating additional builtin extensions cache|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\])/;

/**
 * Runs the suite once.
 * @param {object} options
 * @param {string} options.workspace Folder to open (absolute).
 * @param {string} [options.extensionPath] Extension folder; defaults to the repository.
 * @param {string} [options.testsPath] Module exporting run(); defaults to out/client/src/test/index.js.
 * @param {number} [options.timeoutMs] Whole-run limit.
 * @param {Record<string, string>} [options.env] Extra environment for the extension host.
 * @param {boolean} [options.keep] Keep the run directory (logs, profile) even when everything passed.
 * @param {boolean} [options.verbose] Also print the workbench's own log lines.
 * @param {(line: string) => void} [options.print] Where output lines go.
 * @returns {Promise<{passed: number, failed: number, error?: string, exitCode?: number, durationMs: number, runDir?: string}>}
 *   `error` is set when the suite could not run or did not report its counts.
 */
export async function runExtensionTests({
  workspace,
  extensionPath = REPO_ROOT,
  testsPath = path.join(REPO_ROOT, 'out', 'client', 'src', 'test', 'index.js'),
  timeoutMs = 5 * 60 * 1000,
  env = {},
  keep = false,
  verbose = false,
  print = (line) => console.log(line),
}) {
  const started = Date.now();
  const result = { passed: 0, failed: 0, durationMs: 0 };
  const missing = missingEnvironment();
  if (missing.length) {
    return { ...result, error: `editor test environment missing: ${missing.join(', ')}. Install it with: ${SETUP_COMMAND}` };
  }
  for (const [what, file] of [['extension bundle', path.join(extensionPath, 'client', 'out', 'extension.js')], ['editor suite', testsPath]]) {
    if (!fs.existsSync(file)) return { ...result, error: `${what} not found: ${file} (run: npm run build && npm run compile-tests)` };
  }

  let codeServer;
  let browser;
  let counted;
  let keepRunDir = keep;
  try {
    result.runDir = makeRunDir('editor-');
    // A second channel for the counts, in case the log line is lost: index.ts also writes them here.
    const resultFile = path.join(result.runDir, 'editor-result.json');
    codeServer = await startCodeServer({
      workspace, runDir: result.runDir, env: { ...env, SYNOPTIC_EDITOR_RESULT_FILE: resultFile },
    });
    browser = await launchBrowser(codeServer.runDir);
    const page = browser.pages()[0] || await browser.newPage();
    let resolveExit;
    const exited = new Promise((resolve) => { resolveExit = resolve; });
    // Extension-host console output (mocha's spec reporter) arrives here as (level, [format, ...args]).
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const line = Array.isArray(args) ? util.format(...args) : String(args);
      const match = RESULT_LINE.exec(line);
      if (match) counted = { passed: Number(match[1]), failed: Number(match[2]) };
      if (!verbose && NOISE.test(line)) return;
      print(line);
    });
    // Called when the test extension host exits: (exit code, the window's log files).
    await page.exposeFunction('codeAutomationExit', (code, logs) => resolveExit({ code, logs }));
    page.on('pageerror', (error) => { if (verbose) print(`[pageerror] ${error.message}`); });
    // The workbench reads the payload only from the URL; codeAutomation* must exist before it loads.
    const payload = [
      ['extensionDevelopmentPath', remoteUri(codeServer.port, extensionPath)],
      ['extensionTestsPath', remoteUri(codeServer.port, testsPath)],
    ];
    await page.goto(workbenchUrl(codeServer.origin, workspace, payload));
    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve({ code: 'timeout' }), timeoutMs); });
    const exit = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (exit.logs) {
      const dir = path.join(codeServer.runDir, 'workbench-logs');
      for (const entry of exit.logs) {
        const file = path.join(dir, entry.relativePath);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, entry.contents);
      }
    }
    if (exit.code === 'timeout') {
      await page.screenshot({ path: path.join(codeServer.runDir, 'timeout.png') }).catch(() => {});
      result.error = `editor suite did not finish within ${timeoutMs / 1000} s`;
    } else {
      result.exitCode = exit.code;
    }
    if (!counted && fs.existsSync(resultFile)) counted = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    if (counted) {
      result.passed = counted.passed;
      result.failed = counted.failed;
      if (result.exitCode !== 0 && counted.failed === 0 && !result.error) {
        result.error = `extension host exited with code ${result.exitCode} although all tests passed`;
      }
    } else if (!result.error) {
      result.error = `editor suite reported no counts (extension host exit code ${exit.code}); did ${testsPath} fail to load?`;
    }
  } catch (error) {
    result.error = `editor harness failed: ${error instanceof Error ? error.message : error}`;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (codeServer) await codeServer.stop();
    if (result.error || result.failed) keepRunDir = true;
    if (result.runDir && !keepRunDir) fs.rmSync(result.runDir, { recursive: true, force: true });
    else if (result.runDir) print(`[editor] logs kept in ${result.runDir}`);
  }
  result.durationMs = Date.now() - started;
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const workspace = args.workspace ? path.resolve(args.workspace) : copyToTemp(path.join(REPO_ROOT, 'test-fixtures'));
  const result = await runExtensionTests({
    workspace,
    extensionPath: args.ext ? path.resolve(args.ext) : undefined,
    testsPath: args.tests ? path.resolve(args.tests) : undefined,
    timeoutMs: args.timeout ? Number(args.timeout) : undefined,
    keep: Boolean(args.keep),
    verbose: Boolean(args.verbose),
  });
  if (!args.workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  if (result.error) console.error(`[editor] ${result.error}`);
  console.log(`[editor] ${result.passed} passed, ${result.failed} failed in ${(result.durationMs / 1000).toFixed(1)} s`);
  process.exit(result.error ? 2 : result.failed ? 1 : 0);
}

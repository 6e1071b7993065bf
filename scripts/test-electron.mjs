#!/usr/bin/env node
// Runs the editor suite (out/client/src/test/index.js) in VS Code desktop through @vscode/test-electron,
// for machines that can download VS Code. It is the same suite that scripts/e2e/runExtensionTests.mjs runs
// in code-server, which is what `npm test` uses.
//
// Usage: npm run test:electron       (builds and compiles first)
// Environment: SYNOPTIC_VSCODE_VERSION (default: stable), SYNOPTIC_VSCODE_EXECUTABLE (use an installed VS Code,
// no download). On Linux without a display, run it under xvfb-run.
// Exit code: 0 all passed, 1 some failed, 2 VS Code could not be downloaded or started.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { download, runTests } = createRequire(path.join(repoRoot, 'package.json'))('@vscode/test-electron');
const testsPath = path.join(repoRoot, 'out', 'client', 'src', 'test', 'index.js');

if (!fs.existsSync(testsPath) || !fs.existsSync(path.join(repoRoot, 'client', 'out', 'extension.js'))) {
  console.error('[test-electron] the extension or the editor suite is not built; run: npm run build && npm run compile-tests');
  process.exit(2);
}

let vscodeExecutablePath = process.env.SYNOPTIC_VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  const version = process.env.SYNOPTIC_VSCODE_VERSION || 'stable';
  try {
    vscodeExecutablePath = await download({ version, cachePath: path.join(repoRoot, '.vscode-test'), timeout: 20000 });
  } catch (error) {
    console.error(`[test-electron] could not download VS Code (${version}): ${error instanceof Error ? error.message : error}`);
    console.error('[test-electron] This runner needs network access to update.code.visualstudio.com, or an installed VS Code');
    console.error('[test-electron] given as SYNOPTIC_VSCODE_EXECUTABLE=/path/to/code. Offline, run the same suite in');
    console.error('[test-electron] code-server instead: npm run e2e:setup (once), then npm run test:editor.');
    process.exit(2);
  }
}

// Tests may change files: give them a copy of the fixtures, and VS Code a throwaway profile.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'synoptic-electron-'));
const workspace = path.join(scratch, 'test-fixtures');
fs.cpSync(path.join(repoRoot, 'test-fixtures'), workspace, { recursive: true });
let exitCode = 0;
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      `--user-data-dir=${path.join(scratch, 'user-data')}`],
  });
  console.log('[test-electron] all editor tests passed');
} catch (error) {
  console.error(`[test-electron] ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

#!/usr/bin/env node
// The one test orchestrator behind `npm test`. Tiers, in order:
//   unit    engine unit tests and protocol tests: mocha over out/server/src/test/**/*.test.js, in this process;
//   editor  the mocha suite of client/src/test/suite in code-server's real extension host (scripts/e2e/runExtensionTests.mjs);
//   ui      Playwright checks on the workbench page, with screenshots (scripts/e2e/uiChecks.mjs);
//   package the .vsix: built within its size budget, installed into code-server and activated on an article
//           (scripts/e2e/packageChecks.mjs).
// The editor and ui tiers each get a fresh temporary copy of test-fixtures/ as their workspace.
//
// Usage: node scripts/test.mjs [--only unit|editor|package]    (`editor` runs the editor and ui tiers)
// Environment: SYNOPTIC_SKIP_EDITOR=1 skips the editor and ui tiers and the package tier's install checks,
// with a note; SYNOPTIC_E2E_ROOT moves
// the environment that `npm run e2e:setup` installs.
// Output: a summary per tier, then alone on the last line `N passed, N failed` over all tiers.
// Exit code: non-zero when a test failed or a tier could not run.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT, SETUP_COMMAND, copyToTemp, missingEnvironment, parseArgs } from './e2e/harness.mjs';
import { runExtensionTests } from './e2e/runExtensionTests.mjs';
import { runUiChecks } from './e2e/uiChecks.mjs';
import { runPackageChecks } from './e2e/packageChecks.mjs';

const args = parseArgs(process.argv.slice(2));
const only = typeof args.only === 'string' ? args.only : undefined;
if (only && only !== 'unit' && only !== 'editor' && only !== 'package') {
  console.error(`unknown --only ${only}; expected unit, editor or package`);
  process.exit(2);
}

/** @type {{name: string, passed: number, failed: number, durationMs: number, error?: string, note?: string}[]} */
const tiers = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const heading = (text) => console.log(`\n=== ${text} ===`);

// A stray rejection from a test must not kill the run before the summary.
process.on('unhandledRejection', (reason) => {
  console.error('[test] unhandled rejection:', reason);
});

/** Lists files under `dir` whose names end with `suffix`, sorted, recursively. */
function findFiles(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

async function runUnitTier() {
  heading('unit: engine and protocol tests (mocha)');
  const started = Date.now();
  const testDir = path.join(REPO_ROOT, 'out', 'server', 'src', 'test');
  // tsc never deletes outputs: skip compiled tests whose source is gone (out/server/src/test -> server/src/test).
  const files = findFiles(testDir, '.test.js').filter((file) =>
    fs.existsSync(path.join(REPO_ROOT, path.relative(path.join(REPO_ROOT, 'out'), file)).replace(/\.js$/, '.ts')));
  if (files.length === 0) {
    return { passed: 0, failed: 0, durationMs: 0, error: `no compiled tests under ${path.relative(REPO_ROOT, testDir)}/ (run: npm run compile-tests)` };
  }
  const Mocha = createRequire(path.join(REPO_ROOT, 'package.json'))('mocha');
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 10000 });
  for (const file of files) mocha.addFile(file);
  let passed = 0;
  let failed = 0;
  try {
    // Loads the files asynchronously, so that ES modules and top-level errors are reported, not thrown.
    await mocha.loadFilesAsync();
    await new Promise((resolve) => {
      const runner = mocha.run(resolve);
      runner.on('pass', () => { passed++; });
      runner.on('fail', () => { failed++; });   // Failing hooks count too.
    });
  } catch (error) {
    return { passed, failed, durationMs: Date.now() - started, error: `mocha could not load the tests: ${error?.stack ?? error}` };
  } finally {
    mocha.dispose();
  }
  return { passed, failed, durationMs: Date.now() - started };
}

async function runEditorTiers() {
  if (process.env.SYNOPTIC_SKIP_EDITOR === '1') {
    const note = 'skipped because SYNOPTIC_SKIP_EDITOR=1 (unset it to run them)';
    console.log(`\nNote: editor and UI tests ${note}.`);
    tiers.push({ name: 'editor', passed: 0, failed: 0, durationMs: 0, note });
    tiers.push({ name: 'ui', passed: 0, failed: 0, durationMs: 0, note });
    return;
  }
  const missing = missingEnvironment();
  if (missing.length) {
    const error = `environment missing (${missing.join('; ')}). Install it with: ${SETUP_COMMAND}`;
    console.error(`\nEditor and UI tests cannot run: ${error}`);
    tiers.push({ name: 'editor', passed: 0, failed: 0, durationMs: 0, error });
    tiers.push({ name: 'ui', passed: 0, failed: 0, durationMs: 0, error });
    return;
  }
  const fixtures = path.join(REPO_ROOT, 'test-fixtures');

  heading('editor: extension host tests (code-server)');
  let workspace = copyToTemp(fixtures);
  try {
    tiers.push({ name: 'editor', ...await runExtensionTests({ workspace }) });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }

  heading('ui: workbench checks (Playwright)');
  workspace = copyToTemp(fixtures);
  try {
    tiers.push({ name: 'ui', ...await runUiChecks({ workspace }) });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

async function runPackageTier() {
  heading('package: the .vsix, built, installed into code-server and activated');
  const skipped = process.env.SYNOPTIC_SKIP_EDITOR === '1';
  const missing = skipped ? [] : missingEnvironment();
  // Packaging needs no editor; installing and activating does.
  const result = await runPackageChecks({ installChecks: !skipped && missing.length === 0 });
  if (skipped) result.note = `${result.passed} passed, ${result.failed} failed; install checks skipped because SYNOPTIC_SKIP_EDITOR=1`;
  else if (missing.length && !result.error) {
    result.error = `environment missing (${missing.join('; ')}); only the packaging check ran. Install it with: ${SETUP_COMMAND}`;
  }
  tiers.push({ name: 'package', ...result });
}

const started = Date.now();
if (!only || only === 'unit') tiers.push({ name: 'unit', ...await runUnitTier() });
if (!only || only === 'editor') await runEditorTiers();
if (!only || only === 'package') await runPackageTier();

const labels = {
  unit: 'unit (engine + protocol)', editor: 'editor (extension host)', ui: 'ui (workbench page)', package: 'package (.vsix installed)',
};
heading(`summary (${seconds(Date.now() - started)})`);
for (const tier of tiers) {
  const counts = `${tier.passed} passed, ${tier.failed} failed`;
  const status = tier.note ? tier.note : tier.error ? `${counts}; COULD NOT RUN: ${tier.error}` : `${counts} in ${seconds(tier.durationMs)}`;
  console.log(`  ${labels[tier.name].padEnd(26)} ${status}`);
}
const passed = tiers.reduce((sum, tier) => sum + tier.passed, 0);
const failed = tiers.reduce((sum, tier) => sum + tier.failed, 0);
const broken = tiers.filter((tier) => tier.error).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken > 0 ? 1 : 0);

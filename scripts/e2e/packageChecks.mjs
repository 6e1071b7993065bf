#!/usr/bin/env node
// The `package` tier: what a user installing the .vsix gets.
//   1. scripts/package.mjs builds the .vsix (production bundles) within the size budget and with only the shipped files;
//   2. `code-server --install-extension <vsix>` installs it into a fresh extensions folder;
//   3. code-server starts WITHOUT extensionDevelopmentPath, an .article file is opened through Quick Open, and
//      the status bar shows the language "Article";
//   4. the Outline view lists the article's headline, so the bundled language server runs from the installed copy;
//   5. the extension host log shows the installed extension activating.
// With `installChecks: false` (no editor environment, or SYNOPTIC_SKIP_EDITOR=1) only the first check runs.
//
// CLI: node scripts/e2e/packageChecks.mjs [--keep]
// Exit code: 0 all passed, 1 some failed, 2 the checks could not run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackage } from '../package.mjs';
import {
  REPO_ROOT, checkRunner, copyToTemp, installExtension, launchBrowser, makeRunDir, parseArgs, startCodeServer, workbenchUrl,
} from './harness.mjs';
import { expectedHeadline, quickOpen, runCommand } from './uiChecks.mjs';

/** The fixture folder copied as the workspace, and the article opened in it. */
const FIXTURE_FOLDER = path.join(REPO_ROOT, 'test-fixtures', 'markers');
const ARTICLE = 'annotated.article';

/** Lists files under `dir` whose names end with `suffix`, recursively; [] when `dir` is missing. */
function findFiles(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * Runs the checks once.
 * @returns {Promise<{passed: number, failed: number, error?: string, durationMs: number, runDir?: string}>}
 */
export async function runPackageChecks({ installChecks = true, keep = false, print = (line) => console.log(line) } = {}) {
  const started = Date.now();
  const result = { passed: 0, failed: 0, checks: [], durationMs: 0 };
  const check = checkRunner(result, print);

  const runDir = makeRunDir('package-');
  result.runDir = runDir;
  let workspace;
  let codeServer;
  let browser;
  let page;
  try {
    print('  Package');
    let packaged;
    const packagedOk = await check('Should package a .vsix under the size budget with only the shipped files', async () => {
      packaged = buildPackage({ outFile: path.join(runDir, 'synoptic.vsix'), print: () => {} });
      if (packaged.problems.length) throw new Error(packaged.problems.join('; '));
      return `${packaged.bytes} bytes, ${packaged.entries.length} entries`;
    });
    if (!installChecks || !packagedOk) return result;

    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const extensionId = `${manifest.publisher}.${manifest.name}`;
    const installedOk = await check('Should install the .vsix with code-server --install-extension', async () => {
      const output = await installExtension({ vsix: packaged.vsix, runDir });
      const installed = path.join(runDir, 'extensions', `${extensionId}-${manifest.version}`);
      for (const file of ['package.json', 'client/out/extension.js', 'server/out/server.js']) {
        if (!fs.existsSync(path.join(installed, file))) throw new Error(`${file} not installed in ${installed}`);
      }
      return output.split('\n').filter((line) => /install/i.test(line)).pop();
    });
    if (!installedOk) return result;

    workspace = copyToTemp(FIXTURE_FOLDER, 'synoptic-package-ws-');
    const articleText = fs.readFileSync(path.join(workspace, ARTICLE), 'utf8');
    // No extensionDevelopmentPath and no test payload: the workbench loads what is installed, as for a user.
    codeServer = await startCodeServer({ workspace, runDir, smokeTestDriver: false });
    browser = await launchBrowser(runDir);
    page = browser.pages()[0] || await browser.newPage();
    await page.goto(workbenchUrl(codeServer.origin, workspace));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await quickOpen(page, ARTICLE);

    await check('Should open an .article file in the "Article" language', async () => {
      const mode = page.locator('[id="status.editor.mode"]');
      const deadline = Date.now() + 20000;
      let text = '';
      while (Date.now() < deadline && text.trim() !== 'Article') {
        text = await mode.innerText().catch(() => '');
        if (text.trim() !== 'Article') await page.waitForTimeout(200);
      }
      if (text.trim() !== 'Article') throw new Error(`status bar language is ${JSON.stringify(text)}, expected "Article"`);
      return 'status bar: Article';
    });

    await check('Should list the headline in the Outline view from the installed language server', async () => {
      const headline = expectedHeadline(articleText);
      await runCommand(page, 'Explorer: Focus on Outline View');
      const row = page.locator('.part.sidebar .monaco-list-row', { hasText: headline.slice(0, 40) }).first();
      await row.waitFor({ state: 'visible', timeout: 20000 }).catch(async () => {
        const rows = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts().catch(() => []);
        throw new Error(`headline not listed within 20 s; sidebar rows: ${JSON.stringify(rows.slice(0, 12))}`);
      });
      return `found "${headline.slice(0, 40)}…"`;
    });

    await check('Should activate the installed extension (extension host log)', async () => {
      // The remote extension host logs each activation; its log lives under the run's user-data folder.
      const pattern = new RegExp(`ExtensionService#_doActivateExtension ${extensionId.replace('.', '\\.')}\\b[^\\n]*`);
      const deadline = Date.now() + 10000;
      for (;;) {
        for (const file of findFiles(path.join(runDir, 'user-data', 'logs'), '.log')) {
          const match = pattern.exec(fs.readFileSync(file, 'utf8'));
          if (match) return match[0].replace(/\s+/g, ' ').slice(0, 140);
        }
        if (Date.now() > deadline) throw new Error(`no activation of ${extensionId} in ${runDir}/user-data/logs`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });
  } catch (error) {
    result.error = `package checks could not run: ${error instanceof Error ? error.message.split('\n')[0] : error}`;
  } finally {
    if (page && (result.failed || result.error)) await page.screenshot({ path: path.join(runDir, 'failure.png') }).catch(() => {});
    if (browser) await browser.close().catch(() => {});
    if (codeServer) await codeServer.stop();
    if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
    if (keep || result.failed || result.error) print(`[package] logs kept in ${runDir}`);
    else fs.rmSync(runDir, { recursive: true, force: true });
    result.durationMs = Date.now() - started;
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const result = await runPackageChecks({ keep: Boolean(args.keep) });
  if (result.error) console.error(`[package] ${result.error}`);
  console.log(`[package] ${result.passed} passed, ${result.failed} failed in ${(result.durationMs / 1000).toFixed(1)} s`);
  process.exit(result.error ? 2 : result.failed ? 1 : 0);
}

#!/usr/bin/env node
// UI-level checks with Playwright on the code-server page: the extension loaded from this repository
// (extensionDevelopmentPath, no tests), an article opened through Quick Open, then what a user sees:
//   1. the Outline view lists the article's headline;
//   2. hovering a `{@Speaker}` marker shows a hover saying where the speaker is "marked in";
//   3. the Synoptic view container's Review tree lists speakers and statements;
//   4. Open Synoptic Table shows a webview whose table has rows.
// Screenshots go to out/screenshots/ on every run, and to docs/images/ (used by the README) when missing
// there or when SYNOPTIC_UPDATE_SCREENSHOTS=1 / --update-screenshots is given, so that ordinary runs
// do not rewrite tracked images.
//
// CLI: node scripts/e2e/uiChecks.mjs [--ext DIR] [--workspace DIR] [--keep] [--update-screenshots]
// Exit code: 0 all passed, 1 some failed, 2 the checks could not run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  REPO_ROOT, SETUP_COMMAND, checkRunner, copyToTemp, launchBrowser, makeRunDir, missingEnvironment, parseArgs, remoteUri,
  startCodeServer, workbenchUrl,
} from './harness.mjs';

const HOVER = '.monaco-editor [widgetid="editor.contrib.resizableContentHoverWidget"] .monaco-hover';
const QUICK_INPUT = '.quick-input-widget input';
/** The annotated fixture the checks open, relative to the workspace. */
const ARTICLE = path.join('markers', 'annotated.article');
/** An article of a corpus whose passages other sources report, with unattributed claims. */
const PARALLELS_ARTICLE = path.join('corpus-a', 'kna-readout.txt');

/** The first `{@Name}` marker of a text with its line (0-based), or undefined. */
function firstSpeakerMarker(text) {
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    const match = /\{@([^{}\n]*[^{}\s][^{}\n]*)\}/.exec(lines[line]);
    if (match) return { line, marker: match[0], name: match[1].trim() };
  }
  return undefined;
}

/** The headline as a reader sees it: the first line with letters that is not a marker line. */
export function expectedHeadline(text) {
  return text.split(/\r?\n/).map((line) => line.trim())
    .find((line) => /\p{L}/u.test(line) && !/^(\{[@#!][^}]*\}\s*)+$/.test(line));
}

/** Opens a workspace file through Quick Open (the URL cannot open files) and waits for its tab. */
export async function quickOpen(page, relativePath) {
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+P');
    try {
      await page.locator(QUICK_INPUT).waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (error) {
      // The workbench may still be starting and swallow the key: try again.
      if (attempt >= 5) throw error;
    }
  }
  const name = path.basename(relativePath);
  await page.locator(QUICK_INPUT).fill(relativePath.split(path.sep).join('/'));
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30000 });
}

/** Runs a command through the command palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator(QUICK_INPUT).waitFor({ state: 'visible', timeout: 10000 });
  await page.locator(QUICK_INPUT).fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

/**
 * The screen point over the middle of `needle` in the active editor's rendered lines, or undefined while
 * it is not rendered. Works on the text nodes, so it does not care how the grammar splits tokens.
 */
async function pointOverText(page, needle) {
  return page.evaluate((needle) => {
    const lines = document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.data.replace(/\u00a0/g, ' ');
      }
      const index = text.indexOf(needle);
      if (index < 0) continue;
      const target = index + Math.floor(needle.length / 2);
      const owner = nodes.filter((entry) => entry.start <= target).pop();
      const range = document.createRange();
      range.setStart(owner.node, target - owner.start);
      range.setEnd(owner.node, target - owner.start + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return undefined;
  }, needle);
}

/**
 * Runs the checks once.
 * @returns {Promise<{passed: number, failed: number, error?: string, checks: {name: string, ok: boolean, detail: string}[], durationMs: number}>}
 */
export async function runUiChecks({
  workspace,
  extensionPath = REPO_ROOT,
  updateScreenshots = process.env.SYNOPTIC_UPDATE_SCREENSHOTS === '1',
  keep = false,
  print = (line) => console.log(line),
}) {
  const started = Date.now();
  const result = { passed: 0, failed: 0, checks: [], durationMs: 0 };
  const missing = missingEnvironment();
  if (missing.length) {
    return { ...result, error: `editor test environment missing: ${missing.join(', ')}. Install it with: ${SETUP_COMMAND}` };
  }
  if (!fs.existsSync(path.join(extensionPath, 'client', 'out', 'extension.js'))) {
    return { ...result, error: `extension bundle not found in ${extensionPath}/client/out (run: npm run build)` };
  }
  const articleFile = path.join(workspace, ARTICLE);
  if (!fs.existsSync(articleFile)) return { ...result, error: `fixture not found: test-fixtures/${ARTICLE}` };
  const articleText = fs.readFileSync(articleFile, 'utf8');
  const speaker = firstSpeakerMarker(articleText);
  const headline = expectedHeadline(articleText);

  const outDir = path.join(REPO_ROOT, 'out', 'screenshots');
  const docsDir = path.join(REPO_ROOT, 'docs', 'images');
  fs.mkdirSync(outDir, { recursive: true });
  const screenshot = async (page, name) => {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file });
    if (updateScreenshots || !fs.existsSync(path.join(docsDir, name))) {
      fs.mkdirSync(docsDir, { recursive: true });
      fs.copyFileSync(file, path.join(docsDir, name));
      print(`[ui] wrote docs/images/${name}`);
    }
  };
  const check = checkRunner(result, print);

  let codeServer;
  let browser;
  let page;
  try {
    const runDir = makeRunDir('ui-');
    result.runDir = runDir;
    codeServer = await startCodeServer({ workspace, runDir });
    browser = await launchBrowser(runDir);
    page = browser.pages()[0] || await browser.newPage();
    const payload = [
      ['extensionDevelopmentPath', remoteUri(codeServer.port, extensionPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(workbenchUrl(codeServer.origin, workspace, payload));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    print('  UI checks');
    await quickOpen(page, ARTICLE);

    await check('Should list the headline in the Outline view', async () => {
      if (!headline) throw new Error(`no headline found in ${ARTICLE}`);
      await runCommand(page, 'Explorer: Focus on Outline View');
      // Symbols are ordered by position: the headline is the first row; match a prefix, the label may be cut.
      const row = page.locator('.part.sidebar .monaco-list-row', { hasText: headline.slice(0, 40) }).first();
      try {
        await row.waitFor({ state: 'visible', timeout: 30000 });
      } catch {
        const rows = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts().catch(() => []);
        throw new Error(`headline ${JSON.stringify(headline.slice(0, 40))} not listed within 30 s; sidebar rows: ${JSON.stringify(rows.slice(0, 12))}`);
      }
      return `found "${headline.slice(0, 40)}…"`;
    });

    await check('Should show "marked in" when hovering a {@…} speaker marker', async () => {
      if (!speaker) throw new Error(`no {@Name} marker found in ${ARTICLE}`);
      // Bring the marker's line into view and give the editor focus.
      await page.keyboard.press('Control+G');
      await page.locator(QUICK_INPUT).waitFor({ state: 'visible', timeout: 10000 });
      await page.keyboard.type(String(speaker.line + 1));
      await page.keyboard.press('Enter');
      const hover = page.locator(HOVER);
      const deadline = Date.now() + 45000;
      let text = '';
      while (Date.now() < deadline && !text.includes('marked in')) {
        const point = await pointOverText(page, speaker.name);
        if (point) {
          await page.mouse.move(1, 1);  // Move away so that the hover triggers again.
          await page.mouse.move(point.x, point.y, { steps: 3 });
          await hover.filter({ hasText: 'marked in' }).first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
          text = (await hover.allInnerTexts().catch(() => [])).join(' | ');
        } else {
          await page.waitForTimeout(250);
        }
      }
      if (!text.includes('marked in')) {
        throw new Error(`hover over ${speaker.marker} read ${JSON.stringify(text.slice(0, 200))}, expected "marked in"`);
      }
      await screenshot(page, 'article.png');
      return JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 120));
    });

    await check("Should show the other sources' versions when hovering a passage", async () => {
      await quickOpen(page, PARALLELS_ARTICLE);
      const lines = fs.readFileSync(path.join(workspace, PARALLELS_ARTICLE), 'utf8').split(/\r?\n/);
      const hover = page.locator(HOVER);
      // Try the body lines in order until one's hover lists other sources.
      for (let line = 0; line < lines.length; line++) {
        const words = lines[line].trim().split(/\s+/);
        if (words.length < 12) continue;
        await page.keyboard.press('Control+G');
        await page.locator(QUICK_INPUT).waitFor({ state: 'visible', timeout: 10000 });
        await page.keyboard.type(String(line + 1));
        await page.keyboard.press('Enter');
        const needle = words.slice(3, 6).join(' ');
        for (let attempt = 0; attempt < 6; attempt++) {
          const point = await pointOverText(page, needle);
          if (!point) {
            await page.waitForTimeout(250);
            continue;
          }
          await page.mouse.move(1, 1);
          await page.mouse.move(point.x, point.y, { steps: 3 });
          await hover.filter({ hasText: 'Reported by' }).first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
          const text = (await hover.allInnerTexts().catch(() => [])).join(' | ');
          if (text.includes('Reported by')) {
            await screenshot(page, 'hover-parallels.png');
            return JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 120));
          }
          if (text.includes('Speaker')) break;
        }
      }
      throw new Error(`no hover in ${PARALLELS_ARTICLE} listed other sources`);
    });

    await check('Should offer to attribute an unattributed claim from the quick fix menu', async () => {
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      await quickOpen(page, PARALLELS_ARTICLE);
      const menu = page.locator('.action-widget, .context-view .monaco-list');
      const deadline = Date.now() + 30000;
      let text = '';
      while (Date.now() < deadline && !/Attribute|Ignore unattributed-claim/.test(text)) {
        await page.keyboard.press('Alt+F8');  // Go to the next problem in this file: the cursor lands on it.
        await page.waitForTimeout(400);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+.');
        await menu.first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
        text = (await menu.allInnerTexts().catch(() => [])).join(' | ');
        if (!/Attribute|Ignore unattributed-claim/.test(text)) await page.keyboard.press('Escape');
      }
      if (!/Attribute|Ignore unattributed-claim/.test(text)) throw new Error(`quick fix menu read ${JSON.stringify(text.slice(0, 200))}`);
      await screenshot(page, 'quick-fix.png');
      await page.keyboard.press('Escape');
      return JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 120));
    });

    await check('Should list speakers in the Synoptic Review view', async () => {
      await runCommand(page, 'Synoptic: Focus on Review View');
      await page.locator('.part.sidebar .composite.title', { hasText: /synoptic/i }).first().waitFor({ state: 'visible', timeout: 15000 });
      const rows = page.locator('.part.sidebar .monaco-list-row');
      await rows.first().waitFor({ state: 'visible', timeout: 30000 });
      // Expand the first speaker to show statements with their status.
      await rows.first().click();
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(500);
      const texts = await rows.allInnerTexts();
      if (texts.length < 2) throw new Error(`expected speakers and statements, read ${JSON.stringify(texts)}`);
      await screenshot(page, 'review.png');
      return `${texts.length} rows, first ${JSON.stringify(texts[0].replace(/\s+/g, ' ').slice(0, 60))}`;
    });

    await check('Should show the synoptic table with rows in a webview', async () => {
      await runCommand(page, 'Synoptic: Open Synoptic Table');
      // Several corpora: pick the small one from the corpus picker.
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Open Synoptic Table' }).waitFor({ state: 'visible', timeout: 15000 });
      await page.locator(QUICK_INPUT).fill('cli');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'cli' }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const rows = frame.locator('#table tbody tr');
      await rows.first().waitFor({ state: 'visible', timeout: 30000 });
      const count = await rows.count();
      const headers = await frame.locator('#table thead th').allInnerTexts();
      if (count < 1 || headers.length < 4) throw new Error(`table has ${count} rows and headers ${JSON.stringify(headers)}`);
      await screenshot(page, 'table.png');
      return `${count} rows, columns ${JSON.stringify(headers.slice(3))}`;
    });
  } catch (error) {
    result.error = `UI checks could not run: ${error instanceof Error ? error.message.split('\n')[0] : error}`;
  } finally {
    if (page && (result.failed || result.error) && result.runDir) {
      await page.screenshot({ path: path.join(result.runDir, 'failure.png') }).catch(() => {});
    }
    if (browser) await browser.close().catch(() => {});
    if (codeServer) await codeServer.stop();
    if (result.runDir) {
      if (keep || result.failed || result.error) print(`[ui] logs and failure.png kept in ${result.runDir}`);
      else fs.rmSync(result.runDir, { recursive: true, force: true });
    }
  }
  result.durationMs = Date.now() - started;
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const workspace = args.workspace ? path.resolve(args.workspace) : copyToTemp(path.join(REPO_ROOT, 'test-fixtures'));
  const result = await runUiChecks({
    workspace,
    extensionPath: args.ext ? path.resolve(args.ext) : undefined,
    updateScreenshots: args['update-screenshots'] ? true : undefined,
    keep: Boolean(args.keep),
  });
  if (!args.workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  if (result.error) console.error(`[ui] ${result.error}`);
  console.log(`[ui] ${result.passed} passed, ${result.failed} failed in ${(result.durationMs / 1000).toFixed(1)} s`);
  process.exit(result.error ? 2 : result.failed ? 1 : 0);
}

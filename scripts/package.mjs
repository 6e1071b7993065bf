#!/usr/bin/env node
// `npm run package`: builds synoptic-<version>.vsix offline.
//   1. stages the shipped files (the `!` lines of .vscodeignore) in a temporary folder, with a production build of
//      the two bundles (`node esbuild.mjs --production --outdir <stage>`), so the development bundles stay as they are;
//   2. runs `vsce package --no-dependencies` there (no prepublish hook, no repository needed, no network);
//   3. lists the .vsix contents and fails when it holds a file that is not shipped or exceeds the size budget.
//
// CLI: node scripts/package.mjs [--out FILE]     (default: synoptic-<version>.vsix in the repository)
// Exit code: 0 packaged within budget, 1 over budget or unexpected contents, 2 the build or vsce failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The .vsix must stay under this many bytes (1 MB). */
export const SIZE_BUDGET_BYTES = 1_000_000;
/** Files the production build writes into the stage rather than copying them from the repository. */
export const BUNDLES = ['client/out/extension.js', 'server/out/server.js', 'server/out/analysisWorker.js'];
const require = createRequire(import.meta.url);

/** The shipped paths and globs: the `!` lines of .vscodeignore, which ignores everything else. */
export function shippedPatterns(root = REPO_ROOT) {
  return fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('!'))
    .map((line) => line.slice(1));
}

/** Repository files (relative, with `/`) that the shipped patterns select, bundles excluded. */
export function shippedFiles(root = REPO_ROOT) {
  const picomatch = require('picomatch');
  const files = [];
  for (const pattern of shippedPatterns(root)) {
    if (BUNDLES.includes(pattern)) continue;
    if (!/[*?[{]/.test(pattern)) {
      if (!fs.existsSync(path.join(root, pattern))) throw new Error(`.vscodeignore ships ${pattern}, which does not exist`);
      files.push(pattern);
      continue;
    }
    // Walk the folder before the first glob segment and match what is under it.
    const base = pattern.split('/').filter((segment, index, all) => !all.slice(0, index + 1).some((part) => /[*?[{]/.test(part))).join('/');
    const isMatch = picomatch(pattern, { dot: false });
    const baseDir = path.join(root, base);
    if (!fs.existsSync(baseDir)) throw new Error(`.vscodeignore ships ${pattern}, but ${base}/ does not exist`);
    for (const entry of fs.readdirSync(baseDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const relative = path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/');
      if (isMatch(relative)) files.push(relative);
    }
  }
  return [...new Set(files)].sort();
}

/**
 * Lists a zip's entries from its central directory (enough for a .vsix; no extraction).
 * @returns {{name: string, size: number, compressedSize: number}[]}
 */
export function listZip(file) {
  const buffer = fs.readFileSync(file);
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let index = 0; index < count; index++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${index}`);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    entries.push({
      name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength),
      compressedSize: buffer.readUInt32LE(offset + 20),
      size: buffer.readUInt32LE(offset + 24),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The name vsce gives a shipped file inside the .vsix (it renames the license and lower-cases the docs). */
const vsixName = (relative) => `extension/${relative}`.toLowerCase().replace(/^extension\/license$/, 'extension/license.txt');

/**
 * Builds the .vsix.
 * @returns {{vsix: string, bytes: number, entries: {name: string, size: number, compressedSize: number}[], problems: string[], durationMs: number}}
 *   `problems` lists what breaks the budget or the allow-list; it is empty when the package is fine.
 * @throws When the build or vsce fails.
 */
export function buildPackage({ outFile, print = (line) => console.log(line) } = {}) {
  const started = Date.now();
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const vsix = path.resolve(outFile ?? path.join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`));
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'synoptic-package-'));
  try {
    const files = shippedFiles(REPO_ROOT);
    for (const relative of [...files, '.vscodeignore']) {
      fs.mkdirSync(path.dirname(path.join(stage, relative)), { recursive: true });
      fs.copyFileSync(path.join(REPO_ROOT, relative), path.join(stage, relative));
    }
    print(`[package] production build into ${stage}`);
    const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.mjs'), '--production', '--outdir', stage],
      { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`production build failed:\n${build.stdout}${build.stderr}`);
    for (const bundle of BUNDLES) {
      if (!fs.existsSync(path.join(stage, bundle))) throw new Error(`production build did not write ${bundle}`);
    }

    const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
    fs.mkdirSync(path.dirname(vsix), { recursive: true });
    fs.rmSync(vsix, { force: true });
    // No repository URL is known, so relative README links stay relative rather than being rewritten to one.
    const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix];
    print(`[package] vsce ${args.slice(1).join(' ')}`);
    const packaged = spawnSync(process.execPath, args, {
      cwd: stage,
      encoding: 'utf8',
      input: '',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    if (packaged.status !== 0 || !fs.existsSync(vsix)) {
      throw new Error(`vsce package failed (exit ${packaged.status}):\n${packaged.stdout}${packaged.stderr}`);
    }
    for (const line of `${packaged.stdout}${packaged.stderr}`.split('\n')) if (line.trim()) print(`[vsce] ${line}`);

    const bytes = fs.statSync(vsix).size;
    const entries = listZip(vsix);
    const problems = [];
    if (bytes >= SIZE_BUDGET_BYTES) problems.push(`${path.basename(vsix)} is ${bytes} bytes, over the budget of ${SIZE_BUDGET_BYTES}`);
    const expected = new Set([...files, ...BUNDLES].map(vsixName));
    const packagedNames = new Set();
    for (const entry of entries) {
      if (entry.name === 'extension.vsixmanifest' || entry.name === '[Content_Types].xml') continue;
      const name = entry.name.toLowerCase();
      packagedNames.add(name);
      if (!expected.has(name)) problems.push(`unexpected file in the package: ${entry.name}`);
    }
    for (const name of expected) if (!packagedNames.has(name)) problems.push(`missing from the package: ${name}`);
    return { vsix, bytes, entries, problems, durationMs: Date.now() - started };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  let result;
  try {
    result = buildPackage({ outFile: outIndex >= 0 ? process.argv[outIndex + 1] : undefined });
  } catch (error) {
    console.error(`[package] ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  console.log(`\n${path.relative(process.cwd(), result.vsix) || result.vsix}: ${result.bytes} bytes (${kilobytes(result.bytes)}), budget ${kilobytes(SIZE_BUDGET_BYTES)}`);
  for (const entry of result.entries) {
    console.log(`  ${String(entry.size).padStart(9)}  ${String(entry.compressedSize).padStart(9)}  ${entry.name}`);
  }
  console.log(`  ${'size'.padStart(9)}  ${'zipped'.padStart(9)}`);
  if (result.problems.length) {
    for (const problem of result.problems) console.error(`[package] ${problem}`);
    process.exit(1);
  }
  console.log(`[package] ok in ${(result.durationMs / 1000).toFixed(1)} s`);
}

// Bundles the client and the server (and the CLI) into single files, like vscode-eslint's esbuild.js.
// Usage: node esbuild.mjs [--watch] [--production] [--outdir DIR]
// --outdir writes client/out and server/out under DIR instead of the repository (scripts/package.mjs stages a
// production build there, leaving the development bundles alone).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const root = path.dirname(fileURLToPath(import.meta.url));
const outdirIndex = process.argv.indexOf('--outdir');
const outdir = outdirIndex >= 0 ? path.resolve(process.argv[outdirIndex + 1]) : root;

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  define: { SYNOPTIC_VERSION: JSON.stringify(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version) },
};

const builds = [
  { ...common, entryPoints: [path.join(root, 'client/src/extension.ts')], outfile: path.join(outdir, 'client/out/extension.js'), external: ['vscode'] },
  { ...common, entryPoints: [path.join(root, 'server/src/lsp/main.ts')], outfile: path.join(outdir, 'server/out/server.js') },
  // The scan's worker threads (host/analysisPool.ts) load this file, next to server.js and cli.js.
  { ...common, entryPoints: [path.join(root, 'server/src/host/analysisWorker.ts')], outfile: path.join(outdir, 'server/out/analysisWorker.js') },
  { ...common, entryPoints: [path.join(root, 'server/src/cli/main.ts')], outfile: path.join(outdir, 'server/out/cli.js'), banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

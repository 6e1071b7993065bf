#!/usr/bin/env node
// `npm run start:desktop`: opens the sample corpus (or FOLDER) in a desktop VS Code with the extension loaded from
// this repository: `code --extensionDevelopmentPath=<repo> <folder>`. Needs `code` on PATH; without it, says so and
// exits 1 (`npm start` is the browser alternative).
//
// Usage: npm run start:desktop [-- FOLDER]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The `code` executable on PATH, or undefined. */
function findOnPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const candidate of process.platform === 'win32' ? [`${name}.cmd`, `${name}.exe`] : [name]) {
      const file = path.join(dir, candidate);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        if (fs.statSync(file).isFile()) return file;
      } catch {
        // Not here.
      }
    }
  }
  return undefined;
}

const [folderArgument, ...rest] = process.argv.slice(2);
if (rest.length || folderArgument?.startsWith('-')) {
  console.error('Usage: npm run start:desktop [-- FOLDER]');
  process.exit(1);
}
// npm runs scripts from the repository root; INIT_CWD is where the user typed the command.
const folder = folderArgument
  ? path.resolve(process.env.INIT_CWD || process.cwd(), folderArgument)
  : path.join(REPO_ROOT, 'sample-corpus');
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
  console.error(`[start:desktop] not a folder: ${folder}`);
  process.exit(1);
}

const code = findOnPath('code');
if (!code) {
  console.error(`[start:desktop] no desktop VS Code found: the \`code\` command is not on PATH.
Install VS Code and its \`code\` command (Command Palette: "Shell Command: Install 'code' command in PATH"), then run this again,
or run \`npm start\` to open ${path.relative(REPO_ROOT, folder) || folder} in a browser editor instead.`);
  process.exit(1);
}

const args = [`--extensionDevelopmentPath=${REPO_ROOT}`, folder];
console.log(`[start:desktop] ${code} ${args.join(' ')}`);
const child = spawn(code, args, { stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`[start:desktop] could not run ${code}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (exitCode, signal) => process.exit(exitCode ?? (signal ? 1 : 0)));

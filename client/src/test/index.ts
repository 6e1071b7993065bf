// Entry point of the editor suite, loaded by the extension host as extensionTestsPath
// (out/client/src/test/index.js). Both runners use it: scripts/e2e/runExtensionTests.mjs (code-server)
// and scripts/test-electron.mjs (@vscode/test-electron).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Prefix of the line the runners parse for the counts: `[synoptic-editor] N passed, N failed`. */
const RESULT_PREFIX = '[synoptic-editor]';

/**
 * Runs every `suite/*.test.js` with mocha's BDD interface and resolves when all passed.
 * `SYNOPTIC_EDITOR_GREP` limits the run to tests whose full title matches it.
 * `SYNOPTIC_EDITOR_RESULT_FILE`, when set, receives the counts as JSON as well.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 30000 });
  if (process.env.SYNOPTIC_EDITOR_GREP) mocha.grep(process.env.SYNOPTIC_EDITOR_GREP);
  const suiteDir = path.join(__dirname, 'suite');
  // tsc never deletes outputs: skip compiled tests whose source is gone (out/client/src/test -> client/src/test).
  const sourceDir = path.resolve(__dirname, '..', '..', '..', '..', 'client', 'src', 'test', 'suite');
  const hasSources = fs.existsSync(sourceDir);
  for (const file of fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort()) {
    if (hasSources && !fs.existsSync(path.join(sourceDir, file.replace(/\.js$/, '.ts')))) continue;
    mocha.addFile(path.join(suiteDir, file));
  }
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      const runner = mocha.run(() => {
        const line = `${RESULT_PREFIX} ${passed} passed, ${failed} failed`;
        console.log(line);
        if (process.env.SYNOPTIC_EDITOR_RESULT_FILE) {
          fs.writeFileSync(process.env.SYNOPTIC_EDITOR_RESULT_FILE, JSON.stringify({ passed, failed }));
        }
        if (failed > 0) reject(new Error(`${failed} editor test(s) failed.`));
        else resolve();
      });
      runner.on('pass', () => { passed++; });
      // Counts failing hooks too: a failed before() would otherwise hide every test it skipped.
      runner.on('fail', () => { failed++; });
    } catch (error) {
      console.error(error);
      console.log(`${RESULT_PREFIX} ${passed} passed, ${failed + 1} failed`);
      reject(error);
    }
  });
}

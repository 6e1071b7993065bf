// Architecture test: the engine stays pure (ARCHITECTURE.md, server/src/engine invariants).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ENGINE = path.resolve(__dirname, '../../../../../server/src/engine');
const FORBIDDEN = /from\s+'(vscode|vscode-languageserver[^']*|vscode-jsonrpc|node:fs|fs|node:child_process|node:net|node:http|node:https)'/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(folder, entry.name)) : entry.name.endsWith('.ts') ? [path.join(folder, entry.name)] : [],
  );
}

describe('Engine architecture', () => {
  it('Should import neither vscode, nor an LSP package, nor IO modules', () => {
    const offenders = sourceFiles(ENGINE).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => FORBIDDEN.test(line))
        .map((line) => `${path.relative(ENGINE, file)}: ${line.trim()}`),
    );
    assert.deepEqual(offenders, []);
  });
});

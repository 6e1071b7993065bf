// CLI tests: run the bundled `server/out/cli.js` (npm run build) on test-fixtures/cli and compare the exact output.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const REPOSITORY_ROOT = path.resolve(__dirname, '../../../../..');
const CLI = path.join(REPOSITORY_ROOT, 'server/out/cli.js');
const FOLDER = 'test-fixtures/cli';

/** Runs the CLI from the repository root; stderr is not a terminal, so no progress is printed. */
function run(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const lines = (...all: string[]) => `${all.join('\n')}\n`;

describe('synoptic check', () => {
  it('Should print every diagnostic compiler style and exit 0 below the default --fail-on error', () => {
    const result = run('check', FOLDER);
    assert.equal(
      result.stdout,
      lines(
        'test-fixtures/cli/orrin-wire.txt:5:2: warning quote-mismatch: Quoted differently in Valley Times: “This plant will put an end to the boil-water notices for ever,”.',
        "test-fixtures/cli/orrin-wire.txt:7:1: info unattributed-claim: Unattributed figure in the outlet's own voice: add {@Speaker} if someone said it. Likely speakers: Hanna Lusk, Tomas Brede.",
        'test-fixtures/cli/valley-times.txt:5:2: warning quote-mismatch: Quoted differently in Orrin Wire: “This plant will end the boil-water notices for good,”.',
        "test-fixtures/cli/valley-times.txt:7:1: info unattributed-claim: Unattributed factual claim in the outlet's own voice: add {@Speaker} if someone said it. Likely speakers: Hanna Lusk, Tomas Brede.",
      ),
    );
    assert.equal(result.stderr, '4 problems (2 warnings, 2 info) in 3 articles.\n');
    assert.equal(result.status, 0);
  });

  it('Should exit 1 when a diagnostic is at or above --fail-on', () => {
    assert.equal(run('check', FOLDER, '--fail-on', 'warning').status, 1);
    assert.equal(run('check', FOLDER, '--fail-on=info').status, 1);
  });

  it('Should print JSON with --json', () => {
    const problems = JSON.parse(run('check', FOLDER, '--json').stdout) as { file: string; line: number; column: number; severity: string; code: string }[];
    assert.deepEqual(problems[0], {
      file: 'test-fixtures/cli/orrin-wire.txt',
      line: 5,
      column: 2,
      severity: 'warning',
      code: 'quote-mismatch',
      message: 'Quoted differently in Valley Times: “This plant will put an end to the boil-water notices for ever,”.',
    });
  });

  it('Should exit 2 on usage errors', () => {
    assert.equal(run('check', FOLDER, '--fail-on', 'loud').status, 2);
    assert.equal(run('frobnicate', FOLDER).status, 2);
    assert.equal(run('check').status, 2);
    assert.equal(run('check', 'test-fixtures/no-such-folder').status, 2);
    assert.equal(run('check', FOLDER, '--fail-on').status, 2);
  });
});

describe('synoptic parallels', () => {
  it('Should list clusters with file, line, speaker and text', () => {
    const result = run('parallels', FOLDER);
    assert.equal(
      result.stdout,
      lines(
        '#1 Hanna Lusk, 3 sources',
        '  test-fixtures/cli/lakeside-post.txt:3  Hanna Lusk: Mayor Hanna Lusk told reporters the Lake Orrin plant will serve 40,000 homes from July.',
        '  test-fixtures/cli/orrin-wire.txt:3  Hanna Lusk: Mayor Hanna Lusk said on Monday that the new water treatment plant on Lake Orrin will supply 40,000 homes from July. {!verified: checked against the council minutes}',
        '  test-fixtures/cli/valley-times.txt:3  Hanna Lusk: The new water treatment plant on Lake Orrin will supply 40,000 homes from July, Mayor Hanna Lusk said.',
        '',
        '#2 Hanna Lusk, 2 sources',
        '  test-fixtures/cli/orrin-wire.txt:5  Hanna Lusk: "This plant will end the boil-water notices for good," Lusk said.',
        '  test-fixtures/cli/valley-times.txt:5  Hanna Lusk: "This plant will put an end to the boil-water notices for ever," Lusk said. {!disputed: the utility says notices may return in droughts}',
      ),
    );
    assert.equal(result.status, 0);
    const json = JSON.parse(run('parallels', FOLDER, '--json').stdout) as { speaker: string; members: { file: string; line: number }[] }[];
    assert.deepEqual(json.map((cluster) => cluster.members.length), [3, 2]);
  });
});

describe('synoptic quotes', () => {
  it('Should list quotes and claims with their review status', () => {
    assert.equal(
      run('quotes', FOLDER).stdout,
      lines(
        '[verified] Hanna Lusk: Mayor Hanna Lusk told reporters the Lake Orrin plant will serve 40,000 homes from July.',
        '  note: checked against the council minutes',
        '  test-fixtures/cli/lakeside-post.txt:3:1  Lakeside Post',
        '  test-fixtures/cli/orrin-wire.txt:3:27  Orrin Wire',
        '  test-fixtures/cli/valley-times.txt:3:1  Valley Times',
        '[disputed] Hanna Lusk: "This plant will end the boil-water notices for good," Lusk said.',
        '  note: the utility says notices may return in droughts',
        '  test-fixtures/cli/orrin-wire.txt:5:1  Orrin Wire',
        '  test-fixtures/cli/valley-times.txt:5:1  Valley Times',
        '[single-source] Tomas Brede: Opposition councillor Tomas Brede said the plant cost 62 million crowns.',
        '  test-fixtures/cli/lakeside-post.txt:5:1  Lakeside Post',
        '[single-source] (unattributed): The plant cost 62 million crowns, according to the regional utility.',
        '  test-fixtures/cli/orrin-wire.txt:7:1  Orrin Wire',
        '[single-source] (unattributed): Residents have waited two years for the plant.',
        '  test-fixtures/cli/valley-times.txt:7:1  Valley Times',
      ),
    );
  });

  it('Should filter by --status and print JSON', () => {
    const json = JSON.parse(run('quotes', FOLDER, '--status', 'disputed', '--json').stdout) as { statements: { status: string; note: string }[] };
    assert.deepEqual(json.statements.map((statement) => [statement.status, statement.note]), [['disputed', 'the utility says notices may return in droughts']]);
    assert.equal(run('quotes', FOLDER, '--status', 'maybe').status, 2);
  });
});

describe('synoptic table', () => {
  it('Should print the synoptic table as CSV', () => {
    assert.equal(
      run('table', FOLDER, '--format', 'csv').stdout,
      [
        'statement,speaker,status,Lakeside Post,Orrin Wire,Valley Times',
        '"Mayor Hanna Lusk told reporters the Lake Orrin plant will serve 40,000 homes from July.",Hanna Lusk,verified,paraphrase,paraphrase,paraphrase',
        '"""This plant will end the boil-water notices for good,"" Lusk said.",Hanna Lusk,disputed,absent,quote,quote',
        'Opposition councillor Tomas Brede said the plant cost 62 million crowns.,Tomas Brede,single-source,paraphrase,absent,absent',
        '"The plant cost 62 million crowns, according to the regional utility.",(unattributed),single-source,absent,paraphrase,absent',
        'Residents have waited two years for the plant.,(unattributed),single-source,absent,absent,paraphrase',
        '',
      ].join('\r\n'),
    );
  });

  it('Should print the synoptic table as Markdown', () => {
    const table = run('table', FOLDER, '--format', 'md').stdout.split('\n');
    assert.equal(table[0], '| statement | speaker | status | Lakeside Post | Orrin Wire | Valley Times |');
    assert.equal(table[3], '| "This plant will end the boil-water notices for good," Lusk said. | Hanna Lusk | disputed | absent | quote | quote |');
    assert.equal(run('table', FOLDER, '--format', 'pdf').status, 2);
  });
});

describe('synoptic attribution', () => {
  it('Should keep listing who said what per file', () => {
    const result = run('attribution', FOLDER);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^lakeside-post\.txt\n {2}\d+-\d+ {2}Hanna Lusk: Mayor Hanna Lusk told reporters/);
  });

  it('Should document every command in --help', () => {
    const help = run('--help').stdout;
    for (const command of ['attribution', 'check', 'parallels', 'quotes', 'table', '--fail-on', '--status', '--format', '--progress']) assert.ok(help.includes(command), command);
  });
});

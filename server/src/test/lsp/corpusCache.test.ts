// Protocol tests for the persisted corpus cache: written on shutdown, loaded on the next start,
// and a corrupt file is rejected and rebuilt.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { buildKey } from '../../host/cacheStore';
import { eventually, makeWorkspace, startServer } from './lspClient';

const ONE = 'Harbour fees\n\nThe port authority said harbour fees would rise by 8 percent in March, citing dredging costs.\n';
const TWO = 'Fees to rise\n\nHarbour fees will rise by 8 percent in March because of dredging costs, the port authority said.\n';

describe('Corpus cache', function () {
  this.timeout(30_000);
  let folder: string;
  let storage: string;

  before(async () => {
    folder = await makeWorkspace({ 'synoptic.json': '{}', 'one.txt': ONE, 'two.txt': TWO });
    storage = await fs.mkdtemp(path.join(os.tmpdir(), 'synoptic-storage-'));
  });

  after(async () => {
    await fs.rm(folder, { recursive: true, force: true });
    await fs.rm(storage, { recursive: true, force: true });
  });

  async function referencesFromOne(): Promise<{ locations: Location[]; logs: string[] }> {
    const server = await startServer(folder, { initializationOptions: { storagePath: storage }, keepFolder: true });
    try {
      await server.indexed;
      const locations = (await server.connection.sendRequest('textDocument/references', {
        textDocument: { uri: server.uri('one.txt') },
        position: { line: 2, character: 8 },
        context: { includeDeclaration: false },
      })) as Location[];
      return { locations, logs: [...server.logs] };
    } finally {
      await server.stop();
    }
  }

  async function cacheFiles(): Promise<string[]> {
    return (await fs.readdir(storage)).filter((name) => name.endsWith('.bin'));
  }

  it('Should write the cache and answer from it on the next start', async () => {
    const first = await referencesFromOne();
    assert.equal(first.locations.length, 1);
    await eventually(async () => ((await cacheFiles()).length > 0 ? true : undefined), 'a cache file');
    const second = await referencesFromOne();
    assert.ok(second.logs.some((line) => /Loaded \d+ corpus cache file/.test(line)), second.logs.join('\n'));
    assert.deepEqual(second.locations, first.locations);
  });

  it('Should reject a corrupt cache file and rebuild the index', async () => {
    for (const name of await cacheFiles()) {
      const file = path.join(storage, name);
      const data = await fs.readFile(file);
      data[Math.floor(data.length / 2)] ^= 0xff;
      await fs.writeFile(file, data);
    }
    const result = await referencesFromOne();
    assert.ok(result.logs.some((line) => /Ignoring the corpus cache/.test(line)), result.logs.join('\n'));
    assert.equal(result.locations.length, 1);
  });
});

describe('Cache file names', () => {
  it('Should key cache files by the build: another version or other code never shares them', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'synoptic-build-'));
    try {
      const code = path.join(folder, 'server.js');
      await fs.writeFile(code, 'one build');
      const first = buildKey('1.0.0', code);
      assert.notEqual(buildKey('1.0.1', code), first);
      await fs.writeFile(code, 'another build');
      assert.notEqual(buildKey('1.0.0', code), first);
      assert.equal(buildKey('1.0.0', path.join(folder, 'missing.js')), '1.0.0');
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});

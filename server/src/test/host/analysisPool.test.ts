// The cold scan on worker threads: a pooled scan gives the engine what a scan on the main thread gives it,
// a failing worker costs time but no source, and a batch never overwrites what changed while it was away.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine, type Engine } from '../../engine';
import { AnalysisPool, type Analyser, type AnalysisItem, type CacheShare } from '../../host/analysisPool';
import { WorkspaceIndex } from '../../host/workspaceIndex';

const FIXTURES = path.resolve(__dirname, '../../../../../test-fixtures');

/**
 * What features read from the engine, one JSON line per source (each sentence's parallels) and one each for the
 * speaker directory, markers and clusters: compared as strings, since a deep comparison of this much data is slow to explain.
 */
function snapshot(engine: Engine): string[] {
  const ids = [...engine.sources()].map((source) => source.id).sort();
  return [
    ...ids.map((id) => `${id}: ${JSON.stringify(engine.getSource(id)!.article.sentences.map((_, sentence) => engine.parallelsOf(id, sentence)))}`),
    `speakers: ${JSON.stringify(engine.speakers.speakers())}`,
    `speaker markers: ${JSON.stringify(engine.markers.names('speaker'))}`,
    `clusters: ${JSON.stringify(engine.clusters())}`,
  ];
}

function assertSameEngine(actual: Engine, expected: Engine): void {
  const [got, want] = [snapshot(actual), snapshot(expected)];
  assert.equal(got.length, want.length);
  const differing = got.findIndex((line, index) => line !== want[index]);
  assert.equal(differing, -1, `differs at ${(got[differing] ?? '').slice(0, 120)}`);
}

async function scan(folders: readonly string[], analyser?: Analyser, log: string[] = []): Promise<{ engine: Engine; index: WorkspaceIndex }> {
  const engine = createEngine();
  const index = new WorkspaceIndex(engine, { maxFileSize: () => 5_000_000, log: (_, message) => log.push(message), warn: () => undefined, analyser: () => analyser });
  await index.addFolders(folders);
  return { engine, index };
}

describe('Analysis pool', function () {
  this.timeout(60_000);
  const corpora = ['corpus-a', 'corpus-c', 'corpus-k'].map((name) => path.join(FIXTURES, name));

  it('Should give a pooled scan the same parallels, speakers and clusters as a scan on the main thread', async () => {
    const pool = new AnalysisPool(2, 2);
    try {
      const pooled = await scan(corpora, pool);
      assert.ok(pool.started > 0, 'the scan used workers');
      const direct = await scan(corpora);
      assertSameEngine(pooled.engine, direct.engine);
      assert.equal(pooled.index.articleCount(), direct.index.articleCount());
    } finally {
      await pool.dispose();
    }
  });

  it('Should analyse on the main thread what a failing worker could not', async () => {
    const script = path.join(os.tmpdir(), `synoptic-broken-worker-${process.pid}.js`);
    fs.writeFileSync(script, "throw new Error('broken worker');\n");
    const pool = new AnalysisPool(1, 2, script);
    const log: string[] = [];
    try {
      const pooled = await scan(corpora, pool, log);
      assert.ok(log.some((line) => /on a worker failed .*broken worker.*main thread/.test(line)), log.join('\n'));
      assertSameEngine(pooled.engine, (await scan(corpora)).engine);
    } finally {
      await pool.dispose();
      fs.rmSync(script, { force: true });
    }
  });

  it('Should not let a batch overwrite a document opened while it was analysed', async () => {
    let started: () => void = () => undefined;
    const analysing = new Promise<void>((resolve) => (started = resolve));
    let release: () => void = () => undefined;
    const held: Analyser = {
      batchSize: 1,
      batchChars: 1_000_000,
      analyse: async (items: readonly AnalysisItem[]): Promise<CacheShare[]> => {
        started();
        await new Promise<void>((resolve) => (release = resolve));
        const worker = createEngine();
        for (const item of items) worker.setSource(item.id, item.text, item.info);
        return worker.saveCache();
      },
    };
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'synoptic-pool-'));
    try {
      fs.writeFileSync(path.join(folder, 'synoptic.json'), '{"include": ["**/*.txt"]}');
      fs.writeFileSync(path.join(folder, 'a.txt'), 'Ferry\n\nThe mayor said the ferry would run daily.\n');
      const engine = createEngine();
      const index = new WorkspaceIndex(engine, { maxFileSize: () => 5_000_000, log: () => undefined, warn: () => undefined, analyser: () => held });
      const scanning = index.addFolders([folder]);
      const uri = `file://${path.join(folder, 'a.txt')}`;
      await analysing;
      index.setOpenDocument(uri, 'Ferry\n\nThe mayor said the ferry would run weekly.\n');
      release();
      await scanning;
      assert.match(engine.getSource(uri)!.text, /weekly/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

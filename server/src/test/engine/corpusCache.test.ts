// The engine's persisted corpus: a warm engine loaded from a cache answers like the cold one without
// parsing unchanged sources, and rejects corrupt or foreign data.
import * as assert from 'node:assert/strict';
import { createEngine, sourceLabel, type Engine, type SourceInfo } from '../../engine';
import { decodeCorpusCache, encodeCorpusCache } from '../../engine/corpusCache';

const TEXTS: Record<string, string> = {
  'a.txt': 'Ferry deal\n\nMayor Ines Calder said the ferry would run daily from May. {#transport}\n\n{@Ines Calder} Fares stay at two crowns.\n',
  'b.txt': 'Daily ferry\n\nThe ferry will run every day from May, Calder said.\n\nCaptain Lars Moen said the crew was ready.\n',
};

const info = (name: string, hash = `hash-of-${name}`): SourceInfo => ({ fileName: name, corpus: '/corpus', contentHash: hash });

function coldEngine(): Engine {
  const engine = createEngine();
  for (const [name, text] of Object.entries(TEXTS)) engine.setSource(name, text, info(name));
  return engine;
}

function warmEngine(data: Uint8Array, texts: Record<string, string> = TEXTS): Engine {
  const engine = createEngine();
  assert.deepEqual(engine.loadCache('/corpus', data), { ok: true });
  for (const [name, text] of Object.entries(texts)) engine.setSource(name, text, info(name));
  engine.pruneCache();
  return engine;
}

describe('Corpus cache', () => {
  it('Should give a warm engine the same speakers, markers and parallels as the cold one', () => {
    const cold = coldEngine();
    const [saved] = cold.saveCache();
    assert.equal(saved.corpus, '/corpus');
    const warm = warmEngine(saved.data);
    assert.deepEqual(warm.speakers.speakers(), cold.speakers.speakers());
    assert.deepEqual(warm.markers.names('topic'), cold.markers.names('topic'));
    assert.deepEqual(warm.markers.names('speaker'), cold.markers.names('speaker'));
    assert.deepEqual(warm.parallelsOf('a.txt', 0), cold.parallelsOf('a.txt', 0));
    assert.ok(warm.parallelsOf('a.txt', 0).length > 0);
    assert.equal(sourceLabel(warm.getSource('b.txt')!), 'Daily ferry');
    // Features still get the full parse, computed on first use.
    assert.deepEqual(warm.getSource('b.txt')!.attribution, cold.getSource('b.txt')!.attribution);
  });

  it('Should trust a summary only for the content hash it was written for', () => {
    const [saved] = coldEngine().saveCache();
    // Same hash, different text: the cache is trusted (the host's hash is the key), so Moen stays known.
    const trusted = warmEngine(saved.data, { ...TEXTS, 'b.txt': 'Another headline\n\nNothing was said.\n' });
    assert.ok(trusted.speakers.speakers().some((entry) => entry.name === 'Lars Moen'));
    assert.equal(sourceLabel(trusted.getSource('b.txt')!), 'Daily ferry', 'the label comes from the cache, not a parse');
    // A new hash: the source is analysed again and its old contribution is gone.
    const engine = createEngine();
    engine.loadCache('/corpus', saved.data);
    engine.setSource('a.txt', TEXTS['a.txt'], info('a.txt'));
    engine.setSource('b.txt', 'Daily ferry\n\nNothing was said.\n', info('b.txt', 'a-new-hash'));
    assert.ok(!engine.speakers.speakers().some((entry) => entry.name === 'Lars Moen'));
    assert.deepEqual(engine.parallelsOf('a.txt', 0), []);
  });

  it('Should forget cached sources the host never sets', () => {
    const [saved] = coldEngine().saveCache();
    const engine = warmEngine(saved.data, { 'a.txt': TEXTS['a.txt'] });
    assert.ok(!engine.speakers.speakers().some((entry) => entry.name === 'Lars Moen'));
    assert.deepEqual(engine.parallelsOf('a.txt', 0), []);
    assert.equal(engine.saveCache()[0].data.length < saved.data.length, true);
  });

  it('Should reject corrupt, truncated and foreign data', () => {
    const [saved] = coldEngine().saveCache();
    const flipped = saved.data.slice();
    flipped[30] ^= 0x01;
    const cases: [string, Uint8Array, RegExp][] = [
      ['a flipped bit in the summaries', flipped, /checksum/],
      ['a truncated header', saved.data.subarray(0, 10), /truncated/],
      ['no magic', new Uint8Array(64), /not a Synoptic corpus cache/],
      ['a truncated parallel index', saved.data.subarray(0, saved.data.length - 8), /./],
    ];
    for (const [what, data, problem] of cases) {
      const result = createEngine().loadCache('/corpus', data);
      assert.equal(result.ok, false, what);
      if (!result.ok) assert.match(result.problem, problem, what);
    }
  });

  it('Should reject summaries of the wrong shape even with a valid checksum', () => {
    const joint = { name: 'X + Y', kind: 'joint', forms: [], titles: [], passages: 1 } as never;
    const forged = encodeCorpusCache(new Map([['a.txt', { contentHash: 'h', headline: null, speakers: [joint], markers: { speaker: [], topic: [] } }]]), new Uint8Array());
    const decoded = decodeCorpusCache(forged);
    assert.equal(decoded.ok, false);
    if (!decoded.ok) assert.match(decoded.problem, /malformed summary for a\.txt/);
  });

  it('Should merge caches of one corpus written by separate engines, as the shares of a cold scan are', () => {
    const cold = coldEngine();
    const shares = Object.entries(TEXTS).map(([name, text]) => {
      const worker = createEngine();
      worker.setSource(name, text, info(name));
      return worker.saveCache()[0].data;
    });
    const merged = createEngine();
    for (const share of shares) assert.deepEqual(merged.loadCache('/corpus', share), { ok: true });
    for (const [name, text] of Object.entries(TEXTS)) merged.setSource(name, text, info(name));
    assert.deepEqual(merged.parallelsOf('a.txt', 0), cold.parallelsOf('a.txt', 0));
    assert.deepEqual(merged.parallelsOf('b.txt', 0), cold.parallelsOf('b.txt', 0));
    assert.deepEqual(merged.speakers.speakers(), cold.speakers.speakers());
    // The merged engine saves what the cold one saves: a restart from it answers the same again.
    assert.deepEqual(warmEngine(merged.saveCache()[0].data).parallelsOf('b.txt', 0), cold.parallelsOf('b.txt', 0));
  });

  it('Should keep a source set before a cache that also holds it', () => {
    const [saved] = coldEngine().saveCache();
    const engine = createEngine();
    engine.setSource('b.txt', 'Daily ferry\n\nNothing was said.\n', info('b.txt', 'a-new-hash'));
    assert.deepEqual(engine.loadCache('/corpus', saved.data), { ok: true });
    engine.setSource('a.txt', TEXTS['a.txt'], info('a.txt'));
    engine.pruneCache();
    assert.deepEqual(engine.parallelsOf('a.txt', 0), [], 'b.txt keeps its newer text, which reports nothing of a.txt');
    assert.ok(!engine.speakers.speakers().some((entry) => entry.name === 'Lars Moen'));
  });
});

describe('Lazy sources', () => {
  it('Should keep a bounded number of analyses and recompute a dropped one identically', () => {
    const engine = createEngine();
    const first = engine.setSource('first.txt', TEXTS['a.txt'], info('first.txt'));
    const article = first.article;
    assert.equal(first.article, article, 'kept while in use');
    // Touch more sources than the engine keeps analyses for: the first one's analysis is dropped.
    for (let index = 0; index < 2100; index++) engine.setSource(`s${index}.txt`, `Note ${index}\n\nThe council said item ${index} passed.\n`, info(`s${index}.txt`)).article;
    const again = engine.getSource('first.txt')!.article;
    assert.notEqual(again, article);
    assert.deepEqual(again, article);
  });
});

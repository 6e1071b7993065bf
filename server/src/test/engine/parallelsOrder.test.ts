import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../engine/article';
import { SpeakerDirectory } from '../../engine/attribution/aliases';
import { attributeArticle } from '../../engine/attribution/index';
import type { Article } from '../../engine/model';
import { TermIndex } from '../../engine/parallels/candidateIndex';
import { ParallelIndex } from '../../engine/parallels/index';

const FIXTURES = path.resolve(__dirname, '../../../../../test-fixtures');

interface Source {
  readonly id: string;
  readonly article: Article;
  readonly speakers: readonly (string | null)[];
}

/** The articles of a fixture corpus, with the speakers the attribution engine gives them. */
function loadCorpus(name: string): Source[] {
  const directory = path.join(FIXTURES, name);
  const files = fs.readdirSync(directory).filter((file) => /\.(txt|article)$/.test(file)).sort();
  const directory_ = new SpeakerDirectory();
  const parsed = files.map((file) => {
    const article = parseArticle(fs.readFileSync(path.join(directory, file), 'utf8'));
    const attribution = attributeArticle(article);
    directory_.setSource(file, attribution.speakers);
    return { file, article, attribution };
  });
  return parsed.map(({ file, article, attribution }) => {
    const speakers: (string | null)[] = new Array(article.sentences.length).fill(null);
    for (const passage of attribution.passages) if (passage.speaker !== null) speakers[passage.sentence] = directory_.canonical(passage.speaker.name);
    return { id: `${name}/${file}`, article, speakers };
  });
}

function build(sources: readonly Source[]): ParallelIndex {
  const index = new ParallelIndex();
  for (const source of sources) index.update(source.id, source.article, source.speakers);
  return index;
}

/** Every sentence's parallels, by source id then sentence. */
function allParallels(index: ParallelIndex, sources: readonly Source[]): string {
  const ordered = [...sources].sort((x, y) => (x.id < y.id ? -1 : 1));
  return JSON.stringify(ordered.map((source) => source.article.sentences.map((_, sentence) => index.parallelsOf(source.id, sentence))));
}

describe('Parallel passages do not depend on indexing order', function () {
  this.timeout(60_000);
  const sources = ['corpus-a', 'corpus-c', 'corpus-k'].flatMap(loadCorpus);
  // Another order: reversed, then every other source moved to the end.
  const reversed = [...sources].reverse();
  const shuffled = [...reversed.filter((_, position) => position % 2 === 0), ...reversed.filter((_, position) => position % 2 === 1)];

  it('gives the same clusters and parallels for sources indexed in different orders', () => {
    const forward = build(sources);
    const other = build(shuffled);
    assert.ok(forward.clusters().length > 20);
    assert.equal(JSON.stringify(other.clusters()), JSON.stringify(forward.clusters()));
    assert.equal(allParallels(other, sources), allParallels(forward, sources));
  });

  it('gives the same answers after a source is set again with the same text (its passages move to the end)', () => {
    const forward = build(sources);
    const expectedClusters = JSON.stringify(forward.clusters());
    const expectedParallels = allParallels(forward, sources);
    const edited = build(sources);
    edited.clusters();
    for (const source of [sources[0], sources[7]]) edited.update(source.id, source.article, source.speakers);
    assert.equal(JSON.stringify(edited.clusters()), expectedClusters);
    assert.equal(allParallels(edited, sources), expectedParallels);
  });

  it('gives the same answers after a round trip through serialize, and from halves absorbed in either order', () => {
    const forward = build(sources);
    const expectedClusters = JSON.stringify(forward.clusters());
    const expectedParallels = allParallels(forward, sources);
    const restored = ParallelIndex.deserialize(build(shuffled).serialize());
    assert.ok(restored.ok);
    assert.equal(JSON.stringify(restored.index.clusters()), expectedClusters);
    assert.equal(allParallels(restored.index, sources), expectedParallels);
    const half = Math.floor(sources.length / 2);
    const first = build(sources.slice(0, half)).serialize();
    const second = build(sources.slice(half)).serialize();
    const absorbed = new ParallelIndex();
    assert.ok(absorbed.absorb(second).ok);
    assert.ok(absorbed.absorb(first).ok);
    assert.equal(JSON.stringify(absorbed.clusters()), expectedClusters);
    assert.equal(allParallels(absorbed, sources), expectedParallels);
  });

  it('breaks ties between equally good candidates by source id, not by indexing order', () => {
    // Three sources repeat one sentence word for word: the two other versions score alike, and come
    // in source-id order whichever was indexed first. A look-alike with another number is no parallel.
    const text = (body: string): Article => parseArticle(`Report\n\n${body}\n`);
    const same = 'The harbour authority will dredge the northern channel before the spring floods.';
    const articles: [string, Article][] = [
      ['c-source', text(same)],
      ['a-source', text(same)],
      ['b-source', text(same)],
      ['d-source', text('The harbour authority will not dredge the northern channel before the spring floods.')],
    ];
    const answers = [articles, [...articles].reverse()].map((order) => {
      const index = new ParallelIndex();
      for (const [id, article] of order) index.update(id, article);
      const article = articles[0][1];
      const sentence = article.sentences.findIndex((span) => article.text.slice(span.start, span.end).includes('harbour'));
      return index.parallelsOf('c-source', sentence).map((parallel) => parallel.sourceId);
    });
    assert.deepEqual(answers[0], ['a-source', 'b-source']);
    assert.deepEqual(answers[1], answers[0]);
  });

  it('keeps the best candidates, with ties broken by group rank, when it cuts to the limit', () => {
    // 300 passages: every third one holds a rare term too. Groups are ranked in reverse.
    const terms = new TermIndex();
    const common = terms.intern('harbour');
    const rare = terms.intern('dredge');
    const groupOf = new Int32Array(300);
    const groupRank = new Int32Array(300);
    for (let passage = 0; passage < 300; passage++) {
      terms.add(passage, passage % 3 === 0 ? [common, rare] : [common]);
      groupOf[passage] = passage;
      groupRank[passage] = 299 - passage;
    }
    const all = Array.from(terms.candidates([common, rare], () => true, Number.POSITIVE_INFINITY, 0, 300, groupOf, groupRank));
    const cut = Array.from(terms.candidates([common, rare], () => true, 20, 0, 300, groupOf, groupRank));
    assert.deepEqual(cut, all.slice(0, 20));
    // The rare term's holders come first, the highest-ranked group (the last passage) first among them.
    assert.deepEqual(cut.slice(0, 3), [297, 294, 291]);
    // Every passage holds the common term: none is lost below the limit when there is none.
    assert.equal(all.length, 300);
  });
});

import * as assert from 'node:assert/strict';
import { createCorpusMatcher, hasArticleExtension, parseCorpusConfig } from '../../engine/corpus';

/** Parses a synoptic.json and asks which of the paths are articles. */
function check(json: string, paths: Record<string, boolean>, expectedProblems: RegExp[] = []): void {
  const result = parseCorpusConfig(json);
  const matcher = createCorpusMatcher(result.config);
  const actual = Object.fromEntries(Object.keys(paths).map((path) => [path, matcher.isArticle(path)]));
  assert.deepEqual(actual, paths);
  assert.equal(result.problems.length, expectedProblems.length, JSON.stringify(result.problems));
  expectedProblems.forEach((pattern, index) => assert.match(result.problems[index], pattern));
}

describe('Corpus configuration', () => {
  it('Should include .txt and .article files by default', () => {
    check('{}', { 'a.txt': true, 'deep/b.article': true, 'c.md': false, 'synoptic.json': false });
  });

  it('Should apply include and exclude globs', () => {
    check('{"include": ["sources/**/*.txt"], "exclude": ["**/draft-*"]}', {
      'sources/a.txt': true,
      'sources/x/draft-b.txt': false,
      'notes.txt': false,
    });
  });

  it('Should accept Windows separators and a leading ./', () => {
    check('{"include": ["**/*.txt"]}', { 'sources\\a.txt': true, './b.txt': true });
  });

  it('Should fall back to defaults on broken JSON and say why', () => {
    check('{"include": [', { 'a.txt': true }, [/not valid JSON/]);
  });

  it('Should report ill-typed fields and keep the rest', () => {
    const result = parseCorpusConfig('{"include": "*.txt", "sources": {"a.txt": {"outlet": "Gazette"}, "b.txt": 3}, "aliases": {"Ana Ruiz": ["Ruiz"]}}');
    assert.deepEqual(result.config.include, ['**/*.article', '**/*.txt']);
    assert.equal(result.config.sources['a.txt'].outlet, 'Gazette');
    assert.deepEqual(result.config.aliases['Ana Ruiz'], ['Ruiz']);
    assert.equal(result.problems.length, 2);
  });

  it('Should read a file with a BOM', () => {
    check('\uFEFF{"include": ["*.txt"]}', { 'a.txt': true, 'x/a.txt': false });
  });

  it('Should treat .article files as articles anywhere', () => {
    assert.ok(hasArticleExtension('/x/y/Report.ARTICLE'));
    assert.ok(!hasArticleExtension('/x/y/report.txt'));
  });
});

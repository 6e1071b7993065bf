import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../engine/article';
import { isSpaceCode } from '../../engine/chars';
import type { Article, Span } from '../../engine/model';

/** Fails unless every span is in bounds, lists are ordered and nested as the model promises. */
function checkInvariants(article: Article): void {
  const text = article.text;
  const inBounds = (span: Span, what: string): void => {
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what} out of bounds: ${span.start}-${span.end}`);
    for (const offset of [span.start, span.end]) {
      const before = text.charCodeAt(offset - 1);
      const after = text.charCodeAt(offset);
      assert.ok(!(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff), `${what} splits a surrogate pair at ${offset}`);
    }
    if (text.charCodeAt(0) === 0xfeff && span.end > span.start) {
      assert.ok(span.start >= 1, `${what} includes the BOM`);
    }
  };
  const ordered = (spans: readonly Span[], what: string): void => {
    let previousEnd = 0;
    for (const span of spans) {
      inBounds(span, what);
      assert.ok(span.start >= previousEnd, `${what} overlap or out of order at ${span.start}`);
      previousEnd = span.end;
    }
  };
  ordered(article.blocks, 'blocks');
  ordered(article.paragraphs, 'paragraphs');
  ordered(article.sentences, 'sentences');
  ordered(article.quotes, 'quotes');
  ordered(article.markers, 'markers');
  ordered(article.sections, 'sections');
  for (const block of article.blocks) {
    const content = text.slice(block.start, block.end);
    assert.ok(!/[\r\n]/.test(content), 'a block holds a line break');
    const onlySpaces = [...content].every((character) => isSpaceCode(character.charCodeAt(0)));
    if (!(block.kind === 'junk' && onlySpaces)) {
      assert.ok(block.end > block.start, 'empty block');
      assert.ok(!isSpaceCode(text.charCodeAt(block.start)) && !isSpaceCode(text.charCodeAt(block.end - 1)), `block ${block.kind} not trimmed`);
    }
  }
  let sentenceCount = 0;
  article.paragraphs.forEach((paragraph, index) => {
    if (paragraph.dateline !== undefined) {
      inBounds(paragraph.dateline, 'dateline');
      assert.ok(paragraph.start <= paragraph.dateline.start && paragraph.dateline.end <= paragraph.end);
    }
    for (const sentence of paragraph.sentences) {
      assert.equal(sentence.paragraph, index);
      assert.ok(paragraph.start <= sentence.start && sentence.end <= paragraph.end, 'sentence outside its paragraph');
      assert.ok(sentence.end > sentence.start, 'empty sentence');
      assert.ok(!isSpaceCode(text.charCodeAt(sentence.start)) && !isSpaceCode(text.charCodeAt(sentence.end - 1)), 'sentence not trimmed');
      if (paragraph.dateline !== undefined) {
        assert.ok(sentence.start >= paragraph.dateline.end, 'sentence includes the dateline');
      }
      assert.equal(article.sentences[sentenceCount++], sentence);
    }
    for (const quote of paragraph.quotes) {
      assert.ok(paragraph.start <= quote.start && quote.end <= paragraph.end, 'quote outside its paragraph');
      inBounds(quote.content, 'quote content');
    }
    if (paragraph.section !== undefined) {
      assert.ok(paragraph.section < article.sections.length);
    }
  });
  assert.equal(sentenceCount, article.sentences.length);
  for (const marker of article.markers) {
    inBounds(marker.valueSpan, 'marker value');
  }
  for (const problem of article.problems) {
    inBounds(problem, 'problem');
  }
}

/** Parses and checks invariants: the property every generated text must satisfy. */
function check(text: string): Article {
  const article = parseArticle(text);
  assert.equal(article.text, text);
  // parseArticle falls back to an empty article on an internal error; that must never happen.
  if (/[^ \t\v\f\r\n]/.test(text.replace(/^\ufeff/, ''))) {
    assert.ok(article.blocks.length > 0, 'no block for a non-blank text');
  }
  checkInvariants(article);
  return article;
}

const FIXTURE = [
  'Harbour deal reached after night of talks',
  'Published: Mar 3, 2024 10:15 AM',
  'Delegates shake hands at the quay. Photos: Wire, Agency',
  '',
  '!-- tag (tag.js) -->',
  ' date 2024-03-03 0 SHARES Share Tweet',
  '',
  'OSLO, March 3 (Wire) -- Mr. Okafor said on Aug. 3 that the U.S. deal, worth $1.2 billion, “is done.” Ms. Hale agreed.',
  '\u00a0 \u00a0',
  'Pay and Hours',
  '',
  '{@Ana Ruiz}',
  '“We won. We rest now,” Ruiz said {!verified: minutes}. The union’s ‘victory’ held... Then talks ended!',
  'and continued in lowercase',
].join('\n');

/** Pieces that stress the parser: broken markers, quotes, spaces, surrogates, line breaks. */
const PIECES = [
  '{', '}', '{@', '{@Ana', '{@}', '{#', '{#}', '{!', '{!ign', '{!ignore x}', '{!disputed}', '{!bogus}', '{@Ana Ruiz}',
  '"', "'", '“', '”', '‘', '’', '«', '»', '(', ')', '.', '...', '…', '?', '!', ' ', '\u00a0', '\t', '\n', '\r', '\r\n',
  '\ufeff', '\ufffd', '\u0000', '\u0007', '\ud83d', '\ude00', '😀', '👩‍👩‍👧', 'Mr.', 'Aug.', 'U.S.', 'J. R.', '3.5',
  'SALTMERE, Aug. 25 (Wire) --', 'LISK, Aug 25 –', 'Published: Mar 3, 2026 10:15 AM', ' date 2026-03-04 ', 'SOURCE: WIRE',
  'Photo: Agency', '<!-- x -->', '0 SHARES Share Tweet', 'The talks ended.', 'He said', 'heading words', '。',
];

const pieceArbitrary = fc.constantFrom(...PIECES);
const grammarArbitrary = fc.array(fc.oneof(pieceArbitrary, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(''));
const mutationArbitrary = fc.array(fc.tuple(fc.nat(FIXTURE.length), fc.oneof(pieceArbitrary, fc.string({ unit: 'binary', maxLength: 4 }))), {
  maxLength: 20,
});

describe('parser fuzzing', () => {
  it('Should never throw and keep invariants on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void check(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => void check(text)), { numRuns: 200 });
  });

  it('Should never throw and keep invariants on article-like pieces', () => {
    fc.assert(fc.property(grammarArbitrary, (text) => void check(text)), { numRuns: 500 });
  });

  it('Should never throw and keep invariants on a mutated article', () => {
    fc.assert(
      fc.property(mutationArbitrary, (mutations) => {
        let text = FIXTURE;
        for (const [offset, insertion] of mutations) {
          const at = Math.min(offset, text.length);
          text = text.slice(0, at) + insertion + text.slice(at);
        }
        check(text);
      }),
      { numRuns: 500 },
    );
  });

  it('Should parse the unmutated article as intended', () => {
    const article = check(FIXTURE);
    assert.equal(article.headline !== undefined, true);
    assert.equal(article.sections.length, 1);
    assert.ok(article.markers.length >= 2);
  });

  it('Should parse thousands of quotes, lone surrogates and half-typed markers', () => {
    check('He said “yes” and ‘no’ and "maybe" '.repeat(20000) + '“unclosed');
    check('\ud800 \udfff {@Ana {! {# { '.repeat(20000));
    check('\r'.repeat(50000) + '\r\n'.repeat(50000) + '\ufeff');
  });

  it('Should parse a single 5 MB line', () => {
    const line = 'The U.S. envoy said “talks, at 3.5 percent, go on.” {@Ana} '.repeat(85000);
    const article = check(line);
    assert.equal(article.paragraphs.length, 1);
  });

  it('Should parse 20 MB of text and keep invariants', function () {
    this.timeout(30000);
    const unit = FIXTURE + '\n\n';
    const text = '\ufeff' + unit.repeat(Math.ceil(20_000_000 / unit.length));
    const article = check(text);
    assert.ok(article.sentences.length > 100000);
  });

  it('Should parse every test fixture with consistent spans', () => {
    const root = path.resolve(__dirname, '../../../../../test-fixtures');
    const names = fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]) : [];
    for (const name of names.filter((candidate) => /\.(txt|article)$/.test(candidate))) {
      check(fs.readFileSync(path.join(root, name), 'utf8'));
    }
  });
});

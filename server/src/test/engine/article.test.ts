import * as assert from 'node:assert/strict';
import { parseArticle } from '../../engine/article';
import type { Article } from '../../engine/model';
import { mark } from './spanMarks';

/**
 * Renders an article as lines: each block as `kind: text`, then `---`, then each section as
 * `§ title` and each paragraph as `¶ text` with its dateline in ‹›, its sentences in ⟦⟧ and line
 * breaks as ⏎, then each problem as `! code: text`.
 */
function render(article: Article): string[] {
  const text = article.text;
  const visible = (value: string): string => value.replace(/\r\n|\r|\n/g, '⏎');
  const lines = article.blocks.map((block) => `${block.kind}: ${visible(text.slice(block.start, block.end))}`);
  lines.push('---');
  let sectionIndex = -1;
  for (const paragraph of article.paragraphs) {
    while (paragraph.section !== undefined && sectionIndex < paragraph.section) {
      sectionIndex++;
      lines.push(`§ ${article.sections[sectionIndex].title}`);
    }
    const local = text.slice(paragraph.start, paragraph.end);
    const shift = (span: { start: number; end: number }) => ({ start: span.start - paragraph.start, end: span.end - paragraph.start });
    let rendered = mark(local, paragraph.sentences.map(shift));
    if (paragraph.dateline !== undefined) {
      const dateline = shift(paragraph.dateline);
      rendered = `‹${local.slice(dateline.start, dateline.end)}›${rendered.slice(dateline.end)}`;
    }
    lines.push(`¶ ${visible(rendered)}`);
  }
  for (const problem of article.problems) {
    lines.push(`! ${problem.code}: ${text.slice(problem.start, problem.end)}`);
  }
  return lines;
}

/** Parses `text` and expects the rendering described by `render`. */
function check(text: string, expected: string[]): void {
  assert.deepEqual(render(parseArticle(text)), expected);
}

describe('article', () => {
  it('Should recognise headline, date line, caption, credit, dateline and paragraphs', () => {
    check(
      [
        'Harbour deal reached after night of talks in Bergen',
        'Published: Mar 3, 2024 10:15 AM',
        'Delegates shake hands at the quay on Sunday. Photos: Wire, Agency',
        '',
        'File photo: Wire',
        '',
        'OSLO, March 3 (Wire) -- Norway and Chile agreed on a harbour deal on Sunday. The text is short.',
        '',
        'Mr. Okafor said the deal would hold.\u00a0 ',
      ].join('\n'),
      [
        'headline: Harbour deal reached after night of talks in Bergen',
        'dateLine: Published: Mar 3, 2024 10:15 AM',
        'caption: Delegates shake hands at the quay on Sunday. Photos: Wire, Agency',
        'credit: File photo: Wire',
        'paragraph: OSLO, March 3 (Wire) -- Norway and Chile agreed on a harbour deal on Sunday. The text is short.',
        'paragraph: Mr. Okafor said the deal would hold.',
        '---',
        '¶ ‹OSLO, March 3 (Wire) --› ⟦Norway and Chile agreed on a harbour deal on Sunday.⟧ ⟦The text is short.⟧',
        '¶ ⟦Mr. Okafor said the deal would hold.⟧',
      ],
    );
  });

  it('Should split a store date prefix from the body on the same line', () => {
    check(' date 2024-03-03 On Sunday, the ferry union ended its strike. Boats run again.\n', [
      'dateLine: date 2024-03-03',
      'paragraph: On Sunday, the ferry union ended its strike. Boats run again.',
      '---',
      '¶ ⟦On Sunday, the ferry union ended its strike.⟧ ⟦Boats run again.⟧',
    ]);
  });

  it('Should take a date prefix with share widgets for a whole date line', () => {
    check(' date 2024-03-03 12 SHARES Share Tweet\n\nKYIV, Oct 2 – Talks resumed.', [
      'dateLine: date 2024-03-03 12 SHARES Share Tweet',
      'paragraph: KYIV, Oct 2 – Talks resumed.',
      '---',
      '¶ ‹KYIV, Oct 2 –› ⟦Talks resumed.⟧',
    ]);
  });

  it('Should recognise datelines of several shapes', () => {
    check(
      [
        'NAIROBI (Wire) - Rains eased.',
        'ST. JOHN’S, Canada, May 4 — Ice cleared.',
        'Lagos, June 9 (Agency) -- Fuel arrived.',
        'NEW DELHI: Flights resumed.',
        'US - China trade rose.',
      ].join('\n\n'),
      [
        'paragraph: NAIROBI (Wire) - Rains eased.',
        'paragraph: ST. JOHN’S, Canada, May 4 — Ice cleared.',
        'paragraph: Lagos, June 9 (Agency) -- Fuel arrived.',
        'paragraph: NEW DELHI: Flights resumed.',
        'paragraph: US - China trade rose.',
        '---',
        '¶ ‹NAIROBI (Wire) -› ⟦Rains eased.⟧',
        '¶ ‹ST. JOHN’S, Canada, May 4 —› ⟦Ice cleared.⟧',
        '¶ ‹Lagos, June 9 (Agency) --› ⟦Fuel arrived.⟧',
        '¶ ‹NEW DELHI:› ⟦Flights resumed.⟧',
        '¶ ⟦US - China trade rose.⟧',
      ],
    );
  });

  it('Should read the time that opens a live blog entry as its dateline, and no other figure', () => {
    check(
      ['14:05 — The minister arrived.', '2.21pm - Questions began.', '9:40 a.m. BST — Talks resumed.', '3.5 — that is the rate.', '14:05 is the start.'].join('\n\n'),
      [
        'paragraph: 14:05 — The minister arrived.',
        'paragraph: 2.21pm - Questions began.',
        'paragraph: 9:40 a.m. BST — Talks resumed.',
        'paragraph: 3.5 — that is the rate.',
        'paragraph: 14:05 is the start.',
        '---',
        '¶ ‹14:05 —› ⟦The minister arrived.⟧',
        '¶ ‹2.21pm -› ⟦Questions began.⟧',
        '¶ ‹9:40 a.m. BST —› ⟦Talks resumed.⟧',
        '¶ ⟦3.5 — that is the rate.⟧',
        '¶ ⟦14:05 is the start.⟧',
      ],
    );
  });

  it('Should recognise scrape junk', () => {
    check(
      [
        '!-- Analytics tag (tag.js) -->',
        '<!-- end of header -->',
        'Ferry strike ends',
        '\u00a0 \u00a0 \u00a0',
        '0 SHARES Share Tweet Email',
        'We use cookies to improve your experience. Accept all cookies',
        'Advertisement',
        '* * *',
        'The strike ended.',
      ].join('\n'),
      [
        'junk: !-- Analytics tag (tag.js) -->',
        'junk: <!-- end of header -->',
        'headline: Ferry strike ends',
        'junk: \u00a0 \u00a0 \u00a0',
        'junk: 0 SHARES Share Tweet Email',
        'junk: We use cookies to improve your experience. Accept all cookies',
        'junk: Advertisement',
        'junk: * * *',
        'paragraph: The strike ended.',
        '---',
        '¶ ⟦The strike ended.⟧',
      ],
    );
  });

  it('Should find a deck and a repeated headline before the body', () => {
    check(
      [
        'Ferry strike ends after two weeks',
        '',
        'Unions and owners agreed on pay late on Sunday.',
        '',
        'March 4, 2024',
        'Ferry strike ends after two weeks',
        'Boats wait at the quay in Bergen.',
        'SOURCE: WIRE',
        '',
        'By Ana Ruiz and Tom Berg',
        '',
        'The strike is over.',
      ].join('\n'),
      [
        'headline: Ferry strike ends after two weeks',
        'deck: Unions and owners agreed on pay late on Sunday.',
        'dateLine: March 4, 2024',
        'headline: Ferry strike ends after two weeks',
        'caption: Boats wait at the quay in Bergen.',
        'credit: SOURCE: WIRE',
        'credit: By Ana Ruiz and Tom Berg',
        'paragraph: The strike is over.',
        '---',
        '¶ ⟦Unions and owners agreed on pay late on Sunday.⟧',
        '¶ ⟦The strike is over.⟧',
      ],
    );
  });

  it('Should not take a lead paragraph for a deck when the body follows', () => {
    check('Ferry strike ends\n\nThe unions agreed on Sunday.\n\nBoats run again.', [
      'headline: Ferry strike ends',
      'paragraph: The unions agreed on Sunday.',
      'paragraph: Boats run again.',
      '---',
      '¶ ⟦The unions agreed on Sunday.⟧',
      '¶ ⟦Boats run again.⟧',
    ]);
  });

  it('Should start sections at headings', () => {
    check(
      [
        'Ferry strike ends',
        '',
        'The strike is over.',
        '',
        'Pay and Hours',
        '',
        'Pay rises by 4 percent.',
        '',
        'What comes next?',
        '',
        'Owners’ view',
        '',
        'Owners are relieved.',
      ].join('\n'),
      [
        'headline: Ferry strike ends',
        'paragraph: The strike is over.',
        'heading: Pay and Hours',
        'paragraph: Pay rises by 4 percent.',
        'heading: What comes next?',
        'heading: Owners’ view',
        'paragraph: Owners are relieved.',
        '---',
        '¶ ⟦The strike is over.⟧',
        '§ Pay and Hours',
        '¶ ⟦Pay rises by 4 percent.⟧',
        '§ What comes next?',
        '§ Owners’ view',
        '¶ ⟦Owners are relieved.⟧',
      ],
    );
  });

  it('Should take a question on a labelled transcript line for a paragraph, a question alone for a heading', () => {
    check(
      ['Harbour hour', '', 'The river rose.', '', 'HOST: Is that a worry?', '', 'What comes next?', '', 'Update: Is the quay open?', '', 'It is.'].join('\n'),
      [
        'headline: Harbour hour',
        'paragraph: The river rose.',
        'paragraph: HOST: Is that a worry?',
        'heading: What comes next?',
        'heading: Update: Is the quay open?',
        'paragraph: It is.',
        '---',
        '¶ ⟦The river rose.⟧',
        '¶ ⟦HOST: Is that a worry?⟧',
        '§ What comes next?',
        '§ Update: Is the quay open?',
        '¶ ⟦It is.⟧',
      ],
    );
  });

  it('Should take a bare live-blog timestamp for a heading, never a sentence', () => {
    check(
      ['Storm live', '', '17:40', '', 'The river rose.', '', '09:45 BST', '', 'Roads closed.', '', '2:15 p.m.', '', 'Rain stopped.'].join('\n'),
      [
        'headline: Storm live',
        'heading: 17:40',
        'paragraph: The river rose.',
        'heading: 09:45 BST',
        'paragraph: Roads closed.',
        'heading: 2:15 p.m.',
        'paragraph: Rain stopped.',
        '---',
        '§ 17:40',
        '¶ ⟦The river rose.⟧',
        '§ 09:45 BST',
        '¶ ⟦Roads closed.⟧',
        '§ 2:15 p.m.',
        '¶ ⟦Rain stopped.⟧',
      ],
    );
  });

  it('Should give sections the span up to the next heading', () => {
    const text = 'Title here\n\nIntro text.\n\nFirst\n\nOne.\n\nSecond\n\nTwo.\n';
    const article = parseArticle(text);
    assert.deepEqual(
      article.sections.map((section) => text.slice(section.start, section.end)),
      ['First\n\nOne.', 'Second\n\nTwo.'],
    );
    assert.deepEqual(article.paragraphs.map((paragraph) => paragraph.section), [undefined, 0, 1]);
  });

  it('Should merge hard-wrapped lines that continue in lowercase', () => {
    check('The harbour authority said the\nferries would run again on Monday. Crews\nwere ready.\nA new line starts here.', [
      'paragraph: The harbour authority said the',
      'paragraph: ferries would run again on Monday. Crews',
      'paragraph: were ready.',
      'paragraph: A new line starts here.',
      '---',
      '¶ ⟦The harbour authority said the⏎ferries would run again on Monday.⟧ ⟦Crews⏎were ready.⟧',
      '¶ ⟦A new line starts here.⟧',
    ]);
  });

  it('Should make lines of markers only marker blocks', () => {
    const text = 'Ferry strike ends\n\n{@Ana Ruiz} {#pay}\nPay rises, she said. {!verified}\n';
    check(text, [
      'headline: Ferry strike ends',
      'marker: {@Ana Ruiz} {#pay}',
      'paragraph: Pay rises, she said. {!verified}',
      '---',
      '¶ ⟦Pay rises, she said. {!verified}⟧',
    ]);
    const article = parseArticle(text);
    assert.deepEqual(
      article.markers.map((marker) => [marker.kind, marker.value, marker.standalone]),
      [
        ['speaker', 'Ana Ruiz', true],
        ['topic', 'pay', true],
        ['status', 'verified', false],
      ],
    );
  });

  it('Should classify a line by its text without markers', () => {
    check('{#pay} Pay and Hours\n\nPay rises {@Ana Ruiz}.', [
      'headline: {#pay} Pay and Hours',
      'paragraph: Pay rises {@Ana Ruiz}.',
      '---',
      '¶ ⟦Pay rises {@Ana Ruiz}.⟧',
    ]);
  });

  it('Should report malformed markers and unbalanced quotes', () => {
    check('Strike ends\n\nShe said “we are done {@Ana and left. {!approve} Then she went home.', [
      'headline: Strike ends',
      'paragraph: She said “we are done {@Ana and left. {!approve} Then she went home.',
      '---',
      '¶ ⟦She said “we are done {@Ana and left. {!approve} Then she went home.⟧',
      '! unbalanced-quote: “',
      '! malformed-marker: {@Ana and left.',
      '! malformed-marker: {!approve}',
    ]);
  });

  it('Should keep spans off the BOM and carriage returns', () => {
    const text = '\ufeffStrike ends\r\n\r\nBoats run.\rCrews rest.\r\n';
    const article = parseArticle(text);
    assert.deepEqual(
      article.blocks.map((block) => [block.kind, text.slice(block.start, block.end)]),
      [
        ['headline', 'Strike ends'],
        ['paragraph', 'Boats run.'],
        ['paragraph', 'Crews rest.'],
      ],
    );
    assert.equal(article.headline?.start, 1);
  });

  it('Should find no headline when the article opens with a dateline paragraph', () => {
    check('OSLO, March 3 (Wire) -- Talks ended', [
      'paragraph: OSLO, March 3 (Wire) -- Talks ended',
      '---',
      '¶ ‹OSLO, March 3 (Wire) --› ⟦Talks ended⟧',
    ]);
  });

  it('Should list quotes of paragraphs in document order', () => {
    const text = 'Strike ends\n\n“We won,” said Ana.\n\nTom called it ‘fair’.';
    const article = parseArticle(text);
    assert.deepEqual(
      article.quotes.map((quote) => text.slice(quote.start, quote.end)),
      ['“We won,”', '‘fair’'],
    );
    assert.deepEqual(article.paragraphs.map((paragraph) => paragraph.quotes.length), [1, 1]);
  });

  it('Should parse an empty text', () => {
    check('', ['---']);
  });
});

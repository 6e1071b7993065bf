import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createEngine, type Engine } from '../../engine/index';
import { computeReview, verdictMarker, type ReviewFilter } from '../../engine/review/index';
import { formatReviewReport, formatSynopticTable, toCsv } from '../../engine/review/reports';
import { computeSynopticTable } from '../../engine/review/table';
import { loadFolder } from '../../host/loadFolder';

/** Loads `//- /name` articles of one corpus into a fresh engine; each article's label is its file name. */
function engineOf(fixture: string): Engine {
  const engine = createEngine();
  for (const chunk of fixture.replace(/^[ \t]+/gm, '').split(/^\/\/- \//m).slice(1)) {
    const newline = chunk.indexOf('\n');
    const id = chunk.slice(0, newline).trim();
    engine.setSource(id, `Report ${id}\n\n${chunk.slice(newline + 1)}`, { fileName: id, corpus: '/event', metadata: { outlet: id } });
  }
  return engine;
}

/** The review as lines `[status] speaker: text <- sources (note)`, in tree order. */
function check(fixture: string, expected: string[], filter: ReviewFilter = {}): void {
  const review = computeReview(engineOf(fixture), filter);
  const actual = review.speakers.flatMap((group) =>
    group.statements.map((statement) => {
      const sources = statement.passages.map((passage) => passage.sourceLabel).join(', ');
      return `[${statement.status}] ${group.speaker ?? '-'}: ${statement.text} <- ${sources}${statement.note ? ` (${statement.note})` : ''}`;
    }),
  );
  assert.deepEqual(actual, expected);
}

const BRIDGE = `//- /a.txt
Mayor Ines Calder said the Tollen bridge will reopen to cars on June 3. {!verified: checked against the council minutes}

“We will rebuild every pier of the bridge before the winter,” Calder said.

{#budget}
Paulo Brandt said the repairs cost 14 million crowns.
//- /b.txt
The Tollen bridge will reopen to cars on June 3, Mayor Ines Calder said.

“We will rebuild all the piers of the bridge before winter comes,” Calder said.
//- /c.txt
The bridge will reopen to traffic on June 3, Calder told reporters. {!disputed: the council says July}

Residents of the east bank have waited eleven months for the crossing, the paper found.
`;

describe('Fact-check review', () => {
  it('Should group statements by speaker with a status in precedence order', () => {
    check(BRIDGE, [
      '[disputed] Ines Calder: Mayor Ines Calder said the Tollen bridge will reopen to cars on June 3. <- a.txt, b.txt, c.txt (the council says July)',
      '[mismatched] Ines Calder: “We will rebuild every pier of the bridge before the winter,” Calder said. <- a.txt, b.txt (Quoted differently in b.txt: “We will rebuild all the piers of the bridge before winter comes,”.)',
      '[single-source] Paulo Brandt: Paulo Brandt said the repairs cost 14 million crowns. <- a.txt',
      '[single-source] -: Residents of the east bank have waited eleven months for the crossing, the paper found. <- c.txt',
    ]);
  });

  it('Should keep a verified note and filter by status, speaker and topic', () => {
    const engine = engineOf(BRIDGE.replace(' {!disputed: the council says July}', ''));
    const verified = computeReview(engine, { status: 'verified' });
    assert.equal(verified.total, 1);
    assert.equal(verified.speakers[0].statements[0].note, 'checked against the council minutes');
    assert.equal(computeReview(engine, { speaker: 'paulo brandt' }).total, 1);
    assert.equal(computeReview(engine, { speaker: '' }).speakers[0].speaker, null);
    const budget = computeReview(engine, { topic: 'Budget' });
    assert.deepEqual(budget.speakers.map((group) => group.speaker), ['Paulo Brandt']);
    assert.deepEqual(computeReview(engine).allTopics, ['budget']);
  });

  it('Should count statements per status and those without a verdict', () => {
    const review = computeReview(engineOf(BRIDGE));
    assert.deepEqual(review.counts, { disputed: 1, verified: 0, mismatched: 1, conflicting: 0, 'single-source': 2, unreviewed: 0 });
    assert.equal(review.pending, 3);
    assert.deepEqual(review.allSpeakers, ['Ines Calder', 'Paulo Brandt', null]);
  });

  it('Should flag statements whose sources credit different speakers', () => {
    check(
      `//- /a.txt
      {@Ana Ruiz} The port will close for dredging from May 2 to May 20.
      //- /b.txt
      {@Tomas Vey} The port will close for dredging from May 2 to May 20.`,
      [
        '[conflicting] Ana Ruiz: The port will close for dredging from May 2 to May 20. <- a.txt, b.txt (Credited to Ana Ruiz here, but to Tomas Vey in another source.)',
      ],
    );
  });

  it('Should place a topic from the section heading', () => {
    const review = computeReview(engineOf(`//- /a.txt
    Budget

    The council approved 40 million crowns for the harbour wall, the mayor said.`));
    assert.deepEqual(review.speakers[0].statements[0].topics, ['Budget']);
  });

  it('Should write verdict markers that stay one marker', () => {
    assert.equal(verdictMarker('verified'), '{!verified}');
    assert.equal(verdictMarker('disputed', 'says {July}\nnot June'), '{!disputed: says July not June}');
  });
});

describe('Synoptic table', () => {
  it('Should say how each source reports each statement', () => {
    const table = computeSynopticTable(engineOf(BRIDGE), { corpus: '/event' });
    assert.deepEqual(table.columns.map((column) => column.label), ['a.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(
      table.rows.map((row) => `${row.speaker}: ${row.cells.map((cell) => cell.kind).join(' | ')}`),
      ['Ines Calder: paraphrase | paraphrase | paraphrase', 'Ines Calder: quote | quote | absent', 'Paulo Brandt: paraphrase | absent | absent', 'null: absent | absent | paraphrase'],
    );
  });

  it('Should mark a source that credits someone else', () => {
    const table = computeSynopticTable(
      engineOf(`//- /a.txt
      {@Ana Ruiz} The port will close for dredging from May 2 to May 20.
      //- /b.txt
      {@Ana Ruiz} The port will close for dredging from May 2 to May 20, she said.
      //- /c.txt
      {@Tomas Vey} The port will close for dredging from May 2 to May 20.`),
    );
    assert.deepEqual(table.rows[0].cells.map((cell) => cell.kind), ['paraphrase', 'paraphrase', 'different speaker']);
  });
});

describe('Review reports', () => {
  it('Should escape CSV fields and defuse formulas', () => {
    assert.equal(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '=HYPERLINK("x")']]), 'a,"b,c","say ""hi""","two\nlines","\'=HYPERLINK(""x"")"\r\n');
  });

  it('Should export the review as CSV with the five columns', () => {
    const csv = formatReviewReport(computeReview(engineOf(BRIDGE), { speaker: 'Paulo Brandt' }), 'csv');
    assert.equal(
      csv,
      'statement,speaker,sources,status,notes\r\nPaulo Brandt said the repairs cost 14 million crowns.,Paulo Brandt,a.txt,single-source,\r\n',
    );
  });

  it('Should export the review as Markdown with escaped cells', () => {
    const md = formatReviewReport(computeReview(engineOf(BRIDGE.replace('14 million', '14 | *million*'))), 'md');
    assert.match(md, /^# Fact-check review\n\n4 statements: 1 disputed, 1 mismatched, 2 single-source\.\n/);
    assert.match(md, /\| Paulo Brandt said the repairs cost 14 \\\| \\\*million\\\* crowns/);
    assert.match(md, /## \(unattributed\)/);
  });

  it('Should export the table as Markdown', () => {
    const md = formatSynopticTable(computeSynopticTable(engineOf(BRIDGE), { speaker: 'Paulo Brandt' }), 'md');
    assert.equal(
      md,
      '| statement | speaker | status | a.txt |\n|---|---|---|---|\n| Paulo Brandt said the repairs cost 14 million crowns. | Paulo Brandt | single-source | paraphrase |\n',
    );
  });
});

describe('Review over test-fixtures', () => {
  it('Should review corpus-a without throwing and find statements reported by several sources', async () => {
    const folder = path.resolve(__dirname, '../../../../../test-fixtures/corpus-a');
    const loaded = await loadFolder(folder);
    const review = computeReview(loaded.engine);
    assert.ok(review.total > 10, `total ${review.total}`);
    const shared = review.speakers.flatMap((group) => group.statements).filter((statement) => statement.sourceCount > 1);
    assert.ok(shared.length > 3, `shared ${shared.length}`);
    assert.ok(review.allSpeakers.includes('Anton Dravic'), JSON.stringify(review.allSpeakers));
    const table = computeSynopticTable(loaded.engine);
    assert.equal(table.columns.length, loaded.sources.length);
    assert.ok(table.rows.every((row) => row.cells.length === table.columns.length));
  });
});

import * as assert from 'node:assert/strict';
import { parseArticle } from '../../engine/article';
import { checkAttributionConflicts } from '../../engine/diagnostics/attributionConflict';
import { checkQuoteMismatch } from '../../engine/diagnostics/quoteMismatch';
import { checkSingleSource } from '../../engine/diagnostics/singleSource';
import type { Source } from '../../engine/index';
import { findMarkers } from '../../engine/markers';
import { ParallelIndex } from '../../engine/parallels/index';
import type { ParallelFinding, ParallelsContext } from '../../engine/parallels/findings';

type CheckName = 'quote-mismatch' | 'attribution-conflict' | 'single-source';

const CHECKS: Record<CheckName, (source: Source, context: ParallelsContext) => ParallelFinding[]> = {
  'quote-mismatch': checkQuoteMismatch,
  'attribution-conflict': checkAttributionConflicts,
  'single-source': (source, context) => checkSingleSource(source, context),
};

/**
 * Runs one check on the first article of `fixture` (`//- /name` starts an article; a `{@Name}`
 * marker in a sentence gives its speaker) and compares each finding as
 * `flagged text -> related source: message`.
 */
function check(name: CheckName, fixture: string, expected: string[]): void {
  const index = new ParallelIndex();
  const sources = new Map<string, Source>();
  for (const chunk of fixture.replace(/^[ \t]+/gm, '').split(/^\/\/- \//m).slice(1)) {
    const newline = chunk.indexOf('\n');
    const id = chunk.slice(0, newline).trim();
    const text = `Report ${id}\n\n${chunk.slice(newline + 1)}`;
    const article = parseArticle(text);
    const speakers = article.sentences.map((sentence) => findMarkers(text, sentence).find((marker) => marker.kind === 'speaker')?.value);
    index.update(id, article, speakers.some((speaker) => speaker !== undefined) ? speakers : undefined);
    // The checks read speakers from the index, not from the source's attribution.
    sources.set(id, { id, text, headline: undefined, article, attribution: { passages: [], speakers: [] }, info: { fileName: id } });
  }
  const first = [...sources.values()][0];
  const context: ParallelsContext = { parallels: index, getSource: (id) => sources.get(id), label: (source) => source.id };
  const actual = CHECKS[name](first, context).map((finding) => {
    const flagged = first.text.slice(finding.span.start, finding.span.end);
    const related = finding.related.map((entry) => `${entry.sourceId}: ${entry.message}`).join(' | ');
    return `${flagged} -> ${related || finding.message}`;
  });
  assert.deepEqual(actual, expected);
}

describe('Parallel-passage diagnostics', () => {
  it('Should flag a quote worded differently by the same speaker elsewhere', () => {
    check(
      'quote-mismatch',
      `//- /a.txt
      “We will rebuild every school in the valley before the winter,” {@Ana Ruiz} said.
      //- /b.txt
      “We will rebuild all the schools in the valley before winter comes,” {@Ana Ruiz} said.`,
      ['We will rebuild every school in the valley before the winter, -> b.txt: b.txt: “We will rebuild all the schools in the valley before winter comes,”'],
    );
  });

  it('Should not flag a quoted fragment of the same words', () => {
    check(
      'quote-mismatch',
      `//- /a.txt
      “We will rebuild every school in the valley before the winter,” {@Ana Ruiz} said.
      //- /b.txt
      {@Ana Ruiz} said the city would rebuild “every school in the valley” before the winter.`,
      [],
    );
  });

  it('Should not flag the same quote with other typography', () => {
    check(
      'quote-mismatch',
      `//- /a.txt
      “We will rebuild every school in the valley before the winter,” {@Ana Ruiz} said.
      //- /b.txt
      "We will rebuild every school in the valley before the winter," {@Ana Ruiz} said.`,
      [],
    );
  });

  it('Should flag the same words credited to another speaker', () => {
    check(
      'attribution-conflict',
      `//- /a.txt
      The new stadium will cost far more than the public was told, {@Ana Ruiz} said.
      //- /b.txt
      The new stadium will cost far more than the public was told, {@Tom Berg} said.`,
      ['The new stadium will cost far more than the public was told, {@Ana Ruiz} said. -> b.txt: b.txt credits this to Tom Berg.'],
    );
  });

  it('Should not flag a conflict with the outlet’s own voice', () => {
    check(
      'attribution-conflict',
      `//- /a.txt
      The new stadium will cost far more than the public was told, {@Ana Ruiz} said.
      //- /b.txt
      The new stadium will cost far more than the public was told.`,
      [],
    );
  });

  it('Should flag a claim that no other source reports', () => {
    check(
      'single-source',
      `//- /a.txt
      The regional council approved a new budget for the ferry service on Thursday. The mayor's dog was seen at the harbour on Friday morning.
      //- /b.txt
      On Thursday the regional council approved the new budget for its ferry service.`,
      ["The mayor's dog was seen at the harbour on Friday morning. -> No other source of the corpus (1 other) reports this."],
    );
  });

  it('Should stay silent in a corpus of one source', () => {
    check(
      'single-source',
      `//- /a.txt
      The mayor's dog was seen at the harbour on Friday morning.`,
      [],
    );
  });
});

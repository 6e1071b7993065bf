import * as assert from 'node:assert/strict';
import { findMarkers } from '../../engine/markers';
import { findQuotes } from '../../engine/quotes';
import { mark, unmark } from './spanMarks';

/**
 * Finds the quotes of the fixture without its marks; expects exactly the marked quotes, described
 * in order as `mark` or `mark unclosed`, and one unbalanced-quote problem per unclosed quote.
 */
function check(fixture: string, expected: string[]): void {
  const { text } = unmark(fixture);
  const { quotes, problems } = findQuotes(text, undefined, findMarkers(text));
  assert.equal(mark(text, quotes), fixture);
  assert.deepEqual(
    quotes.map((quote) => (quote.closed ? quote.mark : `${quote.mark} unclosed`)),
    expected,
  );
  const unclosed = quotes.filter((quote) => !quote.closed);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.start, problem.end]),
    unclosed.map((quote) => ['unbalanced-quote', quote.start, quote.start + 1]),
  );
  for (const quote of quotes) {
    assert.equal(quote.content.start, quote.start + 1);
    assert.equal(quote.content.end, quote.closed ? quote.end - 1 : quote.end);
  }
}

describe('quotes', () => {
  it('Should find straight and curly double quotes', () => {
    check('She called it ⟦"a fair deal"⟧ and ⟦“a first step”⟧.', ['straight-double', 'curly-double']);
  });

  it('Should find curly single quotes and leave apostrophes alone', () => {
    check(
      'The minister’s aides spoke of ⟦‘a reset’⟧ in the farmers’ talks, as in the ’80s.',
      ['curly-single'],
    );
  });

  it('Should take a right single mark before a space for the close inside a single quote', () => {
    check('They demanded ⟦‘full access’⟧ to the port.', ['curly-single']);
  });

  it('Should find straight single quotes used as quotes', () => {
    check("The memo promised ⟦'no new taxes'⟧ and that's final.", ['straight-single']);
  });

  it('Should not take apostrophes for straight single quotes', () => {
    check("The workers' union didn't agree to 'em in the '90s.", []);
  });

  it('Should let a quote span sentences', () => {
    check('⟦“We agree. We act now.”⟧ he said.', ['curly-double']);
  });

  it('Should report only the outer quote when quotes nest', () => {
    check('⟦“They said ‘never’ twice,”⟧ she said.', ['curly-double']);
  });

  it('Should report an unclosed quote running to the end', () => {
    check('He said ⟦“we will return to the table⟧  ', ['curly-double unclosed']);
  });

  it('Should end an unclosed quote where the next one opens', () => {
    check('⟦“The first part and⟧ ⟦“the second part”⟧ here.', ['curly-double unclosed', 'curly-double']);
  });

  it('Should accept curly marks typed the wrong way round', () => {
    check('The report said ⟦”no comment“⟧ twice.', ['curly-double']);
  });

  it('Should not take inch marks for quotes', () => {
    check('It has a 12" screen.', []);
  });

  it('Should ignore quote marks inside markers', () => {
    check('He left {!verified: said "bye} early ⟦“at six”⟧.', ['curly-double']);
  });

  it('Should find thousands of quotes', () => {
    const text = '“a” and ‘b’ and "c" and \'d\' '.repeat(5000) + '“open';
    const { quotes, problems } = findQuotes(text);
    assert.equal(quotes.length, 20001);
    assert.equal(problems.length, 1);
  });
});

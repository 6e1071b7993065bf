import * as assert from 'node:assert/strict';
import { parseArticle } from '../../engine/article';
import { attributeArticle } from '../../engine/attribution/index';

/** Lists every passage as `kind | text`, `-` for a passage that is not a claim. */
function check(text: string, expected: string): void {
  const attribution = attributeArticle(parseArticle(text));
  const actual = attribution.passages.map((passage) => `${passage.claim ? passage.claimKind : '-'} | ${text.slice(passage.span.start, passage.span.end)}`);
  const wanted = expected
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  assert.deepEqual(actual, wanted, `\n${actual.join('\n')}`);
}

describe('Attribution: claims', () => {
  it('Should tell claims from transitions, questions and meta sentences', () => {
    check(
      `The two leaders also discussed the northern railway.

The call also touched on trade.

Will the tolls rise next year? Nobody knows.

Here is what each side said.

Then it was Ruiz's turn.

The dam holds 2.1 billion cubic meters of water.`,
      `- | The two leaders also discussed the northern railway.
       - | The call also touched on trade.
       - | Will the tolls rise next year?
       fact | Nobody knows.
       - | Here is what each side said.
       - | Then it was Ruiz's turn.
       number | The dam holds 2.1 billion cubic meters of water.`,
    );
  });

  it('Should give the kind of a claim', () => {
    check(
      `The two presidents last spoke by phone in November 2025.

That is a real concession, but it is not a binding one.

Mayor Ines Valdor said the city must borrow.

Ines Valdor and Marek Olsen agreed to meet on Friday.

The river rises in the northern hills.`,
      `event | The two presidents last spoke by phone in November 2025.
       evaluation | That is a real concession, but it is not a binding one.
       position | Mayor Ines Valdor said the city must borrow.
       agreement | Ines Valdor and Marek Olsen agreed to meet on Friday.
       fact | The river rises in the northern hills.`,
    );
  });

  it('Should never make a passage of boilerplate', () => {
    check(
      `Ferry talks stall
Published: Mar 10, 2026 09:17 PM
File photos: Harbour Daily

The talks stalled on Tuesday.`,
      'event | The talks stalled on Tuesday.',
    );
  });
});

import { checkClaimKinds as check } from './attributionCheck';

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

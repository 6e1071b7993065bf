import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: pronouns that are never speakers', () => {
  it('Should not take "Nobody" or a contracted "I" for a named speaker, and still credit a name', () => {
    check(
      `The council sent the board a letter in May. Nobody has answered yet.

I'd argue the levy is too high. Mayor Ines Calder said it was fair.`,
      `- | - | The council sent the board a letter in May.
       - | - | Nobody has answered yet.
       - | - | I'd argue the levy is too high.
       Ines Calder | sentence | Mayor Ines Calder said it was fair.`,
    );
  });
});

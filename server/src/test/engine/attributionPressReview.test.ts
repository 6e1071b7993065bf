import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: press reviews', () => {
  it('Should credit the person a paper quotes, not the paper', () => {
    check(
      `Mayor Ines Calder said on Monday that the levy was fair.

The Harbour Gazette quotes Calder as saying that the quay will reopen in June. The paper quotes her as saying the levy will fall. Tomas Brede is quoted in the Gazette as saying the wall could fail.`,
      `Ines Calder | sentence | Mayor Ines Calder said on Monday that the levy was fair.
       Ines Calder | sentence | The Harbour Gazette quotes Calder as saying that the quay will reopen in June.
       Ines Calder | sentence | The paper quotes her as saying the levy will fall.
       Tomas Brede | sentence | Tomas Brede is quoted in the Gazette as saying the wall could fail.`,
    );
  });

  it('Should credit an outlet with its editorial and the view it takes, never with the news it passes on', () => {
    check(
      `The Harbour Gazette reported that the levy rose by 12 percent.

The Harbour Gazette, the main daily in the north, takes the opposite view. The Gazette's editorial calls the levy "a tax on the poor."

The Morning Herald wrote in an editorial that the levy was overdue.`,
      `- | - | The Harbour Gazette reported that the levy rose by 12 percent.
       Harbour Gazette | sentence | The Harbour Gazette, the main daily in the north, takes the opposite view.
       Harbour Gazette | sentence | The Gazette's editorial calls the levy "a tax on the poor."
       Morning Herald | sentence | The Morning Herald wrote in an editorial that the levy was overdue.`,
    );
  });

  it('Should read "the tabloid X" as an outlet and a compound adjective as no descriptor of a person', () => {
    check(
      `The tabloid Beacon says the levy is a scandal.

The pro-council Harbour Voice backs the levy.

Councillor Tomas Brede takes a harder line. The engineer Ada Voss said the wall was sound.`,
      `- | - | The tabloid Beacon says the levy is a scandal.
       - | - | The pro-council Harbour Voice backs the levy.
       Tomas Brede | sentence | Councillor Tomas Brede takes a harder line.
       Ada Voss | sentence | The engineer Ada Voss said the wall was sound.`,
    );
  });

  it('Should credit a statement a paper prints to its author, and a statement it only mentions to nobody', () => {
    check(
      `The Gazette prints a statement from union leader Oskar Lind: "The levy will not pass."

The Gazette prints a statement on its front page.`,
      `Oskar Lind | sentence | The Gazette prints a statement from union leader Oskar Lind: "The levy will not pass."
       - | - | The Gazette prints a statement on its front page.`,
    );
  });
});

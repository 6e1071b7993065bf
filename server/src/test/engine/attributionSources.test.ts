import { checkPassages, checkSpeakers as check } from './attributionCheck';

/** `claim | text`, `-` for a passage that is not a claim. */
function checkClaims(text: string, expected: string): void {
  checkPassages(text, expected, (passage, passageText) => `${passage.claim ? 'claim' : '-'} | ${passageText}`);
}

describe('Attribution: anonymous sources, appositions and corporate titles', () => {
  it('Should credit "people familiar with the matter" and resolve "one of the people" to them', () => {
    check(
      `Sources close to the talks said the deal was nearly done. People familiar with the plans said the vote was delayed. Three mayors objected at a private meeting, one of the people said.`,
      `sources close to the talks | sentence | Sources close to the talks said the deal was nearly done.
       people familiar with the plans | sentence | People familiar with the plans said the vote was delayed.
       people familiar with the plans | sentence | Three mayors objected at a private meeting, one of the people said.`,
    );
  });

  it('Should credit hearsay ("is said to") to the latest anonymous source, not to its subject', () => {
    check(
      `People familiar with the deal said talks had stalled. The board is said to have rejected the first offer.`,
      `people familiar with the deal | sentence | People familiar with the deal said talks had stalled.
       people familiar with the deal | sentence | The board is said to have rejected the first offer.`,
    );
  });

  it('Should credit the source a channel cites with "citing"', () => {
    check(
      `The mill will close in May, the Valder Post reported, citing people briefed on the decision.`,
      `people briefed on the decision | sentence | The mill will close in May, the Valder Post reported, citing people briefed on the decision.`,
    );
  });

  it('Should skip an appositive with a possessive name ("X, Y\'s agent, said")', () => {
    check(
      `Lena Brask, Torvik's lawyer, said the ruling was unfair. Ferrow Mills, the region's largest employer, said it would appeal.`,
      `Lena Brask | sentence | Lena Brask, Torvik's lawyer, said the ruling was unfair.
       Ferrow Mills | sentence | Ferrow Mills, the region's largest employer, said it would appeal.`,
    );
  });

  it('Should read corporate titles and capitalised qualifiers before a descriptor', () => {
    check(
      `Chief operating officer Maren Holt said the line would restart. Former Ostland champion Ivo Renn said the club had no plan.`,
      `Maren Holt | sentence | Chief operating officer Maren Holt said the line would restart.
       Ivo Renn | sentence | Former Ostland champion Ivo Renn said the club had no plan.`,
    );
  });

  it('Should resolve a closing pronoun to the speaker, not to the name opening the content', () => {
    check(
      `Club chair Anna Velt said the board had met. Deputy coach Bram Ost will lead the team on Sunday, she added.`,
      `Anna Velt | sentence | Club chair Anna Velt said the board had met.
       Anna Velt | sentence | Deputy coach Bram Ost will lead the team on Sunday, she added.`,
    );
  });

  it('Should not take a sentence-initial common noun as the antecedent of a pronoun', () => {
    check(
      `Mayor Ilse Korn said the bridge would close. Traffic will be diverted through the old town until March, she said.`,
      `Ilse Korn | sentence | Mayor Ilse Korn said the bridge would close.
       Ilse Korn | sentence | Traffic will be diverted through the old town until March, she said.`,
    );
  });

  it('Should treat "dismissed" a person as an act and "called X a Y" as a cue', () => {
    check(
      `The Rowing Association dismissed head coach Pia Lund on Friday. Her agent, Tom Serk, called the decision a betrayal.`,
      `- | - | The Rowing Association dismissed head coach Pia Lund on Friday.
       Tom Serk | sentence | Her agent, Tom Serk, called the decision a betrayal.`,
    );
  });

  it('Should credit "according to the regulator" to the body that opens the sentence', () => {
    check(
      `The Energy Supervision Board is reviewing the tariffs, according to the regulator.`,
      `Energy Supervision Board | sentence | The Energy Supervision Board is reviewing the tariffs, according to the regulator.`,
    );
  });

  it('Should credit "a <body> statement" to the body, not to the sentence subject', () => {
    check(
      `The Cycling Federation named Ola Rist as coach. Rist will be paid for two years, according to a federation statement.`,
      `- | - | The Cycling Federation named Ola Rist as coach.
       Cycling Federation | sentence | Rist will be paid for two years, according to a federation statement.`,
    );
  });

  it('Should keep "and" inside an institution name', () => {
    check(
      `Pay talks were led by the Port and Dock Workers’ Union. A strike is planned for May, according to the union.`,
      `- | - | Pay talks were led by the Port and Dock Workers’ Union.
       Port and Dock Workers' Union | sentence | A strike is planned for May, according to the union.`,
    );
  });

  it('Should not close a cue-less sentence with the next sentence\'s "according to"', () => {
    check(
      `The retailer lost 40 million crowns. Sales fell 9 percent, according to the company's annual report.`,
      `- | - | The retailer lost 40 million crowns.
       company's annual report | sentence | Sales fell 9 percent, according to the company's annual report.`,
    );
  });

  it('Should credit a rhetorical question with "he asked" as a claim, and "We asked X …" as no claim', () => {
    checkClaims(
      `Mayor Ivo Brenn said the plant was needed. Retraining for what, he asked, when the nearest plant is 90 km away? We asked the mayor what she made of it.\n`,
      `claim | Mayor Ivo Brenn said the plant was needed.
       claim | Retraining for what, he asked, when the nearest plant is 90 km away?
       - | We asked the mayor what she made of it.\n`,
    );
  });
});

describe('Attribution: "the same source" refers back to the anonymous source', () => {
  it('Should credit "the same person close to …" and "the same source" to the source described before, and not a named one', () => {
    check(
      `A person close to the talks said the fund would borrow half the price. Mayor Ines Calder said the port was not for sale. The same person close to the talks said advisers had studied a new stadium. The same source says the loan is secured on the club.`,
      `person close to the talks | sentence | A person close to the talks said the fund would borrow half the price.
       Ines Calder | sentence | Mayor Ines Calder said the port was not for sale.
       person close to the talks | sentence | The same person close to the talks said advisers had studied a new stadium.
       person close to the talks | sentence | The same source says the loan is secured on the club.`,
    );
  });

  it('Should not read "the same" before another noun as the source', () => {
    check(
      `A source close to the talks said the fund would borrow. The same day, Mayor Ines Calder said the port was not for sale.`,
      `source close to the talks | sentence | A source close to the talks said the fund would borrow.
       Ines Calder | sentence | The same day, Mayor Ines Calder said the port was not for sale.`,
    );
  });
});

describe('Attribution: an indefinite role is someone new', () => {
  it('Should not resolve "a senior official" or "an unnamed official" to the president named before', () => {
    check(
      `President Ola Brandt said the dam would hold. The effort was slow, according to a senior official who asked not to be named. An unnamed official at the ministry told reporters that the toll could climb.`,
      `Ola Brandt | sentence | President Ola Brandt said the dam would hold.
       senior official | sentence | The effort was slow, according to a senior official who asked not to be named.
       unnamed official at the ministry | sentence | An unnamed official at the ministry told reporters that the toll could climb.`,
    );
  });

  it('Should still resolve "the president" to the president named before', () => {
    check(
      `President Ola Brandt said the dam would hold. The effort was slow, the president said.`,
      `Ola Brandt | sentence | President Ola Brandt said the dam would hold.
       Ola Brandt | sentence | The effort was slow, the president said.`,
    );
  });
});

describe('Attribution: the account of a source granted anonymity', () => {
  it('Should go on with the account through the paragraph, but not into the next one', () => {
    check(
      `The rescue began slowly, according to a senior agency official who asked not to be named. Fog kept the helicopters on the ground until noon. Two of its cranes were under repair, and the first convoy did not leave until the afternoon.

The quake struck at dawn.`,
      `senior agency official | sentence | The rescue began slowly, according to a senior agency official who asked not to be named.
       senior agency official | continuation | Fog kept the helicopters on the ground until noon.
       senior agency official | continuation | Two of its cranes were under repair, and the first convoy did not leave until the afternoon.
       - | - | The quake struck at dawn.`,
    );
  });

  it('Should not go on after a named source, nor into a sentence that closes on a record of its own', () => {
    check(
      `The rescue began slowly, according to the agency official Ada Lenn. Fog kept the helicopters on the ground until noon.

Six deputies voted for the bill, a party whip told us on condition of anonymity. Four deputies abstained, the chamber's register shows.`,
      `Ada Lenn | sentence | The rescue began slowly, according to the agency official Ada Lenn.
       - | - | Fog kept the helicopters on the ground until noon.
       party whip | sentence | Six deputies voted for the bill, a party whip told us on condition of anonymity.
       - | - | Four deputies abstained, the chamber's register shows.`,
    );
  });
});

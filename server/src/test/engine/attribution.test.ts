import * as assert from 'node:assert/strict';
import { parseArticle } from '../../engine/article';
import { attributeArticle } from '../../engine/attribution/index';
import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: in-sentence cues', () => {
  it('Should credit "X said that" and strip titles from the name', () => {
    check(
      'Harbour Minister Lena Okafor said on Monday that the ferry will run again in May.\n',
      'Lena Okafor | sentence | Harbour Minister Lena Okafor said on Monday that the ferry will run again in May.',
    );
  });

  it('Should credit a closing cue ", X said."', () => {
    check(
      'Mayor Tomas Brill spoke first.\n\nThe bridge will reopen by June, Brill said.\n',
      `- | - | Mayor Tomas Brill spoke first.
       Tomas Brill | sentence | The bridge will reopen by June, Brill said.`,
    );
  });

  it('Should credit an inverted cue "said X"', () => {
    check('The fares will not rise this year, said Ida Varga, according to the Coastal News Agency.\n', 'Ida Varga | sentence | The fares will not rise this year, said Ida Varga, according to the Coastal News Agency.');
  });

  it('Should credit stance and reporting verbs in any tense', () => {
    check(
      `Ida Varga stressed that the port must stay open.

Paul Renner believes the port is too small.

Ida Varga has argued that tolls are fair.

Paul Renner called on the council to act.

Ida Varga pointed out that the docks flood every spring.`,
      `Ida Varga | sentence | Ida Varga stressed that the port must stay open.
       Paul Renner | sentence | Paul Renner believes the port is too small.
       Ida Varga | sentence | Ida Varga has argued that tolls are fair.
       Paul Renner | sentence | Paul Renner called on the council to act.
       Ida Varga | sentence | Ida Varga pointed out that the docks flood every spring.`,
    );
  });

  it('Should credit "X told Y that" to X and "Y was told by X" to X', () => {
    check(
      `Governor Anna Sell told Mayor Tomas Brill that the state will pay half.

Brill was told by Sell that the money would come in July.`,
      `Anna Sell | sentence | Governor Anna Sell told Mayor Tomas Brill that the state will pay half.
       Anna Sell | sentence | Brill was told by Sell that the money would come in July.`,
    );
  });

  it('Should credit "according to X" and "X was quoted as saying"', () => {
    check(
      `Ridership fell by a third, according to the Transit Authority.

Paul Renner, an economist at Lowland University, was quoted as saying that the strike cost millions.`,
      `Transit Authority | sentence | Ridership fell by a third, according to the Transit Authority.
       Paul Renner | sentence | Paul Renner, an economist at Lowland University, was quoted as saying that the strike cost millions.`,
    );
  });

  it('Should not credit a news agency cited as a channel', () => {
    check(
      `The talks ended at dawn, according to the Coastal News Agency (CNA).

The union wants a new vote, CNA reported.`,
      `- | - | The talks ended at dawn, according to the Coastal News Agency (CNA).
       - | - | The union wants a new vote, CNA reported.`,
    );
  });

  it('Should find the subject past an appositive and a participial opener', () => {
    check(
      `The deal is fair, Paul Renner, a senior fellow at the Delta Institute, told reporters.

Noting that costs have doubled, Paul Renner said the city must borrow.

For her part, Ida Varga said the plan was rushed.

As the city's finance director, Ida Varga, put it, the books must balance.`,
      `Paul Renner | sentence | The deal is fair, Paul Renner, a senior fellow at the Delta Institute, told reporters.
       Paul Renner | sentence | Noting that costs have doubled, Paul Renner said the city must borrow.
       Ida Varga | sentence | For her part, Ida Varga said the plan was rushed.
       Ida Varga | sentence | As the city's finance director, Ida Varga, put it, the books must balance.`,
    );
  });

  it('Should split a sentence that packs statements by two speakers', () => {
    check(
      'Tomas Brill said the deal was fair, while Ida Varga said it came too late.\n',
      `Tomas Brill | sentence | Tomas Brill said the deal was fair
       Ida Varga | sentence | Ida Varga said it came too late.`,
    );
  });

  it('Should ignore reporting verbs inside a quotation', () => {
    check('The banner read "workers said no" all week.\n', '- | - | The banner read "workers said no" all week.');
  });
});

describe('Attribution: references to earlier speakers', () => {
  it('Should resolve "he" and "she" by recency and gender', () => {
    check(
      `Mayor Tomas Brill met union leader Ida Varga on Friday with his deputy.

Ida Varga said the offer was too low. She added that members would vote on Sunday.

He said the city could not pay more.`,
      `- | - | Mayor Tomas Brill met union leader Ida Varga on Friday with his deputy.
       Ida Varga | sentence | Ida Varga said the offer was too low.
       Ida Varga | sentence | She added that members would vote on Sunday.
       Tomas Brill | sentence | He said the city could not pay more.`,
    );
  });

  it('Should resolve a role to the person seen with that title and adjective', () => {
    check(
      `Lowland President Karl Moser called his Upland counterpart, Ana Ruiz, on Tuesday.

The Upland president said the border would stay open.

The Lowland president said trade would double.`,
      `- | - | Lowland President Karl Moser called his Upland counterpart, Ana Ruiz, on Tuesday.
       Ana Ruiz | sentence | The Upland president said the border would stay open.
       Karl Moser | sentence | The Lowland president said trade would double.`,
    );
  });

  it('Should resolve "the spokeswoman" to the spokesperson named earlier', () => {
    check(
      `Transit authority spokeswoman Nadia Holm said trains would run on Monday.

Buses will follow a day later, the spokeswoman said.`,
      `Nadia Holm | sentence | Transit authority spokeswoman Nadia Holm said trains would run on Monday.
       Nadia Holm | sentence | Buses will follow a day later, the spokeswoman said.`,
    );
  });
});

describe('Attribution: continuation and quotations', () => {
  it('Should continue reported speech without a new cue, but not into the outlet\'s comment', () => {
    check(
      `Ida Varga said that the union is ready to talk. Members will not accept a pay freeze.

Tomas Brill said the city had made its final offer. That is a hard line, but not a new one.`,
      `Ida Varga | sentence | Ida Varga said that the union is ready to talk.
       Ida Varga | continuation | Members will not accept a pay freeze.
       Tomas Brill | sentence | Tomas Brill said the city had made its final offer.
       - | - | That is a hard line, but not a new one.`,
    );
  });

  it('Should not continue into a sentence about the speaker in the third person', () => {
    check(
      'Paul Renner has argued that the tolls will pay for the bridge. He is right, up to a point.\n',
      `Paul Renner | sentence | Paul Renner has argued that the tolls will pay for the bridge.
       - | - | He is right, up to a point.`,
    );
  });

  it('Should credit every sentence of a quotation to the cue after it', () => {
    check(
      '"We waited eleven days for the city to come back to the table with a serious offer. Nobody in this union will forget how the city treated the drivers and their families," Ida Varga said.\n',
      `Ida Varga | following | "We waited eleven days for the city to come back to the table with a serious offer.
       Ida Varga | sentence | Nobody in this union will forget how the city treated the drivers and their families," Ida Varga said.`,
    );
  });

  it('Should carry the speaker to a quotation standing alone after an attributed sentence', () => {
    check(
      '"The buses are full," Ida Varga said. "We need more drivers."\n',
      `Ida Varga | sentence | "The buses are full," Ida Varga said.
       Ida Varga | carried | "We need more drivers."`,
    );
  });

  it('Should credit answers in a Q/A transcript to the spokesperson', () => {
    check(
      `The authority's spokeswoman, Nadia Holm, took questions.

Q: Will trains run on Monday?

A: Trains will run on Monday. Buses will follow.`,
      `- | - | The authority's spokeswoman, Nadia Holm, took questions.
       Nadia Holm | qa | Trains will run on Monday.
       Nadia Holm | qa | Buses will follow.`,
    );
  });
});

describe('Attribution: joint speakers and bodies', () => {
  it('Should credit "the two leaders agreed" and "they agreed" to both principals', () => {
    check(
      `Mayor Tomas Brill said the strike must end. Union leader Ida Varga said members were tired.

The two leaders agreed to meet again on Friday. They also agreed to keep talking.`,
      `Tomas Brill | sentence | Mayor Tomas Brill said the strike must end.
       Ida Varga | sentence | Union leader Ida Varga said members were tired.
       Ida Varga + Tomas Brill | joint | The two leaders agreed to meet again on Friday.
       Ida Varga + Tomas Brill | joint | They also agreed to keep talking.`,
    );
  });

  it('Should credit "the mayor and the union agreed" to the mayor and the union\'s leader', () => {
    check(
      `Mayor Ines Valdor met union general secretary Marek Olsen.

The mayor and the union agreed to end the strike.`,
      `- | - | Mayor Ines Valdor met union general secretary Marek Olsen.
       Ines Valdor + Marek Olsen | sentence | The mayor and the union agreed to end the strike.`,
    );
  });

  it('Should credit "X and Y agreed" to both, sorted', () => {
    check('Tomas Brill and Ida Varga agreed to a mediator.\n', 'Ida Varga + Tomas Brill | sentence | Tomas Brill and Ida Varga agreed to a mediator.');
  });

  it('Should credit institutions and roles', () => {
    check(
      `The Harbour Ministry said the port would reopen.

The mayor's office said in a statement that fares were frozen.

A spokeswoman for the authority said buses were late.

The Citadel said talks had been useful.`,
      `Harbour Ministry | sentence | The Harbour Ministry said the port would reopen.
       mayor's office | sentence | The mayor's office said in a statement that fares were frozen.
       authority | sentence | A spokeswoman for the authority said buses were late.
       Citadel | sentence | The Citadel said talks had been useful.`,
    );
  });

  it('Should resolve "the ministry" to the ministry named earlier', () => {
    check(
      `The Upland Foreign Ministry said the talks were candid.

The ministry said a second call was planned.`,
      `Upland Foreign Ministry | sentence | The Upland Foreign Ministry said the talks were candid.
       Upland Foreign Ministry | sentence | The ministry said a second call was planned.`,
    );
  });
});

describe('Attribution: markers', () => {
  it('Should let a speaker marker override the inferred speaker', () => {
    check('The bridge will reopen, Brill said. {@Ida Varga}\n', 'Ida Varga | marker | The bridge will reopen, Brill said. {@Ida Varga}');
  });

  it('Should apply a marker alone on a line to the next paragraph', () => {
    check(
      `{@Nadia Holm}
Trains will run on Monday. Buses will follow.

Fares are frozen.`,
      `Nadia Holm | marker | Trains will run on Monday.
       Nadia Holm | marker | Buses will follow.
       - | - | Fares are frozen.`,
    );
  });
});

describe('Attribution: robustness', () => {
  it('Should give no passages for an empty article and never throw on odd text', () => {
    check('', '');
    check('\u200b\u00a0\n“\n', '');
  });

  // Speed is measured in `npm run bench` (bench/engine.mjs: edit -> diagnostics on a 2,000-word article), not here.
  it('Should attribute every sentence of a 2,000-word article', () => {
    const paragraph =
      'Mayor Tomas Brill said on Monday that the city will reopen the bridge by June. "We owe it to commuters," he said. ' +
      'The bridge carries 40,000 cars a day, according to the Transit Authority. Ida Varga, a union organiser, told reporters the workers would wait. ';
    const text = Array.from({ length: 50 }, () => paragraph).join('\n\n');
    const attribution = attributeArticle(parseArticle(text), { ignoreMarkers: true });
    assert.ok(text.split(/\s+/).length >= 2000);
    assert.equal(attribution.passages.length, 200);
  });
});

describe('Attribution: months and given names', () => {
  it('Should read a month that is a given name as part of the name, and a dated month as a date', () => {
    check(
      `Mayor Jan Oder said the bridge would reopen in May.

In May, Councillor June Kessler said the budget was too small.`,
      `Jan Oder | sentence | Mayor Jan Oder said the bridge would reopen in May.
      June Kessler | sentence | In May, Councillor June Kessler said the budget was too small.`,
    );
  });
});

// Attribution rules for writing styles that the first tuning corpora did not use: name particles, title
// abbreviations, spokespeople of bodies, anonymous sources, continued indirect speech and more.
// Every sentence is invented.
import * as assert from 'node:assert/strict';
import { SpeakerDirectory } from '../../engine/attribution/aliases';
import { checkPassages, checkSpeakers as check } from './attributionCheck';

/** `claim | text`, `-` for a passage that is not a claim. */
function checkClaims(text: string, expected: string): void {
  checkPassages(text, expected, (passage, passageText) => `${passage.claim ? 'claim' : '-'} | ${passageText}`);
}

describe('Attribution: names with particles and title abbreviations', () => {
  it('Should keep the particles of a surname in the full name and in the short form', () => {
    check(
      `Port director Dr. Joris de la Mare said the quay would reopen. De la Mare said the cranes were safe.

"The harbour is open again. Ships can dock from Monday without any delay at all," de la Mare said.`,
      `Joris de la Mare | sentence | Port director Dr. Joris de la Mare said the quay would reopen.
       Joris de la Mare | sentence | De la Mare said the cranes were safe.
       Joris de la Mare | following | "The harbour is open again.
       Joris de la Mare | sentence | Ships can dock from Monday without any delay at all," de la Mare said.`,
    );
  });

  it('Should read a compound title and an abbreviated title before a name', () => {
    check(
      `UN under-secretary Amal Rees spoke first. Agency director-general Piet Olm said the fund was empty. Cmdr. Tove Rask said the ships were ready.`,
      `- | - | UN under-secretary Amal Rees spoke first.
       Piet Olm | sentence | Agency director-general Piet Olm said the fund was empty.
       Tove Rask | sentence | Cmdr. Tove Rask said the ships were ready.`,
    );
  });

  it('Should merge a particle surname with the full name across the corpus', () => {
    const directory = new SpeakerDirectory();
    directory.setSource('a.txt', [{ name: 'Marta von Eck', kind: 'person', forms: ['Dr. Marta von Eck'], titles: [], passages: 2 }]);
    directory.setSource('b.txt', [{ name: 'von Eck', kind: 'person', forms: ['Von Eck'], titles: [], passages: 1 }]);
    assert.equal(directory.canonical('Von Eck'), 'Marta von Eck');
    assert.equal(directory.canonical('Dr. von Eck'), 'Marta von Eck');
  });
});

describe('Attribution: bodies and their spokespeople', () => {
  it('Should credit an unnamed spokesperson for a body to the body', () => {
    check(
      `The Orlen Water Authority closed two wells on Friday. A spokesman for the authority said the tap water was safe.`,
      `- | - | The Orlen Water Authority closed two wells on Friday.
       Orlen Water Authority | sentence | A spokesman for the authority said the tap water was safe.`,
    );
  });

  it('Should resolve "the regulator" and "the agency" to the public body named before', () => {
    check(
      `The Orlen Water Authority closed two wells on Friday. The wells had too much nitrate, the regulator said. Bottled water will be handed out, the agency said.`,
      `- | - | The Orlen Water Authority closed two wells on Friday.
       Orlen Water Authority | sentence | The wells had too much nitrate, the regulator said.
       Orlen Water Authority | sentence | Bottled water will be handed out, the agency said.`,
    );
  });

  it('Should credit "the agency said" to the body that opens the sentence, and "it said" after it', () => {
    check(
      `Lorvik's transport regulator has fined the ferry operator 2 million crowns, the agency said. The fine is the largest in a decade, it said.`,
      `Lorvik's transport regulator | sentence | Lorvik's transport regulator has fined the ferry operator 2 million crowns, the agency said.
       Lorvik's transport regulator | sentence | The fine is the largest in a decade, it said.`,
    );
  });

  it('Should keep "the agency said" a news channel when no public body is in sight', () => {
    check(`The ferry ran aground near the pier, the agency said.`, `- | - | The ferry ran aground near the pier, the agency said.`);
  });
});

describe('Attribution: anonymous sources', () => {
  it('Should read "the official" and "the person" as the anonymous source described before', () => {
    check(
      `Mayor Ines Calder opened the bridge. An official familiar with the budget said the bridge cost 40 million crowns. The official, who asked not to be named, said the cost had doubled.

A person close to the builder said the steel came late. The person said the builder would ask for more money.`,
      `- | - | Mayor Ines Calder opened the bridge.
       official familiar with the budget | sentence | An official familiar with the budget said the bridge cost 40 million crowns.
       official familiar with the budget | sentence | The official, who asked not to be named, said the cost had doubled.
       person close to the builder | sentence | A person close to the builder said the steel came late.
       person close to the builder | sentence | The person said the builder would ask for more money.`,
    );
  });

  it('Should read "a diplomat briefed on" and "an aide from … who was close to" as anonymous sources, and "the diplomat" as the one described', () => {
    check(
      `President Ada Voss met her counterpart, Leon Brandt, on Friday. A diplomat briefed on the meeting said the two had argued over fishing rights. The quarrel began over dinner, the diplomat said.

An aide from the northern delegation who was close to the talks said a deal was still possible.`,
      `- | - | President Ada Voss met her counterpart, Leon Brandt, on Friday.
       diplomat briefed on the meeting | sentence | A diplomat briefed on the meeting said the two had argued over fishing rights.
       diplomat briefed on the meeting | sentence | The quarrel began over dinner, the diplomat said.
       aide from the northern delegation who was close to the talks | sentence | An aide from the northern delegation who was close to the talks said a deal was still possible.`,
    );
  });

  it('Should keep a named diplomat and a diplomat doing something other than knowing as they are', () => {
    check(
      `Diplomats from six countries arrived in Orland on Monday. A diplomat from the northern delegation who was at the dinner left early. Diplomat Ines Calder said the talks would resume.`,
      `- | - | Diplomats from six countries arrived in Orland on Monday.
       - | - | A diplomat from the northern delegation who was at the dinner left early.
       Ines Calder | sentence | Diplomat Ines Calder said the talks would resume.`,
    );
  });

  it('Should read "according to people familiar with" as an anonymous source', () => {
    check(`The builder changed its supplier last year, according to people familiar with the contract.`, `people familiar with the contract | sentence | The builder changed its supplier last year, according to people familiar with the contract.`);
  });

  it('Should merge the anonymous sources of a corpus into one speaker', () => {
    const directory = new SpeakerDirectory();
    directory.setSource('a.txt', [{ name: 'official familiar with the budget', kind: 'group', forms: ['An official familiar with the budget'], titles: [], passages: 3 }]);
    directory.setSource('b.txt', [{ name: 'people familiar with the matter', kind: 'group', forms: ['people familiar with the matter'], titles: [], passages: 1 }]);
    directory.setSource('c.txt', [{ name: 'unnamed sources', kind: 'group', forms: ['is said'], titles: [], passages: 1 }]);
    assert.equal(directory.canonical('official familiar with the budget'), 'people familiar with the matter');
    assert.equal(directory.canonical('unnamed sources'), 'people familiar with the matter');
  });
});

describe('Attribution: subjects with asides, and verbs that report nothing', () => {
  it('Should credit the name before an "of the …" aside and past "has since"', () => {
    check(
      `Ms. Oyelaran, of the tenants' union, said on Monday that rents had doubled. Mayor Ines Calder has since conceded that the rents were too high.`,
      `Oyelaran | sentence | Ms. Oyelaran, of the tenants' union, said on Monday that rents had doubled.
       Ines Calder | sentence | Mayor Ines Calder has since conceded that the rents were too high.`,
    );
  });

  it('Should take a full name affiliated with a body as a person a pronoun can refer to', () => {
    check(
      `Mayor Ines Calder backs the plan. Lena Sorvik of the Harbour Workers' Union has fought it for years. "We will not move," she said.`,
      `- | - | Mayor Ines Calder backs the plan.
       - | - | Lena Sorvik of the Harbour Workers' Union has fought it for years.
       Lena Sorvik | sentence | "We will not move," she said.`,
    );
  });

  it('Should credit the name before an aside that opens with "no" ("no relation", "no stranger to …")', () => {
    check(
      `Mayor Jonas Berg, no relation, said the decision was final. Tom Hale, no stranger to controversy, said the referee was wrong. The plan, no doubt, said little about the cost.`,
      `Jonas Berg | sentence | Mayor Jonas Berg, no relation, said the decision was final.
       Tom Hale | sentence | Tom Hale, no stranger to controversy, said the referee was wrong.
       - | - | The plan, no doubt, said little about the cost.`,
    );
  });

  it('Should credit the name before an aside between a pair of dashes, as between commas', () => {
    check(
      `Mayor Anna Kerr – who took office in May – said the port was closed. Jonas Berg — the harbour master — told reporters the cranes were idle. The port – closed since May – said nothing.`,
      `Anna Kerr | sentence | Mayor Anna Kerr – who took office in May – said the port was closed.
       Jonas Berg | sentence | Jonas Berg — the harbour master — told reporters the cranes were idle.
       - | - | The port – closed since May – said nothing.`,
    );
  });

  it('Should not credit a negated reporting verb', () => {
    check(
      `The builder has not commented. The mayor's office would not say when the bridge opens.`,
      `- | - | The builder has not commented.
       - | - | The mayor's office would not say when the bridge opens.`,
    );
  });
});

describe('Attribution: indirect speech that goes on', () => {
  it('Should continue reported speech over a pronoun that cannot be the speaker, with a backshifted modal', () => {
    check(
      `Mayor Ines Calder said engineers would inspect the bridge on Monday. They would check every cable. If they found cracks, the city could close the bridge.`,
      `Ines Calder | sentence | Mayor Ines Calder said engineers would inspect the bridge on Monday.
       Ines Calder | continuation | They would check every cable.
       Ines Calder | continuation | If they found cracks, the city could close the bridge.`,
    );
  });

  it('Should leave a pronoun sentence without a backshifted modal to the outlet', () => {
    check(
      `Mayor Ines Calder said engineers would inspect the bridge on Monday. They arrived at dawn.`,
      `Ines Calder | sentence | Mayor Ines Calder said engineers would inspect the bridge on Monday.
       - | - | They arrived at dawn.`,
    );
  });
});

describe('Attribution: sentences around a quotation', () => {
  it('Should credit a cue-less first-person quotation to the person the sentence before introduced', () => {
    check(
      `Tomas Ferreira has sold fish on the quay for 30 years. "I have never seen the water this low."`,
      `- | - | Tomas Ferreira has sold fish on the quay for 30 years.
       Tomas Ferreira | previous | "I have never seen the water this low."`,
    );
  });

  it("Should take a sentence that only introduces a quotation as the outlet's, and no claim", () => {
    checkClaims(
      `Chief engineer Ines Calder was blunt about the delay. "The builder failed us. We will sue," she said.`,
      `- | Chief engineer Ines Calder was blunt about the delay.
       claim | "The builder failed us. We will sue," she said.`,
    );
  });
});

describe('Attribution: court reporting', () => {
  it('Should credit an outburst ("shouted", "yelled") and read past an age before a relative clause', () => {
    check(
      `Olaf Brenn was jailed on Monday. Brenn, 58, who denied the charges throughout the trial, shouted "This is a farce!" as the sentence was read. Brenn, 58, who has appealed, said he was innocent. Ida Holm, 34, a teacher, yelled "Shame!" from the gallery. The man, 40, who was arrested, was released.`,
      `- | - | Olaf Brenn was jailed on Monday.
       Brenn | sentence | Brenn, 58, who denied the charges throughout the trial, shouted "This is a farce!" as the sentence was read.
       Brenn | sentence | Brenn, 58, who has appealed, said he was innocent.
       Ida Holm | sentence | Ida Holm, 34, a teacher, yelled "Shame!" from the gallery.
       - | - | The man, 40, who was arrested, was released.`,
    );
  });

  it('Should credit an indictment to the prosecution, and a ruling to the court even when no court is named', () => {
    check(
      `A court in Tarrow jailed Olaf Brenn on Monday. The ruling said only half of the sum had been proven. The indictment alleged that he took cash. According to the indictment, he was paid twice. Police found a car.`,
      `- | - | A court in Tarrow jailed Olaf Brenn on Monday.
       court | sentence | The ruling said only half of the sum had been proven.
       prosecutors | sentence | The indictment alleged that he took cash.
       prosecutors | sentence | According to the indictment, he was paid twice.
       - | - | Police found a car.`,
    );
    check(
      `The Tarrow Public Prosecution Service charged Olaf Brenn in May. The indictment alleged that he took cash.`,
      `- | - | The Tarrow Public Prosecution Service charged Olaf Brenn in May.
       Tarrow Public Prosecution Service | sentence | The indictment alleged that he took cash.`,
    );
  });

  it('Should credit "the statement said" to the author of a statement someone read out', () => {
    check(
      `Olaf Brenn was jailed. Ida Holm then read out a short statement from Brenn. "I am innocent," the statement said.`,
      `- | - | Olaf Brenn was jailed.
       - | - | Ida Holm then read out a short statement from Brenn.
       Brenn | sentence | "I am innocent," the statement said.`,
    );
    check(
      `Olaf Brenn was jailed. Ida Holm read a book by Brenn. "I am innocent," the statement said.`,
      `- | - | Olaf Brenn was jailed.
       - | - | Ida Holm read a book by Brenn.
       - | - | "I am innocent," the statement said.`,
    );
  });

  it('Should credit a coordinated reporting verb to the subject of the first verb', () => {
    check(
      `Olaf Brenn was jailed. Brenn stood up and shouted: "This is a farce!" As the sentence was read, Brenn, who denied the charges, jumped to his feet and yelled that he was innocent. The judge called the witness credible, and said the records supported her. Prices rose and fell.`,
      `- | - | Olaf Brenn was jailed.
       Brenn | sentence | Brenn stood up and shouted: "This is a farce!"
       Brenn | sentence | As the sentence was read, Brenn, who denied the charges, jumped to his feet and yelled that he was innocent.
       judge | sentence | The judge called the witness credible, and said the records supported her.
       - | - | Prices rose and fell.`,
    );
  });

  it('Should not count a live blog\'s sign-off, pointers and announced steps of a hearing as claims', () => {
    checkClaims(
      `The judge is reading the verdict. The jury is now delivering its findings. That's it from us today. That is all from me. Our full report on the ruling is here. The latest story can be found below. The judge is reading the verdict that jailed a mayor in 2019 for fraud and corruption in the city. Our report found the mayor was paid.`,
      `- | The judge is reading the verdict.
       - | The jury is now delivering its findings.
       - | That's it from us today.
       - | That is all from me.
       - | Our full report on the ruling is here.
       - | The latest story can be found below.
       claim | The judge is reading the verdict that jailed a mayor in 2019 for fraud and corruption in the city.
       claim | Our report found the mayor was paid.`,
    );
  });

  it('Should not credit a news outlet passing news on, nor a court whose finding a subordinate clause reports', () => {
    check(
      `Olaf Brenn will appeal the verdict, according to the Tarrow Courier. He will appeal, according to the Daily Observer. He will appeal, according to his lawyer Ida Holm.`,
      `- | - | Olaf Brenn will appeal the verdict, according to the Tarrow Courier.
       - | - | He will appeal, according to the Daily Observer.
       Ida Holm | sentence | He will appeal, according to his lawyer Ida Holm.`,
    );
    check(
      `Olaf Brenn was jailed on Monday after a Tarrow court found he had taken bribes. Brenn was arrested because the court ruled he might flee. The court found he had taken bribes.`,
      `- | - | Olaf Brenn was jailed on Monday after a Tarrow court found he had taken bribes.
       - | - | Brenn was arrested because the court ruled he might flee.
       court | sentence | The court found he had taken bribes.`,
    );
  });

  it('Should credit "a statement from her client" to the person the lawyer represents, and "reads a statement from X:" to X', () => {
    check(
      `Olaf Brenn said he was innocent. His lawyer, Ida Holm, spoke outside. Holm then read a short statement from her client. "I will clear my name," the statement said.`,
      `Olaf Brenn | sentence | Olaf Brenn said he was innocent.
       - | - | His lawyer, Ida Holm, spoke outside.
       - | - | Holm then read a short statement from her client.
       Olaf Brenn | sentence | "I will clear my name," the statement said.`,
    );
    check(
      `Olaf Brenn said he was innocent. She then reads a statement from Brenn: "I took nothing. I will clear my name." Ida Holm reads a statement from Brenn. The court was adjourned.`,
      `Olaf Brenn | sentence | Olaf Brenn said he was innocent.
       Olaf Brenn | sentence | She then reads a statement from Brenn: "I took nothing.
       Olaf Brenn | previous | I will clear my name."
       - | - | Ida Holm reads a statement from Brenn.
       - | - | The court was adjourned.`,
    );
  });

  it('Should read a judicial "it holds that" as the court when the document last mentioned is a ruling', () => {
    check(
      `A court in Tarrow jailed Olaf Brenn. The written judgment is more careful. It holds that half the sum was proven. It found that he lied.`,
      `- | - | A court in Tarrow jailed Olaf Brenn.
       - | - | The written judgment is more careful.
       court | sentence | It holds that half the sum was proven.
       court | sentence | It found that he lied.`,
    );
    check(
      `A court in Tarrow jailed Olaf Brenn. The firm put out a statement. It holds that sales fell. It holds a stake.`,
      `- | - | A court in Tarrow jailed Olaf Brenn.
       firm | sentence | The firm put out a statement.
       - | - | It holds that sales fell.
       - | - | It holds a stake.`,
    );
  });

  it('Should credit a body whose name holds a title and a possessive ("the Brill Prosecutor\'s Office") to the body', () => {
    check(
      `The Tarrow Prosecutor's Office said it would appeal. The Tarrow Public Prosecutor's Ministry said it agreed. Chief Prosecutor Ana Holm said he lied.`,
      `Tarrow Prosecutor's Office | sentence | The Tarrow Prosecutor's Office said it would appeal.
       Tarrow Public Prosecutor's Ministry | sentence | The Tarrow Public Prosecutor's Ministry said it agreed.
       Ana Holm | sentence | Chief Prosecutor Ana Holm said he lied.`,
    );
  });

  it('Should make a judge announced as reading the verdict the speaker of a following "…, she says"', () => {
    check(
      `Judge Ada Berg opened the hearing. Ida Holm, the defence lawyer, said she would appeal. The judge is now reading the verdict. Brenn is guilty, she says. The sum was smaller, she says.`,
      `- | - | Judge Ada Berg opened the hearing.
       Ida Holm | sentence | Ida Holm, the defence lawyer, said she would appeal.
       - | - | The judge is now reading the verdict.
       Ada Berg | sentence | Brenn is guilty, she says.
       Ada Berg | sentence | The sum was smaller, she says.`,
    );
    check(
      `Judge Ada Berg opened the hearing. Ida Holm, the defence lawyer, said she would appeal. The judge is reading the verdict of another court with care. Brenn is guilty, she says.`,
      `- | - | Judge Ada Berg opened the hearing.
       Ida Holm | sentence | Ida Holm, the defence lawyer, said she would appeal.
       - | - | The judge is reading the verdict of another court with care.
       Ida Holm | sentence | Brenn is guilty, she says.`,
    );
  });

  it('Should credit "X has issued a statement." to X as no claim, and X\'s later "she says"', () => {
    check(
      `Governor Ada Berg has issued a statement. She says she ordered an audit. The ministry released a short statement. The firm released a statement on Monday about its profits.`,
      `Ada Berg | sentence | Governor Ada Berg has issued a statement.
       Ada Berg | sentence | She says she ordered an audit.
       ministry | sentence | The ministry released a short statement.
       - | - | The firm released a statement on Monday about its profits.`,
    );
    checkClaims(
      `Governor Ada Berg has issued a statement. The firm released a statement on Monday about its profits.`,
      `- | Governor Ada Berg has issued a statement.
       claim | The firm released a statement on Monday about its profits.`,
    );
  });

  it('Should credit a penalty sought from the court ("Prosecutors sought a ten-year sentence") to whoever sought it', () => {
    check(
      `Olaf Brenn was jailed. Prosecutors had sought a ten-year sentence. His lawyer Ida Holm seeks an acquittal. The firm sought a buyer. Brenn sought refuge in 2019. Prosecutors will seek a longer term.`,
      `- | - | Olaf Brenn was jailed.
       prosecutors | sentence | Prosecutors had sought a ten-year sentence.
       Ida Holm | sentence | His lawyer Ida Holm seeks an acquittal.
       - | - | The firm sought a buyer.
       - | - | Brenn sought refuge in 2019.
       - | - | Prosecutors will seek a longer term.`,
    );
  });
});

describe('Attribution: a live blog, with "he says" after a person introduced without a title', () => {
  it('Should credit the time-stamped entries\' pronoun cues to the person the sentence before introduces', () => {
    check(
      `14:05 — Harriet Quell takes the microphone. She says the wall will be repaired by June. "We have the money," she says.

14:09 — Quell is first to answer, and she looks tired. "The board never listened," she says.`,
      `- | - | Harriet Quell takes the microphone.
       Harriet Quell | sentence | She says the wall will be repaired by June.
       Harriet Quell | sentence | "We have the money," she says.
       - | - | Quell is first to answer, and she looks tired.
       Harriet Quell | sentence | "The board never listened," she says.`,
    );
  });

  it('Should not give "he" to a woman, nor to a word capitalised only because it opens the sentence', () => {
    check(
      `Ms. Harriet Quell takes the microphone. "We have the money," he says.

Production is first to resume. "The line is safe," he says.`,
      `- | - | Ms. Harriet Quell takes the microphone.
       - | - | "We have the money," he says.
       - | - | Production is first to resume.
       - | - | "The line is safe," he says.`,
    );
  });
});

describe('Attribution: a club speaks, and background after reported speech stays the outlet\'s', () => {
  it('Should read "the club said" as a cue, and not continue its speech into a sentence about "its shares"', () => {
    check(
      `On its website, the club said its board would recommend the offer. The remaining shares are held by 4,000 fans.

The club shares the trust's view, and the fans need a vote, the trust said.`,
      `club | sentence | On its website, the club said its board would recommend the offer.
       - | - | The remaining shares are held by 4,000 fans.
       trust | sentence | The club shares the trust's view, and the fans need a vote, the trust said.`,
    );
  });

  it('Should not let a closing cue take in the dated past event before it', () => {
    check(
      `The fans' trust was founded in 1992. The family bought the club in 2009 for 11 million crowns. The owner will get a bonus of 15 million crowns, the trust said.`,
      `- | - | The fans' trust was founded in 1992.
       - | - | The family bought the club in 2009 for 11 million crowns.
       trust | sentence | The owner will get a bonus of 15 million crowns, the trust said.`,
    );
  });

  it('Should not let a closing cue take in a past event dated by its weekday, though it holds a figure; an undated figure still goes with the cue', () => {
    check(
      `About 40 dock workers walked off the job on Tuesday morning. The new rota breaks the contract, the union said in a statement.

Some 200 jobs will go at the yard. The order book is empty, the union said.`,
      `- | - | About 40 dock workers walked off the job on Tuesday morning.
       union | sentence | The new rota breaks the contract, the union said in a statement.
       union | next | Some 200 jobs will go at the yard.
       union | sentence | The order book is empty, the union said.`,
    );
  });
});

describe('Attribution: reported speech goes on in the third person only', () => {
  it('Should not continue a speaker\'s reported speech into a sentence that opens in the first person', () => {
    check(
      `Mayor Ines Calder said the levy would be scrapped and that the wall would be repaired. We're going to leave our coverage there. The board would pay for it all.`,
      `Ines Calder | sentence | Mayor Ines Calder said the levy would be scrapped and that the wall would be repaired.
       - | - | We're going to leave our coverage there.
       - | - | The board would pay for it all.`,
    );
  });
});

describe('Attribution: a title nobody holds names the person who spoke just before', () => {
  it('Should credit a closing "the chairman said" to the previous speaker when no one was introduced as chairman', () => {
    check(
      `Harbour owner Tomas Brede said selling was hard. "I am 74 years old," the chairman said. He would stay on, he said.`,
      `Tomas Brede | sentence | Harbour owner Tomas Brede said selling was hard.
       Tomas Brede | sentence | "I am 74 years old," the chairman said.
       Tomas Brede | sentence | He would stay on, he said.`,
    );
  });

  it('Should keep a title someone holds, and an indefinite one, from the previous speaker', () => {
    check(
      `Mayor Ines Calder said the port was safe. Harbour owner Tomas Brede said selling was hard. "It is over," the mayor said. A spokesman said talks would go on.`,
      `Ines Calder | sentence | Mayor Ines Calder said the port was safe.
       Tomas Brede | sentence | Harbour owner Tomas Brede said selling was hard.
       Ines Calder | sentence | "It is over," the mayor said.
       spokesman | sentence | A spokesman said talks would go on.`,
    );
  });
});

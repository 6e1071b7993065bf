// Attribution rules for wire and business-news habits: surnames behind attached particles, companies
// named by one word, spokespeople and anonymous staff of a company, groups of people by trade, reported
// questions and estimates. Every sentence is invented.
import * as assert from 'node:assert/strict';
import { SpeakerDirectory } from '../../engine/attribution/aliases';
import { checkPassages, checkSpeakers as check } from './attributionCheck';

/** `speaker | claim | text`, `-` for the outlet's voice or a passage that is not a claim. */
function checkWithClaims(text: string, expected: string): void {
  checkPassages(text, expected, (passage, passageText) => `${passage.speaker ? passage.speaker.name : '-'} | ${passage.claim ? 'claim' : '-'} | ${passageText}`);
}

describe('Attribution: surnames behind an attached particle', () => {
  it('Should read "al-", "el-" and "d’" surnames as names, alone and after a first name', () => {
    check(
      `Samir al-Hadid, head of the port authority, said two cranes were down. "We lost a whole shift," al-Hadid said. He said repairs would take a week.

Mona el-Sayed said the tolls would rise. Ms. el-Sayed said the rise was modest.

Lucien d’Aubert told reporters the vote was lost. D’Aubert said he would not resign.`,
      `Samir al-Hadid | sentence | Samir al-Hadid, head of the port authority, said two cranes were down.
       Samir al-Hadid | sentence | "We lost a whole shift," al-Hadid said.
       Samir al-Hadid | sentence | He said repairs would take a week.
       Mona el-Sayed | sentence | Mona el-Sayed said the tolls would rise.
       Mona el-Sayed | sentence | Ms. el-Sayed said the rise was modest.
       Lucien d’Aubert | sentence | Lucien d’Aubert told reporters the vote was lost.
       Lucien d’Aubert | sentence | D’Aubert said he would not resign.`,
    );
  });

  it('Should not take a lowercase hyphenated word for a name', () => {
    check(
      `The talks ran into an all-night session, officials said. The chairwoman said the de-escalation plan would hold.`,
      `officials | sentence | The talks ran into an all-night session, officials said.
       chairwoman | sentence | The chairwoman said the de-escalation plan would hold.`,
    );
  });
});

describe('Attribution: companies named by one word', () => {
  it('Should read a company from an appositive and resolve "the carrier" and "the company" to it', () => {
    check(
      `Flights were cancelled at Velmar, the country's largest carrier, on Monday. About 300 flights were affected, according to the carrier. Most will run again on Tuesday, the company said.`,
      `- | - | Flights were cancelled at Velmar, the country's largest carrier, on Monday.
       Velmar | sentence | About 300 flights were affected, according to the carrier.
       Velmar | sentence | Most will run again on Tuesday, the company said.`,
    );
  });

  it('Should read a company from the noun before its name and keep later bare mentions on it', () => {
    check(
      `Prices will rise by 4 percent, insurer Brannock said on Monday. Brannock said claims had doubled. It said no jobs would go.`,
      `Brannock | sentence | Prices will rise by 4 percent, insurer Brannock said on Monday.
       Brannock | sentence | Brannock said claims had doubled.
       Brannock | sentence | It said no jobs would go.`,
    );
  });

  it('Should resolve "the company" to the business that spoke just before, not to one named after it', () => {
    check(
      `Korrig said the recall was caused by a part made by Ostrel Systems, its main supplier. The part, the company said, had passed every test.`,
      `Korrig | sentence | Korrig said the recall was caused by a part made by Ostrel Systems, its main supplier.
       Korrig | sentence | The part, the company said, had passed every test.`,
    );
  });

  it('Should take "Ostrel" for the company "Ostrel Networks", but not a surname for a company', () => {
    check(
      `Ostrel Networks said it had fixed the fault. Ostrel said no data was lost.

Analyst Rita Varga said the shares would recover. Varga Holdings declined to comment. Varga said the fall was overdone.`,
      `Ostrel Networks | sentence | Ostrel Networks said it had fixed the fault.
       Ostrel Networks | sentence | Ostrel said no data was lost.
       Rita Varga | sentence | Analyst Rita Varga said the shares would recover.
       - | - | Varga Holdings declined to comment.
       Rita Varga | sentence | Varga said the fall was overdone.`,
    );
  });

  it('Should not resolve "the company" to a public body, nor a capitalised common noun that opens the sentence', () => {
    check(
      `The Keldor Water Authority lifted the ban on Friday. Service was restored across the city, the company said.`,
      `- | - | The Keldor Water Authority lifted the ban on Friday.
       company | sentence | Service was restored across the city, the company said.`,
    );
  });

  it('Should leave "the vendor" alone when no business was described as one', () => {
    check(
      `Korrig said it would pay every customer. In a short statement, the vendor said it was working with Korrig.`,
      `Korrig | sentence | Korrig said it would pay every customer.
       vendor | sentence | In a short statement, the vendor said it was working with Korrig.`,
    );
  });
});

describe('Attribution: unnamed spokespeople of a body named before the title', () => {
  it('Should credit "a Korrig spokeswoman" and "a police spokesman" to the body', () => {
    check(
      `Korrig said prices would fall. A Korrig spokeswoman said stores would open late. A police spokesman said two men were held. A Harbour Council spokesperson said the quay was closed.`,
      `Korrig | sentence | Korrig said prices would fall.
       Korrig | sentence | A Korrig spokeswoman said stores would open late.
       police | sentence | A police spokesman said two men were held.
       Harbour Council | sentence | A Harbour Council spokesperson said the quay was closed.`,
    );
  });

  it('Should keep a named spokesperson, a spokesperson without a body and a person’s spokesperson as they were', () => {
    check(
      `Foreign Ministry spokesman Ivo Lind said talks would resume. A senior spokesman said nothing was agreed. Calder's spokesperson said the toll would stay.`,
      `Ivo Lind | sentence | Foreign Ministry spokesman Ivo Lind said talks would resume.
       senior spokesman | sentence | A senior spokesman said nothing was agreed.
       Calder's spokesperson | sentence | Calder's spokesperson said the toll would stay.`,
    );
  });
});

describe('Attribution: staff who speak on condition of anonymity', () => {
  it('Should credit "a senior engineer at the company, who spoke on condition of anonymity," as one anonymous source, and "the engineer" after it', () => {
    check(
      `Velmar cut 300 jobs. A senior engineer at the company, who spoke on condition of anonymity, said the plant would close. The engineer said it had lost money for years.

An official at the ministry, who asked not to be named, said the state would not step in.`,
      `- | - | Velmar cut 300 jobs.
       a senior engineer at the company | sentence | A senior engineer at the company, who spoke on condition of anonymity, said the plant would close.
       a senior engineer at the company | sentence | The engineer said it had lost money for years.
       an official at the ministry | sentence | An official at the ministry, who asked not to be named, said the state would not step in.`,
    );
  });

  it('Should keep a named person named, and an appositive without anonymity as a role', () => {
    check(
      `Rita Sand, who asked not to be named in an earlier story, said the plant was safe. A fellow at the institute, who studied the plant for years, said it was sound.`,
      `Rita Sand | sentence | Rita Sand, who asked not to be named in an earlier story, said the plant was safe.
       fellow at the institute | sentence | A fellow at the institute, who studied the plant for years, said it was sound.`,
    );
  });
});

describe('Attribution: groups of people named by their trade and place', () => {
  it('Should read the plural of a title as a group, told apart by its place, and carry "they" on', () => {
    check(
      `Several shop owners in Harlow told reporters that card payments had failed. They said many customers had gone home.

Farmers said the river was low. Nurses in Dunmore have warned that wards are full.`,
      `shop owners in Harlow | sentence | Several shop owners in Harlow told reporters that card payments had failed.
       shop owners in Harlow | sentence | They said many customers had gone home.
       farmers | sentence | Farmers said the river was low.
       nurses in Dunmore | sentence | Nurses in Dunmore have warned that wards are full.`,
    );
  });

  it('Should not join a single person to a place, nor credit a group acting in what a closing cue reports', () => {
    check(
      `The minister in Karsk said no more. Two teachers warned of a strike on Monday, the union said.`,
      `- | - | The minister in Karsk said no more.
       union | sentence | Two teachers warned of a strike on Monday, the union said.`,
    );
  });
});

describe('Attribution: reporting verbs in clauses of time, cause and condition', () => {
  it('Should not credit a sentence to the subject of an "after", "before" or "because" clause', () => {
    check(
      `The mayor's remarks came after Korrig announced a refund. Harlow deserves an answer before the inspectors write their report. Fares rose because the operator warned of losses.`,
      `- | - | The mayor's remarks came after Korrig announced a refund.
       - | - | Harlow deserves an answer before the inspectors write their report.
       - | - | Fares rose because the operator warned of losses.`,
    );
  });

  it('Should still credit the main clause after a subordinate one', () => {
    check(
      `After Korrig announced a refund, Mayor Ines Calder said it was too small.`,
      `Ines Calder | sentence | After Korrig announced a refund, Mayor Ines Calder said it was too small.`,
    );
  });
});

describe('Attribution: an emphatic reflexive between subject and verb', () => {
  it('Should read past "itself" and "herself" to the reporting verb', () => {
    check(
      `The Harbour Council itself admits that the quay is unsafe. Mayor Ines Calder herself said the toll would stay.`,
      `Harbour Council | sentence | The Harbour Council itself admits that the quay is unsafe.
       Ines Calder | sentence | Mayor Ines Calder herself said the toll would stay.`,
    );
  });
});

describe('Attribution: estimates put at a figure', () => {
  it('Should credit "X put the cost at about N" and "the operator puts the number at N" to their subjects', () => {
    check(
      `Analyst Rita Varga put the cost to Korrig at about 80 million crowns. The operator puts the number of users affected at 9 million.`,
      `Rita Varga | sentence | Analyst Rita Varga put the cost to Korrig at about 80 million crowns.
       operator | sentence | The operator puts the number of users affected at 9 million.`,
    );
  });

  it('Should not credit "put" with a place after "at", and keep "put it"', () => {
    check(
      `Analyst Rita Varga put the boxes at the door. Varga put it bluntly.`,
      `- | - | Analyst Rita Varga put the boxes at the door.
       Rita Varga | sentence | Varga put it bluntly.`,
    );
  });
});

describe('Attribution: reported questions', () => {
  it('Should credit "X asked whether …" to X, as a question and no claim', () => {
    checkWithClaims(
      `Opposition lawmaker Henrike Dahl asked whether Korrig had any backup plan for calls. Senator Ivo Lind asks why the vote was delayed.`,
      `Henrike Dahl | - | Opposition lawmaker Henrike Dahl asked whether Korrig had any backup plan for calls.
       Ivo Lind | - | Senator Ivo Lind asks why the vote was delayed.`,
    );
  });

  it('Should keep the claims of an answer, a passive question and a question followed by a statement', () => {
    checkWithClaims(
      `Senator Henrike Dahl chairs the panel. Asked whether she would resign, Dahl said she would not. Dahl asked why the vote was delayed, and said it was a scandal.`,
      `- | claim | Senator Henrike Dahl chairs the panel.
       Henrike Dahl | claim | Asked whether she would resign, Dahl said she would not.
       Henrike Dahl | claim | Dahl asked why the vote was delayed, and said it was a scandal.`,
    );
  });
});

describe('Attribution: a cue with no content of its own', () => {
  it('Should not go on with reported speech after "X says otherwise."', () => {
    check(
      `The council insists the quay is safe. Korrig says otherwise. One of them must be wrong, and the inquiry should tell us which.`,
      `council | sentence | The council insists the quay is safe.
       Korrig | sentence | Korrig says otherwise.
       - | - | One of them must be wrong, and the inquiry should tell us which.`,
    );
  });

  it('Should still go on after a cue that reports something', () => {
    check(
      `Korrig said the quay was unsafe. The repairs would take a year.`,
      `Korrig | sentence | Korrig said the quay was unsafe.
       Korrig | continuation | The repairs would take a year.`,
    );
  });
});

describe('Attribution: bodies described by their owner across the corpus', () => {
  it('Should not take "the company" in one source for "Calder\'s company" in another, but still merge named bodies', () => {
    const directory = new SpeakerDirectory();
    directory.setSource('a.txt', [
      { name: "Calder's company", kind: 'organization', forms: ['Her company'], titles: [], passages: 1 },
      { name: 'Keldor Water Authority', kind: 'organization', forms: ['the Keldor Water Authority'], titles: [], passages: 1 },
    ]);
    directory.setSource('b.txt', [
      { name: 'company', kind: 'organization', forms: ['the company'], titles: [], passages: 1 },
      { name: 'Water Authority', kind: 'organization', forms: ['the Water Authority'], titles: [], passages: 1 },
    ]);
    assert.equal(directory.canonical('company'), 'company');
    assert.equal(directory.canonical('Water Authority'), 'Keldor Water Authority');
  });
});

describe('Attribution: a person introduced by "called" or "named"', () => {
  it('Should credit "a user called X wrote" and "a nurse named X said" to X', () => {
    check(
      `A user called Tamsin wrote on social media that the network was down. A nurse named Ada Voss said the wards were full.`,
      `Tamsin | sentence | A user called Tamsin wrote on social media that the network was down.
       Ada Voss | sentence | A nurse named Ada Voss said the wards were full.`,
    );
  });

  it('Should not read "called" as naming when it characterises', () => {
    check(
      `Mayor Ines Calder called the deal a disgrace. The pact, called Harbour Deal, was signed.`,
      `Ines Calder | sentence | Mayor Ines Calder called the deal a disgrace.
       - | - | The pact, called Harbour Deal, was signed.`,
    );
  });
});

describe('Attribution: embedded social-media posts', () => {
  it('Should credit a post to the author its signature line names', () => {
    check(
      `Network down

Customers vented on social media.

Twelve hours without a signal and no word from anyone. I give up.
— Tamsin (@tamsin_k) May 2, 2026

The network came back at 6 p.m.`,
      `- | - | Customers vented on social media.
       Tamsin | signature | Twelve hours without a signal and no word from anyone.
       Tamsin | signature | I give up.
       - | - | The network came back at 6 p.m.`,
    );
  });

  it('Should credit a post signed by a body, and make no passage of the signature line', () => {
    check(
      `Network down

The regulator is looking into the outage.

We are working with the operator to restore service. Customers should not pay this month's bill.
— Quellby Telecoms Authority (@QuellbyTA) May 2, 2026

The network came back at 6 p.m.`,
      `- | - | The regulator is looking into the outage.
       Quellby Telecoms Authority | signature | We are working with the operator to restore service.
       Quellby Telecoms Authority | signature | Customers should not pay this month's bill.
       - | - | The network came back at 6 p.m.`,
    );
  });

  it('Should not take a dash line without a handle for a signature', () => {
    check(
      `Network down

Twelve hours without a signal and no word from anyone.
— Updated May 2, 2026

The network came back at 6 p.m.`,
      `- | - | Twelve hours without a signal and no word from anyone.
       - | - | The network came back at 6 p.m.`,
    );
  });
});

describe('Attribution: kinds of business in the plural', () => {
  it('Should read "Insurers" and "lenders" as groups, and leave what a closing cue reports to its speaker', () => {
    check(
      `Insurers expect claims to exceed 80 million crowns, according to the Harbour Insurers' Federation. Two lenders warned of losses, the central bank said. Lenders say rates will rise.`,
      `Harbour Insurers' Federation | sentence | Insurers expect claims to exceed 80 million crowns, according to the Harbour Insurers' Federation.
       central bank | sentence | Two lenders warned of losses, the central bank said.
       lenders | sentence | Lenders say rates will rise.`,
    );
  });
});

describe('Attribution: what a speaker left unsaid', () => {
  it('Should not continue reported speech over "did not say", "declined to comment" or "won\'t say"', () => {
    check(
      `A spokeswoman for the Harbour Council said repairs would start soon. The council did not say whether the quay would reopen.

The Keldor Water Authority said the wells were clean. It declined to comment on the pumps, which would need repairs.

Korrig said it would cut prices. The firm won't say when the cuts would start.`,
      `Harbour Council | sentence | A spokeswoman for the Harbour Council said repairs would start soon.
       - | - | The council did not say whether the quay would reopen.
       Keldor Water Authority | sentence | The Keldor Water Authority said the wells were clean.
       - | - | It declined to comment on the pumps, which would need repairs.
       Korrig | sentence | Korrig said it would cut prices.
       - | - | The firm won't say when the cuts would start.`,
    );
  });
});

describe('Attribution: a business named at the start of the sentence its descriptor closes', () => {
  it('Should credit "X will cut jobs, the chipmaker said" to X, and "the company" after it', () => {
    check(
      `Brightwell Semiconductor will cut 2,000 jobs, the chipmaker said. Revenue fell 11 percent, the company said.`,
      `Brightwell Semiconductor | sentence | Brightwell Semiconductor will cut 2,000 jobs, the chipmaker said.
       Brightwell Semiconductor | sentence | Revenue fell 11 percent, the company said.`,
    );
  });

  it('Should not take a known person or a capitalised opening word for the business', () => {
    check(
      `Mayor Ines Calder opened the bridge. Calder will sell her shares, the company said.

Revenue fell 11 percent, the company said.`,
      `- | - | Mayor Ines Calder opened the bridge.
       company | sentence | Calder will sell her shares, the company said.
       company | sentence | Revenue fell 11 percent, the company said.`,
    );
  });
});

describe('Attribution: a sentence with its own cue is no continuation', () => {
  it('Should not continue the previous speaker over "Others fear …"', () => {
    check(
      `Marguerite Obi, who runs a school in Dunmore, said she backed the strike. Others fear parents will be left without childcare.`,
      `Marguerite Obi | sentence | Marguerite Obi, who runs a school in Dunmore, said she backed the strike.
       - | - | Others fear parents will be left without childcare.`,
    );
  });
});

describe('Attribution: pronouns for an unnamed spokesperson', () => {
  it('Should resolve "she added" after "a spokeswoman for the authority said" to the authority', () => {
    check(
      `The Keldor Water Authority closed two wells. A spokeswoman for the authority said the water was safe. Tests would continue, she added.

A Korrig spokesman said prices would fall. He said stores would open late.`,
      `- | - | The Keldor Water Authority closed two wells.
       Keldor Water Authority | sentence | A spokeswoman for the authority said the water was safe.
       Keldor Water Authority | sentence | Tests would continue, she added.
       Korrig | sentence | A Korrig spokesman said prices would fall.
       Korrig | sentence | He said stores would open late.`,
    );
  });

  it('Should not resolve a pronoun of the other gender to the spokesperson', () => {
    check(
      `Mayor Ines Calder opened the wells. A spokesman for the Keldor Water Authority said the water was safe. She said the wells were clean.`,
      `- | - | Mayor Ines Calder opened the wells.
       Keldor Water Authority | sentence | A spokesman for the Keldor Water Authority said the water was safe.
       Ines Calder | sentence | She said the wells were clean.`,
    );
  });
});

describe('Attribution: a judge speaking through a ruling', () => {
  it('Should credit "Justice X found" and "Judge X ordered" to the judge, not "found" with other subjects', () => {
    check(
      `In a 40-page ruling, Justice Amara Quist found that the council had followed the law. Judge Rina Holt ordered the bridge closed. Police found a car near the river. Detective Ana Roos found the gun.`,
      `Amara Quist | sentence | In a 40-page ruling, Justice Amara Quist found that the council had followed the law.
       Rina Holt | sentence | Judge Rina Holt ordered the bridge closed.
       - | - | Police found a car near the river.
       - | - | Detective Ana Roos found the gun.`,
    );
  });
});

describe('Attribution: what a document reads', () => {
  it('Should credit "a statement from X read:" and "the statement reads" to X, but not a person reading', () => {
    check(
      `Harlow Council closed the bridge. A statement from Harlow Council read: "We welcome the decision." The statement reads, in part, that the bridge was unsafe. Mayor Ines Calder read the report twice.`,
      `- | - | Harlow Council closed the bridge.
       Harlow Council | sentence | A statement from Harlow Council read: "We welcome the decision."
       Harlow Council | sentence | The statement reads, in part, that the bridge was unsafe.
       - | - | Mayor Ines Calder read the report twice.`,
    );
  });
});

describe('Attribution: countries speaking for their governments', () => {
  it('Should credit a country with a cue to the country, also when its adjective appears in the article', () => {
    check(
      `The Ostrovian foreign minister met his Vellish counterpart on Monday. Ostrovia claimed that the border had been closed without notice.`,
      `- | - | The Ostrovian foreign minister met his Vellish counterpart on Monday.
       Ostrovia | sentence | Ostrovia claimed that the border had been closed without notice.`,
    );
  });

  it('Should keep a country inside a leader\'s reported speech a place, even before a stance verb', () => {
    check(
      `The Ostrovian president spoke to reporters. President Anna Kell said that the border would reopen. Ostrovia firmly insists on free passage for its trucks.`,
      `- | - | The Ostrovian president spoke to reporters.
       Anna Kell | sentence | President Anna Kell said that the border would reopen.
       Anna Kell | continuation | Ostrovia firmly insists on free passage for its trucks.`,
    );
  });

  it('Should keep a country without a cue a place, never a speaker', () => {
    check(
      `Ostrovian troops left the area. Ostrovia has 40 border posts, according to the ministry.`,
      `- | - | Ostrovian troops left the area.
       ministry | sentence | Ostrovia has 40 border posts, according to the ministry.`,
    );
  });
});

describe('Attribution: adverbial openers before a cue', () => {
  it('Should not stretch a cue after "Ahead of …," or "In a statement," over the sentence before it', () => {
    check(
      `The plan is unfair to small farms. Ahead of the vote, farm leaders criticised the plan.

The plant will close in June. In a statement, the company said it would appeal.

The plant employs 400 people. It will close in June, the company said.`,
      `- | - | The plan is unfair to small farms.
       farm leaders | sentence | Ahead of the vote, farm leaders criticised the plan.
       - | - | The plant will close in June.
       company | sentence | In a statement, the company said it would appeal.
       company | next | The plant employs 400 people.
       company | sentence | It will close in June, the company said.`,
    );
  });
});

describe('Attribution: how a group of speakers reads', () => {
  it('Should keep the capital of a nationality and drop the one a sentence start gave', () => {
    check(
      `Ostrovian officials blamed the delay on Vellmark. Senior officials said the talks would resume. Later, Ostrovian officials said the border was open. Ostrovia has 40 border posts.`,
      `Ostrovian officials | sentence | Ostrovian officials blamed the delay on Vellmark.
       senior officials | sentence | Senior officials said the talks would resume.
       Ostrovian officials | sentence | Later, Ostrovian officials said the border was open.
       - | - | Ostrovia has 40 border posts.`,
    );
  });
});

describe('Attribution: reported speech backshifted into the past perfect', () => {
  it('Should continue a report in the past perfect with a sentence in the past perfect, and stop at one that is not', () => {
    check(
      `Nadia Kerr, the minister's spokeswoman, was asked about the leak. The minister had signed no such order, Kerr told reporters. Nobody in her office had seen the draft before it leaked. The draft was published on Monday.

Kerr said the ministry had reviewed the contract. The contract was signed in 2019.`,
      `- | - | Nadia Kerr, the minister's spokeswoman, was asked about the leak.
       Nadia Kerr | sentence | The minister had signed no such order, Kerr told reporters.
       Nadia Kerr | continuation | Nobody in her office had seen the draft before it leaked.
       - | - | The draft was published on Monday.
       Nadia Kerr | sentence | Kerr said the ministry had reviewed the contract.
       - | - | The contract was signed in 2019.`,
    );
  });
});

// Attribution rules for the readout style of state news agencies and its translations: roles without a
// name, titles of a body before a name, leaders speaking together, impersonal passives. Every sentence is invented.
import { checkClaimKinds, checkSpeakers as check } from './attributionCheck';

describe('Attribution: an impersonal passive', () => {
  it('Should leave "It was noted that …" in the outlet\'s voice, while "It said" keeps its speaker', () => {
    check(
      `The Ministry of Fisheries of Valdoria welcomed the talks. It was noted that the next round will be held in Tessel in the spring.

The Ministry of Fisheries of Valdoria said the quota was fair. It said the boats would return in May.`,
      `Ministry of Fisheries of Valdoria | sentence | The Ministry of Fisheries of Valdoria welcomed the talks.
       - | - | It was noted that the next round will be held in Tessel in the spring.
       Ministry of Fisheries of Valdoria | sentence | The Ministry of Fisheries of Valdoria said the quota was fair.
       Ministry of Fisheries of Valdoria | sentence | It said the boats would return in May.`,
    );
  });
});

describe('Attribution: the head of state or government named by the office', () => {
  it('Should give "the head of state" to the leader the article titles, and no one else', () => {
    check(
      `President Ilse Varga of Tornia opened the forum. Trade envoy Piet Lamm attended. The head of state stressed that Tornia will keep its pledges.

Premier Jonas Etter of Velm spoke last. The Head of Government said the canal would reopen in May.`,
      `- | - | President Ilse Varga of Tornia opened the forum.
       - | - | Trade envoy Piet Lamm attended.
       Ilse Varga | sentence | The head of state stressed that Tornia will keep its pledges.
       - | - | Premier Jonas Etter of Velm spoke last.
       Jonas Etter | sentence | The Head of Government said the canal would reopen in May.`,
    );
  });
});

describe('Attribution: the head of state beside a head of government', () => {
  it('Should give "the head of state" to the president, even when the prime minister was named last', () => {
    check(
      `President Ilse Varga of Tornia held talks with Prime Minister Jonas Etter of Velm. The Head of State noted that trade had doubled.`,
      `- | - | President Ilse Varga of Tornia held talks with Prime Minister Jonas Etter of Velm.
       Ilse Varga | sentence | The Head of State noted that trade had doubled.`,
    );
  });
});

describe('Attribution: an appreciation as a stance', () => {
  it('Should credit "X highly appreciated …" to X, but not to a currency that appreciated', () => {
    check(
      `Special Envoy Omar Castel highly appreciated the position of Tornia.

Special Envoy Omar Castel appreciated the offer of talks.

The crown appreciated sharply against the dollar.`,
      `Omar Castel | sentence | Special Envoy Omar Castel highly appreciated the position of Tornia.
       Omar Castel | sentence | Special Envoy Omar Castel appreciated the offer of talks.
       - | - | The crown appreciated sharply against the dollar.`,
    );
  });
});

describe('Attribution: the answers of a briefing', () => {
  it('Should credit the answers to the spokesperson, not to the leaders named after her', () => {
    check(
      `At the weekly briefing, the ministry's spokeswoman Maren Holt said the talks had been useful. President Ivo Rask told Chancellor Petra Lind that the pipeline would be finished in May.

Q: Will the chancellor visit Tessel?

A: The dates are still open. We expect a visit this year.`,
      `Maren Holt | sentence | At the weekly briefing, the ministry's spokeswoman Maren Holt said the talks had been useful.
       Ivo Rask | sentence | President Ivo Rask told Chancellor Petra Lind that the pipeline would be finished in May.
       Maren Holt | qa | The dates are still open.
       Maren Holt | qa | We expect a visit this year.`,
    );
  });

  it('Should still credit them to the person named last when no spokesperson was named', () => {
    check(
      `Mayor Ada Brun opened the bridge. We spoke to engineer Tomas Veld, who built it.

A: It will carry trams from June.`,
      `- | - | Mayor Ada Brun opened the bridge.
       - | - | We spoke to engineer Tomas Veld, who built it.
       Tomas Veld | qa | It will carry trams from June.`,
    );
  });
});

describe('Attribution: an anonymous source of a nationality', () => {
  it('Should take "a Tornian official familiar with the talks" for an anonymous source, whom "the official" then means', () => {
    check(
      `President Ines Kalm met Prime Minister Ola Brandt on Monday.

A Tornian official familiar with the talks said they lasted an hour. The official, who asked not to be named, said Brandt had asked for a loan.`,
      `- | - | President Ines Kalm met Prime Minister Ola Brandt on Monday.
       Tornian official familiar with the talks | sentence | A Tornian official familiar with the talks said they lasted an hour.
       Tornian official familiar with the talks | sentence | The official, who asked not to be named, said Brandt had asked for a loan.`,
    );
  });

  it('Should keep "a Tornian official" without a link a plain role', () => {
    check(
      `A Tornian official said the loan was agreed.`,
      `Tornian official | sentence | A Tornian official said the loan was agreed.`,
    );
  });
});

describe('Attribution: the object of "familiar with"', () => {
  it('Should read a noun after "the" as part of the object, even one that is also a verb of saying ("the call")', () => {
    check(
      `People familiar with the call said it was short. People familiar with the plans say the port will close.`,
      `people familiar with the call | sentence | People familiar with the call said it was short.
       people familiar with the plans | sentence | People familiar with the plans say the port will close.`,
    );
  });
});

describe("Attribution: the leader's side in a readout", () => {
  it('Should go on with the leader\'s reported speech in "The Tornian side is open to …", not in another country\'s side', () => {
    check(
      `President Ilse Varga of Tornia said deliveries had fallen in March. The Tornian side is open to talks on a longer contract.

President Jonas Etter of Velm said the canal would reopen in May. The Tornian side is open to talks on the fees.`,
      `Ilse Varga | sentence | President Ilse Varga of Tornia said deliveries had fallen in March.
       Ilse Varga | continuation | The Tornian side is open to talks on a longer contract.
       Jonas Etter | sentence | President Jonas Etter of Velm said the canal would reopen in May.
       - | - | The Tornian side is open to talks on the fees.`,
    );
  });
});

describe('Attribution: a source that opens the sentence and passes on what someone said', () => {
  it('Should credit "According to TNA, Varga replied that …" to Varga, but an act the source reports to the source', () => {
    check(
      `President Ilse Varga of Tornia spoke with Premier Jonas Etter of Velm on Monday.

According to TNA, Varga replied that the border was not negotiable.

According to TNA, the two sides agreed to meet again.

According to the ministry, Varga raised the fees and asked for a new survey.`,
      `- | - | President Ilse Varga of Tornia spoke with Premier Jonas Etter of Velm on Monday.
       Ilse Varga | sentence | According to TNA, Varga replied that the border was not negotiable.
       TNA | sentence | According to TNA, the two sides agreed to meet again.
       ministry | sentence | According to the ministry, Varga raised the fees and asked for a new survey.`,
    );
  });
});

describe('Attribution: a characterisation with a superlative', () => {
  it('Should credit "X called the canal the most important project" to X, but not a phone call "the day before"', () => {
    check(
      `Premier Jonas Etter called the canal the most important project in the region.

Ilse Varga called it the biggest mistake of the decade.

Jonas Etter called the plant the day before the vote.`,
      `Jonas Etter | sentence | Premier Jonas Etter called the canal the most important project in the region.
       Ilse Varga | sentence | Ilse Varga called it the biggest mistake of the decade.
       - | - | Jonas Etter called the plant the day before the vote.`,
    );
  });
});

describe("Attribution: a government's press office", () => {
  it('Should credit "the Government Press Office reported" to the office, while a newspaper stays a channel', () => {
    check(
      `Premier Jonas Etter held talks with President Ilse Varga, the Government Press Office reported.

The talks went well, the Press Office said.

The talks went well, the Associated Press reported.`,
      `Government Press Office | sentence | Premier Jonas Etter held talks with President Ilse Varga, the Government Press Office reported.
       Press Office | sentence | The talks went well, the Press Office said.
       - | - | The talks went well, the Associated Press reported.`,
    );
  });
});

describe('Attribution: a participle of saying after a day', () => {
  it('Should credit "The ministry on Wednesday played down …, saying that …" to the ministry, not a sentence opening on the day', () => {
    check(
      `The Tornian Foreign Ministry on Wednesday played down the differences, saying that what counts is the substance.

On Monday the bridge closed, saying nothing.`,
      `Tornian Foreign Ministry | sentence | The Tornian Foreign Ministry on Wednesday played down the differences, saying that what counts is the substance.
       - | - | On Monday the bridge closed, saying nothing.`,
    );
  });
});

describe('Attribution: a topic the sides paid attention to', () => {
  it('Should not count "The sides paid special attention to …" as a claim, but a sum paid or a figure given is one', () => {
    checkClaimKinds(
      `The sides paid special attention to the canal project.

Particular attention was paid to the canal, which will cost 3 billion crowns.

The firm paid 20 million to the town.`,
      `- | The sides paid special attention to the canal project.
       number | Particular attention was paid to the canal, which will cost 3 billion crowns.
       number | The firm paid 20 million to the town.`,
    );
  });
});

describe('Attribution: a joint phrase that counts its members', () => {
  it('Should give "all three leaders" to three leaders, and "the two leaders" to two', () => {
    check(
      `President Ilse Varga of Tornia welcomed the guests. President Piet Lamm of Velm said the talks were useful. Prime Minister Jonas Etter of Ossar said trade had grown.

All three leaders agreed to meet again in the autumn.

The two leaders agreed to exchange data on the canal.`,
      `Ilse Varga | sentence | President Ilse Varga of Tornia welcomed the guests.
       Piet Lamm | sentence | President Piet Lamm of Velm said the talks were useful.
       Jonas Etter | sentence | Prime Minister Jonas Etter of Ossar said trade had grown.
       Ilse Varga + Jonas Etter + Piet Lamm | joint | All three leaders agreed to meet again in the autumn.
       Ilse Varga + Piet Lamm | joint | The two leaders agreed to exchange data on the canal.`,
    );
  });

  it('Should credit "the three leaders" to no one when the article titles only two leaders, and "the three companies" to no leaders', () => {
    check(
      `President Ilse Varga of Tornia welcomed the guests. President Piet Lamm of Velm said the talks were useful. Engineer Tomas Reed said the pipes were ready.

The three leaders agreed to meet again in the autumn.

The three companies agreed to share the cost of the pipeline.`,
      `Ilse Varga | sentence | President Ilse Varga of Tornia welcomed the guests.
       Piet Lamm | sentence | President Piet Lamm of Velm said the talks were useful.
       Tomas Reed | sentence | Engineer Tomas Reed said the pipes were ready.
       - | - | The three leaders agreed to meet again in the autumn.
       - | - | The three companies agreed to share the cost of the pipeline.`,
    );
  });
});

describe('Attribution: the leaders of the states counted or named', () => {
  it('Should give "the leaders of the three states" to three leaders and "the heads of state of A and B" to two, but "the heads of the three companies" to no one', () => {
    check(
      `President Ilse Varga of Tornia welcomed the guests. President Piet Lamm of Velm said the talks were useful. Prime Minister Jonas Etter of Ossar said trade had grown.

The leaders of the three states agreed to build a shared grid.

The heads of state of Tornia and Velm noted in a joint statement that the border would stay open.

The heads of the three companies agreed to share the cost of the pipeline.`,
      `Ilse Varga | sentence | President Ilse Varga of Tornia welcomed the guests.
       Piet Lamm | sentence | President Piet Lamm of Velm said the talks were useful.
       Jonas Etter | sentence | Prime Minister Jonas Etter of Ossar said trade had grown.
       Ilse Varga + Jonas Etter + Piet Lamm | joint | The leaders of the three states agreed to build a shared grid.
       Ilse Varga + Piet Lamm | joint | The heads of state of Tornia and Velm noted in a joint statement that the border would stay open.
       - | - | The heads of the three companies agreed to share the cost of the pipeline.`,
    );
  });
});

describe('Attribution: the leaders of the states with a modifier', () => {
  it('Should give "the top leaders of the two countries", after reported speech, to the two leaders', () => {
    check(
      `President Ilse Varga of Tornia spoke by phone with President Piet Lamm of Velm. Varga said trade would grow. The top leaders of the two countries also agreed that contacts were important.`,
      `- | - | President Ilse Varga of Tornia spoke by phone with President Piet Lamm of Velm.
       Ilse Varga | sentence | Varga said trade would grow.
       Ilse Varga + Piet Lamm | joint | The top leaders of the two countries also agreed that contacts were important.`,
    );
  });
});

describe('Attribution: "they" after a counted joint subject', () => {
  it('Should give "they" to the group counted last, after another speaker: three leaders, then two presidents', () => {
    check(
      `President Ilse Varga of Tornia welcomed the guests. President Piet Lamm of Velm said the talks were useful. Prime Minister Jonas Etter of Ossar said trade had grown.

All three leaders agreed to meet again in the autumn. Engineer Tomas Reed said the pipes were ready. They also noted that the river port would reopen in May.

The two presidents agreed on a separate deal on fishing. Engineer Tomas Reed said the boats were ready. They noted that the quotas would rise.`,
      `Ilse Varga | sentence | President Ilse Varga of Tornia welcomed the guests.
       Piet Lamm | sentence | President Piet Lamm of Velm said the talks were useful.
       Jonas Etter | sentence | Prime Minister Jonas Etter of Ossar said trade had grown.
       Ilse Varga + Jonas Etter + Piet Lamm | joint | All three leaders agreed to meet again in the autumn.
       Tomas Reed | sentence | Engineer Tomas Reed said the pipes were ready.
       Ilse Varga + Jonas Etter + Piet Lamm | joint | They also noted that the river port would reopen in May.
       Ilse Varga + Piet Lamm | joint | The two presidents agreed on a separate deal on fishing.
       Tomas Reed | sentence | Engineer Tomas Reed said the boats were ready.
       Ilse Varga + Piet Lamm | joint | They noted that the quotas would rise.`,
    );
  });
});

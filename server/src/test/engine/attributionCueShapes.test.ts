import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: more cue shapes', () => {
  it('Should read "keeps saying", "for its part, says" and "has refused to concede", not "refused to comment"', () => {
    check(
      `Mayor Ines Calder opened the quay in May.

The port authority, for its part, says the quay is safe. Calder keeps saying that the levy will fall.

Calder has refused to concede. Councillor Tomas Brede refused to comment.`,
      `- | - | Mayor Ines Calder opened the quay in May.
       port authority | sentence | The port authority, for its part, says the quay is safe.
       Ines Calder | sentence | Calder keeps saying that the levy will fall.
       Ines Calder | sentence | Calder has refused to concede.
       - | - | Councillor Tomas Brede refused to comment.`,
    );
  });

  it('Should read "declared X the winner" as an act and "declared that" as speech', () => {
    check(
      `The election board declared Ines Calder the winner on Sunday.

Tomas Brede declared that the count was flawed.`,
      `- | - | The election board declared Ines Calder the winner on Sunday.
       Tomas Brede | sentence | Tomas Brede declared that the count was flawed.`,
    );
  });

  it('Should credit both candidates jointly, and leave the writer’s "I" after them to the writer', () => {
    check(
      `Mayor Ines Calder said the count was fair. Councillor Tomas Brede said it was rigged. Calder said she had won.

Both candidates say they will accept the court's ruling. I will hold them to it.`,
      `Ines Calder | sentence | Mayor Ines Calder said the count was fair.
       Tomas Brede | sentence | Councillor Tomas Brede said it was rigged.
       Ines Calder | sentence | Calder said she had won.
       Ines Calder + Tomas Brede | joint | Both candidates say they will accept the court's ruling.
       - | - | I will hold them to it.`,
    );
  });

  it('Should pair "both he and X", and find the name inside "his rival, the mayor of Y First Last,"', () => {
    check(
      `Tomas Brede said he had won the count.

His rival, the mayor of Orland Ines Calder, refuses to recognise the result. She has not lost, she says.

Both he and Mrs. Calder declared that they will respect the court.`,
      `Tomas Brede | sentence | Tomas Brede said he had won the count.
       Ines Calder | sentence | His rival, the mayor of Orland Ines Calder, refuses to recognise the result.
       Ines Calder | sentence | She has not lost, she says.
       Ines Calder + Tomas Brede | sentence | Both he and Mrs. Calder declared that they will respect the court.`,
    );
  });

  it('Should keep an unnamed member of a body who asked not to be named as one source, and "he said" after it', () => {
    check(
      `Mayor Ines Calder said the count was fair.

A clerk of the election board, who asked not to be named, told our newspaper that the server failed for three hours. During the outage 17 results were typed in by hand, he said.

A clerk of the board said the server was fine.`,
      `Ines Calder | sentence | Mayor Ines Calder said the count was fair.
       a clerk of the election board | sentence | A clerk of the election board, who asked not to be named, told our newspaper that the server failed for three hours.
       a clerk of the election board | sentence | During the outage 17 results were typed in by hand, he said.
       - | - | A clerk of the board said the server was fine.`,
    );
  });

  it('Should read a pronoun subject after a short opening phrase without a comma, and nothing else there', () => {
    check(
      `Mayor Ines Calder said the count was fair.

At the same time she asked her supporters to stay calm. On Monday she will go to court. In the hall the clerk of the board was silent.`,
      `Ines Calder | sentence | Mayor Ines Calder said the count was fair.
       Ines Calder | sentence | At the same time she asked her supporters to stay calm.
       - | - | On Monday she will go to court.
       - | - | In the hall the clerk of the board was silent.`,
    );
  });
});

describe('Attribution: one party agreeing to do something acts, and says nothing', () => {
  it('Should not read "X has agreed to sell", "X agreed on Tuesday to buy" as cues, but keep "X agreed that" and a pair agreeing', () => {
    check(
      `Harbour owner Ines Calder has agreed to sell her stake to Brannock Holdings. Brannock Holdings agreed on Tuesday to pay 40 million crowns. Calder agreed that the price was fair. Calder and the union agreed to meet again.`,
      `- | - | Harbour owner Ines Calder has agreed to sell her stake to Brannock Holdings.
       - | - | Brannock Holdings agreed on Tuesday to pay 40 million crowns.
       Ines Calder | sentence | Calder agreed that the price was fair.
       Ines Calder + union | sentence | Calder and the union agreed to meet again.`,
    );
  });
});

describe('Attribution: "managing partner" and "striker" are titles', () => {
  it('Should credit a quotation closed by "X managing partner Y told a news conference", and take the title off a striker\'s name', () => {
    check(
      `"We are here to build," Brannock managing partner Ada Voss told a packed news conference. Striker Tomas Brede, the top scorer, wrote in a post: "Same hunger." His partner declined to comment.`,
      `Ada Voss | sentence | "We are here to build," Brannock managing partner Ada Voss told a packed news conference.
       Tomas Brede | sentence | Striker Tomas Brede, the top scorer, wrote in a post: "Same hunger."
       - | - | His partner declined to comment.`,
    );
  });
});

describe('Attribution: bodies a descriptor names', () => {
  it('Should take "a criminal group calling itself X" for the body X, and "the group" after it for X', () => {
    check(
      `A criminal group calling itself Redfang claimed responsibility for the outage on Tuesday.

In a post, the group said it had copied the customer files. A collective known as Ashwick said it had no part in it.

The inspectorate said the breach had been reported in time.`,
      `Redfang | sentence | A criminal group calling itself Redfang claimed responsibility for the outage on Tuesday.
       Redfang | sentence | In a post, the group said it had copied the customer files.
       Ashwick | sentence | A collective known as Ashwick said it had no part in it.
       inspectorate | sentence | The inspectorate said the breach had been reported in time.`,
    );
  });

  it('Should not read a group named as an object ("a gang it called Redfang") as speaking', () => {
    check(
      `Police arrested a gang they called Redfang on Tuesday. The gang had a website.`,
      `- | - | Police arrested a gang they called Redfang on Tuesday.
       - | - | The gang had a website.`,
    );
  });
});

describe('Attribution: a post quoted after its publisher is named', () => {
  it('Should credit "the post reads: …" to whoever put it on their own site, over the sentences the quotation runs', () => {
    check(
      `The Quellby Water Company said its billing system was down.

A group calling itself Redfang has listed the company on its leak site. The post reads: "They were warned. Pay in five days."`,
      `Quellby Water Company | sentence | The Quellby Water Company said its billing system was down.
       - | - | A group calling itself Redfang has listed the company on its leak site.
       Redfang | sentence | The post reads: "They were warned.
       Redfang | previous | Pay in five days."`,
    );
  });

  it('Should leave "the post" to the statement’s author when the listing is not on the lister’s own site', () => {
    check(
      `The Quellby Water Company said in a statement that its billing system was down.

A group calling itself Redfang was listed in a police report. The statement reads: "Bills will be late."`,
      `Quellby Water Company | sentence | The Quellby Water Company said in a statement that its billing system was down.
       - | - | A group calling itself Redfang was listed in a police report.
       Quellby Water Company | sentence | The statement reads: "Bills will be late."`,
    );
  });
});

describe('Attribution: a place named by its owner’s possessive', () => {
  it('Should read "a nurse at St. Anne’s said" as the nurse, but not take a bare possessive for a speaker', () => {
    check(
      `A nurse at St. Anne's, who asked not to be named, said the ward was full. The company's said nothing.`,
      `a nurse at St. Anne's | sentence | A nurse at St. Anne's, who asked not to be named, said the ward was full.
       - | - | The company's said nothing.`,
    );
  });
});

describe('Attribution: a public body called "the agency" right after it spoke', () => {
  it('Should credit "the agency said" to the office that spoke just before, and leave a news agency after a company alone', () => {
    check(
      `The Quellby Water Safety Office said the pipes were sound. The agency said no other town was affected.

The Brisk Brewing Company said sales fell. The agency said the brewery had closed.`,
      `Quellby Water Safety Office | sentence | The Quellby Water Safety Office said the pipes were sound.
       Quellby Water Safety Office | sentence | The agency said no other town was affected.
       Brisk Brewing Company | sentence | The Brisk Brewing Company said sales fell.
       - | - | The agency said the brewery had closed.`,
    );
  });
});

describe('Attribution: a tally claimed is no speech', () => {
  it('Should not read "X has claimed 40 attacks" as X speaking, but keep "X claimed responsibility" and "X claimed the …was"', () => {
    check(
      `Redfang has claimed at least 40 attacks since it first appeared, researchers said.

Redfang has claimed responsibility for the outage. Redfang claimed the outage was revenge.`,
      `researchers | sentence | Redfang has claimed at least 40 attacks since it first appeared, researchers said.
       Redfang | sentence | Redfang has claimed responsibility for the outage.
       Redfang | sentence | Redfang claimed the outage was revenge.`,
    );
  });
});

describe('Attribution: a report embedded as the object of another verb', () => {
  it('Should not credit "X walked us through what she believes happened", but keep "This is what she said: “…”"', () => {
    check(
      `Mrs. Ada Voss is a researcher at Ashwick Labs. She walked us through what she believes happened.

This is what she said: "The flaw was old."`,
      `- | - | Mrs. Ada Voss is a researcher at Ashwick Labs.
       - | - | She walked us through what she believes happened.
       Ada Voss | sentence | This is what she said: "The flaw was old."`,
    );
  });
});

describe('Attribution: an unnamed group told apart by the body it works for', () => {
  it('Should name "researchers at Ashwick Labs" with the body, but leave plain "researchers" and a lowercase body alone', () => {
    check(
      `Redfang has claimed 40 attacks, according to researchers at Ashwick Labs. Analysts at Brisk Bank said sales fell.

Researchers said the flaw was old. Officials at the ministry said it was fine.`,
      `researchers at Ashwick Labs | sentence | Redfang has claimed 40 attacks, according to researchers at Ashwick Labs.
       analysts at Brisk Bank | sentence | Analysts at Brisk Bank said sales fell.
       researchers | sentence | Researchers said the flaw was old.
       officials | sentence | Officials at the ministry said it was fine.`,
    );
  });
});

describe('Attribution: the figures of a poll that opens the sentence', () => {
  it('Should credit "A poll by X … found", "A survey by X found" and "An X survey … put" to the poll\'s maker', () => {
    check(
      `A poll by Northgate Research published on Monday found 52 percent of residents in favour.

A Northgate Research survey this week put support for the plan at 52 percent.`,
      `Northgate Research | sentence | A poll by Northgate Research published on Monday found 52 percent of residents in favour.
       Northgate Research | sentence | A Northgate Research survey this week put support for the plan at 52 percent.`,
    );
  });

  it('Should not credit a poll without a named maker, nor one whose verb is past a comma', () => {
    check(
      `A poll published on Monday found 52 percent of residents in favour.

A poll by Northgate Research, which the council paid for, found a narrow majority.`,
      `- | - | A poll published on Monday found 52 percent of residents in favour.
       - | - | A poll by Northgate Research, which the council paid for, found a narrow majority.`,
    );
  });
});

describe('Attribution: a relative clause with a number in thousands', () => {
  it('Should read "X, which collected 9,000 signatures, called …" past the comma of the number', () => {
    check(
      `The Harbour Users Association, which collected 9,000 signatures, called the vote “a betrayal.”`,
      `Harbour Users Association | sentence | The Harbour Users Association, which collected 9,000 signatures, called the vote “a betrayal.”`,
    );
  });

  it('Should still stop at a comma with a space after it between numbers', () => {
    check(
      `The quay took 9, 000 tonnes, called the heaviest load “a record.”`,
      `- | - | The quay took 9, 000 tonnes, called the heaviest load “a record.”`,
    );
  });
});

describe('Attribution: the wish of two named people', () => {
  it('Should credit "Brenmoor and Quillet want a recount." to both', () => {
    check(
      `Mayor Anna Brenmoor and Councillor Piet Quillet spoke on Monday.

Brenmoor and Quillet want a recount.`,
      `- | - | Mayor Anna Brenmoor and Councillor Piet Quillet spoke on Monday.
       Anna Brenmoor + Piet Quillet | sentence | Brenmoor and Quillet want a recount.`,
    );
  });

  it('Should not credit the wish of two unnamed groups', () => {
    check(
      `Farmers and fishermen want a recount.`,
      `- | - | Farmers and fishermen want a recount.`,
    );
  });
});

describe('Attribution: "their statement" after a joint speaker', () => {
  it('Should credit "Their joint statement says …" to the joint speaker just before', () => {
    check(
      `Mayor Anna Brenmoor and Councillor Piet Quillet spoke on Monday.

Brenmoor and Quillet want a recount. Their joint statement says the count was “rushed.”`,
      `- | - | Mayor Anna Brenmoor and Councillor Piet Quillet spoke on Monday.
       Anna Brenmoor + Piet Quillet | sentence | Brenmoor and Quillet want a recount.
       Anna Brenmoor + Piet Quillet | joint | Their joint statement says the count was “rushed.”`,
    );
  });

  it('Should not credit "their statement" to a single speaker before it', () => {
    check(
      `Mayor Anna Brenmoor wants a recount. Their statement says the count was “rushed.”`,
      `Anna Brenmoor | sentence | Mayor Anna Brenmoor wants a recount.
       - | - | Their statement says the count was “rushed.”`,
    );
  });
});

describe('Attribution: "Together with X, he …"', () => {
  it('Should credit the cue jointly to its person and the companion the sentence opens with', () => {
    check(
      `Councillor Piet Quillet said the count was rushed. Together with Mayor Anna Brenmoor, he has also called for a recount.`,
      `Piet Quillet | sentence | Councillor Piet Quillet said the count was rushed.
       Anna Brenmoor + Piet Quillet | joint | Together with Mayor Anna Brenmoor, he has also called for a recount.`,
    );
  });

  it('Should not make a joint speaker when the companion is not right before the cue', () => {
    check(
      `Councillor Piet Quillet said the count was rushed. Together with Mayor Anna Brenmoor at his side, he has also called for a recount.`,
      `Piet Quillet | sentence | Councillor Piet Quillet said the count was rushed.
       Piet Quillet | sentence | Together with Mayor Anna Brenmoor at his side, he has also called for a recount.`,
    );
  });
});

describe('Attribution: a full name after the descriptor that opens the sentence', () => {
  it('Should credit "The Norvish runner X says", "Her teammate X said" and "Y’s colleague X – no relation – said" to X', () => {
    check(
      `The Norvish runner Ada Voss says she feels no joy. Her teammate Lena Sorvik said the squad was in shock. Berg’s harbour colleague Anna Kerr – no relation – said the port was closed.`,
      `Ada Voss | sentence | The Norvish runner Ada Voss says she feels no joy.
       Lena Sorvik | sentence | Her teammate Lena Sorvik said the squad was in shock.
       Anna Kerr | sentence | Berg’s harbour colleague Anna Kerr – no relation – said the port was closed.`,
    );
  });

  it('Should not credit a name after a verb, nor a descriptor that does not open the sentence', () => {
    check(
      `The storm wrecked Anna Kerr said to be the oldest boat. Fans of the runner Ada Voss said she was tired. The crowd cheered Lena Sorvik said nothing.`,
      `- | - | The storm wrecked Anna Kerr said to be the oldest boat.
       - | - | Fans of the runner Ada Voss said she was tired.
       - | - | The crowd cheered Lena Sorvik said nothing.`,
    );
  });
});

describe('Attribution: "said X to Y" after a quotation', () => {
  it('Should credit "…,” said X to reporters", "said X by telephone" and "said X from her camp" to X', () => {
    check(
      `Mayor Jonas Berg visited the port. "We will rebuild," said Berg to reporters on Monday. "It will take years," said Berg by telephone. "The town is strong," said Mayor Ines Calder from her office.`,
      `- | - | Mayor Jonas Berg visited the port.
       Jonas Berg | sentence | "We will rebuild," said Berg to reporters on Monday.
       Jonas Berg | sentence | "It will take years," said Berg by telephone.
       Ines Calder | sentence | "The town is strong," said Mayor Ines Calder from her office.`,
    );
  });

  it('Should not take a name that goes on into another clause for the speaker of "said"', () => {
    check(
      `Mayor Jonas Berg visited the port. "We will rebuild," said Berg and the council were wrong, the union said.`,
      `- | - | Mayor Jonas Berg visited the port.
       union | sentence | "We will rebuild," said Berg and the council were wrong, the union said.`,
    );
  });
});

describe('Attribution: "according to" with a pronoun', () => {
  it('Should credit "According to him, …" and "…, according to her." to the person the pronoun means', () => {
    check(
      `The lawyer Oren Balk has filed an appeal. According to him, the test was flawed.

The coach Mira Holt spoke after the race. The track was wet, according to her.`,
      `- | - | The lawyer Oren Balk has filed an appeal.
       Oren Balk | sentence | According to him, the test was flawed.
       - | - | The coach Mira Holt spoke after the race.
       Mira Holt | sentence | The track was wet, according to her.`,
    );
  });

  it('Should not read "according to them" as a speaker: a plural pronoun may mean anyone so far', () => {
    check(
      `The lawyer Oren Balk has filed an appeal. The runner Ada Lenn was banned.

According to them, the test was flawed.`,
      `- | - | The lawyer Oren Balk has filed an appeal.
       - | - | The runner Ada Lenn was banned.
       - | - | According to them, the test was flawed.`,
    );
  });
});

describe('Attribution: a closing "she said" over an act in its content', () => {
  it('Should credit "The board rejected it, she said." and "X is expected …, the office said." to the closing speaker', () => {
    check(
      `The coach Mira Holt spoke after the hearing. The board rejected the appeal nevertheless, she said.

Mayor Jonas Berg is expected in the port on Friday, the harbour office said.`,
      `- | - | The coach Mira Holt spoke after the hearing.
       Mira Holt | sentence | The board rejected the appeal nevertheless, she said.
       harbour office | sentence | Mayor Jonas Berg is expected in the port on Friday, the harbour office said.`,
    );
  });

  it('Should keep a "said" of its own before a closing "said" with its subject', () => {
    check(
      `Mayor Jonas Berg said the port would close, his aide said.`,
      `Jonas Berg | sentence | Mayor Jonas Berg said the port would close, his aide said.`,
    );
  });
});

describe('Attribution: a pronoun after a place or medium that opens the sentence', () => {
  it('Should credit "On Instagram she wrote …" and "In Portvale she told …" to the person, not the platform or place', () => {
    check(
      `The runner Ada Lenn was banned for four years. On Instagram she wrote that she would fight on.

In Portvale she told reporters that the test was flawed.`,
      `- | - | The runner Ada Lenn was banned for four years.
       Ada Lenn | sentence | On Instagram she wrote that she would fight on.
       Ada Lenn | sentence | In Portvale she told reporters that the test was flawed.`,
    );
  });

  it('Should not make the place a speaker when no one is there for the pronoun to mean', () => {
    check(
      `The storm closed the port. From Geneva she wrote that the talks would resume.`,
      `- | - | The storm closed the port.
       - | - | From Geneva she wrote that the talks would resume.`,
    );
  });
});

describe('Attribution: a body named by nationality, description and acronym', () => {
  it('Should credit "The Norvish water agency NWA said" and "The Norvish anti-doping agency NADA announced" to the body', () => {
    check(
      `The Norvish water agency NWA said the supply was safe. The Norvish anti-doping agency NADA announced on Tuesday that the runner Ada Lenn had been banned.`,
      `NWA | sentence | The Norvish water agency NWA said the supply was safe.
       NADA | sentence | The Norvish anti-doping agency NADA announced on Tuesday that the runner Ada Lenn had been banned.`,
    );
  });

  it('Should still not join a name and a title across a verb', () => {
    check(
      `Senator Ada Voss met union leader Tom Brede on Monday. Brede said the talks were good.`,
      `- | - | Senator Ada Voss met union leader Tom Brede on Monday.
       Tom Brede | sentence | Brede said the talks were good.`,
    );
  });
});

describe('Attribution: a role aside, then a relative clause, between a name and its verb', () => {
  it('Should credit "X, the regional envoy for trade, who chaired the talks, said" to X, and a later "she said" too; not a place before a description', () => {
    check(
      `Marta Velde, the regional envoy for trade, who chaired the talks, welcomed the accord but said the summit had fallen short. "It is a start," she said.`,
      `Marta Velde | sentence | Marta Velde, the regional envoy for trade, who chaired the talks, welcomed the accord but said the summit had fallen short.
       Marta Velde | sentence | "It is a start," she said.`,
    );
    // Not a place before a description and a clause.
    check(
      `The port, the largest in the region, which handles grain, said volumes fell.`,
      `- | - | The port, the largest in the region, which handles grain, said volumes fell.`,
    );
  });
});

describe('Attribution: a group told apart by a place that is no body', () => {
  it('Should credit "Several farmers at the grain market said" and a following "They said" to the group; not a complaint told as narration', () => {
    check(
      `Several farmers at the Dalby grain market said on Friday that they had followed the talks. They said the deal would not help. Residents of the old town told reporters the wells were dry. Farmers in the valley have since complained of low water.`,
      `farmers at the Dalby grain market | sentence | Several farmers at the Dalby grain market said on Friday that they had followed the talks.
       farmers at the Dalby grain market | sentence | They said the deal would not help.
       residents of the old town | sentence | Residents of the old town told reporters the wells were dry.
       - | - | Farmers in the valley have since complained of low water.`,
    );
  });
});

import { checkPassages, checkSpeakers as check } from './attributionCheck';

/** `claim | text`, `-` for a passage that is not a claim. */
function checkClaims(text: string, expected: string): void {
  checkPassages(text, expected, (passage, passageText) => `${passage.claim ? 'claim' : '-'} | ${passageText}`);
}

describe('Attribution: names with portfolios, descriptors and appositions', () => {
  it('Should read "Minister of X and Y Name" and "X and Y Minister Name" as one person', () => {
    check(
      `Minister of Ports and Fisheries Liane Dusk said the quay will reopen.

According to Ports and Fisheries Minister Liane Dusk, the fleet is safe.`,
      `Liane Dusk | sentence | Minister of Ports and Fisheries Liane Dusk said the quay will reopen.
       Liane Dusk | sentence | According to Ports and Fisheries Minister Liane Dusk, the fleet is safe.`,
    );
  });

  it('Should keep "X and Y said" a joint speaker', () => {
    check('Tomas Ruiz and Elin Marsh said the talks would resume.\n', 'Elin Marsh + Tomas Ruiz | sentence | Tomas Ruiz and Elin Marsh said the talks would resume.');
  });

  it('Should credit the name before a role apposition "X, chair of the Y, said"', () => {
    check('Oskar Lind, chair of the Harbour Board, said the fees were too high.\n', 'Oskar Lind | sentence | Oskar Lind, chair of the Harbour Board, said the fees were too high.');
  });

  it('Should credit a name after a lowercase descriptor', () => {
    check(
      `"The water came in an hour," resident Ada Voss said.

The repairs cost 3 million crowns, according to the engineer Piet Olm.`,
      `Ada Voss | sentence | "The water came in an hour," resident Ada Voss said.
       Piet Olm | sentence | The repairs cost 3 million crowns, according to the engineer Piet Olm.`,
    );
  });

  it('Should name a body by its own name after "the <kind> company"', () => {
    check('In a statement, the shipping company Norvel Lines said no sailings were cancelled.\n', 'Norvel Lines | sentence | In a statement, the shipping company Norvel Lines said no sailings were cancelled.');
  });
});

describe('Attribution: offices, statements and courts', () => {
  it('Should credit "Her office said" to the office of the person she refers to', () => {
    check(
      `Mayor Ines Calder said the bridge will reopen in June. Her office said she would visit the site on Friday.`,
      `Ines Calder | sentence | Mayor Ines Calder said the bridge will reopen in June.
       Calder's office | sentence | Her office said she would visit the site on Friday.`,
    );
  });

  it('Should credit "the statement said" to whoever issued the statement', () => {
    check(
      `In a statement, the union said the strike would end on Monday. Trains will run every ten minutes, the statement said.`,
      `union | sentence | In a statement, the union said the strike would end on Monday.
       union | sentence | Trains will run every ten minutes, the statement said.`,
    );
  });

  it('Should credit an unnamed statement to the body that opens the sentence', () => {
    check('The Harbour Board will cut its fees, according to a statement quoted by local media.\n', 'Harbour Board | sentence | The Harbour Board will cut its fees, according to a statement quoted by local media.');
  });

  it('Should credit a court, its panel and its judgment', () => {
    check(
      `The Supreme Court of Elandia heard the case on Monday.

The three-judge panel ruled that the tender was unlawful. The court found that the ministry ignored its own rules. The builder must stop work within 30 days, according to the judgment.`,
      `- | - | The Supreme Court of Elandia heard the case on Monday.
       Supreme Court of Elandia | sentence | The three-judge panel ruled that the tender was unlawful.
       Supreme Court of Elandia | sentence | The court found that the ministry ignored its own rules.
       Supreme Court of Elandia | sentence | The builder must stop work within 30 days, according to the judgment.`,
    );
  });

  it('Should not read "found" as a cue without a court', () => {
    check('Police found the missing boat near the pier.\n', '- | - | Police found the missing boat near the pier.');
  });
});

describe('Attribution: cues that are not reports', () => {
  it('Should not credit a future act "X will appeal" nor a condition "If X wants"', () => {
    check(
      `Norvel Lines will appeal to the High Court, according to chief executive Rana Holt.

If the ministry wants to be trusted, it should publish the data.`,
      `Rana Holt | sentence | Norvel Lines will appeal to the High Court, according to chief executive Rana Holt.
       - | - | If the ministry wants to be trusted, it should publish the data.`,
    );
  });

  it('Should credit a request "X asked Y to …" and a wish "he wants …"', () => {
    check(
      `Greta Sund asked the council to delay the vote.

Harbour Trust's Emil Varn counts nine closed quays, and he wants every one reopened.`,
      `Greta Sund | sentence | Greta Sund asked the council to delay the vote.
       Emil Varn | sentence | Harbour Trust's Emil Varn counts nine closed quays, and he wants every one reopened.`,
    );
  });
});

describe('Attribution: statements over two sentences', () => {
  it('Should credit a cue-less sentence to the closing cue of the next sentence', () => {
    check(
      `Chief executive Rana Holt said the firm would appeal.

The permit was granted lawfully. The firm spent four years on the plans, the chief executive said.`,
      `Rana Holt | sentence | Chief executive Rana Holt said the firm would appeal.
       Rana Holt | next | The permit was granted lawfully.
       Rana Holt | sentence | The firm spent four years on the plans, the chief executive said.`,
    );
  });

  it('Should leave a dated event to the outlet even when a closing cue follows', () => {
    check(
      `Rebels took the port on August 15. The port is vital for the region, the envoy Sami Rask said.`,
      `- | - | Rebels took the port on August 15.
       Sami Rask | sentence | The port is vital for the region, the envoy Sami Rask said.`,
    );
  });

  it('Should split "A, X said, and B, Y said" into two clauses', () => {
    check(
      'The levees on the north bank held, Mayor Ines Calder said, and the pumps are running, engineer Piet Olm said.\n',
      `Ines Calder | sentence | The levees on the north bank held, Mayor Ines Calder said
       Piet Olm | sentence | the pumps are running, engineer Piet Olm said.`,
    );
  });

  it('Should not continue a statement after a verb that frames no reported speech', () => {
    check(
      `Emil Varn disputes the ministry's figures. If the ministry ignores them, the next ruling will come from the courts.`,
      `Emil Varn | sentence | Emil Varn disputes the ministry's figures.
       - | - | If the ministry ignores them, the next ruling will come from the courts.`,
    );
  });

  it('Should resolve a pronoun to a person introduced with ", who"', () => {
    check(
      `Justice Mila Brandt led the panel.

Greta Sund, who leads the fishers' union, has fought the plan for years. "We were never asked," she said.`,
      `- | - | Justice Mila Brandt led the panel.
       - | - | Greta Sund, who leads the fishers' union, has fought the plan for years.
       Greta Sund | sentence | "We were never asked," she said.`,
    );
  });
});

describe('Attribution: transcripts', () => {
  // FIXME: the article parser reads a `Q:` line ending in "?" as a heading, so questions yield no passage here.
  it('Should credit the remarks of a transcript and its answers to the speaker it names', () => {
    check(
      `The following is a transcript of remarks by the Minister of Ports, Liane Dusk, on Monday.

Good evening. We will reopen the quay by June.

Q: Will the port fees rise again next year?

A: They will not. The board has told us it plans no increase.

The minister did not take further questions.`,
      `- | - | The following is a transcript of remarks by the Minister of Ports, Liane Dusk, on Monday.
       Liane Dusk | transcript | Good evening.
       Liane Dusk | transcript | We will reopen the quay by June.
       Liane Dusk | qa | They will not.
       Liane Dusk | qa | The board has told us it plans no increase.
       - | - | The minister did not take further questions.`,
    );
  });

  it('Should credit answers to the person named before the first question, not to people named in them', () => {
    check(
      `We spoke to forecaster Ilan Gresh, who has tracked the river for years.

Q: Did Mayor Ines Calder order the evacuation too late?

A: I cannot say. The river peaks on Tuesday.`,
      `- | - | We spoke to forecaster Ilan Gresh, who has tracked the river for years.
       Ilan Gresh | qa | I cannot say.
       Ilan Gresh | qa | The river peaks on Tuesday.`,
    );
  });

  it('Should not count a greeting or an introduction to a transcript as a claim', () => {
    checkClaims(
      `The following is an edited transcript of the briefing.

Good evening.`,
      `- | The following is an edited transcript of the briefing.
       - | Good evening.`,
    );
  });
});

describe('Attribution: a full name that a later pronoun of its sentence refers back to', () => {
  it('Should take a two-word name with an unknown given name for a person when "she" refers back to it, and credit her quotation later', () => {
    check(
      `Ilse Barrowmond was nine when she first sold apples at the market. It was a wet year, and the stall lost money. “I remember counting the coins twice,” she recalled over breakfast.`,
      `- | - | Ilse Barrowmond was nine when she first sold apples at the market.
       - | - | It was a wet year, and the stall lost money.
       Ilse Barrowmond | sentence | “I remember counting the coins twice,” she recalled over breakfast.`,
    );
  });

  it('Should not take a name for a person when no pronoun refers back to it', () => {
    check(
      `Tolvane Quay was busy when the ferry came in. It was a wet year, and the stall lost money. “We counted the coins twice,” she recalled.`,
      `- | - | Tolvane Quay was busy when the ferry came in.
       - | - | It was a wet year, and the stall lost money.
       - | - | “We counted the coins twice,” she recalled.`,
    );
  });
});

describe('Attribution: a person introduced with an age in commas', () => {
  it('Should credit "…,” she said." to the person the sentence before introduced as "X, 19, was …"', () => {
    check(
      `Edda Holm, 19, was less sure. “Nobody asked us,” she said. “We just queued.”`,
      `- | - | Edda Holm, 19, was less sure.
       Edda Holm | sentence | “Nobody asked us,” she said.
       Edda Holm | carried | “We just queued.”`,
    );
  });

  it('Should credit a later "he said" to a person introduced with an age rather than to the speaker before', () => {
    check(
      `"It is a disgrace," said Maria Holt, who has used the library for decades.

Peter Lund, 34, a teacher who lives nearby, was more measured.

"They had no money left," he said. "Something had to go."`,
      `Maria Holt | sentence | "It is a disgrace," said Maria Holt, who has used the library for decades.
       - | - | Peter Lund, 34, a teacher who lives nearby, was more measured.
       Peter Lund | sentence | "They had no money left," he said.
       Peter Lund | carried | "Something had to go."`,
    );
  });

  it('Should credit "she said" to a person introduced with an age inside the sentence before', () => {
    check(
      `"We will rebuild," said Mayor Ines Calder.

In the village of Harrowby, Anna Kerr, 52, sat beside the ruins of her house.

"The roof fell in," she said.`,
      `Ines Calder | sentence | "We will rebuild," said Mayor Ines Calder.
       - | - | In the village of Harrowby, Anna Kerr, 52, sat beside the ruins of her house.
       Anna Kerr | sentence | "The roof fell in," she said.`,
    );
  });

  it('Should not take a place followed by a number in commas for a person', () => {
    check(
      `"We will rebuild," said Mayor Ines Calder.

Homes in Harbour Quay, 12, were lost.

"The roof fell in," she said.`,
      `Ines Calder | sentence | "We will rebuild," said Mayor Ines Calder.
       - | - | Homes in Harbour Quay, 12, were lost.
       Ines Calder | sentence | "The roof fell in," she said.`,
    );
  });

  it('Should not read a number that is no age in commas as one', () => {
    check(
      `Harbour Quay, 19 years on, was quieter. “Nobody asked us,” she said.`,
      `- | - | Harbour Quay, 19 years on, was quieter.
       - | - | “Nobody asked us,” she said.`,
    );
  });
});

describe('Attribution: a person named in apposition at the end of the sentence before', () => {
  it('Should credit "She has long argued …" to the full name that closes the sentence before, not to the town that opens it', () => {
    check(
      `Tollmere is the home town of the plan’s author, Ilse Barrowmond. She has long argued that the quay should be free. She also said she hoped it would open in May.`,
      `- | - | Tollmere is the home town of the plan’s author, Ilse Barrowmond.
       Ilse Barrowmond | sentence | She has long argued that the quay should be free.
       Ilse Barrowmond | sentence | She also said she hoped it would open in May.`,
    );
  });

  it('Should not take a one-word closing name in apposition for the person', () => {
    check(
      `The ferry leaves from the old port, Harwick. She has long argued that the quay should be free.`,
      `- | - | The ferry leaves from the old port, Harwick.
       - | - | She has long argued that the quay should be free.`,
    );
  });
});

describe('Attribution: "has long argued"', () => {
  it('Should read "long" between an auxiliary and a reporting verb as part of the cue', () => {
    check(
      `Councillor Ilse Barrowmond has long argued that the quay should be free.`,
      `Ilse Barrowmond | sentence | Councillor Ilse Barrowmond has long argued that the quay should be free.`,
    );
  });

  it('Should not make a cue of "long" without a reporting verb', () => {
    check(
      `Councillor Ilse Barrowmond has long owned the quay.`,
      `- | - | Councillor Ilse Barrowmond has long owned the quay.`,
    );
  });
});

describe('Attribution: recollections', () => {
  it('Should credit a recollection ("remembered telling …", "She remembered …") to who remembers', () => {
    check(
      `Tobiah Wrenlow, the port minister, remembered telling the board in 2023 that the quay would close.`,
      `Tobiah Wrenlow | sentence | Tobiah Wrenlow, the port minister, remembered telling the board in 2023 that the quay would close.`,
    );
    check(
      `Councillor Ilse Barrowmond spoke next. She remembered the first vote most clearly.`,
      `- | - | Councillor Ilse Barrowmond spoke next.
       Ilse Barrowmond | sentence | She remembered the first vote most clearly.`,
    );
  });

  it('Should not make a cue of "remember" without a subject that speaks', () => {
    check(
      `The quay will close in May. Remember to bring a coat.`,
      `- | - | The quay will close in May.
       - | - | Remember to bring a coat.`,
    );
  });
});

describe('Attribution: an object "her" says nothing of the speaker\'s gender', () => {
  it('Should keep "he" on a speaker whose sentence told "her" something', () => {
    check(
      `Not everyone agreed. Tobiah Wrenlow, the port minister, remembered telling her in 2023 that the idea would “never work.” “I was wrong,” he said with a laugh.`,
      `- | - | Not everyone agreed.
       Tobiah Wrenlow | sentence | Tobiah Wrenlow, the port minister, remembered telling her in 2023 that the idea would “never work.”
       Tobiah Wrenlow | sentence | “I was wrong,” he said with a laugh.`,
    );
  });

  it('Should still learn the gender from a possessive "her"', () => {
    check(
      `Councillor Wrenlow said her plan would cost less. “It works,” she said.`,
      `Wrenlow | sentence | Councillor Wrenlow said her plan would cost less.
       Wrenlow | sentence | “It works,” she said.`,
    );
  });
});

describe('Attribution: a title in a closing cue names the speaker just before', () => {
  it('Should credit "the Green Party leader" to the opposition leader who spoke just before, not to the president', () => {
    check(
      `President Ilmar Vosk met his counterpart on Tuesday. Opposition leader Ada Brenn said the meeting proved her point. “He gave away the harbour,” the Green Party leader told the Post.`,
      `- | - | President Ilmar Vosk met his counterpart on Tuesday.
       Ada Brenn | sentence | Opposition leader Ada Brenn said the meeting proved her point.
       Ada Brenn | sentence | “He gave away the harbour,” the Green Party leader told the Post.`,
    );
  });

  it('Should not rename the speaker just before when the title gives another nationality', () => {
    check(
      `Kessarian leader Ada Brenn said the border would stay open. Marovian leader Ilmar Vosk arrived later. “We will see,” the Marovian leader said.`,
      `Ada Brenn | sentence | Kessarian leader Ada Brenn said the border would stay open.
       - | - | Marovian leader Ilmar Vosk arrived later.
       Ilmar Vosk | sentence | “We will see,” the Marovian leader said.`,
    );
  });

  it('Should not take a counterpart for "the diplomat" or "the analyst"', () => {
    check(
      `President Ilmar Vosk met his counterpart, Ada Brenn, on Tuesday.

The talks ran late, the analyst said.`,
      `- | - | President Ilmar Vosk met his counterpart, Ada Brenn, on Tuesday.
       analyst | sentence | The talks ran late, the analyst said.`,
    );
  });
});

describe('Attribution: words that are the topic of a sentence, not its report', () => {
  it('Should not credit "accounts of what the presidents had said" to the presidents', () => {
    check(
      `President Ada Brenn and President Ilmar Vosk met in Orland. The two offices later gave different accounts of what the presidents had said about the harbour.`,
      `- | - | President Ada Brenn and President Ilmar Vosk met in Orland.
       - | - | The two offices later gave different accounts of what the presidents had said about the harbour.`,
    );
  });

  it('Should still credit "what she said" that a colon opens, and a plain report', () => {
    check(
      `Mayor Ines Calder spoke twice. Reporters asked about what she said: “The bridge stays shut.” Calder said the ferry would run.`,
      `- | - | Mayor Ines Calder spoke twice.
       Ines Calder | sentence | Reporters asked about what she said: “The bridge stays shut.”
       Ines Calder | sentence | Calder said the ferry would run.`,
    );
  });
});

describe('Attribution: sentences that announce the words after them', () => {
  it('Should read "answered the same question with a warning" as an act announcing the quotation, not a report', () => {
    checkClaims(
      `Mayor Ines Calder was asked about the bridge. Calder answered the same question with a warning. The river, she said, “does not wait for budgets.”`,
      `claim | Mayor Ines Calder was asked about the bridge.
       - | Calder answered the same question with a warning.
       claim | The river, she said, “does not wait for budgets.”`,
    );
  });

  it('Should still credit "answered that …" and a closing "…, she answered."', () => {
    check(
      `Mayor Ines Calder answered that the bridge would reopen in May. The ferry will keep running, she answered.`,
      `Ines Calder | sentence | Mayor Ines Calder answered that the bridge would reopen in May.
       Ines Calder | sentence | The ferry will keep running, she answered.`,
    );
  });

  it('Should make "X was blunt." the outlet\'s and no claim when X\'s reported speech follows', () => {
    checkClaims(
      `Leon Brandt, the port director, was blunt. The cranes had never been inspected, he told reporters.`,
      `- | Leon Brandt, the port director, was blunt.
       claim | The cranes had never been inspected, he told reporters.`,
    );
    check(
      `Leon Brandt, the port director, was blunt. The cranes had never been inspected, he told reporters.`,
      `- | - | Leon Brandt, the port director, was blunt.
       Leon Brandt | sentence | The cranes had never been inspected, he told reporters.`,
    );
  });

  it('Should keep "X was blunt." a claim when someone else speaks next', () => {
    checkClaims(
      `Leon Brandt, the port director, was blunt. Mayor Ines Calder said the cranes were safe.`,
      `claim | Leon Brandt, the port director, was blunt.
       claim | Mayor Ines Calder said the cranes were safe.`,
    );
  });
});

describe('Attribution: ", saying" reports what the subject of the sentence said', () => {
  it('Should credit "X stood by the report, saying …" and "In Orland, police fired …, saying …" to the subject', () => {
    check(
      `The Marovian Transport Ministry has stood by the report, saying it was accurate. In Orland, police closed the bridge, saying the cables were loose.`,
      `Marovian Transport Ministry | sentence | The Marovian Transport Ministry has stood by the report, saying it was accurate.
       police | sentence | In Orland, police closed the bridge, saying the cables were loose.`,
    );
  });

  it('Should keep the reporting verb of the sentence, and leave a progressive or quoted "saying" alone', () => {
    check(
      `Mayor Ines Calder welcomed the plan, saying it was overdue. The sign on the gate had a notice saying the park was shut. “Nobody is saying that,” Leon Brandt said.`,
      `Ines Calder | sentence | Mayor Ines Calder welcomed the plan, saying it was overdue.
       - | - | The sign on the gate had a notice saying the park was shut.
       Leon Brandt | sentence | “Nobody is saying that,” Leon Brandt said.`,
    );
  });
});

describe('Attribution: a body placed by its capital', () => {
  it('Should credit "The government in Orland" and "the Ministry of Transport in Dravno" as bodies with their place', () => {
    check(
      `The government in Orland rejected that version. In a statement, the Ministry of Transport in Dravno answered that the bridge was safe.`,
      `government in Orland | sentence | The government in Orland rejected that version.
       Ministry of Transport in Dravno | sentence | In a statement, the Ministry of Transport in Dravno answered that the bridge was safe.`,
    );
  });

  it('Should keep a group and a company before "in" as they were', () => {
    check(
      `Shop owners in Orland said sales fell. The company in Orland said sales rose.`,
      `shop owners in Orland | sentence | Shop owners in Orland said sales fell.
       - | - | The company in Orland said sales rose.`,
    );
  });
});

describe('Attribution: a company named after its kind and owner', () => {
  it('Should credit "Marovia\'s state gas company Gazmar" and "the national oil company Petrova" to the company by its name', () => {
    check(
      `The gas will flow from May, Marovia's state gas company Gazmar said. Exports will double, the national oil company Petrova said.`,
      `Gazmar | sentence | The gas will flow from May, Marovia's state gas company Gazmar said.
       Petrova | sentence | Exports will double, the national oil company Petrova said.`,
    );
  });

  it('Should leave the company in the content of another speaker\'s cue', () => {
    check(
      `The strike hit the state gas company Gazmar on Monday, officials said.`,
      `officials | sentence | The strike hit the state gas company Gazmar on Monday, officials said.`,
    );
  });
});

describe('Attribution: ", who said" reports the words of the person it refers to', () => {
  it('Should credit "the verdict of X, leader of Y, who said …" and "met X, who told him …" to X', () => {
    check(
      `That was the verdict of Ada Brenn, leader of the opposition Green Party, who said the deal was a mistake. She said the port was lost.

Vosk met Leon Brandt, who told him the mill would close.`,
      `Ada Brenn | sentence | That was the verdict of Ada Brenn, leader of the opposition Green Party, who said the deal was a mistake.
       Ada Brenn | sentence | She said the port was lost.
       Leon Brandt | sentence | Vosk met Leon Brandt, who told him the mill would close.`,
    );
  });

  it('Should not read "who asked not to be named" or "who is expected to" as a report', () => {
    check(
      `The bill now goes to the president, who is expected to sign it. A clerk at the court, who asked not to be named, said the files were lost.`,
      `- | - | The bill now goes to the president, who is expected to sign it.
       a clerk at the court | sentence | A clerk at the court, who asked not to be named, said the files were lost.`,
    );
  });
});

describe('Attribution: "opposition" qualifies a title after a nationality', () => {
  it('Should credit "Marovian opposition leader X accused …" to X', () => {
    check(
      `Marovian opposition leader Ada Brenn accused the government of selling the port.`,
      `Ada Brenn | sentence | Marovian opposition leader Ada Brenn accused the government of selling the port.`,
    );
  });

  it('Should not take a verb for a modifier of the title after a name', () => {
    check(
      `Vosk met union leader Ada Brenn on Monday.`,
      `- | - | Vosk met union leader Ada Brenn on Monday.`,
    );
  });
});

describe('Attribution: a news outlet cited by an acronym that takes more than initials', () => {
  it('Should read "according to WLP" as a channel when the article names the Worldline Press agency', () => {
    check(
      `The Worldline Press agency reported the visit. The ferry will run daily, according to WLP.`,
      `- | - | The Worldline Press agency reported the visit.
       - | - | The ferry will run daily, according to WLP.`,
    );
  });

  it('Should keep an acronym that does not abbreviate the outlet a speaker', () => {
    check(
      `The Harbour Post reported the visit. The ferry will run daily, according to HPX.`,
      `- | - | The Harbour Post reported the visit.
       HPX | sentence | The ferry will run daily, according to HPX.`,
    );
  });
});

describe('Attribution: a named body speaks through its own document, past a participle aside', () => {
  it('Should credit "The Transport Ministry\'s own statement, issued on Monday, said" to the ministry, and "X, founded in 1990, said" to X', () => {
    check(
      `The Transport Ministry's own statement, issued on Monday, said the port was safe. The Orland Harbour Authority, founded in 1990, said the cranes were old.`,
      `Transport Ministry | sentence | The Transport Ministry's own statement, issued on Monday, said the port was safe.
       Orland Harbour Authority | sentence | The Orland Harbour Authority, founded in 1990, said the cranes were old.`,
    );
  });

  it('Should leave a generic body\'s document to the document rules', () => {
    check(
      `The club's filing says the port was safe.`,
      `club's filing | sentence | The club's filing says the port was safe.`,
    );
  });
});

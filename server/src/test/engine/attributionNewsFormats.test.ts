// Attribution of news formats: statements reproduced after a colon, and more. Every sentence is invented.
import { checkPassages, checkSpeakers as check } from './attributionCheck';

describe('Attribution: a statement reproduced after "X said:"', () => {
  const text = `The ferry company cancelled all crossings on Monday.

In a statement, Dorrow Ferries said:

“The safety of our passengers comes first. We have grounded two vessels until the inspectors are satisfied. Refunds will be paid within a week.”

Mayor Ines Calder said the crossings could resume on Friday.`;

  it('Should credit every sentence of the quoted paragraph to the speaker, and leave the introducing line to the outlet', () => {
    check(
      text,
      `- | - | The ferry company cancelled all crossings on Monday.
       - | - | In a statement, Dorrow Ferries said:
       Dorrow Ferries | carried | “The safety of our passengers comes first.
       Dorrow Ferries | previous | We have grounded two vessels until the inspectors are satisfied.
       Dorrow Ferries | previous | Refunds will be paid within a week.”
       Ines Calder | sentence | Mayor Ines Calder said the crossings could resume on Friday.`,
    );
  });

  it('Should not take the introducing line for a claim', () => {
    checkPassages(text.split('\n\n').slice(1, 2).join('\n\n') + '\n\n' + text.split('\n\n')[2], `false | In a statement, Dorrow Ferries said:
       true | “The safety of our passengers comes first.
       true | We have grounded two vessels until the inspectors are satisfied.
       true | Refunds will be paid within a week.”`, (passage, passageText) => `${passage.claim} | ${passageText}`);
  });

  it('Should not reach past a line that reports something, or into a paragraph that is no quotation', () => {
    check(
      `Dorrow Ferries said that two vessels were grounded and gave a reason:

The inspectors found cracks in both hulls. Refunds will be paid.`,
      `Dorrow Ferries | sentence | Dorrow Ferries said that two vessels were grounded and gave a reason:
       - | - | The inspectors found cracks in both hulls.
       - | - | Refunds will be paid.`,
    );
  });
});

describe('Attribution: an unnamed worker as a source', () => {
  it('Should credit "a worker at the mill" and a later "the worker" to one anonymous source, past an anonymity clause', () => {
    check(
      `A worker at the mill, who asked not to be named, told reporters that the alarm had failed twice.

“Nobody listened,” the worker said. “We kept the line running.”

An employee at the depot says the trucks were never checked.`,
      `worker at the mill | sentence | A worker at the mill, who asked not to be named, told reporters that the alarm had failed twice.
       worker at the mill | sentence | “Nobody listened,” the worker said.
       worker at the mill | carried | “We kept the line running.”
       employee at the depot | sentence | An employee at the depot says the trucks were never checked.`,
    );
  });

  it('Should leave workers who only act, with no reporting verb, to the outlet', () => {
    check(
      `A worker at the mill was injured on Monday. Workers at the depot went on strike.`,
      `- | - | A worker at the mill was injured on Monday.
       - | - | Workers at the depot went on strike.`,
    );
  });
});

describe('Attribution: an inquiry ordered by an official', () => {
  it('Should credit "X has ordered an independent review" to X', () => {
    check(
      `Mayor Ines Calder has ordered an independent review of the harbour contracts. The port board orders a full audit of its accounts.`,
      `Ines Calder | sentence | Mayor Ines Calder has ordered an independent review of the harbour contracts.
       port board | sentence | The port board orders a full audit of its accounts.`,
    );
  });

  it('Should not read other orders, or an inquiry ordered earlier in the sentence, as a cue', () => {
    check(
      `Mayor Ines Calder ordered the closure of the quay. The review the mayor has ordered must report by June.`,
      `- | - | Mayor Ines Calder ordered the closure of the quay.
       - | - | The review the mayor has ordered must report by June.`,
    );
  });
});

describe('Attribution: advice to the reader', () => {
  it('Should not take the outlet\'s imperatives for claims, but keep a credited speaker\'s advice and look-alike openings', () => {
    checkPassages(
      `Keep the receipt for a refund. Do not reheat the soup. Never before has the mill closed in winter.

“Do not drink the water,” Mayor Ines Calder said.

Call centres were flooded on Monday.`,
      `false | Keep the receipt for a refund.
       false | Do not reheat the soup.
       true | Never before has the mill closed in winter.
       true | “Do not drink the water,” Mayor Ines Calder said.
       true | Call centres were flooded on Monday.`,
      (passage, passageText) => `${passage.claim} | ${passageText}`,
    );
  });
});

describe('Attribution: a product recall is no reporting cue', () => {
  it('Should not read "has recalled its …" or "recalled 40 batches" as speech, but keep "recalled that"', () => {
    check(
      `Dorrow Foods has recalled its oat biscuits after mould was found. Quellby Dairy recalled 40 batches of yoghurt.

Mayor Ines Calder recalled that the quay had flooded twice.`,
      `- | - | Dorrow Foods has recalled its oat biscuits after mould was found.
       - | - | Quellby Dairy recalled 40 batches of yoghurt.
       Ines Calder | sentence | Mayor Ines Calder recalled that the quay had flooded twice.`,
    );
  });
});

describe('Attribution: an agency named by its remit', () => {
  it('Should credit "the food safety agency" and "the road safety board", two lowercase modifiers after "the"', () => {
    check(
      `The food safety agency says it found mould in the biscuits.

Crashes rose by a third, the road safety board said.`,
      `food safety agency | sentence | The food safety agency says it found mould in the biscuits.
       road safety board | sentence | Crashes rose by a third, the road safety board said.`,
    );
  });

  it('Should keep a news agency, plain or qualified as one, a channel', () => {
    check(
      `The ferry ran aground near the pier, the local news agency said.

The tolls rose, the agency said.`,
      `- | - | The ferry ran aground near the pier, the local news agency said.
       - | - | The tolls rose, the agency said.`,
    );
  });
});

describe('Attribution: a hyphenated adjective before a name', () => {
  it('Should not take "an in-house Dorrow test" for a person, so "He" finds the person named after it', () => {
    check(
      `An in-house Dorrow test found mould in March.

Lawyer Tomas Brede filed a lawsuit against Dorrow Foods. He says the firm knew in February.`,
      `- | - | An in-house Dorrow test found mould in March.
       - | - | Lawyer Tomas Brede filed a lawsuit against Dorrow Foods.
       Tomas Brede | sentence | He says the firm knew in February.`,
    );
  });

  it('Should still read a plain lowercase descriptor before a name as a person', () => {
    check(`The mill will close, engineer Ada Voss said.`, `Ada Voss | sentence | The mill will close, engineer Ada Voss said.`);
  });
});

describe('Attribution: a maker\'s name and its product', () => {
  it('Should not rename a body speaking by its one-word name after a product that starts with that word', () => {
    check(
      `Dorrow said no complaints had been raised. Dorrow Crisp made up half of its sales last year. Dorrow added that refunds would be paid.`,
      `Dorrow | sentence | Dorrow said no complaints had been raised.
       - | - | Dorrow Crisp made up half of its sales last year.
       Dorrow | sentence | Dorrow added that refunds would be paid.`,
    );
  });

  it('Should still upgrade a surname to the full name given later', () => {
    check(`Calder said the quay was safe. Mayor Ines Calder said it would reopen.`, `Calder | sentence | Calder said the quay was safe.
       Ines Calder | sentence | Mayor Ines Calder said it would reopen.`);
  });
});

describe('Attribution: a retail chain referred to later', () => {
  it('Should resolve "the chain" to the business an appositive described as one', () => {
    check(
      `Quellby Stores, the largest supermarket chain, said it had removed the biscuits. Dorrow Crisp made up 45 percent of its sales, the chain said.`,
      `Quellby Stores | sentence | Quellby Stores, the largest supermarket chain, said it had removed the biscuits.
       Quellby Stores | sentence | Dorrow Crisp made up 45 percent of its sales, the chain said.`,
    );
  });

  it('Should not take a supply chain in the content for a speaker', () => {
    check(`Shortages have hit the supply chain, Mayor Ines Calder said.`, `Ines Calder | sentence | Shortages have hit the supply chain, Mayor Ines Calder said.`);
  });
});

describe('Attribution: notes of an opinion page and pointers to the outlet', () => {
  it('Should not take a disclaimer, "So here is …" or "… is on our website" for claims, but keep a credited or factual one', () => {
    checkPassages(
      `The views expressed are his own. So here is my advice. The full list is on our website.

The levy is on the council's website, Mayor Ines Calder said. Views on the levy are divided.`,
      `false | The views expressed are his own.
       false | So here is my advice.
       false | The full list is on our website.
       true | The levy is on the council's website, Mayor Ines Calder said.
       true | Views on the levy are divided.`,
      (passage, passageText) => `${passage.claim} | ${passageText}`,
    );
  });
});

describe('Attribution: a short closing clause', () => {
  it('Should let "All are recovering, the agency said." close over the sentence before it, but not "Yes, she said."', () => {
    check(
      `The Quellby Food Agency ordered the recall on Thursday.

The recall covers 38 batches. All are recovering, the agency said.

Mayor Ines Calder was asked about the quay. The levy rose. Yes, she said.`,
      `- | - | The Quellby Food Agency ordered the recall on Thursday.
       Quellby Food Agency | next | The recall covers 38 batches.
       Quellby Food Agency | sentence | All are recovering, the agency said.
       - | - | Mayor Ines Calder was asked about the quay.
       - | - | The levy rose.
       Ines Calder | sentence | Yes, she said.`,
    );
  });
});

describe('Attribution: a promise that goes on after a present-tense cue', () => {
  it('Should continue "X says it has … It will …", but not the outlet\'s "It is …" nor after a past-tense cue', () => {
    check(
      `Quellby Stores says it has taken the biscuits off its shelves. It will give refunds without a receipt. It is a sensible move.

Dorrow Foods said it had closed the plant. It will reopen in May.`,
      `Quellby Stores | sentence | Quellby Stores says it has taken the biscuits off its shelves.
       Quellby Stores | continuation | It will give refunds without a receipt.
       - | - | It is a sensible move.
       Dorrow Foods | sentence | Dorrow Foods said it had closed the plant.
       - | - | It will reopen in May.`,
    );
  });
});

describe('Attribution: narration that announces a labelled line', () => {
  const script = `ANCHOR: The harbour wall failed overnight.

REPORTER: The council's director had a blunt message.

MIRA OKONEDO, ENGINEER: The wall was never repaired.

REPORTER: The council's director inspected the wall in May.

MIRA OKONEDO, ENGINEER: Nobody read the report.`;

  it('Should make "X had a blunt message" before X\'s labelled line no claim, but keep narration of an act a claim', () => {
    checkPassages(
      script,
      `true | The harbour wall failed overnight.
       false | The council's director had a blunt message.
       true | The wall was never repaired.
       true | The council's director inspected the wall in May.
       true | Nobody read the report.`,
      (passage, passageText) => `${passage.claim} | ${passageText}`,
    );
  });
});

describe('Attribution: the writer\'s state of mind', () => {
  it('Should not take "I understand why." or "I do not know who is right." for claims, but keep "I know the levy rose."', () => {
    checkPassages(
      `I understand why. I do not know who is right. I know the levy rose by 12 percent.`,
      `false | I understand why.
       false | I do not know who is right.
       true | I know the levy rose by 12 percent.`,
      (passage, passageText) => `${passage.claim} | ${passageText}`,
    );
  });
});

describe('Attribution: a statement over several paragraphs', () => {
  it('Should carry the speaker into a paragraph that reopens the quotation left open, and stop after it closes', () => {
    check(
      `In a statement, Dorrow Ferries said:

“The safety of our passengers comes first. We have grounded two vessels.

“Refunds will be paid within a week. We apologise to every traveller.”

“The pier is unsafe. Nobody listens.”`,
      `- | - | In a statement, Dorrow Ferries said:
       Dorrow Ferries | carried | “The safety of our passengers comes first.
       Dorrow Ferries | previous | We have grounded two vessels.
       Dorrow Ferries | carried | “Refunds will be paid within a week.
       Dorrow Ferries | previous | We apologise to every traveller.”
       - | - | “The pier is unsafe.
       - | - | Nobody listens.”`,
    );
  });
});

describe('Attribution: advice to a group of readers, and bullets', () => {
  it('Should not take "Passengers with tickets should call …" or a bulleted "• Keep the receipt." for claims, but keep a group\'s report', () => {
    checkPassages(
      `Key points

• Passengers with tickets should call the ferry office.
• Keep the receipt for a refund.
• Passengers should expect delays of two hours, the port said.
• Residents should have been warned in May.`,
      `false | • Passengers with tickets should call the ferry office.
       false | • Keep the receipt for a refund.
       true | • Passengers should expect delays of two hours, the port said.
       true | • Residents should have been warned in May.`,
      (passage, passageText) => `${passage.claim} | ${passageText}`,
    );
  });
});

describe('Attribution: a timeline\'s introduction', () => {
  it('Should not take "This is how the strike unfolded." for a claim, but keep "This is how the virus spreads to cattle."', () => {
    checkPassages(
      `This is how the strike unfolded. This is how the virus spreads to cattle.`,
      `false | This is how the strike unfolded.
       true | This is how the virus spreads to cattle.`,
      (passage, passageText) => `${passage.claim} | ${passageText}`,
    );
  });
});

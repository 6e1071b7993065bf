// Attribution rules for reporting shapes of ordinary news: compound descriptors before a name, framing
// openers, refusals that still report words, and more. Every sentence is invented.
import { checkClaimKinds, checkSpeakers as check } from './attributionCheck';

describe('Attribution: descriptors before a name', () => {
  it('Should read a two-word descriptor before the name after "according to" and an inverted "said"', () => {
    check(
      `Loans will get cheaper, according to mortgage broker Dina Vost. "Lenders moved fast," she said. Rents will follow, said fund manager Ivo Penk.`,
      `Dina Vost | sentence | Loans will get cheaper, according to mortgage broker Dina Vost.
       Dina Vost | sentence | "Lenders moved fast," she said.
       Ivo Penk | sentence | Rents will follow, said fund manager Ivo Penk.`,
    );
  });

  it('Should not read a participle and a date after "according to" as a descriptor and a name', () => {
    check(
      `Prices rose again, according to figures released Monday.`,
      `- | - | Prices rose again, according to figures released Monday.`,
    );
  });
});

describe('Attribution: a sentence framed by a person', () => {
  it('Should credit "For X, title, …" and "For X, age, a …, …" to X, and a pronoun after it', () => {
    check(
      `For Petra Lund, senior analyst at Greyhill Bank, the bigger risk is inflation. The bank had waited too long, she noted.

For Ana Reis, 38, a nurse at Harlow General Hospital, the cut came too late. "We pay more every month," she said.`,
      `Petra Lund | sentence | For Petra Lund, senior analyst at Greyhill Bank, the bigger risk is inflation.
       Petra Lund | sentence | The bank had waited too long, she noted.
       Ana Reis | sentence | For Ana Reis, 38, a nurse at Harlow General Hospital, the cut came too late.
       Ana Reis | sentence | "We pay more every month," she said.`,
    );
  });

  it('Should not read "For X," without an appositive describing a person as a cue', () => {
    check(
      `For Velmar Group, the quarter was strong. For Ana Reis the wait was long. For the first time, the bank moved early.`,
      `- | - | For Velmar Group, the quarter was strong.
       - | - | For Ana Reis the wait was long.
       - | - | For the first time, the bank moved early.`,
    );
  });
});

describe('Attribution: a participle between a subject and its verb', () => {
  it('Should find the subject before a parenthetical that opens with a participle', () => {
    check(
      `Prime Minister Ola Brandt, arriving at parliament in the afternoon, said only that the cut was welcome. Prices, rising for a third month, hit a record.`,
      `Ola Brandt | sentence | Prime Minister Ola Brandt, arriving at parliament in the afternoon, said only that the cut was welcome.
       - | - | Prices, rising for a third month, hit a record.`,
    );
  });
});

describe('Attribution: a participle clause of saying', () => {
  it('Should credit ", saying …" to the subject that opens the sentence, after a refusal too', () => {
    check(
      `The central bank raised rates, saying prices were still climbing. Tomas Vek declined to say whether more cuts would follow, saying the board would decide later.`,
      `central bank | sentence | The central bank raised rates, saying prices were still climbing.
       Tomas Vek | sentence | Tomas Vek declined to say whether more cuts would follow, saying the board would decide later.`,
    );
  });

  it('Should not read ", saying" after a subject that cannot speak', () => {
    check(
      `Prices fell sharply, saying little about demand.`,
      `- | - | Prices fell sharply, saying little about demand.`,
    );
  });
});

describe('Attribution: a refusal that still reports words', () => {
  it('Should credit "X would not say …, only that …" to X, but not a bare refusal', () => {
    check(
      `Tomas Vek would not say whether rates will fall again, only that the board would act. Vek would not say whether rates will fall again. The ministry has not commented.`,
      `Tomas Vek | sentence | Tomas Vek would not say whether rates will fall again, only that the board would act.
       - | - | Vek would not say whether rates will fall again.
       - | - | The ministry has not commented.`,
    );
  });
});

describe('Attribution: a relative clause after a name and its role', () => {
  it('Should credit "Name, role, which …, said" to the name, and a pronoun after it', () => {
    check(
      `Ada Moll, president of the Harbour Workers Union, which has about 9,000 members in the city, said wages must rise. She also said the port was short of staff.`,
      `Ada Moll | sentence | Ada Moll, president of the Harbour Workers Union, which has about 9,000 members in the city, said wages must rise.
       Ada Moll | sentence | She also said the port was short of staff.`,
    );
  });

  it('Should keep the role when no name stands before it', () => {
    check(
      `Wages are low. The president of the Harbour Workers Union, which has about 9,000 members, said wages must rise.`,
      `- | - | Wages are low.
       president of the Harbour Workers Union | sentence | The president of the Harbour Workers Union, which has about 9,000 members, said wages must rise.`,
    );
  });
});

describe('Attribution: an expectation held before the news', () => {
  it('Should not credit "analysts had expected" to the analysts, but keep "analysts expect"', () => {
    check(
      `Most analysts had expected rates to stay on hold. Analysts expect two more cuts this year.`,
      `- | - | Most analysts had expected rates to stay on hold.
       analysts | sentence | Analysts expect two more cuts this year.`,
    );
  });
});

describe('Attribution: a descriptor opening the sentence before "the" and a name', () => {
  it('Should credit "Business lobby the X said" to X', () => {
    check(
      `Business lobby the Harbour Traders Association called the move "long overdue". Rights group the Open Door Trust said the law was unfair.`,
      `Harbour Traders Association | sentence | Business lobby the Harbour Traders Association called the move "long overdue".
       Open Door Trust | sentence | Rights group the Open Door Trust said the law was unfair.`,
    );
  });

  it('Should not read a longer opening before "the" as a descriptor', () => {
    check(
      `Shares in the Harbour Bank said little about demand.`,
      `- | - | Shares in the Harbour Bank said little about demand.`,
    );
  });
});

describe('Attribution: a body or an official that reports', () => {
  it('Should credit "reported that" and a closing "reported" to a titled official or a named body', () => {
    check(
      `Minister of Transport Ilka Varn reported that 12 bridges had been closed. The Harbour Rescue Society has sent 30 boats, the Society reported. The ferries will run again on Friday, the Press Office of the Mayor reported.`,
      `Ilka Varn | sentence | Minister of Transport Ilka Varn reported that 12 bridges had been closed.
       Society | sentence | The Harbour Rescue Society has sent 30 boats, the Society reported.
       Press Office of the Mayor | sentence | The ferries will run again on Friday, the Press Office of the Mayor reported.`,
    );
  });

  it('Should not credit an outlet, a bare name or a report of an act', () => {
    check(
      `Prices rose again, the paper reported. Quillmark reported that the board had met. The plant had reported a leak to managers. The ministry reported a surplus.`,
      `- | - | Prices rose again, the paper reported.
       - | - | Quillmark reported that the board had met.
       - | - | The plant had reported a leak to managers.
       - | - | The ministry reported a surplus.`,
    );
  });
});

describe('Attribution: a body introduced with its abbreviation', () => {
  it('Should find the subject before "(ABBREVIATION)" and its verb', () => {
    check(
      `The Harbour Safety Board (HSB) said the pier was unsafe. As of Monday, the National Water Agency (NWA) said 34 wells had run dry.`,
      `Harbour Safety Board | sentence | The Harbour Safety Board (HSB) said the pier was unsafe.
       National Water Agency | sentence | As of Monday, the National Water Agency (NWA) said 34 wells had run dry.`,
    );
  });

  it('Should not skip a bracketed word that is no abbreviation', () => {
    check(
      `The figure (revised) said little about wages.`,
      `- | - | The figure (revised) said little about wages.`,
    );
  });
});

describe('Attribution: a body whose name runs on past "of"', () => {
  it('Should keep "The X of Y Office for Z" whole, and still split a person from the body after "of"', () => {
    check(
      `The Concord of Peoples Office for Water Affairs said it would release 4 million dollars. Teodor Halme of the Centre for Basin Studies said the river was low. The Minister of Mines and Energy Corinne Abara said prices would rise.`,
      `Concord of Peoples Office for Water Affairs | sentence | The Concord of Peoples Office for Water Affairs said it would release 4 million dollars.
       Teodor Halme | sentence | Teodor Halme of the Centre for Basin Studies said the river was low.
       Corinne Abara | sentence | The Minister of Mines and Energy Corinne Abara said prices would rise.`,
    );
  });
});

describe('Attribution: a bare stance before its reasons', () => {
  it('Should credit "X disagreed." to X as no claim, and the next sentence\'s pronoun to X', () => {
    check(
      `Governor Ola Brandt said no village was cut off. Ivo Penk disagreed. Two hamlets could be reached only on foot, he said.`,
      `Ola Brandt | sentence | Governor Ola Brandt said no village was cut off.
       Ivo Penk | sentence | Ivo Penk disagreed.
       Ivo Penk | sentence | Two hamlets could be reached only on foot, he said.`,
    );
    checkClaimKinds(
      `Ivo Penk disagreed. The union objected. Ivo Penk disagreed with the plan to close the road in May.`,
      `- | Ivo Penk disagreed.
       - | The union objected.
       position | Ivo Penk disagreed with the plan to close the road in May.`,
    );
  });
});

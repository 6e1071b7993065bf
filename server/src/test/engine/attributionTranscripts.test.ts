import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: transcripts with speaker labels', () => {
  it('Should credit every sentence of a labelled line to the labelled speaker, whatever cues it contains', () => {
    check(
      `A debate on the harbour levy, with the councillor Tomas Brede and the engineer Ada Voss.

ANCHOR: Good evening. I'm Lena Moor. Mr. Brede, the mayor says the levy is fair?

BREDE: It is not. The mayor said in March that it would fall, and it rose by 12 percent.

Dr. Voss: The quay needs the money. The board told us the wall could fail.

BREDE: Then the board should say so.

ANCHOR: Dr. Voss, briefly.

Dr. Voss: It has said so, twice.`,
      `- | - | A debate on the harbour levy, with the councillor Tomas Brede and the engineer Ada Voss.
       Lena Moor | qa | Good evening.
       Lena Moor | qa | I'm Lena Moor.
       Lena Moor | qa | Mr. Brede, the mayor says the levy is fair?
       Tomas Brede | qa | It is not.
       Tomas Brede | qa | The mayor said in March that it would fall, and it rose by 12 percent.
       Ada Voss | qa | The quay needs the money.
       Ada Voss | qa | The board told us the wall could fail.
       Tomas Brede | qa | Then the board should say so.
       Lena Moor | qa | Dr. Voss, briefly.
       Ada Voss | qa | It has said so, twice.`,
    );
  });

  it('Should take a caller\'s name from the parentheses and keep a surname the article never expands', () => {
    check(
      `HOST: Welcome back. Our first caller is on the line.

CALLER (INGRID, WESTPORT): The water smells of diesel.

HOST: Professor Halloran, is that a worry?

PROF. HALLORAN: It can be. Diesel floats, so the smell travels.

HOST: Thank you both.

PROF. HALLORAN: My pleasure.`,
      `Host | qa | Welcome back.
       Host | qa | Our first caller is on the line.
       Ingrid | qa | The water smells of diesel.
       Host | qa | Professor Halloran, is that a worry?
       Halloran | qa | It can be.
       Halloran | qa | Diesel floats, so the smell travels.
       Host | qa | Thank you both.
       Halloran | qa | My pleasure.`,
    );
  });

  it('Should not read labels from a single speaker, or from fields like "Claim:" and "Verdict:"', () => {
    check(
      `Claim: The levy rose by 12 percent.

Verdict: True, the council said.

Claim: The wall could fail.

Verdict: Unproven.

NOTE: Brede said he would appeal.`,
      `- | - | Claim: The levy rose by 12 percent.
       council | sentence | Verdict: True, the council said.
       - | - | Claim: The wall could fail.
       - | - | Verdict: Unproven.
       Brede | sentence | NOTE: Brede said he would appeal.`,
    );
  });
});

describe('Attribution: broadcast scripts narrated by an unnamed anchor and reporter', () => {
  it('Should read unnamed narrator lines as the outlet\'s, crediting their cues, and a described name label to its speaker', () => {
    check(
      `ANCHOR: Ferries to the outer islands are cancelled tonight.

REPORTER: The port authority says a storm will reach the coast at midnight.

REPORTER: At the quay in Port Ilven, Joss Tarrant was waiting.

JOSS TARRANT, FISHERMAN: We lost two days of work. Nobody warned us.

REPORTER: Dr. Mira Okonedo, a harbour engineer, says the wall will hold.

DR. MIRA OKONEDO, HARBOUR ENGINEER: It was built for worse.

ANCHOR: More on our website.`,
      `- | - | Ferries to the outer islands are cancelled tonight.
       port authority | sentence | The port authority says a storm will reach the coast at midnight.
       - | - | At the quay in Port Ilven, Joss Tarrant was waiting.
       Joss Tarrant | qa | We lost two days of work.
       Joss Tarrant | qa | Nobody warned us.
       Mira Okonedo | sentence | Dr. Mira Okonedo, a harbour engineer, says the wall will hold.
       Mira Okonedo | qa | It was built for worse.
       - | - | More on our website.`,
    );
  });

  it('Should read a narrator with a production note ("REPORTER (V/O):") and a "NARRATION:" line as the outlet, and a caller named in parentheses as the caller', () => {
    check(
      `REPORTER (V/O): The port authority says a storm is coming.

JOSS TARRANT, FISHERMAN: We lost two days.

NARRATION: The storm arrived at midnight.

CALLER (INGRID, WESTPORT): The pier is flooded.

JOSS TARRANT, FISHERMAN: Nobody warned us.

REPORTER (V/O): The wall held.`,
      `port authority | sentence | The port authority says a storm is coming.
       Joss Tarrant | qa | We lost two days.
       - | - | The storm arrived at midnight.
       Ingrid | qa | The pier is flooded.
       Joss Tarrant | qa | Nobody warned us.
       - | - | The wall held.`,
    );
  });

  it('Should keep crediting a narrator label whose lines name the narrator', () => {
    check(
      `ANCHOR: Good evening, I'm Lena Moor. The levy rose again.

BREDE: It rose by 12 percent.

ANCHOR: Is that fair?

BREDE: It is not.`,
      `Lena Moor | qa | Good evening, I'm Lena Moor.
       Lena Moor | qa | The levy rose again.
       Brede | qa | It rose by 12 percent.
       Lena Moor | qa | Is that fair?
       Brede | qa | It is not.`,
    );
  });
});

describe('Attribution: interviews whose answers follow the interviewee\'s initials', () => {
  it('Should credit lines opened by initials to the person the introduction names, and leave unlabelled questions alone', () => {
    check(
      `Harriet Quell ran the harbour board for nine years. We spoke to her on Friday.

You chaired the board for nine years. Why did you resign?

HQ: The board stopped listening. Three members told me so in writing.

The wall is 80 years old. Is it safe?

HQ: No. The engineers said it could fail within a decade.`,
      `- | - | Harriet Quell ran the harbour board for nine years.
       - | - | We spoke to her on Friday.
       - | - | You chaired the board for nine years.
       - | - | Why did you resign?
       Harriet Quell | qa | The board stopped listening.
       Harriet Quell | qa | Three members told me so in writing.
       - | - | The wall is 80 years old.
       - | - | Is it safe?
       Harriet Quell | qa | No.
       Harriet Quell | qa | The engineers said it could fail within a decade.`,
    );
  });

  it('Should not read initials as a label when no name in the article spells them', () => {
    check(
      `The summit ended on Friday.

EU: The bloc will cut tariffs by 5 percent.

EU: The cut starts in June.`,
      `- | - | The summit ended on Friday.
       - | - | EU: The bloc will cut tariffs by 5 percent.
       - | - | EU: The cut starts in June.`,
    );
  });
});

describe('Attribution: pronouns that are never speakers', () => {
  it('Should not take "Nobody" or a contracted "I" for a named speaker, and still credit a name', () => {
    check(
      `The council sent the board a letter in May. Nobody has answered yet.

I'd argue the levy is too high. Mayor Ines Calder said it was fair.`,
      `- | - | The council sent the board a letter in May.
       - | - | Nobody has answered yet.
       - | - | I'd argue the levy is too high.
       Ines Calder | sentence | Mayor Ines Calder said it was fair.`,
    );
  });
});

describe('Attribution: official records of a parliament', () => {
  it('Should read an official record\'s lines ("Ms. NAME (Party):", "The SPEAKER:") as speaker labels, the Speaker being the person the article titles so', () => {
    check(
      `Lorna Pettigrew, the Farmers' League member who tabled the motion, spoke first. The record reads as follows.
Ms. PETTIGREW (Farmers' League): The ferry subsidy has fallen by a third since 2019.
Mr. OAKRIDGE (Liberal Front): That figure ignores the new fuel grant.
The SPEAKER: Order.
Mr. OAKRIDGE (Liberal Front): The grant rose by 40 percent.
Ms. PETTIGREW (Farmers' League): It did not.
Later, Hamish Oakridge said he would vote against it. Edith Marrable, the Speaker, closed the sitting.`,
      `- | - | Lorna Pettigrew, the Farmers' League member who tabled the motion, spoke first.
       - | - | The record reads as follows.
       Lorna Pettigrew | qa | The ferry subsidy has fallen by a third since 2019.
       Hamish Oakridge | qa | That figure ignores the new fuel grant.
       Edith Marrable | qa | Order.
       Hamish Oakridge | qa | The grant rose by 40 percent.
       Lorna Pettigrew | qa | It did not.
       Hamish Oakridge | sentence | Later, Hamish Oakridge said he would vote against it.
       - | - | Edith Marrable, the Speaker, closed the sitting.`,
    );
  });

  it('Should not take a title-case line that opens with "The" and a plain word for a record label', () => {
    check(
      `The Harbour Board met on Monday.
The Agenda: Three items were tabled.
The chair, Ada Voss, said the levy would rise.`,
      `- | - | The Harbour Board met on Monday.
       - | - | The Agenda: Three items were tabled.
       Ada Voss | sentence | The chair, Ada Voss, said the levy would rise.`,
    );
  });
});

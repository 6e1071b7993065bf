import { checkClaimKinds as check } from './attributionCheck';

describe('Attribution: claims', () => {
  it('Should tell claims from transitions, questions and meta sentences', () => {
    check(
      `The two leaders also discussed the northern railway.

The call also touched on trade.

Will the tolls rise next year? Nobody knows.

Here is what each side said.

Then it was Ruiz's turn.

The dam holds 2.1 billion cubic meters of water.`,
      `- | The two leaders also discussed the northern railway.
       - | The call also touched on trade.
       - | Will the tolls rise next year?
       fact | Nobody knows.
       - | Here is what each side said.
       - | Then it was Ruiz's turn.
       number | The dam holds 2.1 billion cubic meters of water.`,
    );
  });

  it('Should give the kind of a claim', () => {
    check(
      `The two presidents last spoke by phone in November 2025.

That is a real concession, but it is not a binding one.

Mayor Ines Valdor said the city must borrow.

Ines Valdor and Marek Olsen agreed to meet on Friday.

The river rises in the northern hills.`,
      `event | The two presidents last spoke by phone in November 2025.
       evaluation | That is a real concession, but it is not a binding one.
       position | Mayor Ines Valdor said the city must borrow.
       agreement | Ines Valdor and Marek Olsen agreed to meet on Friday.
       fact | The river rises in the northern hills.`,
    );
  });

  it('Should never make a passage of boilerplate', () => {
    check(
      `Ferry talks stall
Published: Mar 10, 2026 09:17 PM
File photos: Harbour Daily

The talks stalled on Tuesday.`,
      'event | The talks stalled on Tuesday.',
    );
  });
});

describe('Attribution: meta sentences of broadcasts, newsletters and translations', () => {
  it('Should not count greetings, introductions, moderation, sign-offs and notes on the text as claims', () => {
    check(
      `This is a rush transcript and may not be in its final form.

Good evening, and welcome to Harbour Hour. I'm Lena Moor. With me are the engineer Ada Voss and the councillor Tomas Brede.

Let me start with the levy. Let me finish —

One at a time, please. Ms. Voss, go ahead.

Then there are the ferries. We checked three of them.

(CROSSTALK)

[Editor's note: the council meets on Thursdays.]

The following interview first appeared in the Harbour Gazette. It was translated from the Danish by our staff.

We have to leave it there. That's the papers. See you next week. The next edition is on Monday.`,
      `- | This is a rush transcript and may not be in its final form.
       - | Good evening, and welcome to Harbour Hour.
       - | I'm Lena Moor.
       - | With me are the engineer Ada Voss and the councillor Tomas Brede.
       - | Let me start with the levy.
       - | Let me finish —
       - | One at a time, please.
       - | Ms. Voss, go ahead.
       - | Then there are the ferries.
       - | We checked three of them.
       - | [Editor's note: the council meets on Thursdays.]
       - | The following interview first appeared in the Harbour Gazette.
       - | It was translated from the Danish by our staff.
       - | We have to leave it there.
       - | That's the papers.
       - | See you next week.
       - | The next edition is on Monday.`,
    );
  });

  it('Should keep claims that only start like those', () => {
    check(
      `I'm certain the levy rose by 12 percent.

Let me be clear: the wall will fail.

We checked the ledgers and found a gap of 4 million crowns.

That's the problem with the levy.

Then the council raised the levy again.

The ferry was translated into a museum ship in 2019.`,
      `number | I'm certain the levy rose by 12 percent.
       evaluation | Let me be clear: the wall will fail.
       number | We checked the ledgers and found a gap of 4 million crowns.
       fact | That's the problem with the levy.
       fact | Then the council raised the levy again.
       event | The ferry was translated into a museum ship in 2019.`,
    );
  });
});

describe('Attribution: the outlet on its own coverage is no claim', () => {
  it('Should not count a live blog\'s welcome and wrap-up, an interview\'s setting or its editing note as claims', () => {
    check(
      `Welcome to our live coverage from the harbour, where the board is about to face the press for the first time.

We met her in a café near the quay on Friday morning, the day after the vote.

This interview has been edited for length and clarity.

We're going to wrap up our live coverage there.

We met the deadline by a day.`,
      `- | Welcome to our live coverage from the harbour, where the board is about to face the press for the first time.
       - | We met her in a café near the quay on Friday morning, the day after the vote.
       - | This interview has been edited for length and clarity.
       - | We're going to wrap up our live coverage there.
       fact | We met the deadline by a day.`,
    );
  });
});

describe('Attribution: a question put by someone the article does not credit', () => {
  it('Should not count "A reporter asks whether …" as a claim, but keep "asked the board to …"', () => {
    check(
      `A reporter asks whether the fund would ever move the club away from the harbour.

A reporter asked the board to publish the loan terms by Friday.`,
      `- | A reporter asks whether the fund would ever move the club away from the harbour.
       event | A reporter asked the board to publish the loan terms by Friday.`,
    );
  });
});

describe('Attribution: turning to the reader is no claim', () => {
  it('Should not count "Read that again." or "See you in …" as claims, but keep a sentence that sees or reads something', () => {
    check(
      `The loan is secured on the club. Read that again. See you in the stands on Saturday.

Inspectors read the report in May. See the figures: debt rose by 12 percent.`,
      `fact | The loan is secured on the club.
       - | Read that again.
       - | See you in the stands on Saturday.
       fact | Inspectors read the report in May.
       number | See the figures: debt rose by 12 percent.`,
    );
  });
});

describe('Attribution: "X takes the microphone." before a quotation', () => {
  it('Should read it as introducing the quotation, not as a claim, unless no quotation follows', () => {
    check(
      `Ada Voss takes the microphone. "We will rebuild the wall by June."

Ada Voss takes the microphone and bans all questions.`,
      `- | Ada Voss takes the microphone.
       position | "We will rebuild the wall by June."
       fact | Ada Voss takes the microphone and bans all questions.`,
    );
  });
});

describe('Attribution: a turn to the next voice', () => {
  it('Should not take "Not everyone was convinced." or "X, 34, was more cautious." for claims', () => {
    check(
      `The harbour levy passed on Monday. Not everyone was convinced.

Marta Quell, 34, was more cautious. “It could double the fees,” she said.`,
      `event | The harbour levy passed on Monday.
       - | Not everyone was convinced.
       - | Marta Quell, 34, was more cautious.
       number | “It could double the fees,” she said.`,
    );
  });

  it('Should keep a checkable statement that only looks like one', () => {
    check(
      `Not everyone was paid in May. The new levy was more costly than the old one.`,
      `fact | Not everyone was paid in May.
       fact | The new levy was more costly than the old one.`,
    );
  });
});

describe('Attribution: procedure in an official record', () => {
  it('Should not take a chair\'s "Order." or a member\'s "I rise to move …" for claims', () => {
    check(
      `Ms. PETTIGREW (Farmers' League): I rise to move that the motion be read a second time.
Mr. OAKRIDGE (Liberal Front): The subsidy has fallen by a third.
The SPEAKER: Order.
Mr. OAKRIDGE (Liberal Front): It fell in 2019.
Ms. PETTIGREW (Farmers' League): It did not.`,
      `- | I rise to move that the motion be read a second time.
       number | The subsidy has fallen by a third.
       - | Order.
       position | It fell in 2019.
       position | It did not.`,
    );
  });

  it('Should keep a sentence that only starts with those words', () => {
    check(
      `Order books rose by a third in May. I rise to the challenge every morning, he wrote.`,
      `number | Order books rose by a third in May.
       fact | I rise to the challenge every morning, he wrote.`,
    );
  });
});

describe('Attribution: a newsletter\'s signposts', () => {
  it('Should not take "What we\'re watching: …" or "The figures." for claims', () => {
    check(
      `The figures. The levy raised 4 million crowns in May.

What we're watching: whether the council meets before the end of June.`,
      `- | The figures.
       number | The levy raised 4 million crowns in May.
       - | What we're watching: whether the council meets before the end of June.`,
    );
  });

  it('Should keep a sentence about the figures', () => {
    check(
      `The figures were revised in May.`,
      `fact | The figures were revised in May.`,
    );
  });
});

describe('Attribution: a gesture in place of an answer', () => {
  it('Should not take "Asked what comes next, she smiled." for a claim', () => {
    check(
      `Asked whether she would run again, she only laughed.`,
      `- | Asked whether she would run again, she only laughed.`,
    );
  });

  it('Should keep an answer given in words', () => {
    check(
      `Asked whether she would run again, she said she would decide in May.`,
      `fact | Asked whether she would run again, she said she would decide in May.`,
    );
  });
});

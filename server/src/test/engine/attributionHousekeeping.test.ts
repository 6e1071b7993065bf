import { checkClaimKinds as check, checkPassages } from './attributionCheck';

describe('Attribution: an outlet’s housekeeping and advice to the reader', () => {
  it('Should take editor’s notes, corrections, update promises and contact lines for no claims', () => {
    check(
      `Editor's note: This story was first published at 9:10 a.m. and has been updated.

The port closed 14 berths on Monday.

Correction: An earlier version of this story said the port had closed 16 berths.

We will keep updating this story as we learn more. Email the Harbour Daily newsroom.

The correction of the figures took the port two days.`,
      `- | Editor's note: This story was first published at 9:10 a.m. and has been updated.
       number | The port closed 14 berths on Monday.
       - | Correction: An earlier version of this story said the port had closed 16 berths.
       - | We will keep updating this story as we learn more.
       - | Email the Harbour Daily newsroom.
       fact | The correction of the figures took the port two days.`,
    );
  });

  it('Should take "X has asked the company how many …" for a question, not "asked the company to pay"', () => {
    check(
      `The Harbour Daily has asked the port how many berths were closed.

The union asked the port to pay 40 dockers for the lost shifts.`,
      `- | The Harbour Daily has asked the port how many berths were closed.
       number | The union asked the port to pay 40 dockers for the lost shifts.`,
    );
  });

  it('Should take advice after "If you …," and an apology for no claims, but not a plain conditional statement', () => {
    check(
      `If you need a ferry, come to the pier as normal. If you have not heard from us, please travel as planned.

We are sorry for the delays this is causing.

If you booked before May, the fare has already risen by 12 percent.`,
      `- | If you need a ferry, come to the pier as normal.
       - | If you have not heard from us, please travel as planned.
       - | We are sorry for the delays this is causing.
       number | If you booked before May, the fare has already risen by 12 percent.`,
    );
  });
});

describe('Attribution: a guide to the interview', () => {
  it('Should take "She walked us through …" for no claim, but not a walk through a place', () => {
    check(
      `She walked us through what she believes happened. She walked 12 kilometres through the night.`,
      `- | She walked us through what she believes happened.
       number | She walked 12 kilometres through the night.`,
    );
  });
});

describe('Attribution: a sentence announcing the question after it', () => {
  it('Should take "… a simpler question." before "Why …?" for no claim, but not when no question follows', () => {
    check(
      `The open pipe

I would like someone to answer a simpler question. Why was the pipe left open?

The council has dodged the question. It met on Tuesday.`,
      `- | I would like someone to answer a simpler question.
       - | Why was the pipe left open?
       fact | The council has dodged the question.
       event | It met on Tuesday.`,
    );
  });
});

describe('Attribution: an apology', () => {
  it('Should take "We are sorry for …" for no claim, but not "I\'m sorry, the budget was cut"', () => {
    check(
      `We are sorry for the delays this is causing. I'm sorry, the budget was cut by 40 percent.`,
      `- | We are sorry for the delays this is causing.
       number | I'm sorry, the budget was cut by 40 percent.`,
    );
  });
});

describe('Attribution: notes on a translated article', () => {
  it('Should keep a bracketed translator\'s note the outlet\'s, even after reported speech, and read "This article appeared in …" and "Here\'s what …" as no claims', () => {
    checkPassages(
      `This article appeared in the daily Orland Courier on Monday. Minister Leon Brandt said the ferry would run every hour. [Translator's note: the original word can mean "ferry" or "boat".]

Here's what the deal contains.`,
      `- | - | This article appeared in the daily Orland Courier on Monday.
       Leon Brandt | claim | Minister Leon Brandt said the ferry would run every hour.
       - | - | [Translator's note: the original word can mean "ferry" or "boat".]
       - | - | Here's what the deal contains.`,
      (passage, text) => `${passage.speaker ? passage.speaker.name : '-'} | ${passage.claim ? 'claim' : '-'} | ${text}`,
    );
  });

  it('Should keep a sentence about another article a claim', () => {
    checkPassages(
      `The article in the Orland Courier was wrong about the ferry.`,
      `- | claim | The article in the Orland Courier was wrong about the ferry.`,
      (passage, text) => `${passage.speaker ? passage.speaker.name : '-'} | ${passage.claim ? 'claim' : '-'} | ${text}`,
    );
  });
});

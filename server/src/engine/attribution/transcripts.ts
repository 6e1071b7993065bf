// Transcripts: the `Q:` / `A:` lines of a briefing, whose answers are the answerer's, and a transcript of
// remarks that an article introduces ("an edited transcript of remarks by X"), whose cue-less sentences are X's.

import type { Paragraph, Sentence } from '../model';
import type { Discourse, ResolvedSpeaker } from './coreference';
import type { AttributionContext, Draft, Prepared } from './drafts';
import { TITLE_WORDS } from './lexicon';
import { phraseStartingAt } from './names';

/** Whether the sentence is a line of a Q&A transcript, and where its passage starts (after a `Q:` / `A:` label). */
export function transcriptLine(text: string, sentence: Sentence, paragraph: Paragraph): Pick<Prepared, 'transcript' | 'start'> {
  let start = sentence.start;
  let transcript: Prepared['transcript'];
  const label = /^\s*([QA])\s*:\s*/.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)));
  if (label && sentence.start === paragraph.sentences[0].start) {
    transcript = label[1] === 'Q' ? 'question' : 'answer';
    start = sentence.start + label[0].length;
  } else if (sentence.start !== paragraph.sentences[0].start && /^\s*A\s*:/.test(text.slice(paragraph.sentences[0].start, paragraph.sentences[0].start + 8))) {
    // Every sentence of an answer is the answerer's, whatever it reports.
    transcript = 'answer';
  }
  return { transcript, start };
}

/**
 * "The following is an edited transcript of remarks by the minister, X, …": the transcript's sentences
 * without a cue are X's. The sentence itself is the outlet's. Undefined for other sentences.
 */
export function transcriptSpeakerOf(context: AttributionContext, item: Prepared): ResolvedSpeaker | undefined {
  const tokens = item.tokens;
  const at = tokens.findIndex(
    (token, index) =>
      !token.quoted &&
      ['transcript', 'text'].includes(token.lower) &&
      tokens[index + 1]?.lower === 'of' &&
      tokens.slice(index + 2, index + 6).some((later) => ['remarks', 'statement', 'speech', 'address', 'comments', 'briefing'].includes(later.lower)),
  );
  if (at < 0) return undefined;
  const by = tokens.findIndex((token, index) => index > at && token.lower === 'by');
  if (by < 0) return undefined;
  let subject = phraseStartingAt(context.text, tokens, by + 1);
  // "by the Minister of Mines and Energy, Corinne Abara,": the name in apposition.
  if (subject && tokens[subject.last + 1]?.text === ',') {
    const named = phraseStartingAt(context.text, tokens, subject.last + 2);
    if (named && (named.kind === 'name' || named.kind === 'person')) subject = { ...named, kind: 'person', titles: [...subject.titles, ...named.titles] };
  }
  if (!subject) return undefined;
  const speaker = context.discourse.resolve(subject, undefined);
  return speaker && speaker.kind !== 'joint' ? speaker : undefined;
}

/**
 * Who answers in the Q/A lines: the transcript's speaker, else the person the article named last before
 * the first Q or A line. Fixed then, so that people named in questions and answers never take over.
 */
export function answererOf(discourse: Discourse, transcriptSpeaker: ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
  const entity = discourse
    .all()
    .filter((candidate) => candidate.kind === 'person')
    .sort((a, b) => b.lastMention - a.lastMention)[0];
  return transcriptSpeaker ?? (entity ? { name: entity.name, kind: 'person' } : undefined);
}

/** An answer in a Q/A transcript: the spokesperson (or latest person) the article named. */
export function fromTranscript(draft: Draft, item: Prepared, before: Draft | undefined, answerer: () => ResolvedSpeaker | undefined): boolean {
  let speaker: ResolvedSpeaker | undefined;
  if (item.transcript === 'answer') {
    speaker = answerer();
  } else if (before?.cue?.where === 'qa' && before.speaker) {
    speaker = before.speaker;
  }
  if (!speaker) return false;
  Object.assign(draft, { speaker, surface: speaker.name, cue: { text: item.transcript === 'answer' ? 'A:' : '', where: 'qa' }, reason: `answer in a briefing transcript, credited to ${speaker.name}`, indirect: false });
  return true;
}

/** A cue-less sentence of a transcript whose speaker the article named; the outlet's when it names that speaker itself. */
export function fromTranscriptSpeaker(context: AttributionContext, draft: Draft, item: Prepared, speaker: ResolvedSpeaker | undefined): boolean {
  if (!speaker || item.transcript) return false;
  const words = item.tokens.filter((token) => token.kind === 'word' && !token.quoted);
  if (words.length === 0) return false;
  // "The minister did not take further questions": narration about the speaker, not by them.
  const nameWords = new Set(speaker.name.toLowerCase().split(' '));
  const entity = context.discourse.entity(speaker.name);
  const first = words[0].lower;
  if (first === 'he' || first === 'she' || words.some((token) => token.capitalized && nameWords.has(token.lower))) return false;
  if (first === 'the' && TITLE_WORDS.has(words[1]?.lower ?? '') && (!entity || entity.titles.has(words[1].lower))) return false;
  Object.assign(draft, {
    speaker,
    surface: speaker.name,
    cue: { text: '', where: 'transcript' },
    reason: `a sentence of the transcript of ${speaker.name}'s remarks`,
    indirect: false,
  });
  return true;
}

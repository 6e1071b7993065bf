// Transcripts: the `Q:` / `A:` lines of a briefing, whose answers are the answerer's, and a transcript of
// remarks that an article introduces ("an edited transcript of remarks by X"), whose cue-less sentences are X's.

import type { Paragraph, Sentence, Span } from '../model';
import type { Discourse, ResolvedSpeaker } from './coreference';
import type { AttributionContext, Draft, Prepared } from './drafts';
import { HONORIFICS, SPOKESPERSON_TITLES, TITLE_WORDS } from './lexicon';
import { phraseStartingAt, type NounPhrase } from './names';

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
 * Who answers in the Q/A lines: the transcript's speaker, else the spokesperson the article named last
 * before the first Q or A line (the leaders a briefing is asked about are named after them), else the
 * person it named last. Fixed then, so that people named in questions and answers never take over.
 */
export function answererOf(discourse: Discourse, transcriptSpeaker: ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
  if (transcriptSpeaker) return transcriptSpeaker;
  const people = discourse
    .all()
    .filter((candidate) => candidate.kind === 'person')
    .sort((a, b) => b.lastMention - a.lastMention);
  const entity = people.find((person) => [...person.titles].some((title) => SPOKESPERSON_TITLES.has(title))) ?? people[0];
  return entity ? { name: entity.name, kind: 'person' } : undefined;
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

/** A speaker label that opens a line of a transcript: "MODERATOR:", "SOLBERG:", "Dr. Farrant:", "CALLER (ADA, LEEK):". */
export interface SpeakerLabel {
  /** The label as written, without its colon ("Dr. Farrant", "CALLER (ADA, LEEK)"). */
  readonly text: string;
  /** The label with its colon. */
  readonly span: Span;
  /** Where the line's words start, after the colon. */
  readonly contentStart: number;
  /** The name words without titles, lowercase and without diacritics ("farrant", "moderator"). */
  readonly key: string;
  /** The name words as written, without titles ("Farrant", "SOLBERG"). */
  readonly name: string;
  /** Honorific or title words before the name, lowercase without periods ("dr"). */
  readonly titles: readonly string[];
  /** The words in parentheses after the label ("ADA, LEEK"). */
  readonly aside?: string;
  /** True for a label in capitals or with an honorific; a label in plain title case must recur to count. */
  readonly strong: boolean;
}

/**
 * Labels that open lines without naming who speaks: credits, fact-check fields, notes, headings and the
 * `Q:` / `A:` of a briefing (handled by `transcriptLine`).
 */
const NON_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'q', 'a', 'question', 'answer', 'questions', 'answers', 'photo', 'photos', 'picture', 'pictured', 'image', 'images', 'video', 'audio',
  'source', 'sources', 'credit', 'credits', 'caption', 'graphic', 'illustration', 'map', 'chart', 'table', 'figure', 'file',
  'claim', 'claims', 'verdict', 'rating', 'ruling', 'fact', 'facts', 'the facts', 'context', 'background', 'conclusion', 'summary',
  'analysis', 'opinion', 'comment', 'review', 'update', 'updated', 'updates', 'note', 'notes', "editor's note", 'editors note',
  "editor’s note", "translator's note", "translator’s note", 'correction', 'clarification', 'disclaimer', 'warning', 'breaking',
  'exclusive', 'transcript', 'read more', 'more', 'related', 'see also', 'watch', 'listen', 'tags', 'topics', 'keywords', 'category',
  'section', 'edition', 'published', 'posted', 'filed', 'dateline', 'byline', 'by', 'from', 'to', 'cc', 'subject', 'date', 'time',
  'sent', 'location', 'where', 'when', 'what', 'why', 'how', 'who', 'contact', 'email', 'e-mail', 'phone', 'tel', 'web', 'website',
  'reporting', 'additional reporting', 'writing', 'editing', 'edited', 'produced', 'producer', 'directed', 'music', 'sound',
  'live', 'latest', 'key points', 'highlights', 'timeline', 'bottom line', 'the bottom line', 'why it matters', 'what we know',
  'what next', "what's next", 'tl;dr', 'ps', 'p.s', 'nb', 'n.b', 'warning', 'advertisement', 'sponsored', 'disclosure', 'notice',
  'attention', 'important', 'step', 'part', 'chapter', 'episode', 'season', 'day', 'round', 'total', 'result', 'results', 'score',
]);

/** Role labels of a transcript: who asks or hosts; their own lines may give their name ("I'm Ada Voss"). */
const ROLE_LABELS: ReadonlySet<string> = new Set([
  'moderator', 'host', 'co-host', 'cohost', 'anchor', 'co-anchor', 'presenter', 'interviewer', 'narrator', 'announcer', 'chair',
  'chairman', 'speaker', 'deputy speaker', 'chairwoman', 'chairperson', 'caller', 'guest', 'reporter', 'correspondent', 'questioner', 'panelist', 'panellist',
]);

/**
 * Narrators of a broadcast script ("ANCHOR:", "REPORTER:"): when their lines never name them, they are the
 * outlet's own voice, and what they report is credited by its cues like any news sentence.
 */
const NARRATOR_LABELS: ReadonlySet<string> = new Set(['anchor', 'co-anchor', 'newsreader', 'reporter', 'correspondent', 'narrator', 'narration', 'voiceover', 'voice-over']);

/** Production notes in a script's parentheses ("REPORTER (V/O):", "ANCHOR (ON CAMERA):"), which name nobody. */
const PRODUCTION_NOTE = /^(v\/?o|vo|voice[- ]?over|o\/?c|on camera|on cam|live|sot|cont'?d|continued)$/i;

/** Whether a label is an unnamed narrator's: a narrator role whose lines never give a name and with no name in parentheses. */
export function isUnnamedNarrator(label: SpeakerLabel, ownLines: readonly string[]): boolean {
  return NARRATOR_LABELS.has(label.key) && (label.aside === undefined || PRODUCTION_NOTE.test(label.aside)) && !ownLines.some((line) => SELF_INTRODUCTION.test(line));
}

// "SOLBERG:", "Dr. Farrant:", "CALLER (ADA, LEEK):", and in capitals a name with its description: "ADA VOSS, ENGINEER:".
const LABEL_AT_LINE_START =
  /^[ \t\u00a0]*((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:[ \u00a0]*\(([^()\n]{1,60})\))?(?:,[ \u00a0]+(\p{Lu}[\p{Lu}\p{M}'’.&-]*(?:[ \u00a0]+\p{Lu}[\p{Lu}\p{M}'’.&-]*){0,4}))?[ \u00a0]*:[ \t\u00a0]+(?=\S)/u;

/** Lowercase without diacritics or curly apostrophes: "Nadège" and "NADEGE" compare equal. */
export function foldName(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/** The speaker label that opens the paragraph, read from its shape alone; undefined when there is none. */
export function labelAt(text: string, paragraph: Paragraph): SpeakerLabel | undefined {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 90));
  const match = LABEL_AT_LINE_START.exec(head);
  if (!match) return undefined;
  const written = match[1];
  const words = written.split(/[ \u00a0]+/);
  const capitals = written === written.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(written);
  // A description after a comma only in a label all in capitals, of a name of two words or more.
  if (match[3] !== undefined && (!capitals || words.length < 2)) return undefined;
  // "The SPEAKER:", "The CHAIR:": a parliamentary record's role label, its article in title case.
  const recordRole = words.length === 2 && words[0] === 'The' && /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(words[1]);
  if (recordRole) words.shift();
  const titles: string[] = [];
  while (words.length > 1 && (HONORIFICS.has(plain(words[0])) || TITLE_WORDS.has(plain(words[0])))) titles.push(plain(words.shift()!));
  // "Dr. Farrant": an honorific and a name; "Farrant", "Host": plain title case, one word in capitals after the first letter.
  const honorific = titles.some((title) => HONORIFICS.has(title));
  // "Ms. HALVERSEN (Farmers' League):": an official record's honorific before a surname in capitals.
  const recordName = honorific && words.every((word) => /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(word));
  if (!capitals && !recordRole && !recordName && !words.every((word) => /^\p{Lu}[\p{Ll}\p{M}'’-]*(?:-\p{Lu}[\p{Ll}\p{M}'’-]*)?$/u.test(word))) return undefined;
  const key = foldName(words.join(' ')).replace(/\.$/, '');
  if (!/\p{L}{2}/u.test(key) || NON_SPEAKER_LABELS.has(foldName(written)) || NON_SPEAKER_LABELS.has(key)) return undefined;
  const start = paragraph.start + match.index + match[0].indexOf(written);
  const colon = paragraph.start + match[0].lastIndexOf(':');
  const end = match[3] !== undefined ? paragraph.start + match.index + match[0].indexOf(',', match[0].indexOf(written) + written.length) : colon;
  return {
    text: head.slice(start - paragraph.start, end - paragraph.start).trimEnd(),
    span: { start, end: colon + 1 },
    contentStart: paragraph.start + match[0].length,
    key,
    name: words.join(' '),
    titles,
    aside: match[2]?.trim(),
    strong: capitals || honorific || recordRole,
  };
}

/**
 * The speaker labels of an article's transcript, by paragraph start. An article is a labelled transcript when
 * at least two labels open two lines each; then every line opened by a label in capitals or with an
 * honorific is a labelled line, and a plain title-case label counts only when it recurs.
 */
export function speakerLabels(text: string, paragraphs: readonly Paragraph[]): Map<number, SpeakerLabel> {
  const found: [Paragraph, SpeakerLabel][] = [];
  for (const paragraph of paragraphs) {
    const label = labelAt(text, paragraph);
    if (label) found.push([paragraph, label]);
  }
  const labels = new Map<number, SpeakerLabel>();
  const counts = new Map<string, number>();
  for (const [, label] of found) counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
  if (found.length < 4 || [...counts.values()].filter((count) => count >= 2).length < 2) {
    // An interview whose answers follow the interviewee's initials ("DM: …") and whose questions carry no label:
    // one label of initials that recurs, spelled by a person the article names in full.
    const initials = [...counts].filter(([key, count]) => count >= 2 && initialsName(text, key) !== undefined);
    if (initials.length !== 1) return labels;
    for (const [paragraph, label] of found) if (label.key === initials[0][0]) labels.set(paragraph.start, label);
    return labels;
  }
  for (const [paragraph, label] of found) {
    if (label.strong || (counts.get(label.key) ?? 0) >= 2) labels.set(paragraph.start, label);
  }
  return labels;
}

/**
 * The full name a label of initials stands for ("dm" → "Declan Moorcroft"): two or three capitals, and the one
 * run of capitalised words in the text whose initials they spell. Undefined for other labels, or when several
 * names (or none) fit.
 */
export function initialsName(text: string, key: string): string | undefined {
  if (!/^[a-z]{2,3}$/.test(key)) return undefined;
  const letters = [...key.toUpperCase()];
  const word = (letter: string) => `${letter}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}'’-])${letters.map(word).join('[ \\u00a0]+')}(?![\\p{L}\\p{M}'’-])(?![ \\u00a0]+\\p{Lu})`, 'gu');
  const names = new Set<string>();
  for (const match of text.matchAll(pattern)) names.add(match[0].replace(/\u00a0/g, ' '));
  return names.size === 1 ? [...names][0] : undefined;
}

/** "Dr." → "dr", "PROF" → "prof". */
function plain(word: string): string {
  return word.replace(/\.$/, '').toLowerCase();
}

/** "ASHBY-KETT" → "Ashby-Kett"; words already in mixed case stay as written. */
function titleCase(words: string): string {
  if (words !== words.toUpperCase()) return words;
  return words.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
}

/** "I'm Ada Voss", "I am Ada Voss", "my name is Ada Voss": the name a speaker gives for themself. */
const SELF_INTRODUCTION = /\b(?:I['’]m|I am|[Mm]y name is)[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})[ \u00a0]*(?=[.,;!—–]|$| and\b)/u;

/**
 * Who a label names: a role label ("MODERATOR") the person its own lines introduce ("I'm Ada Voss"), a caller
 * the name in parentheses ("CALLER (ADA, LEEK)"), a surname the fullest name the article gives with that
 * surname ("SOLBERG" → "Emeka Solberg"), else the label's own name words.
 */
export function labelSpeakerOf(
  context: AttributionContext,
  label: SpeakerLabel,
  ownLines: readonly string[],
  names: readonly NounPhrase[],
): ResolvedSpeaker | undefined {
  let name = titleCase(label.name);
  let key = label.key;
  let kind: 'person' | 'role' = 'person';
  if (ROLE_LABELS.has(key)) {
    const introduced = ownLines.map((line) => SELF_INTRODUCTION.exec(line)?.[1]).find((found) => found !== undefined);
    const aside = label.aside?.split(/[,;]/)[0].trim();
    if (introduced) name = introduced;
    else if (aside && /^\p{Lu}/u.test(aside) && !/\d/.test(aside)) name = titleCase(aside);
    else {
      // "The SPEAKER:": the one person the article gives that title ("Edda Brann, the Speaker").
      const titled = new Set(names.filter((phrase) => phrase.kind === 'person' && phrase.titles.includes(key)).map((phrase) => phrase.name));
      if (titled.size === 1) name = [...titled][0];
      else kind = 'role';
    }
    key = foldName(name);
  }
  let full: NounPhrase | undefined;
  // "DM:": the initials of the person the introduction names in full.
  const spelled = kind === 'person' && label.titles.length === 0 ? initialsName(context.text, key) : undefined;
  if (spelled) {
    name = spelled;
    key = foldName(spelled);
  }
  if (kind === 'person') {
    for (const phrase of names) {
      const phraseKey = foldName(phrase.name);
      if (phraseKey !== key && !phraseKey.endsWith(` ${key}`)) continue;
      if (!full || phrase.name.split(' ').length > full.name.split(' ').length) full = phrase;
    }
  }
  const gender = label.titles.includes('mr') ? 'm' : label.titles.some((title) => ['ms', 'mrs', 'miss'].includes(title)) ? 'f' : undefined;
  const phrase: NounPhrase = {
    start: label.span.start,
    end: label.span.end,
    kind,
    surface: label.text,
    name: full?.name ?? name,
    titles: [...label.titles, ...(full?.titles ?? [])],
    qualifiers: full?.qualifiers ?? [],
    head: kind === 'role' ? key : foldName(name.split(' ').pop() ?? name),
    gender: full?.gender ?? gender,
    first: 0,
    last: 0,
  };
  if (kind === 'role') return { name, kind: 'role' };
  const entity = context.discourse.mention(phrase, true);
  return entity ? { name: entity.name, kind: entity.kind } : { name: phrase.name, kind: 'person' };
}

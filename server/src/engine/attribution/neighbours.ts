// Second-pass rules: a sentence without a cue of its own takes its speaker from a sentence next door: the
// quotation it belongs to, the passage it carries on from, the reported speech it continues, the closing cue
// of the next sentence or the person the previous sentence introduces.

import type { Paragraph } from '../model';
import { classifyClaim } from './claims';
import type { ResolvedSpeaker } from './coreference';
import { NEGATIONS } from './cues';
import { phrasesOf, type AttributionContext, type Draft, type Prepared } from './drafts';
import {
  CALENDAR_WORDS,
  INTRODUCTION_WORDS,
  OUTLET_VOICE_OPENERS,
  PERSONAL_PRONOUNS,
  REPORTING_VERBS,
  SPEECH_SIGNALS,
  WEEKDAYS,
} from './lexicon';
import { compatibleQualifier, isAgeAside, isNationality, nameKey, phraseStartingAt, type NounPhrase } from './names';
import type { Token } from './tokens';

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** A sentence inside a quotation that another sentence of the paragraph attributes. */
export function fromQuotation(draft: Draft, item: Prepared, prepared: readonly Prepared[], drafts: readonly Draft[][], paragraph: Paragraph): boolean {
  const quote = paragraph.quotes.find((candidate) => candidate.content.start < item.sentence.end && item.sentence.start < candidate.content.end);
  if (!quote || item.quotedShare < 0.5) return false;
  let best: { draft: Draft; distance: number; position: number } | undefined;
  prepared.forEach((other, position) => {
    if (other === item) return;
    if (!(quote.start < other.sentence.end && other.sentence.start < quote.end)) return;
    const candidate = drafts[position].find((otherDraft) => otherDraft.speaker && otherDraft.cue?.where !== 'continuation');
    if (!candidate?.speaker || !candidate.cue?.span) return;
    // The cue must stand outside the quotation.
    if (candidate.cue.span.start >= quote.content.start && candidate.cue.span.end <= quote.content.end) return;
    const distance = Math.abs(position - prepared.indexOf(item));
    if (!best || distance < best.distance) best = { draft: candidate, distance, position };
  });
  if (!best) return false;
  const found: { draft: Draft; position: number } = best;
  const where = found.position > prepared.indexOf(item) ? 'following' : 'previous';
  Object.assign(draft, {
    speaker: found.draft.speaker,
    surface: found.draft.surface,
    cue: { text: found.draft.cue!.text, span: found.draft.cue!.span, where },
    reason: `inside a quotation attributed in the ${where} sentence ('${found.draft.cue!.text}')`,
    indirect: false,
  });
  return true;
}

/** A quotation standing alone right after a passage with a speaker (in the paragraph, or a quote-only paragraph after one). */
export function carriedQuote(draft: Draft, item: Prepared, before: Draft | undefined, previousParagraphLast: Draft | undefined, paragraphLength: number): boolean {
  if (item.quotedShare < 0.8) return false;
  const source = before ?? (paragraphLength === 1 ? previousParagraphLast : undefined);
  if (!source?.speaker) return false;
  Object.assign(draft, {
    speaker: source.speaker,
    surface: source.surface,
    cue: { text: source.cue?.text ?? '', span: source.cue?.span, where: 'carried' },
    reason: `quotation carried from the previous ${before ? 'sentence' : 'paragraph'} (${source.speaker.name})`,
    indirect: false,
  });
  return true;
}

/**
 * Reported speech that goes on: after "X said that …" in the same paragraph, a sentence with no cue, no new
 * subject and the marks of speech (a modal, a commitment, a first-person word) continues X's statement.
 * The outlet's own follow-ups ("That is a real concession", "He is right") open with a demonstrative or
 * refer to the speaker in the third person, and are left to the outlet.
 */
export function continuation(context: AttributionContext, draft: Draft, item: Prepared, before: Draft | undefined): boolean {
  if (!before?.speaker || !before.indirect || item.quotedShare > 0.3 || item.transcript) return false;
  // "Others fear …": a sentence with a cue of its own has its own speaker, even one that cannot be resolved; but a
  // country with a stance verb ("Russia firmly insists on …") goes on with the leader's reported speech.
  if (item.cues.some((cue) => !context.discourse.isPlace(cue.subject))) return false;
  const words = item.tokens.filter((token) => token.kind === 'word' && !token.quoted);
  if (words.length === 0) return false;
  const first = words[0];
  if (OUTLET_VOICE_OPENERS.has(first.lower)) return false;
  // "We're going to wrap up there.": reported speech is in the third person; a sentence that opens in the first is the writer's.
  if (FIRST_PERSON_OPENERS.has(first.lower)) return false;
  // "He is right" is the outlet on the speaker; "They would examine …" after "X said inspectors would
  // visit" goes on with X's report: a pronoun that cannot be the speaker, with a backshifted modal.
  if (PERSONAL_PRONOUNS.has(first.lower) && (canBeSpeaker(first.lower, before.speaker) || !words.some((token) => BACKSHIFT_MODALS.has(token.lower))) && !promiseGoesOn(context, before, first.lower, words)) return false;
  // "On that test, …", "By this measure, …": the outlet weighs what was said.
  if (words.slice(0, 3).some((token) => DEMONSTRATIVES.has(token.lower))) return false;
  const speechSignal = item.tokens.some((token, index) => !token.quoted && SPEECH_SIGNALS.has(token.lower) && !token.capitalized && !isNounUse(item.tokens, index));
  // "The president had made no such statement, he told reporters. Nobody had been shown the text.": reported
  // speech backshifted into the past perfect goes on in the past perfect.
  // "…, according to an official who asked not to be named. Fog kept the helicopters grounded.": a source granted
  // anonymity was brought in to give an account, which goes on through the paragraph.
  // Not a sentence with a verb of saying of its own ("The firm said nothing.") or one that closes on a record
  // ("…, the register shows.").
  const anonymousAccount =
    before.cue?.span !== undefined &&
    ANONYMITY.test(context.text.slice(before.cue.span.start, item.start)) &&
    !item.tokens.some((token) => !token.quoted && REPORTING_VERBS.has(token.lower)) &&
    !closesOnRecord(item.tokens);
  if (!speechSignal && !anonymousAccount && !speakersSide(context, words, before.speaker) && !(inPastPerfect(before.tokens) && inPastPerfect(item.tokens))) return false;
  // "Both candidates say they will accept it. I will hold them to it.": a group never says "I"; the writer does.
  if ((before.speaker.kind === 'joint' || before.speaker.kind === 'group') && words.some((token) => SINGULAR_FIRST_PERSON.has(token.lower))) return false;
  if (/\?["”’']?$/.test(context.text.slice(item.start, item.sentence.end).trim())) return false;
  const speakerWords = new Set((before.speaker.members ?? [before.speaker.name]).flatMap((name) => name.split(' ').map((word) => word.toLowerCase())));
  if (words.some((token) => token.capitalized && speakerWords.has(token.lower))) return false;
  if (words.some((token) => token.lower === 'he' || token.lower === 'she')) return false;
  if (reportsSilence(item.tokens)) return false;
  const phrases = phrasesOf(context.text, item);
  if (phrases.some((phrase) => phrase.first === 0 && (phrase.kind === 'person' || context.discourse.entity(phrase.name)?.kind === 'person'))) return false;
  Object.assign(draft, {
    speaker: before.speaker,
    surface: before.surface,
    cue: { text: before.cue?.text ?? '', span: before.cue?.span, where: 'continuation' },
    reason: `continues the reported speech of the previous sentence (${before.speaker.name})`,
    indirect: true,
  });
  return true;
}

/**
 * "President X of Tornia said … The Tornian side is open to …": a readout states its leader's positions as
 * those of the leader's side, named by the adjective of the country the leader was titled with.
 */
function speakersSide(context: AttributionContext, words: readonly Token[], speaker: ResolvedSpeaker): boolean {
  if (words[0]?.lower !== 'the' || words[2]?.lower !== 'side' || !isNationality(words[1])) return false;
  const qualifiers = context.discourse.entity(speaker.name)?.qualifiers;
  return qualifiers !== undefined && [...qualifiers].some((qualifier) => qualifier !== words[1].lower && compatibleQualifier(qualifier, words[1].lower));
}

/** The clause that grants a source anonymity: "who asked not to be named", "on condition of anonymity". */
const ANONYMITY = /\b(?:asked|requested|declined) (?:not to be (?:named|identified)|to be identified|anonymity)\b|\b(?:condition|promise|guarantee) of anonymity\b|\bnot authori[sz]ed to (?:speak|comment|discuss)\b/i;

/** "…, the register shows.": a short closing clause whose verb says what a record or figure shows. */
function closesOnRecord(tokens: readonly Token[]): boolean {
  let end = tokens.length - 1;
  while (end >= 0 && tokens[end].kind === 'punct') end--;
  for (let index = end - 1; index >= Math.max(0, end - 6); index--) {
    if (tokens[index].text === ',') return RECORD_VERBS.has(tokens[end].lower);
  }
  return false;
}

/** Verbs by which a record, poll or figure shows something. */
const RECORD_VERBS: ReadonlySet<string> = new Set(['shows', 'showed', 'show', 'indicates', 'indicated', 'suggests', 'suggested', 'reveals', 'revealed']);

/** True when the words outside quotations hold a past perfect ("had made", "had not been"). */
function inPastPerfect(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => token.lower === 'had' && !token.quoted && PAST_PARTICIPLE.test(tokens[index + 1]?.lower === 'not' || tokens[index + 1]?.lower === 'never' ? (tokens[index + 2]?.lower ?? '') : (tokens[index + 1]?.lower ?? '')));
}

/** Past participles: regular ones and the irregular ones news uses most. */
const PAST_PARTICIPLE = /^(?:\p{L}+ed|been|made|done|seen|given|taken|shown|known|told|said|had|gone|come|become|kept|held|met|paid|sent|won|lost|left|brought|bought|sold|built|found|heard|thought|written|spoken|chosen|begun|broken|fallen|risen|grown)$/u;

/** "Albion's shares", "the shares": a signal word that is a noun here (after a possessive or determiner), not a verb. */
function isNounUse(tokens: readonly Token[], index: number): boolean {
  if (!NOUN_OR_VERB.has(tokens[index].lower)) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (before !== undefined && (before.kind === 'possessive' || DETERMINERS.has(before.lower))) || after === undefined || after.kind === 'punct' || NOUN_FOLLOWERS.has(after.lower);
}

/** Words after which "shares", "support" are nouns ("shares are held", "support of"); a preposition may follow a verb ("stands on"). */
const NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was', 'will', 'would', 'have', 'has', 'had', 'of', 'and', 'or']);

/** Past forms of verbs of events ("bought", "founded"). */
const PAST_FORMS = /^(?:\p{L}+ed|bought|sold|paid|built|held|met|took|began|won|lost|left|rose|fell|grew|made|sent|struck)$/u;

/** Speech signals that are also nouns. */
const NOUN_OR_VERB: ReadonlySet<string> = new Set(['share', 'shares', 'need', 'needs', 'support', 'hope', 'hopes', 'stands']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose', 'of', 'no', 'some', 'any']);

/**
 * A cue-less sentence followed in the paragraph by one that closes with ", X said." ("The licence was
 * granted lawfully. Kelvane spent four years on it, the chief executive said."): the cue covers both when
 * the second carries no quotation and the first has no speaker of its own or demonstrative opener.
 */
export function closedByNext(context: AttributionContext, draft: Draft, item: Prepared, next: Draft | undefined, nextItem: Prepared | undefined): boolean {
  if (!next?.speaker || !nextItem || next.cue?.where !== 'sentence' || !next.closing || next.quote || nextItem.quotedShare > 0) return false;
  // "…, according to the results statement." sources its own sentence only.
  if (/^according\b/i.test(next.cue.text)) return false;
  if (item.quotedShare > 0 || item.transcript) return false;
  const text = context.text.slice(item.start, item.sentence.end);
  const decision = classifyClaim(text, item.tokens, { credited: false, joint: false });
  // A transition, or a dated event ("The rebels took the city on August 15."): the outlet's narration.
  if (!decision.claim || decision.kind === 'event') return false;
  if (item.tokens.some((token, index) => token.capitalized && CALENDAR_WORDS.has(token.lower) && item.tokens[index + 1]?.numeric === true)) return false;
  // "The family bought the club in 2009 for 11 million crowns.", "About 30 members walked out on Thursday.": a dated
  // past event is the outlet's background, whatever figures it holds.
  const dated = item.tokens.some((token, index) => {
    const before = item.tokens[index - 1]?.lower ?? '';
    return (/^(?:19|20)\d\d$/.test(token.text) && ['in', 'since'].includes(before)) || (token.capitalized && WEEKDAYS.has(token.lower) && before === 'on');
  });
  if (dated && item.tokens.some((token, index) => index > 0 && !token.capitalized && PAST_FORMS.test(token.lower))) return false;
  // "The two leaders also discussed trade": a sentence with a speaker-like subject of its own.
  const subject = phraseStartingAt(context.text, item.tokens, 0);
  if (subject && ['person', 'role', 'joint', 'group', 'pronoun'].includes(subject.kind)) return false;
  const words = item.tokens.filter((token) => token.kind === 'word');
  if (words.length === 0 || OUTLET_VOICE_OPENERS.has(words[0].lower) || PERSONAL_PRONOUNS.has(words[0].lower)) return false;
  if (/\?["”’']?$/.test(context.text.slice(item.start, item.sentence.end).trim())) return false;
  const speakerWords = new Set((next.speaker.members ?? [next.speaker.name]).flatMap((name) => name.split(' ').map((word) => word.toLowerCase())));
  if (words.some((token) => token.capitalized && speakerWords.has(token.lower))) return false;
  Object.assign(draft, {
    speaker: next.speaker,
    surface: next.surface,
    cue: { text: next.cue.text, span: next.cue.span, where: 'next' },
    reason: `the statement goes on in the next sentence, which closes with '${next.cue.text}'`,
    indirect: false,
  });
  return true;
}

/**
 * A quotation with no cue right after a sentence that opens with a person ("Hamza Ouali has run the shop
 * for 19 years. “I have not slept.”"): the person's, when the quotation speaks in the first person.
 */
export function quoteOfIntroducedPerson(context: AttributionContext, draft: Draft, item: Prepared, previous: Prepared | undefined): boolean {
  if (!previous || item.quotedShare < 0.8 || !item.tokens.some((token) => token.quoted && FIRST_PERSON.has(token.lower))) return false;
  const subject = openingPhrase(context.text, previous);
  if (!subject || !(subject.kind === 'person' || (subject.kind === 'name' && subject.name.includes(' ')))) return false;
  const verb = previous.tokens[subject.last + 1];
  if (!verb || verb.kind !== 'word' || verb.capitalized) return false;
  const entity = context.discourse.mention(subject, true);
  if (!entity || entity.kind !== 'person') return false;
  const speaker: ResolvedSpeaker = { name: entity.name, kind: 'person' };
  Object.assign(draft, {
    speaker,
    surface: subject.surface,
    cue: { text: subject.surface, span: { start: subject.start, end: subject.end }, where: 'previous' },
    reason: `a quotation after the sentence that introduces ${entity.name}`,
    indirect: false,
  });
  return true;
}

/**
 * "Captain X tells a different story.", "Y was blunt about the reason." before a quotation: a short sentence
 * about how its subject speaks, with no quotation, clause or figure of its own, that the next sentence's
 * quotation fills. Not a claim, and not a statement of the subject.
 */
export function introducesQuote(context: AttributionContext, item: Prepared, next: Prepared, nextDraft?: Draft): boolean {
  if (next.quotedShare >= 0.5) return announcesWords(context, item, ['person', 'name']) !== undefined;
  // "X was blunt. The plan was dead, he told reporters.": the words announced may be reported speech, credited to X
  // (`nextDraft` is given only for a sentence with no speaker of its own).
  if (!nextDraft?.speaker || nextDraft.speaker.kind !== 'person' || nextDraft.cue?.where !== 'sentence' || !nextDraft.indirect) return false;
  const subject = announcesWords(context, item, ['person', 'name']);
  if (!subject) return false;
  const key = nameKey(subject.name);
  const speakerKey = nameKey(nextDraft.speaker.name);
  return key === speakerKey || speakerKey.endsWith(` ${key}`);
}

/**
 * "REPORTER: The mayor had a blunt message for the council." before the mayor's own labelled line: the narration
 * only announces the words that follow, so it is the outlet's and no claim. A role may open it.
 */
export function introducesLabelledLine(context: AttributionContext, item: Prepared): boolean {
  return announcesWords(context, item, ['person', 'name', 'role']) !== undefined;
}

/**
 * A short sentence opened by a speaker, with a word that announces their words ("blunt", "message", "account"):
 * the speaker's phrase; undefined for any other sentence.
 */
function announcesWords(context: AttributionContext, item: Prepared, kinds: readonly string[]): NounPhrase | undefined {
  if (item.quotedShare > 0 || item.transcript || item.label) return undefined;
  const words = item.tokens.filter((token) => token.kind === 'word');
  if (words.length > 9 || words.some((token) => token.lower === 'that' || token.numeric)) return undefined;
  const subject = openingPhrase(context.text, item) ?? (kinds.includes('role') ? phraseStartingAt(context.text, item.tokens, 0) : undefined);
  if (!subject || !kinds.includes(subject.kind)) return undefined;
  return words.some((token) => !token.capitalized && INTRODUCTION_WORDS.has(token.lower)) ? subject : undefined;
}

/** The longest name phrase that opens the sentence ("Chief executive X", not "Chief"). */
/** The person a name that opens the sentence before introduces ("X takes the microphone."), if it is one. */
function openingPerson(context: AttributionContext, surface: NounPhrase, previous: Prepared): ResolvedSpeaker | undefined {
  if (!(surface.kind === 'person' || surface.kind === 'name')) return undefined;
  // "Production will move …": a word capitalised only because it opens the sentence is no person.
  if (surface.kind === 'name' && surface.first === surface.last && !context.discourse.midSentenceWords.has(previous.tokens[surface.first].lower)) return undefined;
  // "Edda Holm, 19, was less sure.": an age in commas between the name and its verb.
  const aged = isAgeAside(previous.tokens, surface.last);
  const verb = previous.tokens[surface.last + (aged ? 4 : 1)];
  if (!verb || verb.kind !== 'word' || verb.capitalized) return undefined;
  const entity = context.discourse.mention(surface, true);
  return entity && entity.kind === 'person' ? { name: entity.name, kind: 'person' } : undefined;
}

/** "The town is home to the plan's author, Ilse Barrowmond.": a name in apposition that closes the sentence. */
function closingAppositive(text: string, item: Prepared): NounPhrase | undefined {
  const tokens = item.tokens;
  const last = tokens.length - 1;
  if (last < 2 || tokens[last].text !== '.') return undefined;
  const phrase = phrasesOf(text, item).find((candidate) => candidate.last === last - 1);
  if (!phrase || phrase.first < 2 || !phrase.name.includes(' ') || tokens[phrase.first - 1].text !== ',' || tokens.some((token) => token.quoted)) return undefined;
  return phrase;
}

function openingPhrase(text: string, item: Prepared): NounPhrase | undefined {
  return phrasesOf(text, item).filter((phrase) => phrase.first === 0).pop();
}

/** "The ministry did not say whether …", "It declined to comment.": the outlet on what a speaker left unsaid. */
function reportsSilence(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (token.quoted || !REPORTING_VERBS.has(token.lower)) return false;
    const previous = tokens[index - 1]?.lower ?? '';
    return NEGATIONS.has(previous) || previous.endsWith("n't") || (previous === 'to' && REFUSALS.has(tokens[index - 2]?.lower ?? ''));
  });
}

const REFUSALS: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses']);

/** "I", "me", "my": no group or pair speaks of itself so. */
const FIRST_PERSON_OPENERS: ReadonlySet<string> = new Set(['i', "i'm", "i'd", "i've", "i'll", 'we', "we're", "we'd", "we've", "we'll", 'my', 'our']);
const SINGULAR_FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i'd", "i've", "i'll"]);

/** First-person words: a quotation that has one speaks for its speaker. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/** Modals of reported speech shifted into the past: "would", "could". */
const BACKSHIFT_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might']);

/**
 * "The chain says it has pulled the biscuits. It will refund every tin.": after a present-tense cue whose
 * reported clause opens with a pronoun, a sentence opening with that pronoun and "will" goes on with the promise.
 * The outlet's "It is right" has no "will"; "X said it …" (past) would backshift to "would".
 */
function promiseGoesOn(context: AttributionContext, before: Draft, pronoun: string, words: readonly Token[]): boolean {
  if (words[1]?.lower !== 'will' || !before.cue?.span || before.cue.where !== 'sentence' || before.closing) return false;
  if (!/\b(says|insists|adds|explains|announces)$/i.test(context.text.slice(before.cue.span.start, before.cue.span.end))) return false;
  const after = before.tokens.find((token) => token.start >= before.cue!.span!.end && token.kind === 'word');
  return after?.lower === pronoun;
}

/** True when a subject pronoun can refer to the speaker: "she" to a person, "they" to a group, "it" to a body. */
function canBeSpeaker(pronoun: string, speaker: ResolvedSpeaker): boolean {
  const reference = PERSONAL_PRONOUNS.get(pronoun);
  if (reference === 'thing') return speaker.kind === 'organization';
  if (reference === 'plural') return speaker.kind === 'group' || speaker.kind === 'joint' || speaker.kind === 'organization';
  return speaker.kind === 'person' || speaker.kind === 'role';
}

/**
 * "Ottoline Reyes takes the microphone. She says …", "X is first to speak. “…,” he says.": a cue whose "he" or
 * "she" found nobody, because the person was only just introduced without a title, is the person of the
 * sentence before: its speaker when it has one, else the name that opens it. The gender must not clash.
 */
export function pronounOfIntroducedPerson(context: AttributionContext, draft: Draft, item: Prepared, before: Draft | undefined, previous: Prepared | undefined): boolean {
  const cue = item.cues.find((candidate) => candidate.subject.kind === 'pronoun' && (candidate.subject.head === 'he' || candidate.subject.head === 'she'));
  if (!cue || !previous) return false;
  const gender = cue.subject.head === 'she' ? 'f' : 'm';
  let speaker: ResolvedSpeaker | undefined;
  let surface: NounPhrase | undefined;
  if (before?.speaker) {
    if (before.speaker.kind !== 'person') return false;
    speaker = before.speaker;
  } else {
    // "Tollmere is home to the plan's author, Ilse Barrowmond. She has long argued …": a full name in apposition
    // that closes the sentence, rather than a bare word that opens it.
    const appositive = closingAppositive(context.text, previous);
    surface = openingPhrase(context.text, previous);
    const bare = surface?.kind === 'name' && surface.first === surface.last;
    speaker = surface && !(bare && appositive) ? openingPerson(context, surface, previous) : undefined;
    if (!speaker) {
      surface = appositive;
      const entity = surface ? context.discourse.mention(surface, true) : undefined;
      if (!entity || entity.kind !== 'person') return false;
      speaker = { name: entity.name, kind: 'person' };
    }
  }
  if (context.discourse.entity(speaker.name)?.gender === (gender === 'f' ? 'm' : 'f')) return false;
  context.discourse.setGender(speaker.name, gender);
  const cueText = context.text.slice(cue.span.start, cue.span.end);
  Object.assign(draft, {
    speaker,
    surface: cue.subject.surface,
    surfaceSpan: { start: cue.subject.start, end: cue.subject.end },
    cue: { text: cueText, span: cue.span, where: 'sentence' },
    reason: `in-sentence cue '${cueText}': pronoun '${cue.subject.surface}' resolved to ${speaker.name}, of the sentence before`,
    indirect: false,
    closing: cue.closing,
  });
  return true;
}

// Finds the words in a sentence that attribute it: "X said", "said X", "X told Y that", "according to X",
// "Y was told by X", "X was quoted as saying", "as X put it", "in her view". Returns every cue with
// its subject phrase; the caller resolves the subject and picks the cue that governs each passage.

import type { Span } from '../model';
import {
  CHANNEL_NOUNS,
  COMPANY_NOUNS,
  NUMBER_WORDS,
  ORGANIZATION_HEADS,
  AGREEMENT_VERBS,
  ANONYMOUS_HEADS,
  anonymousLink,
  CALL_VERBS,
  CONTINUATION_VERBS,
  COURT_VOICES,
  DOCUMENT_NOUNS,
  JUDICIAL_VERBS,
  REQUEST_VERBS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  FUNCTION_WORDS,
  POSSESSIVE_PRONOUNS,
  QUESTION_WORDS,
  REPORTING_VERBS,
  SPOKESPERSON_TITLES,
  STANCE_NOUNS,
  TIME_WORDS,
  VERB_GAP_WORDS,
  VERB_PARTICLES,
  OPENING_PREPOSITIONS,
} from './lexicon';
import { classify, isNameWord, isNationality, phraseEndingAt, phraseStartingAt, type NounPhrase } from './names';
import { isQuoteMark, type Token } from './tokens';

/** How a cue is built. */
export type CuePattern = 'subject-verb' | 'verb-subject' | 'according-to' | 'passive' | 'quoted-as-saying' | 'stance';

/** One attributing construction in a sentence. */
export interface CueMatch {
  /** Who the cue credits, as written. */
  readonly subject: NounPhrase;
  /** The attributing words: subject through verb ("Calder stressed"), or verb through subject ("said Calder"). */
  readonly span: Span;
  /** The reporting verb, lowercase ("said"); "according to" for that pattern. */
  readonly verb: string;
  readonly pattern: CuePattern;
  /** Index of the verb token (of "according", of the possessive for `stance`). */
  readonly verbIndex: number;
  /** True when the reported content comes before the cue ("…, Calder said."). */
  readonly closing: boolean;
}

const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'with', 'by', 'from', 'for', 'about', 'against', 'at', 'on', 'in', 'into', 'between', 'over', 'under',
  'toward', 'towards', 'than', 'like', 'via', 'within', 'without', 'upon', 'onto', 'among', 'amid',
]);
const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'after', 'before', 'since', 'until', 'throughout']);
const TAKE_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took']);
/** "keeps saying", "is saying", "has been saying". */
const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept', 'is', 'are', 'was', 'were', 'been', "'s", 'am']);
/** "refused to concede", "refuses to accept": a refusal that states a position. */
const REFUSAL_VERBS: ReadonlySet<string> = new Set(['refuse', 'refuses', 'refused']);
const YIELD_VERBS: ReadonlySet<string> = new Set(['concede', 'accept', 'recognise', 'recognize', 'acknowledge', 'admit', 'resign', 'apologise', 'apologize', 'retract', 'withdraw', 'back', 'endorse', 'condemn']);
const DECLARE_VERBS: ReadonlySet<string> = new Set(['declare', 'declares', 'declared']);

/**
 * "declared Osric Delamere the winner", "declared a state of emergency": the verb has an object and does
 * something. It reports speech before "that", a quotation, a colon, or at the end of its clause.
 */
function isDeclaredAct(tokens: readonly Token[], index: number): boolean {
  let next = index + 1;
  while (['on', 'in', 'at'].includes(tokens[next]?.lower ?? '') && tokens[next + 1]?.kind === 'word' && tokens[next + 1].capitalized) next += 2;
  const token = tokens[next];
  if (!token || token.quoted || isQuoteMark(token) || token.kind === 'punct' || token.lower === 'that') return false;
  return token.kind === 'word' && !['itself', 'himself', 'herself', 'themselves'].includes(token.lower);
}
const ANSWER_VERBS: ReadonlySet<string> = new Set(['answer', 'answers', 'answered']);

/**
 * "answered the same question with a warning", "answered questions from reporters": the verb has an object, so it
 * tells that someone answered, not what. "answered that …", "…, she answered.", "answered: “…”" report words.
 */
function answersSomething(tokens: readonly Token[], index: number): boolean {
  let next = index + 1;
  while (tokens[next]?.kind === 'word' && !tokens[next].quoted && /ly$/.test(tokens[next].lower)) next++;
  const token = tokens[next];
  if (!token || token.quoted || isQuoteMark(token) || token.kind === 'punct' || token.lower === 'that') return false;
  return token.kind === 'word' && ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'questions', 'criticism', 'critics', 'reporters', 'journalists'].includes(token.lower);
}
const TALLY_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'several', 'many', 'victory', 'lives']);
const CLAIM_VERBS: ReadonlySet<string> = new Set(['claim', 'claims', 'claimed']);
/** "claimed 40 attacks", "claimed at least nine lives", "claimed victory": a tally or a prize taken, not words. */
function isClaimedTally(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || next.quoted || next.kind !== 'word') return false;
  if (next.numeric || NUMBER_WORDS.has(next.lower) || TALLY_WORDS.has(next.lower)) return true;
  const after = tokens[index + 2]?.lower ?? '';
  return (next.lower === 'at' && (after === 'least' || after === 'most')) || ((next.lower === 'more' || next.lower === 'fewer') && after === 'than') || (next.lower === 'the' && ['lives', 'title'].includes(after));
}
/** Words that make the clause after them the object of the verb before: "explained what she believes", "asked how he knew". */
const EMBEDDING_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'why']);
/** Verbs of belief, whose embedded "what she believes" is no report ("what she said: “…”" still is). */
const BELIEF_VERBS: ReadonlySet<string> = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'suspect', 'suspects', 'suspected', 'fear', 'fears', 'feared', 'expect', 'expects', 'expected', 'hope', 'hopes', 'hoped']);
const WISH_VERBS: ReadonlySet<string> = new Set(['want', 'wants', 'wanted']);
/** Conjunctions that open a clause of condition, time or cause: its verb reports nothing the sentence asserts. */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest', 'after', 'before', 'until', 'once', 'because']);
const PARENTHETICAL_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'no', 'who', 'which', 'in', 'speaking', 'at', 'during', 'whose', 'writing', 'himself', 'herself', 'now',
  'also', 'one', 'currently', 'then', 'until', 'formerly', 'later', 'earlier', 'after', 'before', 'on', 'when',
  'of', 'from', 'for', 'by', 'too', 'however', 'though', 'instead', 'likewise', 'similarly', 'meanwhile', 'nonetheless', 'nevertheless',
]);

/** Negations before a reporting verb: "X has not commented", "Y would not say" report no statement. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't"]);

/** "Prosecutors sought a ten-year sentence": what a party asked the court for, said in court. */
const SEEK_VERBS: ReadonlySet<string> = new Set(['sought', 'seeks', 'seek']);
/** What a party asks a court for. */
const PENALTY_NOUNS: ReadonlySet<string> = new Set(['sentence', 'penalty', 'term', 'fine', 'acquittal', 'conviction', 'years']);

/**
 * "The ministry reported that …", "…, the Society reported.": a body or an official giving its own figures. News
 * outlets report too, but what they pass on is not theirs, so only a subject that cannot be an outlet is credited.
 */
const BODY_REPORT_VERBS: ReadonlySet<string> = new Set(['reported', 'reports']);

/** "X was quoted as saying", "The paper quotes X as saying". */
const QUOTE_VERBS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quote']);

/** The words a cue can start with (see `cueAt`): one lookup passes over every other word. */
const CUE_WORDS: ReadonlySet<string> = new Set([...BODY_REPORT_VERBS, 'according', 'in', 'for', 'citing', 'take', 'takes', 'took', 'saying', 'refuse', 'refuses', 'refused', ...QUOTE_VERBS, 'read', 'reads', ...SEEK_VERBS, ...JUDICIAL_VERBS, ...REPORTING_VERBS]);

/** Every cue of the sentence, in order of their verbs. */
export function findCues(text: string, tokens: readonly Token[]): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== 'word' || token.quoted || !CUE_WORDS.has(token.lower)) continue;
    if (recallsProducts(tokens, index)) continue;
    const cue = cueAt(text, tokens, index);
    if (!cue) continue;
    // "The Tribune argues in an editorial …", "The Tribune takes the opposite view": an outlet's own voice.
    if (isOutletVoice(tokens, cue)) cues.push({ ...cue, subject: { ...cue.subject, kind: 'organization', outlet: true } });
    else if (cue.subject.kind !== 'channel') cues.push(cue);
  }
  const poll = cues.length === 0 ? pollCue(text, tokens) : undefined;
  if (poll) cues.push(poll);
  return cues;
}

/** Nouns of a poll or study whose findings are its maker's. */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey', 'study']);
/** Verbs by which a poll reports its figures. */
const POLL_VERBS: ReadonlySet<string> = new Set(['found', 'finds', 'showed', 'shows', 'put', 'puts', 'suggested', 'suggests']);

/**
 * "A poll by Northgate Research published on Monday found …", "A Northgate Research survey this week put …":
 * the figures of a poll that opens the sentence are its maker's. The maker is a capitalised name, the verb
 * follows within eight words with no punctuation between.
 */
function pollCue(text: string, tokens: readonly Token[]): CueMatch | undefined {
  if (!['a', 'an', 'the'].includes(tokens[0]?.lower ?? '') || tokens[0].quoted) return undefined;
  let first: number;
  let last: number;
  if (POLL_NOUNS.has(tokens[1]?.lower ?? '') && tokens[2]?.lower === 'by') {
    first = 3;
    last = first;
    while (tokens[last + 1]?.kind === 'word' && tokens[last + 1].capitalized && !tokens[last + 1].quoted) last++;
  } else {
    first = 1;
    last = first - 1;
    while (tokens[last + 1]?.kind === 'word' && tokens[last + 1].capitalized && !tokens[last + 1].quoted) last++;
    if (!POLL_NOUNS.has(tokens[last + 1]?.lower ?? '')) return undefined;
  }
  if (last < first || !tokens.slice(first, last + 1).every((token) => isNameWord(token) && !token.calendar)) return undefined;
  let verb = -1;
  for (let index = last + 1; index < Math.min(tokens.length, last + 10); index++) {
    if (tokens[index].kind === 'punct' || tokens[index].quoted) return undefined;
    if (POLL_VERBS.has(tokens[index].lower)) {
      verb = index;
      break;
    }
  }
  if (verb < 0) return undefined;
  const maker = classify(text, tokens, first, last);
  if (!maker || maker.kind === 'pronoun') return undefined;
  return { subject: { ...maker, kind: 'organization' }, span: { start: tokens[0].start, end: tokens[verb].end }, verb: tokens[verb].lower, pattern: 'subject-verb', verbIndex: verb, closing: false };
}

/**
 * "The maker has recalled its baby formula", "recalled 14 batches", "recalls all tins": a product recall, not a
 * memory told. Only "recall" followed by an owner's word, a quantity or "all" / "some" / "every".
 */
function recallsProducts(tokens: readonly Token[], index: number): boolean {
  if (!['recall', 'recalls', 'recalled'].includes(tokens[index].lower)) return false;
  const next = tokens[index + 1];
  return next !== undefined && !next.quoted && (next.numeric || ['its', 'their', 'all', 'some', 'every', 'more', 'about', 'around', 'nearly', 'thousands', 'millions', 'hundreds'].includes(next.lower));
}

/** Nouns for an outlet's own opinion piece. */
const EDITORIAL_NOUNS: ReadonlySet<string> = new Set(['editorial', 'editorials', 'op-ed']);
/** Verbs of an opinion rather than of news passed on. */
const OPINION_VERBS: ReadonlySet<string> = new Set(['argue', 'argues', 'argued', 'urge', 'urges', 'urged', 'insist', 'insists', 'insisted', 'demand', 'demands', 'demanded', 'take', 'takes', 'took']);

/**
 * A named news outlet giving its own view: an opinion verb ("argues", "takes the opposite view") or an
 * editorial in the sentence ("wrote in an editorial"). Not "the paper", whose outlet coreference does not resolve.
 */
function isOutletVoice(tokens: readonly Token[], cue: CueMatch): boolean {
  if (cue.pattern !== 'subject-verb' || cue.subject.outlet) return cue.subject.outlet === true;
  if (cue.subject.kind !== 'channel' || !tokens.slice(cue.subject.first, cue.subject.last + 1).some((token) => token.capitalized && token.kind === 'word' && !FUNCTION_WORDS.has(token.lower))) return false;
  return OPINION_VERBS.has(cue.verb) || tokens.some((token) => !token.quoted && EDITORIAL_NOUNS.has(token.lower));
}

/** "takes the opposite view", "took a harder line": a stance put as a view, line or position taken. */
function viewTaken(tokens: readonly Token[], index: number): boolean {
  if (!['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(tokens[index + 1]?.lower ?? '')) return false;
  for (let cursor = index + 2; cursor <= index + 4; cursor++) {
    const token = tokens[cursor];
    if (!token || token.kind !== 'word' || token.quoted) return false;
    if (VIEW_NOUNS.has(token.lower)) return true;
  }
  return false;
}

const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'line', 'position', 'stance', 'side']);

/** "The Tribune's editorial calls …": the outlet that owns the editorial speaks. */
function editorialOwner(text: string, tokens: readonly Token[], index: number): NounPhrase | undefined {
  if (!EDITORIAL_NOUNS.has(tokens[index - 1]?.lower ?? '') || tokens[index - 2]?.kind !== 'possessive') return undefined;
  const owner = phraseEndingAt(text, tokens, index - 3);
  if (!owner || !['channel', 'name', 'organization'].includes(owner.kind) || !validStart(tokens, owner)) return undefined;
  return { ...owner, kind: 'organization', outlet: true, end: tokens[index - 1].end, last: index - 1, surface: text.slice(owner.start, tokens[index - 1].end) };
}

function cueAt(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  const token = tokens[index];
  if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
    let start = index + 2;
    // "according to a statement from the mayor's office": the body behind the document.
    if (['a', 'the', 'an'].includes(tokens[start]?.lower ?? '') && DOCUMENT_NOUNS.has(tokens[start + 1]?.lower ?? '') && ['from', 'by', 'of'].includes(tokens[start + 2]?.lower ?? '')) {
      start += 3;
    } else if (['a', 'the', 'an'].includes(tokens[start]?.lower ?? '') && DOCUMENT_NOUNS.has(tokens[start + 2]?.lower ?? '') && ['from', 'by', 'of'].includes(tokens[start + 3]?.lower ?? '')) {
      start += 4;
    }
    // "According to him, …", "…, according to her.": a singular object pronoun standing alone, not "her lawyer".
    const pronoun = start === index + 2 && tokens[start].lower !== 'them' && (tokens[start + 1] === undefined || tokens[start + 1].kind === 'punct') ? objectPronounAt(text, tokens, start) : undefined;
    let subject = pronoun ?? subjectStartingAt(text, tokens, start);
    if (!subject || !isSpeakerPhrase(subject)) return undefined;
    // "according to researchers at Ashwick Labs": the group with the body it works for.
    const body = subject.kind === 'group' && tokens[subject.last + 1]?.lower === 'at' ? phraseStartingAt(text, tokens, subject.last + 2) : undefined;
    const affiliated = body && withAffiliation(text, tokens, body);
    if (affiliated && affiliated.first === subject.first && affiliated.kind === 'group') subject = affiliated;
    return { subject, span: { start: token.start, end: subject.end }, verb: 'according to', pattern: 'according-to', verbIndex: index, closing: index > 0 };
  }
  if (token.lower === 'in' && POSSESSIVE_PRONOUNS.has(tokens[index + 1]?.lower ?? '') && STANCE_NOUNS.has(tokens[index + 2]?.lower ?? '')) {
    return stanceCue(text, tokens, index);
  }
  if (token.lower === 'for') return index === 0 ? framingCue(text, tokens) : undefined;
  if (token.capitalized && index > 0) return undefined;
  if (token.lower === 'citing' && tokens[index - 1]?.text === ',') {
    // "…, the agency reported, citing people familiar with the matter": the source behind the channel.
    const subject = subjectStartingAt(text, tokens, index + 1);
    if (!subject || !isSpeakerPhrase(subject) || subject.kind === 'pronoun' || subject.kind === 'document') return undefined;
    return { subject, span: { start: token.start, end: subject.end }, verb: 'citing', pattern: 'according-to', verbIndex: index, closing: true };
  }
  if (token.lower === 'said' && ['is', 'are', 'was', 'were'].includes(tokens[index - 1]?.lower ?? '') && tokens[index + 1]?.lower === 'to') {
    // "The board is said to have weighed …": hearsay from unnamed sources, not the subject's own words.
    const start = tokens[index - 1];
    const subject: NounPhrase = {
      start: start.start,
      end: token.end,
      kind: 'group',
      surface: text.slice(start.start, token.end),
      name: UNNAMED_SOURCES,
      titles: [],
      qualifiers: [],
      head: 'sources',
      first: index - 1,
      last: index,
    };
    return { subject, span: { start: start.start, end: token.end }, verb: 'said', pattern: 'passive', verbIndex: index, closing: false };
  }
  if (QUOTE_VERBS.has(token.lower)) return quotedCue(text, tokens, index);
  if (JUDICIAL_VERBS.has(token.lower)) return judicialCue(text, tokens, index);
  if (SEEK_VERBS.has(token.lower)) return seekCue(text, tokens, index);
  if (token.lower === 'read' || token.lower === 'reads') return documentReadCue(text, tokens, index);
  if (TAKE_VERBS.has(token.lower)) {
    if (!viewTaken(tokens, index)) return undefined;
    const subject = leftSubject(text, tokens, index);
    if (!subject || subject.kind === 'document' || SUBORDINATE_OPENERS.has(tokens[subject.first - 1]?.lower ?? '')) return undefined;
    if (auxiliariesBefore(tokens, index).some((gap) => gap.lower === 'will' || NEGATIONS.has(gap.lower))) return undefined;
    return { subject, span: { start: subject.start, end: token.end }, verb: token.lower, pattern: 'subject-verb', verbIndex: index, closing: false };
  }
  if (token.lower === 'saying' && PROGRESSIVE_AUXILIARIES.has(tokens[index - 1]?.lower ?? '')) {
    // "X keeps saying that …", "X is saying": the gerund reports like "says".
    const subject = leftSubject(text, tokens, index - 1);
    if (!subject || SUBORDINATE_OPENERS.has(tokens[subject.first - 1]?.lower ?? '')) return undefined;
    return { subject, span: { start: subject.start, end: token.end }, verb: 'says', pattern: 'subject-verb', verbIndex: index, closing: isClosing(tokens, subject.first, index) };
  }
  if (token.lower === 'saying' && tokens[index - 1]?.text === ',') return participleCue(text, tokens, index);
  if (REFUSAL_VERBS.has(token.lower) && tokens[index + 1]?.lower === 'to' && YIELD_VERBS.has(tokens[index + 2]?.lower ?? '')) {
    // "X has refused to concede": a stance the person keeps stating; "refused to comment" says nothing.
    const subject = leftSubject(text, tokens, index);
    if (!subject || !['person', 'name', 'role', 'pronoun', 'organization', 'orgReference', 'joint'].includes(subject.kind)) return undefined;
    if (SUBORDINATE_OPENERS.has(tokens[subject.first - 1]?.lower ?? '')) return undefined;
    return { subject, span: { start: subject.start, end: tokens[index + 2].end }, verb: token.lower, pattern: 'subject-verb', verbIndex: index, closing: false };
  }
  if (BODY_REPORT_VERBS.has(token.lower)) return bodyReportCue(text, tokens, index);
  if (!REPORTING_VERBS.has(token.lower)) return undefined;
  // "The commission declared X the winner": an act; "declared that …", "…, she declared." report speech.
  if (DECLARE_VERBS.has(token.lower) && isDeclaredAct(tokens, index)) return undefined;
  if (CLAIM_VERBS.has(token.lower) && isClaimedTally(tokens, index)) return undefined;
  if (ANSWER_VERBS.has(token.lower) && answersSomething(tokens, index)) return undefined;
  const owner = editorialOwner(text, tokens, index);
  if (owner) return { subject: owner, span: { start: owner.start, end: verbEnd(tokens, index) }, verb: token.lower, pattern: 'subject-verb', verbIndex: index, closing: false };
  // "asked the company to drop its appeal" reports a request; "asked about the dam" does not; "…, he asked, …?"
  // and "asked whether …" ask.
  if (
    REQUEST_VERBS.has(token.lower) &&
    !tokens.slice(index + 1, index + 7).some((later) => ['to', 'for', 'that'].includes(later.lower)) &&
    !isAskedQuestion(tokens, index) &&
    !QUESTION_WORDS.has(tokens[index + 1]?.lower ?? '')
  ) {
    return undefined;
  }
  // "dismissed the coach": an act on a person; "dismissed the claims" rejects what was said.
  if (DISMISS_VERBS.has(token.lower) && isPersonObject(tokens, index + 1)) return undefined;
  const particles = VERB_PARTICLES.get(token.lower);
  if (particles && !particles.has(tokens[index + 1]?.lower ?? '') && !isFigurePut(tokens, index)) return undefined;
  if (CALL_VERBS.has(token.lower) && !['on', 'for', 'upon'].includes(tokens[index + 1]?.lower ?? '') && !tokens.slice(index + 1).some((later) => later.quoted) && !isCharacterisation(tokens, index)) {
    return undefined;
  }
  const previous = tokens[index - 1];
  if ((previous?.lower === 'was' || previous?.lower === 'were' || previous?.lower === 'been') && tokens[index + 1]?.lower === 'by') {
    const subject = phraseStartingAt(text, tokens, index + 2);
    if (!subject || !isSpeakerPhrase(subject)) return undefined;
    return { subject, span: { start: previous.start, end: subject.end }, verb: token.lower, pattern: 'passive', verbIndex: index, closing: false };
  }
  if (previous?.lower === 'was' || previous?.lower === 'were' || previous?.lower === 'is' || previous?.lower === 'are') {
    // "X was told …" without "by": X is the listener, not the speaker.
    if (['told', 'urged', 'asked', 'called', 'warned', 'assured'].includes(token.lower)) return undefined;
    // "It was noted that …", "It is thought to …": an impersonal passive names no one who spoke.
    if (tokens[index - 2]?.lower === 'it' && !tokens[index - 2].quoted) return undefined;
  }
  const left = leftSubject(text, tokens, index);
  // "Kelvane will appeal": a future act, not something said; "Kelvane has not commented": nothing said.
  // "Vek would not say whether …, only that the board would act": the refusal still reports what was said.
  if (left && auxiliariesBefore(tokens, index).some((gap) => gap.lower === 'will' || gap.lower === 'shall' || (NEGATIONS.has(gap.lower) && !saysOnlyThat(tokens, index)))) return undefined;
  // "If the ministry wants to be believed, …", "… came after the firm announced a credit": no report.
  if (left && SUBORDINATE_OPENERS.has(tokens[left.first - 1]?.lower ?? '')) return undefined;
  // "She walked us through what she believes happened": the report is the object of another verb, not the sentence's.
  if (left && left.first >= 2 && BELIEF_VERBS.has(token.lower) && EMBEDDING_WORDS.has(tokens[left.first - 1].lower) && tokens[left.first - 2].kind === 'word') return undefined;
  // "Most analysts had expected a hold": a forecast the market held before the news, not a statement anyone made.
  if (left?.kind === 'group' && BELIEF_VERBS.has(token.lower) && tokens[index - 1]?.lower === 'had') return undefined;
  // "conflicting accounts of what the presidents had said", "a row over what she said": the words are a topic of the
  // sentence, which does not report them.
  if (left && left.first >= 2 && EMBEDDING_WORDS.has(tokens[left.first - 1].lower) && PREPOSITIONS.has(tokens[left.first - 2].lower) && !tokens[left.first - 2].quoted && tokens[index + 1]?.text !== ':') return undefined;
  // "He wants the licences reviewed": a person's wish is known because they voiced it; "the union wants" is the outlet's summary.
  // "Brenmoor and Quillet want a recount": named people together, like one person.
  const namedPair = left?.kind === 'joint' && tokens.slice(left.first, left.last + 1).every((word) => word.lower === 'and' || (word.kind === 'word' && word.capitalized));
  if (left && WISH_VERBS.has(token.lower) && !['person', 'name', 'pronoun', 'role'].includes(left.kind) && !namedPair) return undefined;
  // "The owner has agreed to sell his stake": one party agreeing to do something acts; "the two leaders agreed to
  // meet" states what both sides settled.
  if (left && AGREEMENT_VERBS.has(token.lower) && isSingleParty(left) && agreesToAct(tokens, index)) return undefined;
  if (left) {
    return { subject: left, span: { start: left.start, end: verbEnd(tokens, index) }, verb: token.lower, pattern: 'subject-verb', verbIndex: index, closing: isClosing(tokens, left.first, index) };
  }
  if (previous === undefined || previous.text === ',' || isQuoteMark(previous)) {
    const subject = subjectStartingAt(text, tokens, index + 1);
    // "…,” said X to reporters by telephone.", "said X from her camp": the listener, the means or the place may follow.
    if (subject && isSpeakerPhrase(subject) && (endsClause(tokens, subject.last + 1) || ['to', 'by', 'from'].includes(tokens[subject.last + 1]?.lower ?? ''))) {
      return { subject, span: { start: token.start, end: subject.end }, verb: token.lower, pattern: 'verb-subject', verbIndex: index, closing: index > 0 };
    }
  }
  return undefined;
}

/**
 * "Minister of Health X reported that …", "…, the Society reported.": "reported" credits a titled person, "he" or "she",
 * or a body named by an institution noun that is no channel ("ministry", "office", "society"; not "agency", "paper"),
 * before "that" or closing the sentence. A bare name may be an outlet ("Ledgerline reported"), and "reported a leak"
 * tells of an act, so neither is a cue.
 */
function bodyReportCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  const subject = leftSubject(text, tokens, index);
  if (!subject || subject.outlet || SUBORDINATE_OPENERS.has(tokens[subject.first - 1]?.lower ?? '')) return undefined;
  const body = (subject.kind === 'organization' || subject.kind === 'orgReference') && ORGANIZATION_HEADS.has(subject.head) && !CHANNEL_NOUNS.has(subject.head);
  const official = (subject.kind === 'person' || subject.kind === 'role') && subject.titles.length > 0;
  const person = subject.kind === 'pronoun' && (subject.head === 'he' || subject.head === 'she');
  if (!body && !official && !person) return undefined;
  if (auxiliariesBefore(tokens, index).some((gap) => gap.lower === 'will' || gap.lower === 'shall' || NEGATIONS.has(gap.lower))) return undefined;
  const closing = isClosing(tokens, subject.first, index);
  if (tokens[index + 1]?.lower !== 'that' && !(closing && endsClause(tokens, index + 1))) return undefined;
  return { subject, span: { start: subject.start, end: tokens[index].end }, verb: tokens[index].lower, pattern: 'subject-verb', verbIndex: index, closing };
}

/** Kinds of subject that can say something. */
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['person', 'name', 'role', 'organization', 'orgReference', 'group', 'pronoun', 'joint']);

/**
 * "The ministry stood by the report, saying it was accurate": a participle after a comma reports what the subject of
 * the sentence said. The subject opens the sentence (or follows an opening phrase and its comma) and a verb follows it;
 * a sentence whose own verb already reports ("X welcomed Y, saying …") keeps that cue instead.
 */
function participleCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  let start = 0;
  if (OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? '')) {
    const comma = tokens.findIndex((token, position) => position < index - 1 && token.text === ',');
    if (comma < 0 || comma > 6) return undefined;
    start = comma + 1;
  }
  const subject = subjectStartingAt(text, tokens, start);
  if (!subject || !SPEAKING_KINDS.has(subject.kind)) return undefined;
  let verb = subject.last + 1;
  // "The ministry on Wednesday played down …": a day between the subject and its verb.
  for (;;) {
    if (tokens[verb]?.kind === 'word' && VERB_GAP_WORDS.has(tokens[verb].lower)) verb++;
    else if (tokens[verb]?.lower === 'on' && tokens[verb + 1]?.calendar) verb += 2;
    else break;
  }
  const first = tokens[verb];
  if (!first || first.kind !== 'word' || first.capitalized || first.quoted || FUNCTION_WORDS.has(first.lower) || verb >= index - 1) return undefined;
  if (REPORTING_VERBS.has(first.lower)) return undefined;
  if (tokens.slice(verb, index).some((token) => token.quoted || token.text === ';' || token.text === ':')) return undefined;
  return { subject, span: { start: subject.start, end: tokens[index].end }, verb: 'says', pattern: 'subject-verb', verbIndex: index, closing: false };
}

/** A subject that is one party: a person, a body, "he" or "she" (not "they", a pair or a group). */
function isSingleParty(subject: NounPhrase): boolean {
  if (subject.kind === 'pronoun') return subject.head === 'he' || subject.head === 'she' || subject.head === 'it';
  return ['person', 'name', 'role', 'organization', 'orgReference'].includes(subject.kind) && !subject.members;
}

/** "agreed to sell", "agreed on Tuesday to pay", "agreed last week to buy": "to" and a verb after the agreement verb. */
function agreesToAct(tokens: readonly Token[], index: number): boolean {
  let next = index + 1;
  if (tokens[next]?.lower === 'on' && tokens[next + 1]?.calendar) next += 2;
  else if (['last', 'this'].includes(tokens[next]?.lower ?? '') && tokens[next + 1]?.kind === 'word') next += 2;
  else if (['in', 'on'].includes(tokens[next]?.lower ?? '') && tokens[next + 1]?.lower === 'principle') next += 2;
  const to = tokens[next];
  const verb = tokens[next + 1];
  return to?.lower === 'to' && !to.quoted && verb !== undefined && verb.kind === 'word' && !verb.capitalized && !['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(verb.lower);
}

/** "The court found that …", "the judgment orders …", "Justice X found": a judicial verb attributes only with a court or judge as subject. */
function judicialCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  const subject = leftSubject(text, tokens, index);
  // "It holds that …": the caller keeps it only when the document last mentioned is a ruling.
  const it = subject?.kind === 'pronoun' && subject.head === 'it' && tokens[index + 1]?.lower === 'that';
  if (!subject || !(it || COURT_VOICES.has(subject.head) || subject.titles.some((title) => JUDGE_TITLES.has(title)) || ordersInquiry(tokens, index, subject))) return undefined;
  if (tokens.slice(subject.last + 1, index).some((gap) => gap.lower === 'will' || gap.lower === 'shall')) return undefined;
  // "… was jailed after a court found him guilty": the finding is the outlet's background, not the court's words.
  if (SUBORDINATE_OPENERS.has(tokens[subject.first - 1]?.lower ?? '')) return undefined;
  return { subject, span: { start: subject.start, end: tokens[index].end }, verb: tokens[index].lower, pattern: 'subject-verb', verbIndex: index, closing: false };
}

/** What an official orders that is their announcement: "an independent review", "a full inquiry". */
const INQUIRY_NOUNS: ReadonlySet<string> = new Set(['review', 'audit', 'inquiry', 'enquiry', 'investigation', 'probe']);

/**
 * "Governor X has ordered an independent audit of …": a named person or body announcing an inquiry it orders
 * (not a court, whose orders `judicialCue` reads anyway). The object follows the verb within four words.
 */
function ordersInquiry(tokens: readonly Token[], index: number, subject: NounPhrase): boolean {
  if (!['ordered', 'orders'].includes(tokens[index].lower) || !['person', 'name', 'role', 'organization', 'orgReference'].includes(subject.kind)) return false;
  if (!tokens.slice(subject.last + 1, index).every((gap) => ['has', 'have', 'had', 'also', 'now', 'already', 'since'].includes(gap.lower))) return false;
  const object = tokens.slice(index + 1, index + 5);
  const end = object.findIndex((word) => word.kind === 'punct');
  return (end < 0 ? object : object.slice(0, end)).some((word) => !word.quoted && INQUIRY_NOUNS.has(word.lower));
}

/** "Prosecutors had sought a ten-year sentence": a penalty asked of the court within five words of the verb. */
function seekCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  const object = tokens.slice(index + 1, index + 6);
  const end = object.findIndex((word) => word.kind === 'punct' && word.text !== '-');
  if (!(end < 0 ? object : object.slice(0, end)).some((word) => !word.quoted && PENALTY_NOUNS.has(word.lower))) return undefined;
  const subject = leftSubject(text, tokens, index);
  if (!subject || subject.kind === 'document' || SUBORDINATE_OPENERS.has(tokens[subject.first - 1]?.lower ?? '')) return undefined;
  if (auxiliariesBefore(tokens, index).some((gap) => gap.lower === 'will' || NEGATIONS.has(gap.lower))) return undefined;
  return { subject, span: { start: subject.start, end: tokens[index].end }, verb: tokens[index].lower, pattern: 'subject-verb', verbIndex: index, closing: isClosing(tokens, subject.first, index) };
}

/** "A statement from the council read: …", "the letter reads": a document's text, credited to its author. */
function documentReadCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  const subject = leftSubject(text, tokens, index);
  if (!subject || !(subject.kind === 'document' || DOCUMENT_NOUNS.has(tokens[subject.first - 2]?.lower ?? ''))) return undefined;
  return { subject, span: { start: subject.start, end: tokens[index].end }, verb: tokens[index].lower, pattern: 'subject-verb', verbIndex: index, closing: isClosing(tokens, subject.first, index) };
}

/** "X was quoted (by Y) as saying" and "Y quoted X as saying". */
function quotedCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  let asIndex = -1;
  for (let later = index + 1; later < Math.min(tokens.length, index + 10); later++) {
    if (tokens[later].lower === 'as' && /^(saying|telling|stating|writing)$/.test(tokens[later + 1]?.lower ?? '')) {
      asIndex = later;
      break;
    }
  }
  if (asIndex < 0) return undefined;
  const previous = tokens[index - 1];
  if (['was', 'were', 'is', 'are', 'been'].includes(previous?.lower ?? '') && tokens[index].lower === 'quoted') {
    // "X is quoted in the Standard as saying": X speaks, the paper passes it on.
    const subject = leftSubject(text, tokens, index - 1);
    if (!subject) return undefined;
    return { subject, span: { start: subject.start, end: tokens[asIndex + 1].end }, verb: 'quoted as saying', pattern: 'quoted-as-saying', verbIndex: index, closing: isClosing(tokens, subject.first, index) };
  }
  const subject = objectPronounAt(text, tokens, index + 1) ?? phraseStartingAt(text, tokens, index + 1);
  if (!subject || !isSpeakerPhrase(subject) || subject.last + 1 !== asIndex) return undefined;
  return { subject, span: { start: tokens[index].start, end: tokens[asIndex + 1].end }, verb: 'quoted as saying', pattern: 'quoted-as-saying', verbIndex: index, closing: false };
}

/** ", only that …" after the verb at `index`: what a speaker did say while declining to say more. */
function saysOnlyThat(tokens: readonly Token[], index: number): boolean {
  for (let later = index + 1; later + 2 < tokens.length; later++) {
    if (tokens[later].text === ',' && tokens[later + 1].lower === 'only' && tokens[later + 2].lower === 'that') return true;
  }
  return false;
}

/** "quotes him as saying": an object pronoun read as the subject pronoun it stands for. */
function objectPronounAt(text: string, tokens: readonly Token[], index: number): NounPhrase | undefined {
  const token = tokens[index];
  const head = token && !token.quoted ? OBJECT_PRONOUNS.get(token.lower) : undefined;
  if (!head) return undefined;
  const gender = head === 'he' ? 'm' : head === 'she' ? 'f' : undefined;
  return { start: token.start, end: token.end, kind: 'pronoun', surface: text.slice(token.start, token.end), name: head, titles: [], qualifiers: [], head, gender, first: index, last: index };
}

const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** "in her estimate": the sentence's leading name when it has one, else the possessive as a pronoun. */
function stanceCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  const possessive = tokens[index + 1];
  const gender = POSSESSIVE_PRONOUNS.get(possessive.lower);
  const pronoun = gender === 'm' ? 'he' : gender === 'f' ? 'she' : 'they';
  let subject: NounPhrase | undefined;
  for (let candidate = 0; candidate < index; candidate++) {
    if (!isNameWord(tokens[candidate])) continue;
    let last = candidate;
    while (isNameWord(tokens[last + 1])) last++;
    const phrase = phraseEndingAt(text, tokens, last);
    if (phrase && (phrase.kind === 'name' || phrase.kind === 'person') && phrase.first <= 1) subject = { ...phrase, gender: phrase.gender ?? (gender === 'plural' ? undefined : gender) };
    break;
  }
  subject ??= {
    start: possessive.start,
    end: possessive.end,
    kind: 'pronoun',
    surface: text.slice(possessive.start, possessive.end),
    name: pronoun,
    titles: [],
    qualifiers: [],
    head: pronoun,
    gender: gender === 'plural' ? undefined : gender,
    first: index + 1,
    last: index + 1,
  };
  return { subject, span: { start: tokens[index].start, end: tokens[index + 2].end }, verb: `in ${possessive.lower} ${tokens[index + 2].lower}`, pattern: 'stance', verbIndex: index, closing: false };
}

/**
 * "For Petra Lund, senior analyst at Greyhill Bank, the bigger risk is inflation", "For Ana Reis, 38, a nurse,
 * the cut came too late": a sentence framed by a person, described in an appositive (an age, a title, "a …"),
 * gives that person's view. Without the appositive ("For Velmar, the quarter was strong") the opener may name
 * a body whose results the outlet reports, so it is no cue.
 */
function framingCue(text: string, tokens: readonly Token[]): CueMatch | undefined {
  const subject = phraseStartingAt(text, tokens, 1);
  if (!subject || subject.first !== 1 || tokens[subject.last + 1]?.text !== ',') return undefined;
  if (subject.kind !== 'person' && !(subject.kind === 'name' && subject.name.includes(' '))) return undefined;
  // The appositive: an age, "a nurse at …" or a title (an age may come first), closed by a comma within a few words.
  let index = subject.last + 2;
  if (tokens[index]?.numeric && tokens[index + 1]?.text === ',') index += 2;
  const opener = tokens[index];
  if (!opener || opener.quoted) return undefined;
  const isDescription = ['a', 'an', 'the'].includes(opener.lower) || (!opener.capitalized && (TITLE_WORDS.has(opener.lower) || TITLE_MODIFIERS.has(opener.lower)));
  if (!isDescription && index === subject.last + 2) return undefined;
  if (isDescription) {
    let close = index + 1;
    while (close < tokens.length && close <= index + 10 && tokens[close].text !== ',' && !tokens[close].quoted) close++;
    if (tokens[close]?.text !== ',' || close + 1 >= tokens.length) return undefined;
  }
  return { subject, span: { start: tokens[0].start, end: subject.end }, verb: 'for', pattern: 'stance', verbIndex: 0, closing: false };
}

/** The name a hearsay cue ("is said to") gives its unnamed source; coreference may resolve it to a named group. */
export const UNNAMED_SOURCES = 'unnamed sources';

/** True for the name of an anonymous source: "people familiar with the matter", "an official close to the talks", hearsay. */
export function isAnonymousSource(name: string): boolean {
  if (name === UNNAMED_SOURCES) return true;
  const words = name.toLowerCase().split(/\s+/);
  // "diplomat from a third country who was briefed on the talks": the link may follow an origin and "who was".
  return words.some((word, index) => ANONYMOUS_HEADS.has(word) && words.slice(index + 1, index + 10).some((link, offset) => anonymousLink(word, link)?.has(words[index + offset + 2] ?? '') === true));
}

/**
 * An anonymous source ending at `last`: "people familiar with the matter", "two sources close to the talks",
 * "one of the people". Undefined when the words before `last` are not one.
 */
function anonymousEndingAt(text: string, tokens: readonly Token[], last: number): NounPhrase | undefined {
  for (let head = last; head >= Math.max(0, last - 16); head--) {
    const token = tokens[head];
    if (token.quoted || token.kind === 'punct') return undefined;
    if (!ANONYMOUS_HEADS.has(token.lower)) continue;
    const phrase = anonymousStartingAt(text, tokens, anonymousOpening(tokens, head));
    return phrase && phrase.last === last ? phrase : undefined;
  }
  return undefined;
}

/** Words that may open an anonymous source before its head noun: "two people", "a senior official". */
const ANONYMOUS_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'other', 'senior', 'some']);

/** Where an anonymous source whose head noun is at `head` opens: "two people", "a person", "one of the people". */
function anonymousOpening(tokens: readonly Token[], head: number): number {
  let first = head;
  if (tokens[first - 1]?.lower === 'same' && tokens[first - 2]?.lower === 'the') return first - 2;
  if (first > 0 && isNationality(tokens[first - 1])) first--;
  while (first > 0 && ANONYMOUS_DETERMINERS.has(tokens[first - 1].lower)) first--;
  if (tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.lower === 'one') first -= 2;
  return first;
}

/** Prepositions of a short phrase that says where an unnamed source comes from: "a diplomat from a third country". */
const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'at', 'of', 'with']);
/** "who was", "who had been": the relative clause that may put an unnamed source's link after an aside. */
const RELATIVE_BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been']);

/**
 * The number of tokens between an anonymous source's head noun (ending before `index`) and its link: an origin of
 * at most four lowercase words ("from a third country") and a relative "who was" / "who had been", as in "a diplomat
 * from a third country who was briefed on the talks". 0 when the link follows the head.
 */
function describedBetween(tokens: readonly Token[], index: number): number {
  let cursor = index;
  if (ORIGIN_PREPOSITIONS.has(tokens[cursor]?.lower ?? '') && !tokens[cursor].quoted) {
    let end = cursor + 1;
    while (end < cursor + 5 && isPlainWord(tokens[end]) && tokens[end].lower !== 'who') end++;
    cursor = tokens[end]?.lower === 'who' ? end : cursor;
  }
  if (tokens[cursor]?.lower !== 'who' || tokens[cursor].quoted) return 0;
  let verb = cursor + 1;
  if (['has', 'have', 'had'].includes(tokens[verb]?.lower ?? '')) verb++;
  return RELATIVE_BE.has(tokens[verb]?.lower ?? '') ? verb + 1 - index : 0;
}

/** The subject phrase starting at `first`: an anonymous source ("people familiar with …") or a name or role. */
function subjectStartingAt(text: string, tokens: readonly Token[], first: number): NounPhrase | undefined {
  return anonymousStartingAt(text, tokens, first) ?? phraseStartingAt(text, tokens, first);
}

/** An anonymous source starting at `first` (see `anonymousEndingAt`). */
function anonymousStartingAt(text: string, tokens: readonly Token[], first: number): NounPhrase | undefined {
  let index = first;
  let oneOf = false;
  if (tokens[index]?.lower === 'one' && tokens[index + 1]?.lower === 'of') {
    oneOf = true;
    index += 2;
  }
  while (ANONYMOUS_DETERMINERS.has(tokens[index]?.lower ?? '')) index++;
  // "a Tornian official familiar with the talks": the source's nationality before its head noun.
  const nationality = isNationality(tokens[index]) && ANONYMOUS_HEADS.has(tokens[index + 1]?.lower ?? '') ? tokens[index++] : undefined;
  // "the same person close to the talks", "the same source": a source the article described before.
  const same = tokens[index]?.lower === 'same' && tokens[index - 1]?.lower === 'the';
  if (same) index++;
  const head = tokens[index];
  if (!head || head.quoted || !ANONYMOUS_HEADS.has(head.lower)) return undefined;
  let last = index;
  const linkAt = index + 1 + describedBetween(tokens, index + 1);
  const link = anonymousLink(head.lower, tokens[linkAt]?.lower ?? '');
  const backReference = (index === first + 1 && tokens[first].lower === 'the') || (same && index === first + 2);
  if (!oneOf && !link && backReference && !TITLE_WORDS.has(head.lower)) {
    // "the person said", "the sources added", "the same source says": a source the article described before.
    const surface = text.slice(tokens[first].start, head.end);
    return { start: tokens[first].start, end: head.end, kind: 'group', surface, name: `the ${head.lower}`, titles: [], qualifiers: [], head: head.lower, first, last: index };
  }
  if (link && link.has(tokens[linkAt + 1]?.lower ?? '')) {
    last = linkAt + 1;
    // The object of "familiar with": up to four words, ending before a verb, a comma or the sentence's end.
    for (let later = linkAt + 2; later < Math.min(tokens.length, linkAt + 6); later++) {
      const word = tokens[later];
      if (word.quoted || word.kind === 'punct') break;
      // "familiar with the call": after an article the word is a noun, whatever verb it may also be.
      const noun = ['the', 'a', 'an'].includes(tokens[later - 1].lower);
      if ((REPORTING_VERBS.has(word.lower) && !noun) || VERB_GAP_WORDS.has(word.lower)) break;
      last = later;
    }
    if (last === linkAt + 1) return undefined;
  } else if (!oneOf) {
    return undefined;
  }
  const surface = text.slice(tokens[first].start, tokens[last].end);
  const name = (oneOf ? surface : text.slice((nationality ?? head).start, tokens[last].end)).toLowerCase().replace(/[’‘]/g, "'");
  return { start: tokens[first].start, end: tokens[last].end, kind: 'group', surface, name, titles: [], qualifiers: [], head: head.lower, first, last };
}

/** The comma of "9,000": between digits, with no space on either side. */
function isDigitGroupComma(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return before !== undefined && after !== undefined && before.end === tokens[index].start && after.start === tokens[index].end && /^\d+$/.test(before.text) && /^\d{3}$/.test(after.text);
}

/**
 * A parenthetical opened by a participle, read past like a relative clause: "Brandt, arriving at parliament, said",
 * "Lund, visiting the plant, told", "The office's readout, released an hour earlier, said" (a short one for "-ed").
 */
function isParticipleAside(segment: readonly Token[]): boolean {
  const first = segment[0];
  if (first.kind !== 'word' || first.capitalized || first.quoted) return false;
  return (first.lower.length > 5 && first.lower.endsWith('ing')) || (/[^e]ed$/.test(first.lower) && segment.length <= 8);
}

/** The subject to the left of the verb at `index`, past auxiliaries, adverbs, "on Tuesday" and one parenthetical. */
function leftSubject(text: string, tokens: readonly Token[], index: number, coordinated = true): NounPhrase | undefined {
  let cursor = skipGap(tokens, index - 1);
  if (cursor < 0) return undefined;
  if (tokens[cursor].lower === 'and' && !tokens[cursor].quoted) return coordinated ? coordinatedSubject(text, tokens, cursor) : undefined;
  if (tokens[cursor].lower === 'who' && !tokens[cursor].quoted && tokens[cursor - 1]?.text === ',') return relativeAntecedent(text, tokens, cursor, index);
  const anonymous = anonymousEndingAt(text, tokens, cursor);
  if (anonymous && validStart(tokens, anonymous)) return anonymous;
  // "Anna Kerr – no relation – said": a pair of dashes encloses an aside as a pair of commas does.
  const mark = tokens[cursor].text;
  if (mark === ',' || mark === '–' || mark === '—') {
    let opening = cursor - 1;
    while (opening >= 0 && (tokens[opening].text !== mark || (mark === ',' && isDigitGroupComma(tokens, opening))) && !tokens[opening].quoted) opening--;
    if (opening < 0 || tokens[opening].text !== mark) return undefined;
    const segment = tokens.slice(opening + 1, cursor);
    if (segment.length === 0) return undefined;
    const candidate = phraseEndingAt(text, tokens, cursor - 1);
    const whole = candidate && candidate.first === opening + 1 && isSpeakerPhrase(candidate) && candidate.kind !== 'pronoun' ? candidate : undefined;
    // "As the country's environment minister, Goran Petrik, put it": the name between the commas.
    if (segment.every((word) => isNameWord(word))) return whole;
    if (!PARENTHETICAL_OPENERS.has(segment[0].lower) && !isParticipleAside(segment) && !/^\p{N}+$/u.test(segment[0].text) && !isRoleAppositive(segment) && !isOwnedAppositive(segment)) return whole;
    // "Rita Sand, the opposition leader, said": the name before the appositive; else the appositive itself.
    let before = skipGap(tokens, opening - 1);
    // "Ash, 61, who denied the charges, said": an age between commas before the clause.
    if (before >= 2 && /^\p{N}{1,3}$/u.test(tokens[before].text) && tokens[before - 1].text === ',') before = skipGap(tokens, before - 2);
    // "A worker at the mill, who asked not to be named, said": an anonymous source before the clause.
    const unnamed = before >= 0 ? anonymousEndingAt(text, tokens, before) : undefined;
    if (unnamed && validStart(tokens, unnamed)) return unnamed;
    const ending = before >= 0 ? phraseEndingAt(text, tokens, before) : undefined;
    const named = ending && withAffiliation(text, tokens, ending);
    // "A functionary of the commission, who asked not to be named, admitted": an unnamed member of a body.
    const member = named && isAnonymityClause(segment) ? unnamedMember(text, tokens, named) : undefined;
    if (member) return member;
    // "Ada Moll, the union's envoy for pay talks, who led the strike, said": a role appositive the name stands before.
    if (['who', 'which'].includes(segment[0].lower) && !(named && (named.kind === 'person' || named.kind === 'name' || named.kind === 'role'))) {
      const person = nameBeforeRoleAside(text, tokens, before);
      if (person) return person;
    }
    // "His rival, the mayor of Corvale Halina Rusk, refuses": no speaker before, the full name in the appositive.
    if ((!named || (named.kind === 'role' && named.possessor)) && (candidate?.kind === 'person' || candidate?.kind === 'name') && candidate.first > opening && candidate.name.includes(' ')) {
      // "the mayor of Corvale Halina Rusk": the title's place, then the name.
      const titled = segment[0].lower === 'the' ? classify(text, tokens, opening + 1, cursor - 1) : undefined;
      return titled?.kind === 'person' ? titled : candidate;
    }
    if (!named || !(isSpeakerPhrase(named) || named.kind === 'channel') || !(validStart(tokens, named) || afterDescriptorNoun(tokens, named))) return whole;
    // "A senior engineer at the firm, who spoke on condition of anonymity, said": an anonymous source.
    if (isAnonymityClause(segment) && named.kind !== 'person' && named.kind !== 'name' && !/^the\s/i.test(named.surface)) {
      return { ...named, kind: 'group', name: named.surface.toLowerCase(), anonymous: true };
    }
    // "Ada Moll, president of the union, which has 9,000 members, said": the name before the role the clause describes.
    if (named.kind === 'role' && ['which', 'who'].includes(segment[0].lower) && tokens[named.first - 1]?.text === ',' && named.first >= 2) {
      const person = phraseEndingAt(text, tokens, named.first - 2);
      if (person && (person.kind === 'person' || person.kind === 'name') && person.name.includes(' ') && validStart(tokens, person)) {
        return { ...person, kind: 'person', titles: [...person.titles, ...named.titles], qualifiers: [...person.qualifiers, ...named.qualifiers], gender: person.gender ?? named.gender };
      }
    }
    cursor = before;
  }
  let phrase = phraseEndingAt(text, tokens, cursor);
  // "Several farmers at the grain market said": a group told apart by a place that is no name of a body.
  // Only a plain saying verb makes such a group a source ("Farmers in the valley have complained of …" is narration).
  if ((!phrase || !(isSpeakerPhrase(phrase) || phrase.kind === 'channel')) && PLAIN_SAYING_VERBS.has(tokens[index]?.lower ?? '')) {
    const placed = groupAtPlace(text, tokens, cursor);
    if (placed) return placed;
  }
  // A news outlet is returned too: `findCues` keeps it only when it speaks in its own voice.
  if (!phrase) return undefined;
  let before: Token | undefined = tokens[phrase.first - 1];
  if (before && ['from', 'by', 'of'].includes(before.lower) && DOCUMENT_NOUNS.has(tokens[phrase.first - 2]?.lower ?? '')) {
    // "A statement from the authority said": the body speaks through its statement.
    let first = phrase.first - 2;
    while (first > 0 && ['a', 'an', 'the', 'joint', 'written', 'brief', 'short', 'separate', 'official'].includes(tokens[first - 1].lower)) first--;
    before = tokens[first - 1];
    if (!before || before.kind === 'punct' || FUNCTION_WORDS.has(before.lower)) return phrase;
    return undefined;
  }
  phrase = withNamingVerb(text, tokens, withAffiliation(text, tokens, phrase));
  phrase = documentOwner(text, tokens, phrase) ?? phrase;
  before = tokens[phrase.first - 1];
  if (!validStart(tokens, phrase) && !(phrase.kind === 'pronoun' && afterOpeningAdverbial(tokens, phrase.first)) && !afterOpeningDescriptor(tokens, phrase) && !afterDescriptorNoun(tokens, phrase)) return undefined;
  if (before?.lower === 'and') {
    const other = phraseEndingAt(text, tokens, phrase.first - 2);
    // "Both he and Mrs. X declared": a pronoun joins a name when "both" opens the pair.
    const pairedPronoun = other?.kind === 'pronoun' && (other.head === 'he' || other.head === 'she') && tokens[other.first - 1]?.lower === 'both' && (phrase.kind === 'person' || phrase.kind === 'name');
    if (other && isSpeakerPhrase(other) && (other.kind !== 'pronoun' || pairedPronoun) && phrase.kind !== 'pronoun') {
      return {
        start: other.start,
        end: phrase.end,
        kind: 'joint',
        surface: text.slice(other.start, phrase.end),
        name: `${other.name} and ${phrase.name}`,
        titles: [],
        qualifiers: [],
        head: 'and',
        members: [other, phrase],
        first: other.first,
        last: phrase.last,
      };
    }
  }
  return phrase;
}

/**
 * "The Norvish runner Ada Voss says", "Her teammate Ada Voss said", "Berg's colleague Ada Voss said": a full name in
 * close apposition after the descriptor that opens the sentence (an article, a possessive pronoun or a name's
 * possessive, up to three modifiers, then a common noun).
 */
function afterDescriptorNoun(tokens: readonly Token[], phrase: NounPhrase): boolean {
  if (!(phrase.kind === 'person' || phrase.kind === 'name') || !phrase.name.includes(' ')) return false;
  const isModifier = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && !token.quoted && !token.numeric && !FUNCTION_WORDS.has(token.lower);
  const noun = tokens[phrase.first - 1];
  if (!isModifier(noun) || noun.capitalized || /ed$/.test(noun.lower)) return false;
  let cursor = phrase.first - 2;
  for (let modifiers = 0; modifiers < 3 && isModifier(tokens[cursor]); modifiers++) cursor--;
  const determiner = tokens[cursor];
  if (determiner?.kind === 'possessive') {
    cursor--;
    while (cursor >= 0 && isNameWord(tokens[cursor])) cursor--;
  } else if (determiner && (['the', 'a', 'an'].includes(determiner.lower) || POSSESSIVE_PRONOUNS.has(determiner.lower))) {
    cursor--;
  } else {
    return false;
  }
  return cursor < 0;
}

/**
 * "Business lobby the Traders Association said", "Rights group the Open Door Trust said": one or two lowercase
 * words opening the sentence describe the body or person named after "the".
 */
function afterOpeningDescriptor(tokens: readonly Token[], phrase: NounPhrase): boolean {
  if (tokens[phrase.first]?.lower !== 'the' || !['organization', 'name', 'person'].includes(phrase.kind)) return false;
  const words = tokens.slice(0, phrase.first);
  if (words.length < 1 || words.length > 2) return false;
  return words.every((word, position) => word.kind === 'word' && !word.quoted && (position === 0 || !word.capitalized) && !FUNCTION_WORDS.has(word.lower) && !word.numeric);
}

/**
 * "the verdict of Ada Brenn, leader of the Green Party, who said …", "He met Leon Brandt, who told him …": the person
 * or body a relative "who" after a comma refers to, past a title in apposition. `who` is the index of "who".
 */
function relativeAntecedent(text: string, tokens: readonly Token[], who: number, verb: number): NounPhrase | undefined {
  // Only a verb that frames reported speech, in the active ("who asked not to be named", "who is expected to" report nothing).
  if (!CONTINUATION_VERBS.has(tokens[verb].lower) || tokens.slice(who + 1, verb).some((gap) => ['is', 'are', 'was', 'were', 'been', 'be'].includes(gap.lower))) return undefined;
  let end = who - 2;
  let opening = end;
  while (opening >= 0 && tokens[opening].text !== ',' && !tokens[opening].quoted && who - opening < 12) opening--;
  if (opening > 0 && tokens[opening].text === ',' && isRoleAppositive(tokens.slice(opening + 1, who - 1))) end = opening - 1;
  const phrase = end >= 0 ? phraseEndingAt(text, tokens, end) : undefined;
  if (!phrase || !['person', 'name', 'role', 'organization', 'orgReference', 'group'].includes(phrase.kind)) return undefined;
  return phrase;
}

/**
 * "The presidential office's own readout", "the ministry's statement": a document owned by a body or person, who
 * speaks through it. Undefined for any other phrase.
 */
function documentOwner(text: string, tokens: readonly Token[], phrase: NounPhrase): NounPhrase | undefined {
  const head = tokens[phrase.last];
  if (!DOCUMENT_NOUNS.has(head.lower) || head.capitalized) return undefined;
  let possessive = phrase.last - 1;
  if (tokens[possessive]?.lower === 'own') possessive--;
  if (tokens[possessive]?.kind !== 'possessive' || possessive <= phrase.first) return undefined;
  const owner = phraseEndingAt(text, tokens, possessive - 1);
  if (!owner || owner.first !== phrase.first || !['person', 'name', 'organization'].includes(owner.kind)) return undefined;
  return { ...owner, end: phrase.end, last: phrase.last, surface: text.slice(owner.start, phrase.end) };
}

/** Past forms of the verbs that open a coordinated act ("stood up and shouted") without ending in -ed. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'stood', 'rose', 'got', 'took', 'went', 'came', 'made', 'gave', 'held', 'turned', 'sat', 'left', 'threw', 'broke', 'began', 'found', 'saw', 'heard', 'read', 'spoke', 'sprang', 'leapt',
]);

/**
 * "X stood up and shouted", "X jumped to his feet and shouted", "The judge called her account credible, and
 * said": the subject of the first verb of a coordination speaks. `and` is the index of the conjunction; the first
 * verb is a past form at most eight words before it, in the same clause.
 */
function coordinatedSubject(text: string, tokens: readonly Token[], and: number): NounPhrase | undefined {
  let limit = and - 1;
  if (tokens[limit]?.text === ',') limit--;
  const first = Math.max(0, limit - 8);
  let from = limit;
  while (from > first && tokens[from - 1].kind === 'word' && !tokens[from - 1].quoted) from--;
  for (let verb = from; verb <= limit; verb++) {
    const token = tokens[verb];
    if (token.kind !== 'word' || token.capitalized || token.quoted || FUNCTION_WORDS.has(token.lower)) continue;
    if (!/[^e]ed$/.test(token.lower) && !IRREGULAR_PAST.has(token.lower)) continue;
    const subject = leftSubject(text, tokens, verb, false);
    if (subject && subject.kind !== 'document') return subject;
  }
  return undefined;
}

/** The role a body qualifies ("a fellow at the institute") or the group a place does, as one phrase; the phrase itself otherwise. */
function withAffiliation(text: string, tokens: readonly Token[], phrase: NounPhrase): NounPhrase {
  const link = tokens[phrase.first - 1]?.lower ?? '';
  if (!['for', 'of', 'at', 'with', 'in'].includes(link)) return phrase;
  const role = phraseEndingAt(text, tokens, phrase.first - 2);
  // "shop owners in Orland": a group is told apart by where it is.
  if (link === 'in') {
    if (role?.kind === 'group') return { ...role, end: phrase.end, last: phrase.last, surface: text.slice(role.start, phrase.end), name: `${role.name} in ${phrase.name}` };
    // "The government in Orland", "the ministry in Dravno": a body told apart by the capital it sits in.
    if ((role?.kind === 'orgReference' || role?.kind === 'organization') && !role.possessor && !COMPANY_NOUNS.has(role.head) && phrase.kind === 'name' && phrase.first === phrase.last) {
      return { ...role, kind: 'organization', end: phrase.end, last: phrase.last, surface: text.slice(role.start, phrase.end), name: `${role.name} in ${phrase.name}` };
    }
    return phrase;
  }
  // "a spokeswoman for the authority said": an unnamed spokesperson is the body speaking.
  if (role && isBodySpokesperson(role, phrase)) return { ...phrase, start: role.start, first: role.first, surface: text.slice(role.start, phrase.end) };
  if (!role || !(role.kind === 'role' || role.kind === 'group' || role.kind === 'person' || role.kind === 'joint')) return phrase;
  const affiliation = phrase.kind === 'organization' || phrase.kind === 'orgReference' ? phrase.name.toLowerCase().split(' ') : [];
  // "researchers at Ashwick Labs": an unnamed group is told apart by the body it works for, as "… in a town" is by place.
  const bare = role.kind === 'group' && !role.anonymous && role.surface.toLowerCase() === role.name && /^[a-z]+s$/.test(role.name);
  if (bare && link === 'at' && phrase.kind === 'organization' && isNameWord(tokens[phrase.first])) {
    return { ...role, end: phrase.end, last: phrase.last, surface: text.slice(role.start, phrase.end), name: `${role.name} at ${phrase.name}`, qualifiers: [...role.qualifiers, ...affiliation] };
  }
  return { ...role, end: phrase.end, last: phrase.last, surface: text.slice(role.start, phrase.end), qualifiers: [...role.qualifiers, ...affiliation] };
}

/**
 * "a user called Tamsin", "a nurse named Ada Voss": the person a descriptor introduces by name; "a criminal group
 * calling itself X", "a collective known as X": the body. Up to two lowercase words may qualify the descriptor.
 */
function withNamingVerb(text: string, tokens: readonly Token[], phrase: NounPhrase): NounPhrase {
  if (phrase.kind !== 'name') return phrase;
  const link = namingLinkBefore(tokens, phrase.first);
  if (link === 0) return phrase;
  const nounIndex = phrase.first - link - 1;
  const noun = tokens[nounIndex];
  if (!noun || noun.kind !== 'word' || noun.capitalized || noun.quoted) return phrase;
  let articleIndex = nounIndex - 1;
  while (articleIndex >= nounIndex - 2 && isPlainWord(tokens[articleIndex]) && !['a', 'an', 'one'].includes(tokens[articleIndex].lower)) articleIndex--;
  const article = tokens[articleIndex];
  if (!article || !['a', 'an', 'one'].includes(article.lower)) return phrase;
  if (articleIndex !== nounIndex - 1 && !ORGANIZATION_HEADS.has(noun.lower)) return phrase;
  const surface = text.slice(article.start, phrase.end);
  if (ORGANIZATION_HEADS.has(noun.lower)) return { ...phrase, kind: 'organization', start: article.start, first: articleIndex, surface, titles: [noun.lower] };
  return { ...phrase, kind: 'person', start: article.start, first: articleIndex, surface, titles: [noun.lower] };
}

/** The number of tokens of a naming link ending just before `index`: "called", "named", "dubbed", "known as", "calling itself"; 0 for none. */
function namingLinkBefore(tokens: readonly Token[], index: number): number {
  const one = tokens[index - 1]?.lower ?? '';
  if (['called', 'named', 'dubbed'].includes(one)) return 1;
  const two = tokens[index - 2]?.lower ?? '';
  if ((two === 'known' && one === 'as') || (two === 'calling' && ['itself', 'themselves'].includes(one))) return 2;
  return 0;
}

function isPlainWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && !token.capitalized && !token.quoted;
}

/** "a functionary of the commission": "a" or "an", at most three lowercase words and a link before a body. */
function unnamedMember(text: string, tokens: readonly Token[], body: NounPhrase): NounPhrase | undefined {
  if (body.kind !== 'organization' && body.kind !== 'orgReference') return undefined;
  if (!['of', 'at', 'for', 'in', 'from', 'with'].includes(tokens[body.first - 1]?.lower ?? '')) return undefined;
  let first = body.first - 2;
  while (first >= 0 && first > body.first - 5 && tokens[first].kind === 'word' && !tokens[first].capitalized && !['a', 'an'].includes(tokens[first].lower)) first--;
  if (first < 0 || first === body.first - 2 || !['a', 'an'].includes(tokens[first]?.lower ?? '')) return undefined;
  const surface = text.slice(tokens[first].start, body.end);
  return { ...body, kind: 'group', start: tokens[first].start, first, surface, name: surface.toLowerCase(), head: tokens[body.first - 2].lower, titles: [], qualifiers: [], anonymous: true };
}

/** "who spoke on condition of anonymity", "who asked not to be named": the source withholds its name. */
function isAnonymityClause(segment: readonly Token[]): boolean {
  const words = segment.map((word) => word.lower).join(' ');
  return /\banonymity\b|\bnot to be (named|identified)\b|\bdeclined to be (named|identified)\b/.test(words);
}

/** An unnamed spokesperson of a body: "a spokesman for the ministry", "the company's spokeswoman" is not (owned). */
function isBodySpokesperson(role: NounPhrase, body: NounPhrase): boolean {
  return role.kind === 'role' && SPOKESPERSON_TITLES.has(role.head) && !role.possessor && (body.kind === 'organization' || body.kind === 'orgReference');
}

/** "chair of the council", "executive director of the trust": lowercase words that reach a title within three words. */
function isRoleAppositive(segment: readonly Token[]): boolean {
  for (let index = 0; index < Math.min(segment.length, 3); index++) {
    const word = segment[index];
    if (word.kind !== 'word' || word.capitalized) return false;
    if (TITLE_WORDS.has(word.lower)) return true;
  }
  return false;
}

/**
 * The full name before a comma-enclosed role aside that ends at `last` ("Ada Moll, the regional envoy for trade"):
 * the aside opens with an article or a title word and holds a title word; undefined otherwise.
 */
function nameBeforeRoleAside(text: string, tokens: readonly Token[], last: number): NounPhrase | undefined {
  let comma = last;
  while (comma >= 0 && last - comma < 12 && tokens[comma].text !== ',' && !tokens[comma].quoted && tokens[comma].kind !== 'punct') comma--;
  if (comma < 1 || tokens[comma].text !== ',') return undefined;
  const aside = tokens.slice(comma + 1, last + 1);
  const opener = aside[0];
  if (!opener || opener.capitalized || !(['the', 'a', 'an'].includes(opener.lower) || TITLE_WORDS.has(opener.lower))) return undefined;
  if (!aside.some((word) => !word.capitalized && TITLE_WORDS.has(word.lower))) return undefined;
  const person = phraseEndingAt(text, tokens, comma - 1);
  if (!person || !(person.kind === 'person' || person.kind === 'name') || !person.name.includes(' ') || !validStart(tokens, person)) return undefined;
  return { ...person, kind: 'person' };
}

/**
 * "farmers at the grain market", "residents of the old town": a plural group, then a preposition of place, "the" and
 * at most four words ending at `last`; undefined for any other shape.
 */
function groupAtPlace(text: string, tokens: readonly Token[], last: number): NounPhrase | undefined {
  let index = last;
  while (index >= 0 && last - index < 5 && tokens[index].kind === 'word' && !tokens[index].quoted && !PLACE_PREPOSITIONS.has(tokens[index].lower)) index--;
  const link = tokens[index];
  if (!link || !PLACE_PREPOSITIONS.has(link.lower) || tokens[index + 1]?.lower !== 'the' || index + 1 >= last) return undefined;
  const group = phraseEndingAt(text, tokens, index - 1);
  if (!group || group.kind !== 'group' || group.anonymous || group.last !== index - 1 || !validStart(tokens, group)) return undefined;
  const surface = text.slice(group.start, tokens[last].end);
  return { ...group, end: tokens[last].end, last, surface, name: `${group.name} ${text.slice(link.start, tokens[last].end)}` };
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'of', 'from', 'near']);
const PLAIN_SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'tell', 'tells']);

/** "Aldecott's agent", "the country's largest maker of …": a name with a possessive, then lowercase words. */
function isOwnedAppositive(segment: readonly Token[]): boolean {
  const possessive = segment.findIndex((word) => word.kind === 'possessive');
  if (possessive < 1 || possessive > 3 || !segment.slice(0, possessive).every((word) => isNameWord(word))) return false;
  const rest = segment.slice(possessive + 1);
  return rest.length > 0 && rest[0].kind === 'word' && !rest[0].capitalized;
}

const DISMISS_VERBS: ReadonlySet<string> = new Set(['dismiss', 'dismisses', 'dismissed']);

/** Titles of a judge, who speaks for the court in a ruling. */
const JUDGE_TITLES: ReadonlySet<string> = new Set(['judge', 'justice']);

/** "put the cost at about 80 million": an estimate, "put" + object + "at" + a figure. */
function isFigurePut(tokens: readonly Token[], index: number): boolean {
  if (!PUT_VERBS.has(tokens[index].lower)) return false;
  for (let cursor = index + 2; cursor < Math.min(tokens.length - 1, index + 10); cursor++) {
    if (tokens[cursor].kind === 'punct' || tokens[cursor].quoted) return false;
    if (tokens[cursor].lower !== 'at') continue;
    let figure = cursor + 1;
    while (APPROXIMATORS.has(tokens[figure]?.lower ?? '')) figure++;
    return tokens[figure]?.numeric === true;
  }
  return false;
}

const PUT_VERBS: ReadonlySet<string> = new Set(['put', 'puts']);
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'least', 'more', 'than', 'up', 'to', 'over', 'under', 'just']);

/** "…, he asked, when …?" or "…, she asked.": "asked" with a subject between commas, in a question. */
function isAskedQuestion(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (!previous || previous.kind !== 'word' || tokens[index - 2]?.text !== ',') return false;
  if (next && next.text !== ',' && next.text !== '?') return false;
  return tokens.some((token) => token.text === '?');
}

/** True when a person's name or title opens the object at `index` ("the coach", "national team coach X", "Aldecott"). */
function isPersonObject(tokens: readonly Token[], index: number): boolean {
  for (let cursor = index; cursor < Math.min(tokens.length, index + 5); cursor++) {
    const token = tokens[cursor];
    if (token.kind !== 'word' || token.quoted) return false;
    if (TITLE_WORDS.has(token.lower)) return true;
    if (isNameWord(token)) return true;
    if (!['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(token.lower) && !/^[a-z-]+$/.test(token.text)) return false;
  }
  return false;
}

/**
 * "called the dismissal a breach of contract", "called the canal the most important project": a characterisation,
 * "called" + object + "a" / "an" noun or "the" + superlative. Not "called the plant the day before".
 */
function isCharacterisation(tokens: readonly Token[], index: number): boolean {
  if (!['the', 'his', 'her', 'its', 'their', 'this', 'that', 'it', 'them', 'him'].includes(tokens[index + 1]?.lower ?? '')) return false;
  const pronounObject = ['it', 'them', 'him', 'this', 'that'].includes(tokens[index + 1].lower);
  for (let cursor = index + 2; cursor < Math.min(tokens.length, index + 7); cursor++) {
    const token = tokens[cursor];
    if (token.kind === 'punct') return false;
    if (token.lower === 'a' || token.lower === 'an') return cursor > index + 2 || pronounObject;
    if (token.lower === 'the' && (cursor > index + 2 || pronounObject) && isSuperlative(tokens[cursor + 1])) return true;
  }
  return false;
}

/** Words ending in "-est" that are no superlative. */
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set([
  'west', 'rest', 'test', 'interest', 'protest', 'request', 'contest', 'nest', 'chest', 'guest', 'quest', 'forest', 'harvest',
  'manifest', 'arrest', 'conquest', 'crest', 'vest', 'zest', 'honest', 'modest', 'digest', 'inquest', 'behest', 'unrest',
]);

/** "most", "least", "best", "only", "biggest", "largest": a superlative after "the". */
function isSuperlative(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || token.capitalized || token.quoted) return false;
  if (['most', 'least', 'best', 'worst', 'only'].includes(token.lower)) return true;
  return /^[a-z]{2,}est$/.test(token.lower) && !NOT_SUPERLATIVES.has(token.lower);
}

/** True when the phrase can open a clause: nothing, punctuation, a conjunction or an adverb before it. */
/**
 * "At the same time she asked …", "On Monday he told …": a short prepositional phrase opens the sentence
 * before a pronoun subject, without the comma that would otherwise mark it off.
 */
function afterOpeningAdverbial(tokens: readonly Token[], first: number): boolean {
  const opener = tokens[0].lower;
  return first >= 2 && first <= 5 && (PREPOSITIONS.has(opener) || TEMPORAL_PREPOSITIONS.has(opener)) && tokens.slice(0, first).every((token) => token.kind === 'word' && !token.quoted);
}

function validStart(tokens: readonly Token[], phrase: NounPhrase): boolean {
  const before = tokens[phrase.first - 1];
  return !(before && before.kind === 'word' && before.lower !== 'and' && (PREPOSITIONS.has(before.lower) || !FUNCTION_WORDS.has(before.lower)));
}

/** The auxiliaries and adverbs right before the verb at `index` ("has not" in "X has not commented"), not those of an aside. */
function auxiliariesBefore(tokens: readonly Token[], index: number): Token[] {
  let first = index;
  while (first > 0 && tokens[first - 1].kind === 'word' && !tokens[first - 1].capitalized && VERB_GAP_WORDS.has(tokens[first - 1].lower)) first--;
  return tokens.slice(first, index);
}

/** Moves left past auxiliaries, adverbs and "on Tuesday"; returns the index of the first other token. */
function skipGap(tokens: readonly Token[], from: number): number {
  let cursor = from;
  while (cursor >= 0) {
    const current = tokens[cursor];
    if (current.kind === 'word' && !current.capitalized && (VERB_GAP_WORDS.has(current.lower) || /ly$/.test(current.lower))) {
      cursor--;
      continue;
    }
    if (current.kind === 'word' && TIME_WORDS.has(current.lower) && tokens[cursor - 1]?.lower === 'on') {
      cursor -= 2;
      continue;
    }
    // "The Harbour Safety Board (HSB) said": the abbreviation a body is introduced with stands between it and its verb.
    if (current.text === ')' && tokens[cursor - 2]?.text === '(' && /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(tokens[cursor - 1]?.text ?? '') && cursor >= 3) {
      cursor -= 3;
      continue;
    }
    if (current.kind === 'word' && TIME_WORDS.has(current.lower) && TIME_WORDS.has(tokens[cursor - 1]?.lower ?? '') && tokens[cursor - 2]?.lower === 'on') {
      cursor -= 3;
      continue;
    }
    break;
  }
  return cursor;
}

/** Where the cue's verb ends, with its particle ("called on", "pointed out", "put it"). */
function verbEnd(tokens: readonly Token[], index: number): number {
  const next = tokens[index + 1];
  if (next && VERB_PARTICLES.get(tokens[index].lower)?.has(next.lower)) return next.end;
  if (next && CALL_VERBS.has(tokens[index].lower) && (next.lower === 'on' || next.lower === 'for')) return next.end;
  return tokens[index].end;
}

/** True for a phrase that can speak. */
/**
 * "X has listed the company on its leak site", "X posted a message on its channel": the body or person who put a
 * post up, whose words a later "the post reads" quotes. Undefined when no publishing verb has its own outlet.
 */
export function publisherOf(text: string, tokens: readonly Token[]): NounPhrase | undefined {
  for (const [index, token] of tokens.entries()) {
    if (token.quoted || !PUBLISH_VERBS.has(token.lower)) continue;
    const channel = tokens.slice(index + 1, index + 12).findIndex((later, offset, rest) => ['its', 'his', 'her', 'their'].includes(later.lower) && rest.slice(offset + 1, offset + 4).some((noun) => CHANNEL_PAGES.has(noun.lower)));
    if (channel < 0) continue;
    const subject = leftSubject(text, tokens, index);
    if (subject && ['name', 'person', 'organization', 'orgReference'].includes(subject.kind)) return subject;
  }
  return undefined;
}

const PUBLISH_VERBS: ReadonlySet<string> = new Set(['posted', 'listed', 'published', 'uploaded', 'wrote', 'named']);
const CHANNEL_PAGES: ReadonlySet<string> = new Set(['site', 'website', 'page', 'account', 'channel', 'blog', 'feed', 'forum']);

export function isSpeakerPhrase(phrase: NounPhrase): boolean {
  return phrase.kind !== 'channel';
}

/** True when the clause stops after `index`: end of sentence, a comma, or a trailing prepositional phrase. */
function endsClause(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  return next === undefined || next.kind === 'punct' || ['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'according'].includes(next.lower);
}

/** True when content comes before the cue: a comma or closing quote right before it, with words before that. */
function isClosing(tokens: readonly Token[], subjectFirst: number, verbIndex: number): boolean {
  const before = tokens[subjectFirst - 1];
  if (!before || (before.text !== ',' && !isQuoteMark(before))) return false;
  const contentWords = tokens.slice(0, subjectFirst).filter((word) => word.kind === 'word').length;
  if (contentWords < 3) return false;
  // "Ahead of the vote, officials criticised the plan": an adverbial opener, not content the cue closes.
  if (OPENING_PREPOSITIONS.has(tokens[0].lower) && !tokens.slice(1, subjectFirst - 1).some((word) => word.text === ',' || isQuoteMark(word))) return false;
  // "A, X said, and B, Y said": what follows ", and" is another clause with its own cue.
  if (tokens[verbIndex + 1]?.text === ',' && ['and', 'but', 'while', 'whereas'].includes(tokens[verbIndex + 2]?.lower ?? '')) return true;
  const after = tokens.slice(verbIndex + 1);
  return !after.some((word) => word.lower === 'that') && after.filter((word) => word.kind === 'word').length <= 8;
}

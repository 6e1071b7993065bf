// Finds the words in a sentence that attribute it: "X said", "said X", "X told Y that", "according to X",
// "Y was told by X", "X was quoted as saying", "as X put it", "in her view". Returns every cue with
// its subject phrase; the caller resolves the subject and picks the cue that governs each passage.

import type { Span } from '../model';
import {
  CALL_VERBS,
  COURT_VOICES,
  DOCUMENT_NOUNS,
  JUDICIAL_VERBS,
  REQUEST_VERBS,
  TITLE_WORDS,
  FUNCTION_WORDS,
  POSSESSIVE_PRONOUNS,
  REPORTING_VERBS,
  STANCE_NOUNS,
  TIME_WORDS,
  VERB_GAP_WORDS,
  VERB_PARTICLES,
} from './lexicon';
import { isNameWord, phraseEndingAt, phraseStartingAt, type NounPhrase } from './names';
import { isQuoteMark, type Token } from './tokens';

/** How a cue is built. */
export type CuePattern = 'subject-verb' | 'verb-subject' | 'according-to' | 'passive' | 'quoted-as-saying' | 'stance';

/** One attributing construction in a sentence. */
export interface CueMatch {
  /** Who the cue credits, as written. */
  readonly subject: NounPhrase;
  /** The attributing words: subject through verb ("Xi stressed"), or verb through subject ("said Xi"). */
  readonly span: Span;
  /** The reporting verb, lowercase ("said"); "according to" for that pattern. */
  readonly verb: string;
  readonly pattern: CuePattern;
  /** Index of the verb token (of "according", of the possessive for `stance`). */
  readonly verbIndex: number;
  /** True when the reported content comes before the cue ("…, Xi said."). */
  readonly closing: boolean;
}

const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'with', 'by', 'from', 'for', 'about', 'against', 'at', 'on', 'in', 'into', 'between', 'over', 'under',
  'toward', 'towards', 'than', 'like', 'via', 'within', 'without', 'upon', 'onto', 'among', 'amid',
]);
const WISH_VERBS: ReadonlySet<string> = new Set(['want', 'wants', 'wanted']);
const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest']);
const PARENTHETICAL_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'who', 'which', 'in', 'speaking', 'at', 'during', 'whose', 'writing', 'himself', 'herself', 'now',
  'also', 'one', 'currently', 'then', 'until', 'formerly', 'later', 'earlier', 'after', 'before', 'on', 'when',
]);

/** Every cue of the sentence, in order of their verbs. */
export function findCues(text: string, tokens: readonly Token[]): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== 'word' || token.quoted) continue;
    const cue = cueAt(text, tokens, index);
    if (cue && cue.subject.kind !== 'channel') cues.push(cue);
  }
  return cues;
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
    const subject = phraseStartingAt(text, tokens, start);
    if (!subject || !isSpeakerPhrase(subject)) return undefined;
    return { subject, span: { start: token.start, end: subject.end }, verb: 'according to', pattern: 'according-to', verbIndex: index, closing: index > 0 };
  }
  if (token.lower === 'in' && POSSESSIVE_PRONOUNS.has(tokens[index + 1]?.lower ?? '') && STANCE_NOUNS.has(tokens[index + 2]?.lower ?? '')) {
    return stanceCue(text, tokens, index);
  }
  if (token.capitalized && index > 0) return undefined;
  if (token.lower === 'quoted') return quotedCue(text, tokens, index);
  if (JUDICIAL_VERBS.has(token.lower)) return judicialCue(text, tokens, index);
  if (!REPORTING_VERBS.has(token.lower)) return undefined;
  // "asked the company to drop its appeal" reports a request; "asked about the dam" does not.
  if (REQUEST_VERBS.has(token.lower) && !tokens.slice(index + 1, index + 7).some((later) => ['to', 'for', 'that'].includes(later.lower))) return undefined;
  const particles = VERB_PARTICLES.get(token.lower);
  if (particles && !particles.has(tokens[index + 1]?.lower ?? '')) return undefined;
  if (CALL_VERBS.has(token.lower) && !['on', 'for', 'upon'].includes(tokens[index + 1]?.lower ?? '') && !tokens.slice(index + 1).some((later) => later.quoted)) {
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
  }
  const left = leftSubject(text, tokens, index);
  // "Kelvane will appeal": a future act, not something said.
  if (left && tokens.slice(left.last + 1, index).some((gap) => gap.lower === 'will' || gap.lower === 'shall')) return undefined;
  // "If the ministry wants to be believed, …": a condition, not a report.
  if (left && CONDITIONAL_OPENERS.has(tokens[left.first - 1]?.lower ?? '')) return undefined;
  // "He wants the licences reviewed": a person's wish is known because they voiced it; "the union wants" is the outlet's summary.
  if (left && WISH_VERBS.has(token.lower) && !['person', 'name', 'pronoun', 'role'].includes(left.kind)) return undefined;
  if (left) {
    return { subject: left, span: { start: left.start, end: verbEnd(tokens, index) }, verb: token.lower, pattern: 'subject-verb', verbIndex: index, closing: isClosing(tokens, left.first, index) };
  }
  if (previous === undefined || previous.text === ',' || isQuoteMark(previous)) {
    const subject = phraseStartingAt(text, tokens, index + 1);
    if (subject && isSpeakerPhrase(subject) && endsClause(tokens, subject.last + 1)) {
      return { subject, span: { start: token.start, end: subject.end }, verb: token.lower, pattern: 'verb-subject', verbIndex: index, closing: index > 0 };
    }
  }
  return undefined;
}

/** "The court found that …", "the judgment orders …": a judicial verb attributes only with the court as subject. */
function judicialCue(text: string, tokens: readonly Token[], index: number): CueMatch | undefined {
  const subject = leftSubject(text, tokens, index);
  if (!subject || !COURT_VOICES.has(subject.head)) return undefined;
  if (tokens.slice(subject.last + 1, index).some((gap) => gap.lower === 'will' || gap.lower === 'shall')) return undefined;
  return { subject, span: { start: subject.start, end: tokens[index].end }, verb: tokens[index].lower, pattern: 'subject-verb', verbIndex: index, closing: false };
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
  if (previous?.lower === 'was' || previous?.lower === 'were') {
    const subject = leftSubject(text, tokens, index - 1);
    if (!subject) return undefined;
    return { subject, span: { start: subject.start, end: tokens[asIndex + 1].end }, verb: 'quoted as saying', pattern: 'quoted-as-saying', verbIndex: index, closing: isClosing(tokens, subject.first, index) };
  }
  const subject = phraseStartingAt(text, tokens, index + 1);
  if (!subject || !isSpeakerPhrase(subject) || subject.last + 1 !== asIndex) return undefined;
  return { subject, span: { start: tokens[index].start, end: tokens[asIndex + 1].end }, verb: 'quoted as saying', pattern: 'quoted-as-saying', verbIndex: index, closing: false };
}

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

/** The subject to the left of the verb at `index`, past auxiliaries, adverbs, "on Tuesday" and one parenthetical. */
function leftSubject(text: string, tokens: readonly Token[], index: number): NounPhrase | undefined {
  let cursor = skipGap(tokens, index - 1);
  if (cursor < 0) return undefined;
  if (tokens[cursor].text === ',') {
    let opening = cursor - 1;
    while (opening >= 0 && tokens[opening].text !== ',' && !tokens[opening].quoted) opening--;
    if (opening < 0 || tokens[opening].text !== ',') return undefined;
    const segment = tokens.slice(opening + 1, cursor);
    if (segment.length === 0) return undefined;
    const candidate = phraseEndingAt(text, tokens, cursor - 1);
    const whole = candidate && candidate.first === opening + 1 && isSpeakerPhrase(candidate) && candidate.kind !== 'pronoun' ? candidate : undefined;
    // "As the country's environment minister, Goran Petrik, put it": the name between the commas.
    if (segment.every((word) => isNameWord(word))) return whole;
    if (!PARENTHETICAL_OPENERS.has(segment[0].lower) && !/^\p{N}+$/u.test(segment[0].text) && !isRoleAppositive(segment)) return whole;
    // "Rita Sand, the opposition leader, said": the name before the appositive; else the appositive itself.
    const before = skipGap(tokens, opening - 1);
    const named = before >= 0 ? phraseEndingAt(text, tokens, before) : undefined;
    if (!named || !isSpeakerPhrase(named) || !validStart(tokens, named)) return whole;
    cursor = before;
  }
  let phrase = phraseEndingAt(text, tokens, cursor);
  if (!phrase || !isSpeakerPhrase(phrase)) return undefined;
  let before: Token | undefined = tokens[phrase.first - 1];
  if (before && ['from', 'by', 'of'].includes(before.lower) && DOCUMENT_NOUNS.has(tokens[phrase.first - 2]?.lower ?? '')) {
    // "A statement from the authority said": the body speaks through its statement.
    let first = phrase.first - 2;
    while (first > 0 && ['a', 'an', 'the', 'joint', 'written', 'brief', 'short', 'separate', 'official'].includes(tokens[first - 1].lower)) first--;
    before = tokens[first - 1];
    if (!before || before.kind === 'punct' || FUNCTION_WORDS.has(before.lower)) return phrase;
    return undefined;
  }
  if (before && ['for', 'of', 'at', 'with'].includes(before.lower)) {
    // "a spokeswoman for the authority said": the role speaks, the body qualifies it.
    const role = phraseEndingAt(text, tokens, phrase.first - 2);
    if (role && (role.kind === 'role' || role.kind === 'group' || role.kind === 'person' || role.kind === 'joint')) {
      const affiliation = phrase.kind === 'organization' || phrase.kind === 'orgReference' ? phrase.name.toLowerCase().split(' ') : [];
      phrase = { ...role, end: phrase.end, last: phrase.last, surface: text.slice(role.start, phrase.end), qualifiers: [...role.qualifiers, ...affiliation] };
      before = tokens[phrase.first - 1];
    }
  }
  if (!validStart(tokens, phrase)) return undefined;
  if (before?.lower === 'and') {
    const other = phraseEndingAt(text, tokens, phrase.first - 2);
    if (other && isSpeakerPhrase(other) && other.kind !== 'pronoun' && phrase.kind !== 'pronoun') {
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

/** "chair of the council", "executive director of the trust": lowercase words that reach a title within three words. */
function isRoleAppositive(segment: readonly Token[]): boolean {
  for (let index = 0; index < Math.min(segment.length, 3); index++) {
    const word = segment[index];
    if (word.kind !== 'word' || word.capitalized) return false;
    if (TITLE_WORDS.has(word.lower)) return true;
  }
  return false;
}

/** True when the phrase can open a clause: nothing, punctuation, a conjunction or an adverb before it. */
function validStart(tokens: readonly Token[], phrase: NounPhrase): boolean {
  const before = tokens[phrase.first - 1];
  return !(before && before.kind === 'word' && before.lower !== 'and' && (PREPOSITIONS.has(before.lower) || !FUNCTION_WORDS.has(before.lower)));
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
  if (contentWords < 4) return false;
  // "A, X said, and B, Y said": what follows ", and" is another clause with its own cue.
  if (tokens[verbIndex + 1]?.text === ',' && ['and', 'but', 'while', 'whereas'].includes(tokens[verbIndex + 2]?.lower ?? '')) return true;
  const after = tokens.slice(verbIndex + 1);
  return !after.some((word) => word.lower === 'that') && after.filter((word) => word.kind === 'word').length <= 8;
}

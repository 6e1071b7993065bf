// Noun phrases that can speak: names with their titles ("Kessarian President Anton Dravic"), roles
// ("the Marovian president"), institutions ("the Foreign Ministry", "the presidential office"), groups
// ("officials"), pairs ("the two leaders", "X and Y") and pronouns. Read from capitalisation and the
// lexicon only: no list of people or places.

import { lowerCase } from '../chars';
import type { Span } from '../model';
import {
  CALENDAR_WORDS,
  CHANNEL_NOUNS,
  COMPANY_NOUNS,
  DOCUMENT_NOUNS,
  FEMININE_TITLES,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  HONORIFICS,
  JOINT_NOUNS,
  MASCULINE_TITLES,
  NAME_PARTICLES,
  NEWS_WORDS,
  PRESS_OFFICE_HEADS,
  ORGANIZATION_HEADS,
  PERSONAL_PRONOUNS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon';
import type { Token } from './tokens';

/**
 * What a noun phrase names.
 * - `person`: a name with a title or honorific ("President Ilse Brandauer", "Mr. Dravic").
 * - `name`: a bare capitalised name ("Dravic"); a person unless the context says otherwise.
 * - `role`: a title without a name ("the Marovian president", "the spokesman").
 * - `organization`: a named body ("the Foreign Ministry", "the Palace").
 * - `orgReference`: a body named by its kind only ("the ministry", "the presidential office").
 * - `group`: people speaking together ("officials").
 * - `joint`: two or more speakers together ("the two leaders", "X and Y").
 * - `pronoun`: "he", "she", "they", "it".
 * - `channel`: a news outlet passing news on ("the agency", "Kessarian News Agency"): never a speaker.
 * - `document`: a text through which a body speaks ("the statement", "the judgment"); its author speaks.
 */
export type PhraseKind = 'person' | 'name' | 'role' | 'organization' | 'orgReference' | 'group' | 'joint' | 'pronoun' | 'channel' | 'document';

/** A noun phrase of a sentence, with what the rules read from it. */
export interface NounPhrase extends Span {
  readonly kind: PhraseKind;
  /** The phrase as written. */
  readonly surface: string;
  /** The name without titles and determiners ("Anton Dravic", "Kessarian Foreign Ministry"); the head noun for roles. */
  readonly name: string;
  /** Title and role words, lowercase ("president", "spokeswoman"). */
  readonly titles: readonly string[];
  /** Qualifying words before the title or head, lowercase ("kessarian", "foreign"). */
  readonly qualifiers: readonly string[];
  /** The head noun, lowercase: the title of a role, the noun of a group or pair, the pronoun itself. */
  readonly head: string;
  /** Gender shown by an honorific or a gendered title; undefined when the phrase does not show it. */
  readonly gender?: 'm' | 'f';
  /** The possessive pronoun that opens the phrase ("her" in "her office"); undefined when there is none. */
  readonly possessor?: string;
  /** True for a source the article leaves unnamed on purpose ("a senior engineer, who spoke on condition of anonymity"). */
  readonly anonymous?: boolean;
  /** True for a news outlet speaking in its own voice (its editorial, its view), not passing news on. */
  readonly outlet?: boolean;
  /** The parts of a joint phrase written as "X and Y"; undefined otherwise. */
  readonly members?: readonly NounPhrase[];
  /** How many a joint phrase says it names ("the three leaders", "both sides"); undefined when it gives no number. */
  readonly count?: number;
  /** Index of the first token of the phrase. */
  readonly first: number;
  /** Index of the last token of the phrase. */
  readonly last: number;
}

/** True for a capitalised word that can be part of a name (not a function word, weekday or month). */
export function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.nameWord;
}

/** True for a lowercase head noun that can end a speaking phrase. */
function isHeadNoun(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || token.quoted) return false;
  return (
    TITLE_WORDS.has(token.lower) ||
    ORGANIZATION_HEADS.has(token.lower) ||
    JOINT_NOUNS.has(token.lower) ||
    GROUP_NOUNS.has(token.lower) ||
    (DOCUMENT_NOUNS.has(token.lower) && !token.capitalized)
  );
}

/**
 * True when the "and" at `index` joins the words of one portfolio rather than two speakers:
 * "Minister of Mines and Energy", "Mines and Energy Minister Corinne Abara" (capitalised words
 * after "and" run into a title). "Dravic and Brandauer" has no title after it, so it stays a pair.
 */
function isPortfolioAnd(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'and' || !isNameWord(tokens[index - 1]) || !isNameWord(tokens[index + 1])) return false;
  if (TITLE_WORDS.has(tokens[index - 1].lower)) return false;
  if (tokens[index - 2]?.lower === 'of') return true;
  for (let later = index + 1; later < tokens.length && later <= index + 4; later++) {
    if (!isNameWord(tokens[later])) return false;
    if (TITLE_WORDS.has(tokens[later].lower)) return later > index + 1 && isNameWord(tokens[later + 1]);
  }
  return false;
}

function isPlainLowerWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.capitalized && !token.quoted && !FUNCTION_WORDS.has(token.lower) && !NAME_PARTICLES.has(token.lower) && !token.numeric;
}

/** "Edda Holm, 19, …": an age in commas right after the name that ends at `last`. */
export function isAgeAside(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',';
}

/**
 * True for a name particle that runs into a surname: "van" and "der" in "Marit van der Staal" or in
 * "…,” van der Staal said". Only when particles and then a capitalised name word follow, so that a
 * lowercase "la" or "de" elsewhere stays an ordinary word.
 */
export function isParticleAt(tokens: readonly Token[], index: number): boolean {
  let cursor = index;
  while (cursor < tokens.length && tokens[cursor].kind === 'word' && !tokens[cursor].quoted && NAME_PARTICLES.has(tokens[cursor].lower)) cursor++;
  return cursor > index && isNameWord(tokens[cursor]);
}

/** The speaking phrase whose last token is `tokens[last]`, or undefined when none ends there. */
export function phraseEndingAt(text: string, tokens: readonly Token[], last: number): NounPhrase | undefined {
  const head = tokens[last];
  if (head?.kind === 'possessive' && !head.quoted) return placeByOwner(text, tokens, last);
  if (!head || head.kind !== 'word' || head.quoted) return undefined;
  if (PERSONAL_PRONOUNS.has(head.lower)) return classify(text, tokens, last, last);
  const compound = headOfCompound(text, tokens, last) ?? leadersOfStates(text, tokens, last);
  if (compound) return compound;
  if (!isNameWord(head) && !isHeadNoun(head)) return undefined;
  let first = last;
  for (let index = last - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token.quoted) break;
    if (token.kind === 'possessive' && tokens[index - 1]?.kind === 'word') {
      first = index - 1;
      index--;
      continue;
    }
    if (token.lower === 'the' && tokens[index - 1]?.lower === 'of' && isNameWord(tokens[index - 2]) && isNameWord(tokens[index + 1])) {
      first = index - 2;
      index -= 2;
      continue;
    }
    if (token.lower === 'the' || token.lower === 'a' || token.lower === 'an' || token.lower === 'his' || token.lower === 'her' || token.lower === 'their' || token.lower === 'its') {
      first = index;
      break;
    }
    if (isPortfolioAnd(tokens, index)) {
      first = index;
      continue;
    }
    // "the Metal and Electrical Workers' Union": "and" inside a capitalised institution name.
    if (
      token.lower === 'and' &&
      first === index + 1 &&
      isNameWord(tokens[index - 1]) &&
      head.capitalized &&
      ORGANIZATION_HEADS.has(head.lower) &&
      tokens.slice(index + 1, last + 1).every((word) => isNameWord(word) || word.kind === 'possessive')
    ) {
      first = index;
      continue;
    }
    // "…,” resident Ada Voss said": one lowercase descriptor right before the name, opening the phrase.
    if (first === index + 1 && isNameWord(tokens[index + 1]) && isPlainLowerWord(token) && !DOCUMENT_NOUNS.has(token.lower)) {
      const before = tokens[index - 1];
      if (!before || before.kind === 'punct' || ['the', 'a', 'an', 'and'].includes(before.lower)) {
        first = before && ['the', 'a', 'an'].includes(before.lower) ? index - 1 : index;
        break;
      }
      // "Former Solvara international X said": capitalised words from the sentence start qualify the descriptor.
      if (index <= 3 && tokens.slice(0, index).every((word) => isNameWord(word))) {
        first = 0;
        break;
      }
    }
    if (token.lower === 'both' || token.lower === 'two' || token.lower === 'three') {
      first = index;
      continue;
    }
    if (isNameWord(token)) {
      first = index;
      continue;
    }
    if ((token.lower === 'of' || token.lower === 'for') && isNameWord(tokens[index - 1]) && isNameWord(tokens[index + 1])) {
      first = index;
      continue;
    }
    if (first === index + 1 && isParticleAt(tokens, index)) {
      first = index;
      continue;
    }
    if (isHeadNoun(token)) {
      first = index;
      continue;
    }
    // "the food safety agency", "the road safety board": two lowercase modifiers bound to the head by a determiner
    // right before them (no verb fits between "the" and the noun).
    if (
      index === last - 1 &&
      isHeadNoun(head) &&
      !head.capitalized &&
      isPlainLowerWord(token) &&
      isPlainLowerWord(tokens[index - 1]) &&
      ['the', 'a', 'an', 'its', 'their'].includes(tokens[index - 2]?.lower ?? '')
    ) {
      first = index - 1;
      index--;
      continue;
    }
    // A lowercase modifier of a title or institution: "presidential office", "foreign ministry spokesman".
    // After a name, only a known modifier ("Upland foreign ministry"): "Valdor met union leader …" has a verb there.
    if (
      isPlainLowerWord(token) &&
      isHeadNoun(tokens[index + 1]) &&
      index + 1 <= last &&
      !tokens[index + 1].capitalized &&
      (!isNameWord(tokens[index - 1]) || TITLE_MODIFIERS.has(token.lower) || isLeadingDemonym(tokens, index - 1)) &&
      // "the pumps are running, engineer X": a verb before the title is no modifier.
      !(isPlainLowerWord(tokens[index - 1]) && !TITLE_MODIFIERS.has(tokens[index - 1].lower) && !TITLE_MODIFIERS.has(token.lower))
    ) {
      first = index;
      continue;
    }
    // "the state gas company", "its national oil company": a known modifier before a modifier of the head noun.
    if (first === index + 1 && TITLE_MODIFIERS.has(token.lower) && isPlainLowerWord(token) && isPlainLowerWord(tokens[index + 1]) && isHeadNoun(tokens[index + 2]) && !tokens[index + 2].capitalized) {
      first = index;
      continue;
    }
    break;
  }
  return classify(text, tokens, first, last);
}

/** The heads of a state or government named by their office: "head of state", "head of government". */
const HEAD_OF_OFFICES: ReadonlySet<string> = new Set(['state', 'government']);

/**
 * "The head of state stressed …", "the Head of Government said": the office of whoever leads the state or
 * government, a role (head "head of state") that coreference gives to the leader the article names.
 */
function headOfCompound(text: string, tokens: readonly Token[], last: number): NounPhrase | undefined {
  const office = tokens[last];
  if (!HEAD_OF_OFFICES.has(office.lower) || tokens[last - 1]?.lower !== 'of' || tokens[last - 2]?.lower !== 'head' || tokens[last - 2].quoted) return undefined;
  const first = tokens[last - 3]?.lower === 'the' ? last - 3 : last - 2;
  const start = tokens[first].start;
  const head = `head of ${office.lower}`;
  return makePhrase({ start, end: office.end, surface: text.slice(start, office.end), first, last }, { kind: 'role', name: head, titles: ['head'], qualifiers: [], head });
}

/** Plural nouns for the states whose leaders a joint phrase counts ("the leaders of the three states"). */
const STATE_NOUNS: ReadonlySet<string> = new Set(['states', 'countries', 'nations', 'republics']);

/**
 * "The leaders of the three states", "the heads of state of Tornia and Velm": the leaders together, as many as
 * the states counted or named, a joint phrase (head "leaders") that coreference gives to that many principals.
 */
function leadersOfStates(text: string, tokens: readonly Token[], last: number): NounPhrase | undefined {
  let index = last;
  let count: number | undefined;
  if (STATE_NOUNS.has(tokens[index].lower) && COUNTS.has(tokens[index - 1]?.lower ?? '')) {
    count = COUNTS.get(tokens[index - 1].lower);
    index -= 2;
    if (tokens[index]?.lower === 'the') index--;
  } else {
    // "of Tornia and Velm", "of Tornia, Velm and Ossar": names joined by commas and one "and".
    let names = 0;
    let joined = false;
    while (index >= 0 && isNameWord(tokens[index]) && !tokens[index].quoted) {
      while (index >= 0 && isNameWord(tokens[index]) && !tokens[index].quoted) index--;
      names++;
      const separator = tokens[index]?.lower;
      if (separator !== 'and' && separator !== ',') break;
      if (separator === 'and') joined = true;
      index--;
    }
    if (!joined || names < 2) return undefined;
    count = names;
  }
  if (tokens[index]?.lower !== 'of') return undefined;
  index--;
  if (HEAD_OF_OFFICES.has(tokens[index]?.lower ?? '') && tokens[index - 1]?.lower === 'of' && tokens[index - 2]?.lower === 'heads') index -= 2;
  const noun = tokens[index];
  if (!noun || noun.quoted || (noun.lower !== 'leaders' && noun.lower !== 'heads')) return undefined;
  // "the top leaders of …": up to two lowercase modifiers between the article and the noun.
  let first = index;
  while (first > 0 && index - first < 2 && tokens[first - 1].kind === 'word' && !tokens[first - 1].capitalized && !tokens[first - 1].quoted && !FUNCTION_WORDS.has(tokens[first - 1].lower)) first--;
  if (tokens[first - 1]?.lower === 'the') first--;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const surface = text.slice(start, end);
  return makePhrase({ start, end, surface, first, last }, { kind: 'joint', name: surface.toLowerCase(), titles: [], qualifiers: [], head: 'leaders', count });
}

/** Endings of adjectives of nationality ("Marovian", "Japanese", "Danish", "Qatari"). */
export const DEMONYM_ENDING = /(an|ese|ish|i)$/;

/** A capitalised adjective of nationality as written ("Tornian", "Japanese"), outside quotations. */
export function isNationality(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && !token.quoted && token.capitalized && DEMONYM_ENDING.test(token.lower);
}

/** "the Norvish water agency": a capitalised adjective of nationality right after an article qualifies what follows. */
function isLeadingDemonym(tokens: readonly Token[], index: number): boolean {
  return isNationality(tokens[index]) && ['the', 'a', 'an'].includes(tokens[index - 1]?.lower ?? '');
}

/** How many words of a name start with a capital ("Fisheries Ministry" 2, "fisheries ministry" 0). */
export function capitalisedWords(name: string): number {
  return name.split(' ').filter((word) => /^\p{Lu}/u.test(word)).length;
}

/** The speaking phrase that starts at `tokens[first]` ("said the spokesman", "according to X"), or undefined. */
export function phraseStartingAt(text: string, tokens: readonly Token[], first: number): NounPhrase | undefined {
  let index = first;
  const start = tokens[index];
  if (!start || start.kind !== 'word' || start.quoted) return undefined;
  if (PERSONAL_PRONOUNS.has(start.lower)) return classify(text, tokens, first, first);
  while (['the', 'a', 'an', 'both', 'two', 'his', 'her', 'their', 'its'].includes(tokens[index]?.lower ?? '')) index++;
  const opening = index;
  let last = -1;
  let possessor = -1;
  for (; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.quoted) break;
    if (isNameWord(token) || isHeadNoun(token)) {
      last = index;
      continue;
    }
    if (last === index - 1 && isPortfolioAnd(tokens, index)) continue;
    // "according to the engineer Paulo Brandt": one lowercase descriptor right before the name.
    if (index === opening && isPlainLowerWord(token) && isNameWord(tokens[index + 1]) && !DOCUMENT_NOUNS.has(token.lower)) continue;
    // "according to mortgage broker Dina Vost": a two-word descriptor, but not "figures released Monday".
    if (index === opening && isCompoundDescriptor(tokens, index)) {
      index++;
      continue;
    }
    if (token.kind === 'possessive' && tokens[index - 1]?.kind === 'word') {
      possessor = index;
      continue;
    }
    if ((token.lower === 'of' || token.lower === 'for') && last === index - 1 && isNameWord(tokens[index + 1])) continue;
    if (isParticleAt(tokens, index)) continue;
    if (token.lower === 'the' && tokens[index - 1]?.lower === 'of' && isNameWord(tokens[index + 1])) continue;
    if (isPlainLowerWord(token) && (isHeadNoun(tokens[index + 1]) || NEWS_WORDS.has(token.lower))) continue;
    if (NEWS_WORDS.has(token.lower)) {
      last = index;
      continue;
    }
    break;
  }
  // "the two countries’ news agencies": the head comes after the possessive, or there is no phrase.
  if (last < 0 || last < possessor) return undefined;
  return classify(text, tokens, first, last);
}

/**
 * True when two plain lowercase words at `index` describe the name right after them: "mortgage broker",
 * "senior economist". Not a participle ("figures released Monday") nor a date after them.
 */
function isCompoundDescriptor(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index];
  const second = tokens[index + 1];
  const name = tokens[index + 2];
  if (!isPlainLowerWord(first) || !isPlainLowerWord(second) || !isNameWord(name)) return false;
  if (DOCUMENT_NOUNS.has(first.lower) || DOCUMENT_NOUNS.has(second.lower) || second.lower.endsWith('ed')) return false;
  return !CALENDAR_WORDS.has(name.lower);
}

/**
 * "a nurse at St. Anne's said", "a clerk from Dorrow's, who …": a place named by its owner's possessive, with
 * the noun left out, after "at", "in" or "from". Undefined for any other possessive ending a phrase.
 */
function placeByOwner(text: string, tokens: readonly Token[], last: number): NounPhrase | undefined {
  if (!isNameWord(tokens[last - 1])) return undefined;
  const owner = phraseEndingAt(text, tokens, last - 1);
  if (!owner || !['name', 'organization', 'person'].includes(owner.kind) || !['at', 'in', 'from'].includes(tokens[owner.first - 1]?.lower ?? '')) return undefined;
  return { ...owner, kind: 'name', end: tokens[last].end, last, surface: text.slice(owner.start, tokens[last].end), name: text.slice(owner.start, tokens[last].end).replace(/’/g, "'"), titles: [] };
}

/** Number words that count the members of a joint phrase ("the three leaders"). */
const COUNTS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);

/** Reads what the tokens `first..last` name. */
export function classify(text: string, tokens: readonly Token[], first: number, last: number): NounPhrase | undefined {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const surface = text.slice(start, end);
  const base: PhraseBase = { start, end, surface, first, last };
  const head = tokens[last];
  const pronoun = PERSONAL_PRONOUNS.get(head.lower);
  if (first === last && pronoun) {
    return makePhrase(base, { kind: 'pronoun', name: head.lower, titles: [], qualifiers: [], head: head.lower, gender: pronoun === 'm' || pronoun === 'f' ? pronoun : undefined });
  }
  // The commonest phrase, a plain name ("Dravic", "Anton Dravic"), read at once: the general reading below
  // gives the same, only slower. It reads a group noun ("Nurses", "Harbour Officials") as a group.
  if (isPlainName(tokens, first, last) && !GROUP_NOUNS.has(head.lower)) {
    return makePhrase(base, { kind: 'name', name: first === last ? surface : joinWords(text, tokens.slice(first, last + 1)), titles: [], qualifiers: [], head: head.lower });
  }
  let words = tokens.slice(first, last + 1);
  let determiner = false;
  let counted = false;
  let count: number | undefined;
  let possessor: string | undefined;
  // "all three leaders": "all" before a number only counts.
  while (words.length > 1 && (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'both'].includes(words[0].lower) || COUNTS.has(words[0].lower) || (words[0].lower === 'all' && COUNTS.has(words[1].lower)))) {
    if (words[0].lower === 'both' || COUNTS.has(words[0].lower)) {
      counted = true;
      count = COUNTS.get(words[0].lower) ?? 2;
    } else if (words[0].lower !== 'all') determiner = true;
    if (['his', 'her', 'their', 'its'].includes(words[0].lower)) possessor = words[0].lower;
    words = words.slice(1);
  }
  const headWord = words[words.length - 1];
  if (DOCUMENT_NOUNS.has(headWord.lower) && !headWord.capitalized && words.every((word) => word.kind === 'word' && !word.capitalized)) {
    // "the statement said", "the judgment orders": the text speaks for its author.
    return makePhrase(base, { kind: 'document', name: headWord.lower, titles: [], qualifiers: words.slice(0, -1).map((word) => word.lower), head: headWord.lower, possessor });
  }
  // "Clearwater Trust's Felix Ambrose": the person after the possessive, the owner as affiliation.
  const possessiveAt = words.map((word) => word.kind).lastIndexOf('possessive');
  if (possessiveAt > 0) {
    const owned = words.slice(possessiveAt + 1);
    if (owned.length >= 2 && owned.every((word) => isNameWord(word) && !TITLE_WORDS.has(word.lower) && !ORGANIZATION_HEADS.has(word.lower) && !NEWS_WORDS.has(word.lower) && !HONORIFICS.has(word.lower))) {
      const owner = words.slice(0, possessiveAt).filter((word) => word.kind === 'word').map((word) => word.lower);
      return makePhrase(base, { kind: 'name', name: joinWords(text, owned), titles: [], qualifiers: owner, head: owned[owned.length - 1].lower });
    }
  }
  // "Teodor Halme of the Centre for Basin Studies": the person, with the institution as affiliation.
  const connector = words.findIndex((word) => word.lower === 'of' || word.lower === 'at' || word.lower === 'from');
  let affiliation: Token[] = [];
  if (connector > 0) {
    const before = words.slice(0, connector);
    // "The Concord of Peoples Office for Trade": after "the", capitalised words before "of" open the name of the body
    // whose head noun comes later, not a person's name.
    const namedBody =
      determiner &&
      before.every((word) => isNameWord(word) && !TITLE_WORDS.has(word.lower) && !HONORIFICS.has(word.lower)) &&
      words.slice(connector + 1).some((word) => word.capitalized && ORGANIZATION_HEADS.has(word.lower));
    if (!before.some((word) => ORGANIZATION_HEADS.has(word.lower)) && !namedBody) {
      affiliation = words.slice(connector + 1);
      words = before;
      // "Minister of Mines and Energy Corinne Abara": a title, its portfolio, then a first and last name.
      const affiliationWords = affiliation.filter((word) => word.kind === 'word' && !FUNCTION_WORDS.has(word.lower));
      if (
        before.every((word) => TITLE_WORDS.has(word.lower) || TITLE_MODIFIERS.has(word.lower)) &&
        before.some((word) => TITLE_WORDS.has(word.lower)) &&
        affiliationWords.length >= 3 &&
        affiliationWords.every((word) => isNameWord(word) && !ORGANIZATION_HEADS.has(word.lower) && !NEWS_WORDS.has(word.lower))
      ) {
        const nameWords = affiliationWords.slice(-2);
        const titles = before.filter((word) => TITLE_WORDS.has(word.lower)).map((word) => word.lower);
        const gender = titles.map((title) => (MASCULINE_TITLES.has(title) ? 'm' : FEMININE_TITLES.has(title) ? 'f' : undefined)).find(Boolean);
        const qualifiers = affiliationWords.slice(0, -2).map((word) => word.lower);
        return makePhrase(base, { kind: 'person', name: joinWords(text, nameWords), titles, qualifiers, head: nameWords[1].lower, gender });
      }
    }
  }
  let gender: 'm' | 'f' | undefined;
  // "Dr. Lena Ruiz": an honorific shows a person even when it shows no gender.
  let honorific = false;
  const content: Token[] = [];
  const qualifiers: string[] = [];
  const possessives = words.filter((word) => word.kind === 'possessive');
  for (const word of words) {
    if (word.kind === 'possessive') continue;
    if (HONORIFICS.has(word.lower) && word.capitalized) {
      gender ??= MASCULINE_TITLES.has(word.lower) ? 'm' : FEMININE_TITLES.has(word.lower) ? 'f' : undefined;
      honorific = true;
      continue;
    }
    content.push(word);
  }
  for (const word of affiliation) if (word.kind === 'word' && !FUNCTION_WORDS.has(word.lower)) qualifiers.push(word.lower);
  if (content.length === 0) return undefined;
  let titleIndex = -1;
  content.forEach((word, index) => {
    if (TITLE_WORDS.has(word.lower)) titleIndex = index;
  });
  const titles = content.filter((word) => TITLE_WORDS.has(word.lower)).map((word) => word.lower);
  for (const title of titles) {
    gender ??= MASCULINE_TITLES.has(title) ? 'm' : FEMININE_TITLES.has(title) ? 'f' : undefined;
  }
  const nameWords = content.slice(titleIndex + 1).filter((word) => isNameWord(word) || NAME_PARTICLES.has(word.lower));
  const before = content.slice(0, Math.max(titleIndex, 0)).filter((word) => !TITLE_WORDS.has(word.lower) && !FUNCTION_WORDS.has(word.lower));
  // "the Government Press Office": the office that speaks for a government, not a newspaper.
  const newsOutlet = content.some((word, index) => NEWS_WORDS.has(word.lower) && (word.capitalized || word.lower === 'news') && !PRESS_OFFICE_HEADS.has(content[index + 1]?.lower ?? ''));
  // "the Brill Prosecutor's Office": a title in a body's name, not a person named "Office".
  const bodyName = possessives.length > 0 && ORGANIZATION_HEADS.has(content[content.length - 1].lower);
  if (titleIndex >= 0 && nameWords.length > 0 && nameWords.length === content.length - titleIndex - 1 && !bodyName) {
    qualifiers.unshift(...before.map((word) => word.lower));
    return makePhrase(base, { kind: 'person', name: joinWords(text, nameWords), titles, qualifiers, head: nameWords[nameWords.length - 1].lower, gender });
  }
  const lastWord = content[content.length - 1];
  if (titleIndex === content.length - 1) {
    qualifiers.unshift(...before.map((word) => word.lower));
    return makePhrase(base, { kind: 'role', name: lastWord.lower, titles, qualifiers, head: lastWord.lower, gender, possessor });
  }
  // "the agency" may be a news agency or a public body: coreference decides (see `Discourse.bodyFor`).
  const bodyOrChannel = content.length === 1 && !lastWord.capitalized && ORGANIZATION_HEADS.has(lastWord.lower);
  if (newsOutlet || (content.length === 1 && CHANNEL_NOUNS.has(lastWord.lower) && !bodyOrChannel)) {
    return makePhrase(base, { kind: 'channel', name: joinWords(text, content), titles: [], qualifiers, head: lastWord.lower });
  }
  const organizationHead = content.findIndex((word) => ORGANIZATION_HEADS.has(word.lower));
  if (organizationHead >= 0) {
    const named = content.some((word) => isNameWord(word) && !(word === tokens[first] && FUNCTION_WORDS.has(word.lower)));
    const headWord = content[organizationHead].lower;
    // "the power company Valmet Grid": a lowercase kind of body, then its name.
    const ownName = content.slice(organizationHead + 1);
    // "Marovia's state gas company Gazmar": the owner before the kind qualifies it too.
    const ownerBefore = possessives.every((word) => word.start < content[organizationHead].start);
    if (!content[organizationHead].capitalized && ownName.length > 0 && ownName.every((word) => isNameWord(word)) && ownerBefore) {
      return makePhrase(base, { kind: 'organization', name: joinWords(text, ownName), titles: [], qualifiers: content.slice(0, organizationHead + 1).map((word) => word.lower), head: headWord });
    }
    return makePhrase(base, {
      kind: named ? 'organization' : 'orgReference',
      name: joinWords(text, [...content, ...possessives].sort((a, b) => a.start - b.start)),
      titles: [],
      qualifiers: content.filter((word) => word.lower !== headWord).map((word) => word.lower),
      head: headWord,
      possessor,
    });
  }
  if (JOINT_NOUNS.has(lastWord.lower) && (counted || determiner)) {
    return makePhrase(base, { kind: 'joint', name: joinWords(text, content).toLowerCase(), titles: [], qualifiers: content.slice(0, -1).map((word) => word.lower), head: lastWord.lower, count });
  }
  if (GROUP_NOUNS.has(lastWord.lower)) {
    return makePhrase(base, { kind: 'group', name: joinWords(text, content).toLowerCase(), titles: [], qualifiers: content.slice(0, -1).map((word) => word.lower), head: lastWord.lower });
  }
  // "the tabloid Lantern", "the Ossarian daily Morgenlicht": a kind of news outlet, then its name.
  const media = content.findIndex((word) => !word.capitalized && MEDIA_DESCRIPTORS.has(word.lower));
  if (media >= 0 && media < content.length - 1 && content.slice(media + 1).every((word) => isNameWord(word))) {
    return makePhrase(base, { kind: 'channel', name: joinWords(text, content.slice(media + 1)), titles: [], qualifiers: content.slice(0, media + 1).map((word) => word.lower), head: lastWord.lower });
  }
  // "the pro-government Corvale Standard", "the state-run Harbour Gazette": an adjective, not a person's descriptor.
  if (content.some((word) => !word.capitalized && ADJECTIVE_COMPOUND.test(word.lower)) && !content.some((word) => TITLE_WORDS.has(word.lower))) return undefined;
  // "the engineer Paulo Brandt": a lowercase descriptor, then the name.
  const descriptor = content.findIndex((word) => isNameWord(word));
  // An adjective ("the former Solvara") describes no role: "former" is a modifier, not a descriptor.
  if (descriptor > 0 && !TITLE_MODIFIERS.has(content[descriptor - 1].lower) && content.slice(0, descriptor).every((word) => isPlainLowerWord(word)) && content.slice(descriptor).every((word) => isNameWord(word) || NAME_PARTICLES.has(word.lower))) {
    const nameWords = content.slice(descriptor);
    return makePhrase(base, { kind: 'person', name: joinWords(text, nameWords), titles: [content[descriptor - 1].lower], qualifiers: content.slice(0, descriptor - 1).map((word) => word.lower), head: nameWords[nameWords.length - 1].lower, gender });
  }
  // "Former Solvara international Gwen Ashdown": capitalised qualifiers, one lowercase descriptor, then the name.
  const lowered = content.findIndex((word) => isPlainLowerWord(word));
  if (
    lowered > 0 &&
    lowered < content.length - 1 &&
    !TITLE_MODIFIERS.has(content[lowered].lower) &&
    content.slice(0, lowered).every((word) => isNameWord(word)) &&
    content.slice(lowered + 1).every((word) => isNameWord(word) || NAME_PARTICLES.has(word.lower))
  ) {
    const nameWords = content.slice(lowered + 1);
    return makePhrase(base, { kind: 'person', name: joinWords(text, nameWords), titles: [content[lowered].lower], qualifiers: content.slice(0, lowered).map((word) => word.lower), head: nameWords[nameWords.length - 1].lower, gender });
  }
  if (content.every((word) => isNameWord(word) || NAME_PARTICLES.has(word.lower))) {
    return makePhrase(base, {
      kind: determiner && !gender ? 'organization' : gender || honorific ? 'person' : 'name',
      name: joinWords(text, content),
      titles: [],
      qualifiers,
      head: lastWord.lower,
      gender,
    });
  }
  return undefined;
}

/** Lowercase nouns for a kind of news outlet: "the tabloid Lantern" names an outlet, not a person. */
const MEDIA_DESCRIPTORS: ReadonlySet<string> = new Set([
  'tabloid', 'broadsheet', 'daily', 'weekly', 'newspaper', 'paper', 'magazine', 'broadcaster', 'channel', 'station', 'website',
  'outlet', 'newsletter', 'podcast', 'programme', 'program', 'show', 'blog', 'newsweekly', 'newsmagazine', 'journal',
]);

/** Compound adjectives: "pro-government", "anti-corruption", "state-run", "Paris-based", "family-owned". */
const ADJECTIVE_COMPOUND = /^(pro|anti|non|in|so|well|self|once|newly|much)-|-(based|owned|run|backed|controlled|funded|leaning|aligned|friendly|minded)$/;

/** True when the tokens `first..last` are all name words that are no honorific, title, institution or outlet word. */
function isPlainName(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const token = tokens[index];
    if (!token.nameWord || HONORIFICS.has(token.lower) || TITLE_WORDS.has(token.lower) || ORGANIZATION_HEADS.has(token.lower) || NEWS_WORDS.has(token.lower)) return false;
  }
  return true;
}

/** Where a phrase is and how it is written: what every kind of phrase shares. */
type PhraseBase = Pick<NounPhrase, 'start' | 'end' | 'surface' | 'first' | 'last'>;

/** What `classify` reads from the words of a phrase. */
type PhraseReading = Pick<NounPhrase, 'kind' | 'name' | 'titles' | 'qualifiers' | 'head' | 'gender' | 'possessor' | 'count'>;

/**
 * A phrase from its place and reading, as one literal: every phrase gets the same shape, and V8 builds a
 * literal that opens with a spread and adds properties (`{ ...base, kind, … }`) on a slow path, in about
 * a microsecond.
 */
function makePhrase(base: PhraseBase, reading: PhraseReading): NounPhrase {
  return {
    start: base.start,
    end: base.end,
    kind: reading.kind,
    surface: base.surface,
    name: reading.name,
    titles: reading.titles,
    qualifiers: reading.qualifiers,
    head: reading.head,
    gender: reading.gender,
    possessor: reading.possessor,
    count: reading.count,
    first: base.first,
    last: base.last,
  };
}

/** Joins tokens with single spaces, dropping possessive endings. */
function joinWords(text: string, words: readonly Token[]): string {
  let joined = '';
  for (const word of words) {
    if (word.kind === 'possessive') joined += word.text.replace(/’/g, "'");
    else if (word.kind === 'word') joined += (joined ? ' ' : '') + text.slice(word.start, word.end);
  }
  return joined;
}

/** Every capitalised name phrase of a sentence outside quotations, with its titles, in order. */
export function namePhrases(text: string, tokens: readonly Token[]): NounPhrase[] {
  const phrases: NounPhrase[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!isNameWord(tokens[index]) || isNameWord(tokens[index + 1])) continue;
    if ((tokens[index + 1]?.lower === 'of' || tokens[index + 1]?.lower === 'for') && isNameWord(tokens[index + 2])) continue;
    const phrase = phraseEndingAt(text, tokens, index);
    if (!phrase || phrase.kind === 'pronoun') continue;
    const role = tokens[phrase.first - 1]?.text === ',' ? phraseEndingAt(text, tokens, phrase.first - 2) : undefined;
    if (role?.kind === 'role' && (phrase.kind === 'name' || phrase.kind === 'person')) {
      // "The ministry's spokeswoman, Petra Linnell, …": the name carries the role's title.
      phrases.push({ ...phrase, kind: 'person', titles: [...phrase.titles, ...role.titles], qualifiers: [...phrase.qualifiers, ...role.qualifiers], gender: phrase.gender ?? role.gender });
      continue;
    }
    if (phrase.kind === 'name' && phrase.name.includes(' ') && isPersonContext(text, tokens, phrase.last + 1)) {
      phrases.push({ ...phrase, kind: 'person' });
      continue;
    }
    const business = phrase.kind === 'name' ? companyAppositive(tokens, phrase.last + 1) : undefined;
    if (business) {
      phrases.push({ ...phrase, kind: 'organization', titles: [], qualifiers: business, head: business[business.length - 1] });
      continue;
    }
    phrases.push(withAppositiveTitles(tokens, phrase));
  }
  return phrases;
}

/**
 * True when the words after a full name show a person: a relative "who" ("Mara Tennack, who chairs the
 * council, …") or an affiliation with a body ("Mara Tennack of the Nahrin Council has …").
 */
function isPersonContext(text: string, tokens: readonly Token[], next: number): boolean {
  if (tokens[next]?.text === ',' && tokens[next + 1]?.lower === 'who') return true;
  if (!['of', 'at', 'from'].includes(tokens[next]?.lower ?? '')) return false;
  return phraseStartingAt(text, tokens, next + 1)?.kind === 'organization';
}

/**
 * The words of an appositive that describes a business ("Velmar, the country's largest carrier,", "Ostrel,
 * its main vendor."), lowercase and ending with the company noun; undefined when the words after a name
 * are not one.
 */
function companyAppositive(tokens: readonly Token[], next: number): string[] | undefined {
  if (tokens[next]?.text !== ',') return undefined;
  const opener = tokens[next + 1];
  if (!opener || !(['the', 'a', 'an', 'its', 'their'].includes(opener.lower) || (isNameWord(opener) && tokens[next + 2]?.kind === 'possessive'))) return undefined;
  let end = next + 1;
  while (end < tokens.length && end <= next + 8 && tokens[end].kind !== 'punct' && !tokens[end].quoted) end++;
  const head = tokens[end - 1];
  if (head.capitalized || !COMPANY_NOUNS.has(head.lower) || (end < tokens.length && tokens[end].kind !== 'punct')) return undefined;
  return tokens.slice(next + 1, end).filter((word) => word.kind === 'word' && !FUNCTION_WORDS.has(word.lower)).map((word) => word.lower);
}

/** Adds the titles of an appositive: "Teodor Halme, a senior fellow at …," gives `fellow`. */
export function withAppositiveTitles(tokens: readonly Token[], phrase: NounPhrase): NounPhrase {
  if (tokens[phrase.last + 1]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[phrase.last + 2]?.lower ?? '')) return phrase;
  if (phrase.kind !== 'name' && phrase.kind !== 'person') return phrase;
  const titles = [...phrase.titles];
  for (let index = phrase.last + 3; index < Math.min(tokens.length, phrase.last + 12); index++) {
    const token = tokens[index];
    if (token.kind === 'punct' || ['at', 'of', 'in', 'for', 'from', 'with'].includes(token.lower)) break;
    if (TITLE_WORDS.has(token.lower)) titles.push(token.lower);
  }
  if (titles.length === phrase.titles.length) return phrase;
  return { ...phrase, kind: 'person', titles };
}

/**
 * A lowercase key for a name: spacing collapsed, curly apostrophes straightened, accents dropped
 * ("Lê" and "Le", as a wire without diacritics writes it), a leading "the" dropped.
 */
export function nameKey(name: string): string {
  if (/^[a-z0-9.'-]+$/.test(name)) return name;
  // Plain ASCII words between single spaces: only the case and a leading "the" change.
  if (/^[\w.'-]+(?: [\w.'-]+)*$/.test(name)) {
    const lower = lowerCase(name);
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return name
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/^the /, '');
}

/** The surname of a lowercase name key, with its particles: "marit van der staal" → "van der staal", "ines calder" → "calder". */
export function surnameKey(key: string): string {
  const words = key.split(' ');
  let first = words.length - 1;
  while (first > 0 && NAME_PARTICLES.has(words[first - 1])) first--;
  return words.slice(first).join(' ');
}

/** True for a key that is a surname alone ("calder", "van der staal"): a short form of some full name. */
export function isSurnameOnly(key: string): boolean {
  // `surnameKey(key) === key` without building the surname: every word before the last is a particle.
  let wordStart = 0;
  for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', wordStart)) {
    if (!NAME_PARTICLES.has(key.slice(wordStart, space))) return false;
    wordStart = space + 1;
  }
  return true;
}

/** True when two qualifying words can describe the same thing ("marovian" and "marovia", "chinese" and "china"). */
export function compatibleQualifier(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= 4 || (shared === a.length && shared === b.length);
}

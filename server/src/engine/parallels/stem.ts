// A light English stemmer: inflections only (plural, past, -ing, -ly adverbs) plus British spellings,
// then synonym groups. It is deliberately conservative: two words that stem alike must mean the same
// thing in a news sentence, and derivations it misses ("settle"/"settlement") are caught by the
// scorer's prefix match instead.

import { DERIVATIONS, IRREGULAR_FORMS, PHRASAL_VERBS, SYNONYM_GROUPS } from './lexicon';

/** Words the suffix rules must leave alone (they look inflected but are not). */
const PROTECTED: ReadonlySet<string> = new Set([
  'according', 'news', 'data', 'media', 'business', 'analysis', 'crisis', 'basis', 'thesis', 'series', 'species',
  'during', 'morning', 'evening', 'bring', 'thing', 'nothing', 'something', 'king', 'ring', 'spring', 'string',
  'ceiling', 'wedding', 'building', 'meeting', 'ongoing', 'need', 'seed', 'speed', 'feed', 'bleed', 'proceed',
  'exceed', 'succeed', 'hundred', 'bed', 'red', 'shed', 'united', 'kingdom', 'always', 'perhaps', 'afterwards',
  'towards', 'whereas', 'analysis', 'status', 'bonus', 'census', 'focus', 'virus', 'campus', 'consensus',
  'apply', 'supply', 'reply', 'comply', 'family', 'assembly', 'multiply', 'rally', 'italy', 'anomaly', 'july',
  'monopoly', 'early', 'daily', 'only', 'holy', 'ugly', 'likely', 'unlikely', 'elderly', 'friendly', 'lovely',
  'weekly', 'monthly', 'yearly', 'quarterly', 'hourly', 'kindly', 'this', 'his', 'yes', 'less', 'unless',
]);

/** Lowercase words cut to their stem, memoised (a corpus repeats its words a lot). */
const stemCache = new Map<string, string>();
const MAX_CACHE = 200_000;

/**
 * The stem of a lowercase word: irregular forms to their base, British spellings to American,
 * then inflectional suffixes off. Never empty for a non-empty word.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = computeStem(word);
  if (stemCache.size >= MAX_CACHE) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

function computeStem(input: string): string {
  let word = IRREGULAR_FORMS[input] ?? input;
  if (word.length <= 3 || PROTECTED.has(word)) return word;
  word = americanSpelling(word);
  const stripped = stripInflection(word);
  // A plural of an -ing noun (`savings`, `dealings`, `earnings`) stems like its verb, unless the
  // singular is itself a word the rules must leave alone (`buildings`, `meetings`).
  word = stripped.length === word.length - 1 && stripped.endsWith('ing') && !PROTECTED.has(stripped) ? stripInflection(stripped) : stripped;
  if (word.length > 3 && word.endsWith('e') && !word.endsWith('ee')) word = word.slice(0, -1);
  return word;
}

function americanSpelling(word: string): string {
  if (word.length >= 6 && word.endsWith('our')) return word.slice(0, -3) + 'or';
  if (word.length >= 7 && word.endsWith('ours')) return word.slice(0, -4) + 'ors';
  if (word.length >= 8 && /isations?$/.test(word)) return word.replace(/isation(s?)$/, 'ization$1');
  // Converting every -ise is harmless: a word never spelt -ize (`promise`) converts alike everywhere.
  if (word.length >= 6 && /is(e|es|ed|ing)$/.test(word)) return word.replace(/is(e|es|ed|ing)$/, 'iz$1');
  if (word.length >= 6 && word.endsWith('tre')) return word.slice(0, -3) + 'ter';
  if (word.length >= 7 && word.endsWith('tres')) return word.slice(0, -4) + 'ters';
  return word;
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/** Undoes consonant doubling before a stripped suffix (`stopped` -> `stop`), but keeps `ll`, `ss`, `zz`. */
function undouble(word: string): string {
  const length = word.length;
  if (length < 3) return word;
  const last = word.charCodeAt(length - 1);
  if (last !== word.charCodeAt(length - 2) || isVowel(last)) return word;
  if (last === 108 /* l */ || last === 115 /* s */ || last === 122 /* z */) return word;
  return word.slice(0, -1);
}

function stripInflection(word: string): string {
  const length = word.length;
  if (length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (length > 4 && word.endsWith('ied')) return word.slice(0, -3) + 'y';
  if (length > 4 && /(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (length > 3 && word.endsWith('s') && !/(ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  if (length > 5 && word.endsWith('ing')) return undouble(word.slice(0, -3));
  if (length > 4 && word.endsWith('ed') && !word.endsWith('eed')) return undouble(word.slice(0, -2));
  if (length > 4 && word.endsWith('eed')) return word.slice(0, -1);
  if (length > 5 && word.endsWith('ily')) return word.slice(0, -3) + 'y';
  if (length > 5 && word.endsWith('ly')) return word.slice(0, -2);
  return word;
}

/** Stem -> the stem of its synonym group's first word. */
const synonymOfStem: Map<string, string> = buildSynonyms();

function buildSynonyms(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const head = stem(group[0]);
    for (const word of group) {
      const key = stem(word);
      if (!map.has(key)) map.set(key, head);
    }
  }
  // A derived noun compares as its verb does, synonyms included.
  for (const [verb, ...nouns] of DERIVATIONS) {
    const verbStem = stem(verb);
    const head = map.get(verbStem) ?? verbStem;
    for (const noun of nouns) {
      const key = stem(noun);
      if (!map.has(key)) map.set(key, head);
    }
  }
  return map;
}

/** The comparison term of a lowercase word: its stem, or its synonym group's when it has one. */
export function lemma(word: string): string {
  const stemmed = stem(word);
  return synonymOfStem.get(stemmed) ?? stemmed;
}

/** Verb stem -> particle -> the lemma the pair stands for. */
const phrasalByStems: Map<string, Map<string, string>> = new Map();
for (const [phrase, meaning] of Object.entries(PHRASAL_VERBS)) {
  const [verb, particle] = phrase.split(' ');
  const verbStem = stem(verb);
  const particles = phrasalByStems.get(verbStem) ?? new Map<string, string>();
  particles.set(particle, lemma(meaning));
  phrasalByStems.set(verbStem, particles);
}

/** The lemma a verb and the particle after it stand for together, or undefined when they are no pair. */
export function phrasalLemma(verbStem: string, particle: string): string | undefined {
  return phrasalByStems.get(verbStem)?.get(particle);
}

/** The set of verbs that may start a two-word verb, as stems. */
export const PHRASAL_HEADS: ReadonlySet<string> = new Set(
  Object.keys(PHRASAL_VERBS).map((phrase) => stem(phrase.split(' ')[0])),
);

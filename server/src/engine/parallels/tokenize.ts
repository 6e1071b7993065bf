// Cuts a passage into the terms that carry its proposition: content words as lemmas (synonyms
// merged), numbers normalised (`eleven` = `11`, `4.5%` = `4.5 percent`), negators folded into one
// term. Function words are dropped, markers skipped, and every term keeps its offsets and whether
// it stands inside a quotation, so the scorer can tell quote from indirect speech.

import type { Span } from '../model';
import { CUE_WORDS, MONTHS, NEGATIVE_VERBS, NEGATORS, NUMBER_WORDS, STOP_WORDS } from './lexicon';
import { PHRASAL_HEADS, lemma, phrasalLemma, stem } from './stem';

/** Bits describing a term occurrence. */
export const TokenFlag = {
  /** Inside the content of a quotation. */
  Quoted: 1,
  /** A number (`#38`, `#4.5`). */
  Number: 2,
  /** A negator (`not`, `no`, `never`, `n't`, …), all folded into the term `not`. */
  Negation: 4,
  /** A reporting cue (`said`, `told`, `according`): says who speaks, not what. */
  Cue: 8,
  /** A number that reads as a year (1800 to 2199). */
  Year: 16,
  /** A month name: the number after it is a day. */
  Month: 32,
  /** A word of the passage's own speaker's name. */
  Speaker: 64,
  /** A verb with a negative sense (`refuse`, `halt`): excuses a polarity difference. */
  NegativeVerb: 128,
  /**
   * The first term of a clause of a packed sentence (after `;`, `, and`, `, but`, `, while`, …):
   * where a sentence carrying two statements may be split to match each apart.
   */
  ClauseStart: 256,
  /** On the first term of a passage that asks a question (it ends with `?`): no statement. */
  Question: 512,
  /**
   * The first term after a subordinating conjunction (`because`, `if`, `although`, …): a negation
   * before it does not reach past it (`asked not to be named because staff …`).
   */
  ScopeBreak: 1024,
} as const;

/** The term all negators share. */
export const NEGATION_TERM = 'not';

/** Receives the terms of a passage in order. */
export interface TokenSink {
  push(term: string, flags: number, start: number, end: number): void;
}

/** A term with its offsets, for callers that want an array. */
export interface Token extends Span {
  readonly term: string;
  readonly flags: number;
}

/** At most this many terms are kept per passage: a runaway "sentence" (a scraped blob) is truncated. */
export const MAX_TERMS_PER_PASSAGE = 400;

const CUE_LEMMAS: ReadonlySet<string> = new Set(CUE_WORDS.map((word) => lemma(word)));
const NEGATIVE_VERB_LEMMAS: ReadonlySet<string> = new Set(NEGATIVE_VERBS.map((word) => lemma(word)));
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);

/** What a tokenizer call needs besides the text. */
export interface TokenizeContext {
  /** Quotation content spans overlapping the passage, in order. */
  readonly quotes?: readonly Span[];
  /** Spans to skip (markers), in order. */
  readonly skip?: readonly Span[];
  /** Stems of the passage's speaker's name, whose words weigh little. */
  readonly speakerStems?: ReadonlySet<string>;
}

/**
 * A word: letters and digits, with apostrophes between letters (`don't`, `Kessaria’s`) and `.` or
 * `,` between digits (`4.5`, `1,000`); or a percent sign. Scanned with a global regex from the
 * passage start. Not a `\p{L}` class: V8 runs Unicode property classes about three times slower,
 * so non-ASCII letters are taken as every code unit outside the punctuation and space blocks.
 */
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u1FFF\\u2070-\\u2DFF\\u2E80-\\u2FFF\\u3040-\\uFDFF\\uFE70-\\uFEFE\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFEF';
const LETTER_CHAR = 'A-Za-z\\u00C0-\\u1FFF\\u2070-\\u2DFF\\u2E80-\\u2FFF\\u3040-\\uFDFF\\uFE70-\\uFEFE\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFEF';
const WORD = new RegExp(`[${WORD_CHAR}]+(?:['\\u2019][${LETTER_CHAR}]+|[.,][0-9]+)*|%`, 'g');

/** First words of a contrast that negates what follows (`rather than`, `instead of`), as written. */
const CONTRAST_HEADS: ReadonlySet<string> = new Set(['rather', 'Rather', 'instead', 'Instead']);
/** The second word of a contrast, after a contrast head. */
const CONTRAST_TAIL = /^[ \u00a0]+(?:than|of)\b/;

/** What a lowercase word contributes, computed once per distinct word. */
interface WordInfo {
  /** The term, or undefined for a function word (dropped). */
  readonly term?: string;
  readonly flags: number;
  /** The word's stem when it may start a two-word verb (`step` in `step up`). */
  readonly phrasalStem?: string;
  /** True when the word was negated by `n't` (the negator follows it). */
  readonly negated: boolean;
  /** The stem of the whole word as written, lowercase: compared with the speaker's name stems. */
  readonly nameStem: string;
  /** True for a dropped subordinating conjunction (`because`, `if`): the next term opens a clause a negation does not reach. */
  readonly subordinates: boolean;
}

const wordInfoCache = new Map<string, WordInfo>();
const MAX_WORD_CACHE = 200_000;

/** Keyed by the word as written, so the common case costs one lookup and no lowercasing. */
function wordInfo(raw: string): WordInfo {
  let info = wordInfoCache.get(raw);
  if (info === undefined) {
    info = computeWordInfo(raw.toLowerCase());
    if (wordInfoCache.size >= MAX_WORD_CACHE) wordInfoCache.clear();
    wordInfoCache.set(raw, info);
  }
  return info;
}

/** Every field always set, in one order: the tokenizer's hot loop then reads objects of one shape. */
function makeWordInfo(term: string | undefined, flags: number, negated: boolean, phrasalStem: string | undefined, subordinates: boolean, nameStem: string): WordInfo {
  return { term, flags, phrasalStem, negated, nameStem, subordinates };
}

function computeWordInfo(lowercase: string): WordInfo {
  const nameStem = stem(lowercase);
  let word = lowercase;
  let negated = false;
  const apostrophe = Math.max(word.lastIndexOf("'"), word.lastIndexOf('\u2019'));
  if (apostrophe > 0) {
    const suffix = word.slice(apostrophe + 1);
    if (suffix === 't' && word.charAt(apostrophe - 1) === 'n') {
      negated = true;
      word = word.slice(0, apostrophe - 1);
      if (word === 'wo') word = 'will';
      if (word === 'ca') word = 'can';
    } else if (suffix === 's' || suffix === 'll' || suffix === 're' || suffix === 've' || suffix === 'd' || suffix === 'm') {
      word = word.slice(0, apostrophe);
    }
    word = word.replace(/[\u2019']/g, '');
  }
  if (NEGATORS.has(word)) return makeWordInfo(NEGATION_TERM, TokenFlag.Negation, false, undefined, false, nameStem);
  const numberWord = NUMBER_WORDS[word];
  if (numberWord !== undefined && !(word === 'one' || word === 'second' || word === 'single')) {
    return makeWordInfo('#' + numberWord, TokenFlag.Number, negated, undefined, false, nameStem);
  }
  if (STOP_WORDS.has(word) || word.length === 0) return makeWordInfo(undefined, 0, negated, undefined, SUBORDINATORS.has(word), nameStem);
  const term = lemma(word);
  let flags = termFlags(term);
  if (MONTH_WORDS.has(word)) flags |= TokenFlag.Month;
  const wordStem = stem(word);
  return makeWordInfo(term, flags, negated, PHRASAL_HEADS.has(wordStem) ? wordStem : undefined, false, nameStem);
}

/** The flags a term carries whatever word it came from. */
function termFlags(term: string): number {
  let flags = 0;
  if (CUE_LEMMAS.has(term)) flags |= TokenFlag.Cue;
  if (NEGATIVE_VERB_LEMMAS.has(term)) flags |= TokenFlag.NegativeVerb;
  return flags;
}

/**
 * Feeds the terms of `span` of `text` to `sink`, in order, and returns how many it fed.
 * Never throws; text without words yields no terms.
 */
export function tokenizeSpan(text: string, span: Span, sink: TokenSink, context: TokenizeContext = {}): number {
  const quotes = context.quotes ?? [];
  const skip = context.skip ?? [];
  const speakerStems = context.speakerStems;
  const limit = Math.min(span.end, text.length);
  let count = 0;
  let skipIndex = 0;
  let anchoredSkip: Span | undefined;
  // With a named speaker, terms are held back until the end so the speaker's title can be marked.
  const held: Token[] | undefined = speakerStems !== undefined ? [] : undefined;
  let previousEnd = -1;
  /** A subordinating conjunction was dropped since the last term. */
  let subordinatePending = false;
  const question = asksQuestion(text, span.start, limit);
  const emit = (term: string, flags: number, start: number, end: number): void => {
    let allFlags = flags;
    if (count === 0 && question) allFlags |= TokenFlag.Question;
    if (previousEnd >= 0 && start > previousEnd + 1 && opensClause(text, previousEnd, start, end)) allFlags |= TokenFlag.ClauseStart;
    if (previousEnd >= 0 && subordinatePending) allFlags |= TokenFlag.ScopeBreak;
    subordinatePending = false;
    previousEnd = end;
    if (quotes.length > 0 && inSpans(quotes, start)) allFlags |= TokenFlag.Quoted;
    if (held !== undefined) held.push({ term, flags: allFlags, start, end });
    else sink.push(term, allFlags, start, end);
    count++;
  };
  const pattern = WORD;
  pattern.lastIndex = Math.max(0, span.start);
  let match: RegExpExecArray | null;
  let pendingParticle: { stem: string; start: number } | undefined;
  let pendingWord: { info: WordInfo; start: number; end: number } | undefined;
  while (count < MAX_TERMS_PER_PASSAGE && (match = pattern.exec(text)) !== null && match.index < limit) {
    let raw = match[0];
    const start = match.index;
    if (start + raw.length > limit) raw = raw.slice(0, limit - start);
    const end = start + raw.length;
    while (skipIndex < skip.length && skip[skipIndex].end <= start) skipIndex++;
    if (skipIndex < skip.length && skip[skipIndex].start <= start) {
      const skipped = skip[skipIndex];
      pattern.lastIndex = Math.max(pattern.lastIndex, skipped.end);
      // A marker naming the speaker (`{@Ana Ruiz}`) stands where the name stands: it anchors the
      // speaker's title like the name would, then is dropped.
      if (held !== undefined && speakerStems !== undefined && skipped !== anchoredSkip && namesSpeaker(text.slice(skipped.start, skipped.end), speakerStems)) {
        if (pendingParticle !== undefined) flushPending();
        anchoredSkip = skipped;
        held.push({ term: MARKER_ANCHOR, flags: TokenFlag.Speaker, start: skipped.start, end: skipped.end });
      }
      continue;
    }
    // A two-word verb: the particle right after its verb folds into it.
    if (pendingParticle !== undefined) {
      const phrasal = raw.length <= 8 ? phrasalLemma(pendingParticle.stem, raw.toLowerCase()) : undefined;
      if (phrasal !== undefined && /^\S+[ \u00a0]+$/.test(text.slice(pendingParticle.start, start))) {
        const verbStart = pendingParticle.start;
        pendingParticle = undefined;
        pendingWord = undefined;
        emit(phrasal, termFlags(phrasal), verbStart, end);
        continue;
      }
      flushPending();
    }
    if (raw === '%') {
      emit('percent', 0, start, end);
      continue;
    }
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      emitNumber(raw, start, end, emit);
      continue;
    }
    // A contrast (`compensation rather than apologies`, `instead of a refund`) negates what follows, like `not`.
    if (CONTRAST_HEADS.has(raw) && CONTRAST_TAIL.test(text.slice(end, end + 8))) {
      emit(NEGATION_TERM, TokenFlag.Negation, start, end);
      continue;
    }
    if (raw === 'May' && /^[ \u00a0]+\d/.test(text.slice(end, end + 3))) {
      emit('may', TokenFlag.Month, start, end);
      continue;
    }
    const info = wordInfo(raw);
    if (info.subordinates) subordinatePending = true;
    if (info.term !== undefined) {
      if (info.phrasalStem !== undefined && !info.negated) {
        pendingParticle = { stem: info.phrasalStem, start };
        pendingWord = { info, start, end };
        continue;
      }
      emitWord(info, start, end);
    }
    if (info.negated) emit(NEGATION_TERM, TokenFlag.Negation, start, end);
  }
  if (pendingParticle !== undefined) flushPending();
  if (held !== undefined) {
    markSpeakerTitles(text, span.start, held);
    for (const token of held) if (token.term !== MARKER_ANCHOR) sink.push(token.term, token.flags, token.start, token.end);
  }
  return count;

  // The verb held back in case a particle followed; emitted as a plain word.
  function flushPending(): void {
    pendingParticle = undefined;
    if (pendingWord !== undefined) emitWord(pendingWord.info, pendingWord.start, pendingWord.end);
    pendingWord = undefined;
  }

  function emitWord(info: WordInfo, start: number, end: number): void {
    let flags = info.flags;
    if (speakerStems !== undefined && speakerStems.has(info.nameStem)) flags |= TokenFlag.Speaker;
    emit(info.term as string, flags, start, end);
  }
}

/** True when the text ends with a question mark, before closing quotes, brackets and spaces. */
function asksQuestion(text: string, start: number, end: number): boolean {
  for (let index = end - 1; index >= start; index--) {
    const code = text.charCodeAt(index);
    // Spaces, no-break spaces, closing quotes and brackets.
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93 || code === 0xbb) continue;
    return code === 63 || code === 0xff1f;
  }
  return false;
}

/**
 * Text between two terms (the later one included) that opens a new clause: a semicolon, or a comma
 * before a conjunction (`, and`, `, but`, `, while`), or `and that`. Dropped words (`and`, `that`)
 * lie between the terms, so the test runs on the gap and the later term together.
 */
const CLAUSE_BREAK = /;|,[\s"'“”‘’]*(?:and|but|while|whereas|although|though|yet)\b|\band that\b/i;

/** Subordinating conjunctions: a clause they open is one a negation before them does not reach. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'although', 'though', 'whereas', 'if', 'when', 'whenever']);

/** True when the text from `gapStart` to `end` (a gap between two terms, then the later term) matches `CLAUSE_BREAK`. */
function opensClause(text: string, gapStart: number, termStart: number, end: number): boolean {
  for (let index = gapStart; index < termStart; index++) {
    const code = text.charCodeAt(index);
    if (code === 59) return true; // ;
    if (code === 44) return CLAUSE_BREAK.test(text.slice(index, end)); // ,
  }
  return termStart - gapStart >= 9 && CLAUSE_BREAK.test(text.slice(gapStart, end));
}

/** The stand-in for a speaker marker while titles are marked; never emitted. */
const MARKER_ANCHOR = '\u0000marker';

/** True when a marker's text holds a word of the speaker's name. */
function namesSpeaker(markerText: string, speakerStems: ReadonlySet<string>): boolean {
  for (const word of markerText.toLowerCase().split(/[^a-z0-9\u00c0-\uffff]+/)) {
    if (word.length > 1 && speakerStems.has(stem(word))) return true;
  }
  return false;
}

/** Text between two words of a title: spaces and joining words only (`Minister of Mines and Energy`). */
const TITLE_JOIN = /^(?:['\u2019]s?)?[\s\u00a0]*(?:(?:of|the|and|for|at|a|an|in|its|his|her|their|our)[\s\u00a0]+)*$/i;
/** Text after a name that opens an apposition (`Ana Ruiz, a mining analyst at …,`). */
const APPOSITION_OPEN = /^[\s\u00a0]*,[\s\u00a0]*(?:(?:who|which)[\s\u00a0]+(?:(?:is|was|has|had|have|are|were|been)[\s\u00a0]+)*)?(?:(?:a|an|the)[\s\u00a0]+)?$/i;
/** Text after a name that opens its organisation (`Ana Ruiz of Corrin Capital`). */
const ORGANISATION_OPEN = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
/** A capitalised word. */
const CAPITALISED = /^\p{Lu}/u;
/** Text that closes an apposition. */
const APPOSITION_CLOSE = /^[\s\u00a0]*,/;
/** The end of a sentence, after its last word (closing quotes or brackets first). */
const SENTENCE_END = /^["\u201d\u2019')\]]*[.!?]/;
/** Text between a reporting cue and a title that precedes the name (`according to its chair, Ana Ruiz`). */
const CUE_TO_TITLE = /^[\s\u00a0]+(?:to[\s\u00a0]+)?(?:(?:the|its|his|her|their|our)[\s\u00a0]+)?$/i;
/** An apposition opener with a determiner or relative pronoun (`, a …`, `, who …`). */
const APPOSITION_MARKED = /(?:who|which|a|an|the)[\s\u00a0]+(?:(?:is|was|has|had|have|are|were|been)[\s\u00a0]+)*$/i;
/** Brackets around an acronym in a title (`the Spectrum Authority (SA)`): read as spaces. */
const PARENTHESES = /[()]/g;
/** Words a title may have on each side of a name. */
const MAX_TITLE_WORDS = 4;
const MAX_APPOSITION_WORDS = 6;

/**
 * Marks the words that describe the passage's own speaker as `Speaker` words: the title right
 * before the name (`Mines and Energy Minister Ana Ruiz`, `Its chair, Ana Ruiz,`) and an apposition
 * after it between commas (`Ana Ruiz, a mining analyst at Corrin Capital, said`, `Ana Ruiz, who
 * chairs the trust, said`) or as a capitalised organisation (`Ana Ruiz of Corrin Capital`); a
 * speaker marker (`{@Ana Ruiz}`) stands in for the name it replaces. They say who
 * speaks, like the name, so two sources describing the speaker alike do not look like one
 * statement, and a source that leaves the title out still matches. Quoted words, numbers, negators
 * and cues are never title words; a run that is not clearly closed is left alone.
 */
function markSpeakerTitles(text: string, passageStart: number, tokens: Token[]): void {
  const gap = (left: number, right: number): string =>
    text
      .slice(left < 0 ? passageStart : tokens[left].end, right >= tokens.length ? Math.min(text.length, tokens[tokens.length - 1].end + 3) : tokens[right].start)
      .replace(PARENTHESES, '');
  // A run that reaches the passage's last word is closed by the sentence's end.
  const closed = (end: number): boolean => (end >= tokens.length ? SENTENCE_END.test(gap(end - 1, end)) : APPOSITION_CLOSE.test(gap(end - 1, end)));
  const eligible = (index: number): boolean =>
    (tokens[index].flags & (TokenFlag.Speaker | TokenFlag.Quoted | TokenFlag.Number | TokenFlag.Negation | TokenFlag.Cue)) === 0;
  const mark = (from: number, to: number): void => {
    for (let index = from; index < to; index++) (tokens[index] as { flags: number }).flags |= TokenFlag.Speaker;
  };
  // Where a title ending at `from` starts: joined words, at most MAX_TITLE_WORDS before the name at `name`.
  const titleStart = (from: number, name: number): number => {
    let start = from;
    while (start > 0 && name - start < MAX_TITLE_WORDS && eligible(start - 1) && TITLE_JOIN.test(gap(start - 1, start))) start--;
    return start;
  };
  let index = 0;
  while (index < tokens.length) {
    if ((tokens[index].flags & TokenFlag.Speaker) === 0) {
      index++;
      continue;
    }
    const first = index;
    while (index < tokens.length && (tokens[index].flags & TokenFlag.Speaker) !== 0) index++;
    const last = index - 1;
    const followedByComma = APPOSITION_OPEN.test(gap(last, last + 1)) || closed(last + 1);
    // Before the name: a title joined to it, or (`Its chair, Ana Ruiz,`) one that opens the passage.
    const left = titleStart(first, first);
    if (left < first) {
      mark(left, first);
    } else if (followedByComma && first > 0 && /^[\s\u00a0]*,[\s\u00a0]*$/.test(gap(first - 1, first))) {
      const start = titleStart(first - 1, first);
      let whole = eligible(first - 1);
      for (let check = start; check < first; check++) whole = whole && eligible(check);
      // It opens the passage, or follows a reporting cue (`according to its chair, Ana Ruiz`).
      const opens = start === 0 ? TITLE_JOIN.test(gap(-1, 0)) : (tokens[start - 1].flags & TokenFlag.Cue) !== 0 && CUE_TO_TITLE.test(gap(start - 1, start));
      if (whole && opens) mark(start, first);
    }
    // After the name: its organisation, capitalised (`Ana Ruiz of Corrin Capital said`).
    if (index < tokens.length && ORGANISATION_OPEN.test(gap(last, index))) {
      let end = index;
      while (end < tokens.length && end - index < MAX_TITLE_WORDS && eligible(end) && CAPITALISED.test(text.charAt(tokens[end].start))) {
        end++;
        if (end < tokens.length && !TITLE_JOIN.test(gap(end - 1, end))) break;
      }
      if (end > index) {
        mark(index, end);
        index = end;
      }
    }
    // After the name (and organisation): an apposition between commas.
    if (index < tokens.length && APPOSITION_OPEN.test(gap(index - 1, index))) {
      let end = index;
      while (end < tokens.length && end - index < MAX_APPOSITION_WORDS && eligible(end)) {
        end++;
        if (end < tokens.length && !TITLE_JOIN.test(gap(end - 1, end))) break;
      }
      // Closed by a comma, or by the sentence's end when it opens like one (`…, who runs the trust.`).
      if (end > index && (end < tokens.length ? closed(end) : APPOSITION_MARKED.test(gap(index - 1, index)) && closed(end))) {
        mark(index, end);
        index = end;
      }
    }
  }
}

function inSpans(spans: readonly Span[], offset: number): boolean {
  for (const span of spans) {
    if (span.start <= offset && offset < span.end) return true;
  }
  return false;
}

function emitNumber(raw: string, start: number, end: number, emit: (term: string, flags: number, start: number, end: number) => void): void {
  let digits = raw;
  let suffix = '';
  const match = /^([\d.,]*\d)(.*)$/.exec(raw);
  if (match) {
    digits = match[1];
    suffix = match[2].toLowerCase();
  }
  digits = digits.replace(/,/g, '');
  if (digits.includes('.')) digits = digits.replace(/\.?0+$/, '') || '0';
  if (/^(st|nd|rd|th)$/.test(suffix)) {
    emit('#' + digits + suffix, TokenFlag.Number, start, end);
    return;
  }
  let flags: number = TokenFlag.Number;
  if (/^\d{4}$/.test(digits) && +digits >= 1800 && +digits < 2200) flags |= TokenFlag.Year;
  emit('#' + digits, flags, start, end);
  // `5km`, `10pm`: the unit glued to the number is a term of its own.
  if (suffix.length > 0 && /^\p{L}+$/u.test(suffix)) emit(lemma(suffix), 0, start, end);
}

/** The terms of `span` of `text` as an array (tests, diagnostics); the index streams them instead. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }, context: TokenizeContext = {}): Token[] {
  const tokens: Token[] = [];
  tokenizeSpan(text, span, { push: (term, flags, start, end) => tokens.push({ term, flags, start, end }) }, context);
  return tokens;
}

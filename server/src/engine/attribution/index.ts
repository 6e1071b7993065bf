// Attribution: who said what in one article. Every passage (a sentence, or a clause when a sentence packs
// statements by different speakers) gets a speaker, the cue that credits it and a reason, by priority:
// marker > in-sentence cue > quotation running over sentences > reported-speech continuation.
// Per article and pure; naming across the corpus is the job of `SpeakerDirectory` (aliases.ts).

import { sentencesInScope } from '../markerScope';
import { BOILERPLATE_KINDS, type Article, type Paragraph, type Sentence, type Span } from '../model';
import { classifyClaim, type ClaimKind } from './claims';
import { Discourse, jointOf, type ResolvedSpeaker, type SpeakerKind } from './coreference';
import { findCues, publisherOf, UNNAMED_SOURCES, type CueMatch } from './cues';
import { creditSigner, phrasesOf, type AttributionContext, type Draft, type Prepared } from './drafts';
import {
  COMPANY_NOUNS,
  CONTINUATION_VERBS,
  COURT_VOICES,
  DOCUMENT_NOUNS,
  JUDICIAL_VERBS,
  DESCRIPTOR_ORGANIZATION_NOUNS,
  NEWS_WORDS,
  PRESS_OFFICE_HEADS,
  ORGANIZATION_HEADS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PUBLIC_BODY_HEADS,
  STATEMENT_NOUNS,
} from './lexicon';
import { isAgeAside, isNameWord, nameKey, phraseStartingAt, type NounPhrase } from './names';
import { carriedQuote, closedByNext, continuation, fromQuotation, introducesLabelledLine, introducesQuote, pronounOfIntroducedPerson, quoteOfIntroducedPerson } from './neighbours';
import { fromIssuer, pageIssuer } from './ownPages';
import { creditedSpeaker, leadSignature, quoteCredits, type QuoteCredit } from './roundups';
import { tokenize, type Token } from './tokens';
import {
  answererOf,
  fromTranscript,
  fromTranscriptSpeaker,
  isUnnamedNarrator,
  labelSpeakerOf,
  speakerLabels,
  transcriptLine,
  transcriptSpeakerOf,
  type SpeakerLabel,
} from './transcripts';

export type { ClaimKind } from './claims';
export type { SpeakerKind } from './coreference';

/**
 * Where the attributing words stand relative to the passage.
 * - `marker`: a `{@Name}` marker (in the sentence, or alone on a line before the paragraph).
 * - `sentence`: a cue in the passage itself ("Calder stressed", ", Brandt said.", "he added").
 * - `previous` / `following`: the passage lies inside a quotation whose cue is in the previous / following sentence.
 * - `carried`: a quotation standing alone right after a passage with a speaker.
 * - `continuation`: reported speech that goes on after "X said that …" without a new cue.
 * - `joint`: a plural reference ("the two leaders agreed", "they agreed") credited to several speakers.
 * - `qa`: an answer in a `Q:` / `A:` briefing transcript, credited to the spokesperson.
 * - `next`: a cue-less sentence whose statement the next sentence closes with ", X said.".
 * - `transcript`: a sentence of a transcript that names its speaker ("a transcript of remarks by X").
 * - `signature`: a sentence of an embedded social-media post, signed on the line after it ("— X (@x) May 2"), or of
 *   a quotation credited by a line of its own ("— X, title" after it, "X, title:" before it, "• X, title: …").
 */
export type CueLocation = 'marker' | 'sentence' | 'previous' | 'following' | 'carried' | 'continuation' | 'joint' | 'qa' | 'next' | 'transcript' | 'signature';

/** The words that credit a passage. */
export interface Cue {
  /** The cue as written ("Calder stressed", "according to the ministry", "{@Ines Calder}"). */
  readonly text: string;
  /** Where the cue is in the text; undefined for a continuation, which has no words of its own. */
  readonly span?: Span;
  readonly where: CueLocation;
}

/** A speaker as a passage credits it. */
export interface SpeakerMention {
  /** The article-level name: the fullest form seen in the article ("Anton Dravic"); joint: members joined " + ", sorted. */
  readonly name: string;
  /** The reference as written at the cue ("the Kessarian president", "he", "Dravic"). */
  readonly surface: string;
  /** Where `surface` is; undefined when the speaker comes from another sentence. */
  readonly span?: Span;
  readonly kind: SpeakerKind;
  /** The members' article-level names, for a joint speaker. */
  readonly members?: readonly string[];
  /** Lowercase key of `name` for comparisons. Corpus-wide names come from `SpeakerDirectory.canonical`. */
  readonly key: string;
}

/** One attributed unit of an article. */
export interface Passage {
  readonly span: Span;
  /** Index into `Article.sentences`. */
  readonly sentence: number;
  /** Index into `Article.paragraphs`. */
  readonly paragraph: number;
  /** Null when the outlet speaks in its own voice. */
  readonly speaker: SpeakerMention | null;
  /** Null when there is no speaker. */
  readonly cue: Cue | null;
  /** A short explanation for hovers ("in-sentence cue: 'Calder stressed'"). */
  readonly reason: string;
  /** True when a fact-checker could check or dispute the passage. */
  readonly claim: boolean;
  /** What the claim asserts; undefined when `claim` is false. */
  readonly claimKind?: ClaimKind;
  /** True when the passage is mostly a direct quotation. */
  readonly quote: boolean;
}

/** Someone the article names, for the corpus-wide directory. */
export interface NamedSpeaker {
  /** The fullest form in the article. */
  readonly name: string;
  readonly kind: Exclude<SpeakerKind, 'joint'>;
  /** Every form the article wrote ("Kessarian President Anton Dravic", "Dravic", "the Kessarian president"). */
  readonly forms: readonly string[];
  /** Title words seen with the name ("president"). */
  readonly titles: readonly string[];
  /** Passages credited to this speaker, alone or jointly. */
  readonly passages: number;
}

/** The attribution of one article. */
export interface ArticleAttribution {
  /** Passages in document order. */
  readonly passages: readonly Passage[];
  /** Everyone the article names or credits. */
  readonly speakers: readonly NamedSpeaker[];
}

/** Options for `attributeArticle`. */
export interface AttributionOptions {
  /** Ignore `{@…}` markers (to measure inference alone). Default false. */
  readonly ignoreMarkers?: boolean;
}

/** Verbs that make a statement public: "X has issued a statement." */
const ISSUE_VERBS: ReadonlySet<string> = new Set(['issued', 'released', 'published', 'put']);

/** "Her lawyer read a statement from X", "The paper prints a statement from X": the statement is X's. */
const RELAY_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'prints', 'printed', 'publishes', 'published', 'carries', 'carried', 'reproduces', 'reproduced', 'runs', 'ran']);

/** What a lawyer calls the person they represent. */
const CLIENT_NOUNS: ReadonlySet<string> = new Set(['client']);

const cache = new WeakMap<Article, ArticleAttribution>();

/** Attributes every passage of the article. Never throws; results for the same article object are cached. */
export function attributeArticle(article: Article, options: AttributionOptions = {}): ArticleAttribution {
  const useCache = !options.ignoreMarkers;
  const cached = useCache ? cache.get(article) : undefined;
  if (cached) return cached;
  let attribution: ArticleAttribution;
  try {
    attribution = new ArticleAttributor(article, options).run();
  } catch {
    attribution = { passages: [], speakers: [] };
  }
  if (useCache) cache.set(article, attribution);
  return attribution;
}

/** The passage containing the offset, or undefined. */
export function passageAt(attribution: ArticleAttribution, offset: number): Passage | undefined {
  return attribution.passages.find((passage) => passage.span.start <= offset && offset <= passage.span.end);
}

class ArticleAttributor {
  private readonly discourse = new Discourse();
  /** The document the article mentioned last ("ruling", "statement"): what a judicial "it holds" refers to. */
  private lastDocument: string | undefined;
  private readonly text: string;
  private readonly context: AttributionContext;
  private readonly markerSpeakers = new Map<number, { name: string; span: Span; standalone: boolean }>();
  private readonly passages: Passage[] = [];
  /** The speaker a transcript names ("an edited transcript of remarks by X"), from that sentence on. */
  private transcriptSpeaker: ResolvedSpeaker | undefined;
  /** Who answers in the article's Q/A lines, fixed at the first answer. */
  private answerer: ResolvedSpeaker | undefined | null = null;
  /** The speaker labels of a labelled transcript ("SOLBERG:"), by paragraph start. */
  private labels = new Map<number, SpeakerLabel>();
  /** Lines of an unnamed narrator ("REPORTER:"), by paragraph start: where the words start, after the label. */
  private readonly narratorLines = new Map<number, number>();
  /** Who each label names, by label key, resolved at its first line. */
  private readonly labelSpeakers = new Map<string, ResolvedSpeaker | undefined>();
  /** Quotation paragraphs credited by a line of their own, by paragraph start. */
  private credits = new Map<number, QuoteCredit>();
  /** The starts of those crediting lines, which are no passages. */
  private readonly creditLines = new Set<number>();
  /** Every prepared sentence, for the names a label may shorten. */
  private prepared: readonly (readonly Prepared[] | undefined)[] = [];
  /** The body whose own page this is (a notice in the first person plural under its "© Name" footer), if any. */
  private issuer: ResolvedSpeaker | undefined;

  constructor(
    private readonly article: Article,
    private readonly options: AttributionOptions,
  ) {
    this.text = article.text;
    this.context = { text: this.text, discourse: this.discourse };
  }

  run(): ArticleAttribution {
    if (!this.options.ignoreMarkers) this.collectMarkers();
    const sentenceIndex = new Map<Sentence, number>();
    this.article.sentences.forEach((sentence, index) => sentenceIndex.set(sentence, index));
    const body = this.article.paragraphs.map((paragraph) => (this.isBoilerplate(paragraph) ? undefined : paragraph));
    this.labels = speakerLabels(this.text, body.filter((paragraph) => paragraph !== undefined));
    this.setAsideNarrators();
    this.credits = quoteCredits(this.article, body);
    for (const credit of this.credits.values()) this.creditLines.add(credit.line.start);
    // "— X (@x) May 2, 2026": the line that signs an embedded post is no passage of its own.
    for (const paragraph of body) {
      if (paragraph && POST_SIGNATURE.test(this.text.slice(paragraph.start, paragraph.end)) && !this.text.slice(paragraph.start, paragraph.end).includes('\n')) this.creditLines.add(paragraph.start);
    }
    const paragraphs = body.map((paragraph) =>
      paragraph ? paragraph.sentences.map((sentence) => this.prepare(sentence, sentenceIndex.get(sentence) ?? 0, paragraph)) : undefined,
    );
    this.prepared = paragraphs;
    this.collectNames(paragraphs);
    const page = pageIssuer(this.context, this.article, paragraphs);
    this.issuer = page?.issuer;
    // The page's footer is no passage.
    for (const paragraph of this.article.paragraphs) if (page && paragraph.start >= page.footer.start && paragraph.start < page.footer.end) this.creditLines.add(paragraph.start);
    let previousParagraphLast: Draft | undefined;
    paragraphs.forEach((prepared, paragraphIndex) => {
      if (!prepared) return;
      if (this.creditLines.has(this.article.paragraphs[paragraphIndex].start)) {
        // "— X, head coach": no passage, but its names are known from here on.
        for (const item of prepared) this.recordNames(item);
        previousParagraphLast = undefined;
        return;
      }
      const introduced = previousParagraphLast?.introducesBlock === true;
      const drafts = this.attributeParagraph(this.article.paragraphs[paragraphIndex], prepared, previousParagraphLast, introduced);
      const lastGroup = drafts[drafts.length - 1];
      previousParagraphLast = lastGroup?.[lastGroup.length - 1];
      const next = paragraphs[paragraphIndex + 1];
      if (lastGroup?.length === 1 && previousParagraphLast && next && this.introducesQuotationBlock(prepared[prepared.length - 1], previousParagraphLast, next, this.article.paragraphs[paragraphIndex + 1])) {
        // "In a statement, the company said:" then a paragraph that is one quotation: the line only introduces it
        // (the outlet's, no claim), and every sentence of the quotation is the speaker's.
        previousParagraphLast = { ...previousParagraphLast, introducesBlock: true };
        Object.assign(lastGroup[0], { speaker: undefined, cue: undefined, reason: undefined, indirect: false, introduction: true });
      } else if (introduced && previousParagraphLast?.speaker && next && this.quotationRunsOn(this.article.paragraphs[paragraphIndex], this.article.paragraphs[paragraphIndex + 1])) {
        // A statement over several paragraphs: each opens with a quotation mark, and only the last closes.
        previousParagraphLast = { ...previousParagraphLast, introducesBlock: true };
      } else if (lastGroup?.length === 1 && !lastGroup[0].speaker && next && this.labels.has(this.article.paragraphs[paragraphIndex + 1].start) && introducesLabelledLine(this.context, prepared[prepared.length - 1])) {
        lastGroup[0].introduction = true;
      }
      for (const [position, group] of drafts.entries()) {
        for (const draft of group) this.emit(draft, prepared[position], paragraphIndex);
      }
    });
    const speakers: NamedSpeaker[] = this.discourse
      .all()
      .filter((entity) => entity.passages > 0 || (entity.kind === 'person' && (entity.titles.size > 0 || entity.name.includes(' '))))
      .map((entity) => ({ name: entity.name, kind: entity.kind, forms: [...entity.forms], titles: [...entity.titles], passages: entity.passages }));
    for (const [, marker] of this.markerSpeakers) {
      if (!speakers.some((speaker) => speaker.name === marker.name)) speakers.push({ name: marker.name, kind: 'person', forms: [marker.name], titles: [], passages: 0 });
    }
    return { passages: this.passages, speakers };
  }

  /** Speaker markers by the start of each sentence in their scope; a marker inside the sentence wins. */
  private collectMarkers(): void {
    for (const marker of this.article.markers) {
      if (marker.kind !== 'speaker' || marker.problem || !marker.value) continue;
      for (const sentence of sentencesInScope(this.article, marker)) {
        const existing = this.markerSpeakers.get(sentence.start);
        if (existing && !existing.standalone) continue;
        this.markerSpeakers.set(sentence.start, { name: marker.value, span: { start: marker.start, end: marker.end }, standalone: marker.standalone });
      }
    }
  }

  /**
   * Capitalised words, and news outlets named in the article with their acronyms ("Kessarian News Agency (KNA)"):
   * outlets are channels, not speakers.
   */
  private collectNames(paragraphs: readonly (readonly Prepared[] | undefined)[]): void {
    const acronyms = new Set<string>();
    const outlets: string[][] = [];
    for (const prepared of paragraphs) {
      for (const item of prepared ?? []) {
        const tokens = item.tokens;
        for (let index = 0; index < tokens.length; index++) {
          if (isNameWord(tokens[index])) {
            this.discourse.capitalizedWords.add(tokens[index].lower);
            if (index > 0 && tokens[index - 1].kind === 'word') this.discourse.midSentenceWords.add(tokens[index].lower);
            if (ACRONYM.test(tokens[index].text)) acronyms.add(tokens[index].lower);
          }
          if (!isNameWord(tokens[index]) || !NEWS_WORDS.has(tokens[index].lower) || PRESS_OFFICE_HEADS.has(tokens[index + 1]?.lower ?? '')) continue;
          let first = index;
          while (first > 0 && isNameWord(tokens[first - 1])) first--;
          let last = index;
          while (isNameWord(tokens[last + 1])) last++;
          const words = tokens.slice(first, last + 1);
          this.discourse.channels.add(nameKey(words.map((word) => word.text).join(' ')));
          this.discourse.channels.add(words.map((word) => word.text[0]).join('').toLowerCase());
          if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')') this.discourse.channels.add(tokens[last + 2].lower);
          if (words.length > 1) outlets.push(words.map((word) => word.lower));
          index = last;
        }
      }
    }
    // "Worldline Press" and "WLP": an acronym that takes more than the initial of a word is the outlet's too.
    for (const acronym of acronyms) {
      if (!this.discourse.channels.has(acronym) && outlets.some((words) => abbreviates(acronym, words, 0, 0))) this.discourse.channels.add(acronym);
    }
  }

  private isBoilerplate(paragraph: Paragraph): boolean {
    const block = this.article.blocks.find((candidate) => candidate.start <= paragraph.start && paragraph.start < candidate.end);
    return block !== undefined && BOILERPLATE_KINDS.has(block.kind);
  }

  /**
   * "REPORTER: …" in a broadcast script that never names its reporter: the line is the outlet's, so it loses its
   * label and its sentences are read like any news sentence (after the label).
   */
  private setAsideNarrators(): void {
    if (this.labels.size === 0) return;
    const ends = new Map(this.article.paragraphs.map((paragraph) => [paragraph.start, paragraph.end]));
    const linesOf = new Map<string, string[]>();
    for (const [start, label] of this.labels) {
      const end = ends.get(start);
      if (end === undefined) continue;
      const lines = linesOf.get(label.key) ?? [];
      lines.push(this.text.slice(label.contentStart, end));
      linesOf.set(label.key, lines);
    }
    for (const [start, label] of [...this.labels]) {
      if (!isUnnamedNarrator(label, linesOf.get(label.key) ?? [])) continue;
      this.labels.delete(start);
      this.narratorLines.set(start, label.contentStart);
    }
  }

  private prepare(sentence: Sentence, index: number, paragraph: Paragraph): Prepared {
    const narrated = this.narratorLines.get(paragraph.start);
    if (narrated !== undefined && sentence.start < narrated) {
      const start = Math.min(sentence.end, narrated);
      const tokens = tokenize(this.text, { start, end: sentence.end }, paragraph.quotes);
      return { index, sentence, tokens, cues: findCues(this.text, tokens), quotedShare: quotedShare(tokens), start };
    }
    const label = this.labels.get(paragraph.start);
    if (label) {
      // A labelled line: the label is no part of the passage, and the line is the labelled speaker's whatever it reports.
      const start = Math.min(sentence.end, Math.max(sentence.start, label.contentStart));
      const tokens = tokenize(this.text, { start, end: sentence.end }, paragraph.quotes);
      return { index, sentence, tokens, cues: [], quotedShare: quotedShare(tokens), start, label };
    }
    const { transcript, start } = transcriptLine(this.text, sentence, paragraph);
    const tokens = tokenize(this.text, { start, end: sentence.end }, paragraph.quotes);
    return { index, sentence, tokens, cues: findCues(this.text, tokens), quotedShare: quotedShare(tokens), transcript, start };
  }

  /** Who a transcript's speaker label names (`labelSpeakerOf`), resolved once per label. */
  private labelSpeaker(label: SpeakerLabel): ResolvedSpeaker | undefined {
    if (this.labelSpeakers.has(label.key)) return this.labelSpeakers.get(label.key);
    const ownLines: string[] = [];
    for (const paragraph of this.article.paragraphs) {
      const other = this.labels.get(paragraph.start);
      if (other?.key === label.key) ownLines.push(this.text.slice(other.contentStart, paragraph.end));
    }
    const names = this.prepared.flatMap((items) => (items ?? []).flatMap((item) => phrasesOf(this.text, item).filter((phrase) => phrase.kind === 'person' || phrase.kind === 'name')));
    const speaker = labelSpeakerOf(this.context, label, ownLines, names);
    this.labelSpeakers.set(label.key, speaker);
    return speaker;
  }

  /** Attributes one paragraph: drafts per sentence (several when a sentence is split into clauses). */
  /** A paragraph that leaves its quotation open, and a next paragraph that opens with a quotation mark. */
  private quotationRunsOn(paragraph: Paragraph, next: Paragraph): boolean {
    const text = this.text.slice(paragraph.start, paragraph.end).trimEnd();
    return !/["”»’']$/.test(text) && /^\s*["“„«]/.test(this.text.slice(next.start, next.start + 4));
  }

  /**
   * "The mayor said in a statement:" closing its paragraph, and the next paragraph opens with a quotation: a short
   * cue sentence with nothing reported of its own, whose speaker the quotation paragraph is.
   */
  private introducesQuotationBlock(item: Prepared, draft: Draft, next: readonly Prepared[], nextParagraph: Paragraph): boolean {
    if (!draft.speaker || draft.cue?.where !== 'sentence' || item.quotedShare > 0 || item.label || item.transcript) return false;
    if (!/:\s*$/.test(this.text.slice(item.sentence.start, item.sentence.end))) return false;
    const words = item.tokens.filter((token) => token.kind === 'word');
    if (words.length > 12 || words.some((token) => token.lower === 'that' || token.numeric)) return false;
    return next.length > 0 && next[0].quotedShare >= 0.8 && /^\s*["“„«]/.test(this.text.slice(nextParagraph.start, nextParagraph.start + 4));
  }

  private attributeParagraph(paragraph: Paragraph, prepared: readonly Prepared[], previousParagraphLast: Draft | undefined, introduced = false): Draft[][] {
    const drafts: Draft[][] = [];
    let previous: ResolvedSpeaker | undefined;
    // First pass, in order: markers and in-sentence cues; names are recorded as they come.
    for (const item of prepared) {
      const group = this.directDrafts(item, previous);
      for (const draft of group) if (draft.speaker) previous = draft.speaker;
      if (group.every((draft) => !draft.speaker)) {
        previous = this.readerOfRuling(item) ?? previous;
        // "X has listed the firm on its leak site.": a later "the post reads" quotes X.
        const publisher = publisherOf(this.text, item.tokens);
        const author = publisher && this.discourse.resolve(publisher, undefined);
        if (author) this.discourse.statementAuthor = author;
      }
      drafts.push(group);
      this.recordNames(item);
      const documents = item.tokens.filter((token) => !token.quoted && DOCUMENT_NOUNS.has(token.lower));
      if (documents.length > 0) this.lastDocument = documents[documents.length - 1].lower;
    }
    // Second pass: sentences without a cue take a speaker from a post's signature, a quotation, a transcript or the sentence before.
    const credit = this.credits.get(paragraph.start);
    const post = this.signatureAfter(paragraph);
    const signature = post ?? (credit && creditedSpeaker(this.context, credit.phrases));
    const signed = post ? 'a post signed by' : 'a quotation credited on its own line to';
    prepared.forEach((item, position) => {
      const group = drafts[position];
      if (group.length !== 1 || group[0].speaker) return;
      // "[Translator's note: …]": a note in square brackets is the outlet's, whatever surrounds it.
      if (BRACKETED_NOTE.test(this.text.slice(item.start, item.sentence.end))) return;
      const draft = group[0];
      const before = position > 0 ? last(drafts[position - 1]) : undefined;
      const after = drafts[position + 1];
      this.fromSignature(draft, signature, signed) ||
        fromQuotation(draft, item, prepared, drafts, paragraph) ||
        pronounOfIntroducedPerson(this.context, draft, item, before, prepared[position - 1]) ||
        fromTranscript(draft, item, before, () => this.fixedAnswerer()) ||
        carriedQuote(draft, item, before, position === 0 ? previousParagraphLast : undefined, introduced ? 1 : prepared.length) ||
        continuation(this.context, draft, item, before) ||
        closedByNext(this.context, draft, item, after?.length === 1 ? after[0] : undefined, prepared[position + 1]) ||
        fromTranscriptSpeaker(this.context, draft, item, this.transcriptSpeaker) ||
        quoteOfIntroducedPerson(this.context, draft, item, prepared[position - 1]) ||
        fromIssuer(draft, item, this.issuer);
    });
    // Last: a sentence that only introduces the quotation after it is the outlet's, and no claim.
    prepared.forEach((item, position) => {
      const group = drafts[position];
      if (group.length === 1 && position + 1 < prepared.length && introducesQuote(this.context, item, prepared[position + 1], !group[0].speaker && drafts[position + 1]?.length === 1 ? drafts[position + 1][0] : undefined)) {
        Object.assign(group[0], { speaker: undefined, cue: undefined, reason: undefined, indirect: false, introduction: true });
      } else if (group.length === 1 && !group[0].speaker && position + 1 < prepared.length && this.introducesQuestion(item, prepared[position + 1])) {
        // "I would like someone to answer a simpler question. Why …?": the sentence only announces the question.
        group[0].announcesQuestion = true;
      }
    });
    return drafts;
  }

  /** "… a simple question." then "Why …?": a sentence whose last word announces the question after it. */
  private introducesQuestion(item: Prepared, next: Prepared): boolean {
    const words = item.tokens.filter((token) => token.kind === 'word');
    const lastWord = words[words.length - 1];
    if (!lastWord || lastWord.quoted || !['question', 'questions'].includes(lastWord.lower) || words.length > 14) return false;
    return /\?["”’']?\s*$/.test(this.text.slice(next.sentence.start, next.sentence.end));
  }

  /**
   * "The judge is reading the verdict.": live text announcing who is about to speak; a following "…, she says"
   * is theirs. Undefined for any other sentence.
   */
  private readerOfRuling(item: Prepared): ResolvedSpeaker | undefined {
    const tokens = item.tokens.filter((token) => !token.quoted);
    const subject = phraseStartingAt(this.text, tokens, 0);
    if (!subject || !['person', 'name', 'role'].includes(subject.kind)) return undefined;
    let cursor = subject.last + 1;
    if (!['is', 'are'].includes(tokens[cursor]?.lower ?? '')) return undefined;
    cursor++;
    if (['now', 'still', 'currently'].includes(tokens[cursor]?.lower ?? '')) cursor++;
    if (!['reading', 'delivering', 'announcing', 'handing'].includes(tokens[cursor]?.lower ?? '')) return undefined;
    cursor++;
    if (['out', 'down'].includes(tokens[cursor]?.lower ?? '')) cursor++;
    if (!['the', 'her', 'his', 'its', 'their'].includes(tokens[cursor]?.lower ?? '')) return undefined;
    const document = tokens[cursor + 1]?.lower ?? '';
    if (!(COURT_VOICES.has(document) || document === 'sentence' || document === 'findings') || tokens.length > cursor + 3) return undefined;
    const speaker = this.discourse.resolve(subject, undefined);
    return speaker?.kind === 'person' ? speaker : undefined;
  }

  /**
   * "Governor X has issued a statement.": the sentence announces X's statement, so it is X's (and no claim), and
   * X issued the statement a later "the statement said" quotes.
   */
  private issuerOfStatement(item: Prepared): Pick<Draft, 'speaker' | 'surface' | 'surfaceSpan' | 'cue' | 'reason'> | undefined {
    const tokens = item.tokens;
    if (tokens.some((token) => token.quoted)) return undefined;
    const subject = phraseStartingAt(this.text, tokens, 0);
    if (!subject || !['person', 'name', 'role', 'organization', 'orgReference'].includes(subject.kind)) return undefined;
    let cursor = subject.last + 1;
    if (['has', 'have', 'had', 'just', 'also'].includes(tokens[cursor]?.lower ?? '')) cursor++;
    if (['just', 'also'].includes(tokens[cursor]?.lower ?? '')) cursor++;
    const verb = cursor;
    if (!ISSUE_VERBS.has(tokens[cursor]?.lower ?? '')) return undefined;
    cursor++;
    if (tokens[cursor]?.lower === 'out') cursor++;
    if (!['a', 'an'].includes(tokens[cursor]?.lower ?? '')) return undefined;
    cursor++;
    if (tokens[cursor] && !STATEMENT_NOUNS.has(tokens[cursor].lower) && tokens[cursor].kind === 'word' && !tokens[cursor].capitalized) cursor++;
    if (!STATEMENT_NOUNS.has(tokens[cursor]?.lower ?? '') || (tokens[cursor + 1] && tokens[cursor + 1].text !== '.') || tokens.length > cursor + 2) return undefined;
    const speaker = this.discourse.resolve(subject, undefined);
    if (!speaker) return undefined;
    this.discourse.statementAuthor = speaker;
    const cueSpan = { start: subject.start, end: tokens[verb].end };
    const cueText = this.text.slice(cueSpan.start, cueSpan.end);
    return {
      speaker,
      surface: subject.surface,
      surfaceSpan: { start: subject.start, end: subject.end },
      cue: { text: cueText, span: cueSpan, where: 'sentence' },
      reason: speaker.resolution ? `in-sentence cue '${cueText}': ${speaker.resolution}` : `in-sentence cue: '${cueText}'`,
    };
  }

  /** Drafts from a marker or the sentence's own cues; one draft per clause when speakers differ. */
  private directDrafts(item: Prepared, previous: ResolvedSpeaker | undefined): Draft[] {
    const span = { start: item.start, end: item.sentence.end };
    const quote = item.quotedShare >= 0.5;
    const marker = this.markerSpeakers.get(item.sentence.start);
    if (marker) {
      const kind: SpeakerKind = marker.name.split(/\s+/).some((word) => ORGANIZATION_HEADS.has(word.toLowerCase())) ? 'organization' : marker.name.includes('+') ? 'joint' : 'person';
      const members = kind === 'joint' ? marker.name.split('+').map((name) => name.trim()).filter(Boolean).sort() : undefined;
      const speaker: ResolvedSpeaker = { name: members ? members.join(' + ') : marker.name, kind, members };
      return [
        {
          span,
          tokens: item.tokens,
          speaker,
          surface: marker.name,
          surfaceSpan: marker.span,
          cue: { text: this.text.slice(marker.span.start, marker.span.end), span: marker.span, where: 'marker' },
          reason: marker.standalone ? `speaker marker before the paragraph: {@${marker.name}}` : `speaker marker: {@${marker.name}}`,
          indirect: true,
          quote,
        },
      ];
    }
    if (item.label) {
      const speaker = this.labelSpeaker(item.label);
      if (speaker) {
        const label = item.label;
        const text = this.text.slice(label.span.start, label.span.end);
        return [{ span, tokens: item.tokens, quote, speaker, surface: label.text, surfaceSpan: label.span, cue: { text, span: label.span, where: 'qa' }, reason: `a transcript line labelled '${text}', credited to ${speaker.name}`, indirect: false }];
      }
    }
    const lead = item.tokens[0]?.start === item.start ? leadSignature(this.text, item.tokens) : undefined;
    const leader = lead && lead.content < item.tokens.length ? creditedSpeaker(this.context, lead.phrases) : undefined;
    if (lead && leader) {
      // "• X, title: what X said": the line is X's whatever it reports.
      const named = lead.phrases;
      const surfaceSpan = { start: named[0].start, end: named[named.length - 1].end };
      const cueText = this.text.slice(surfaceSpan.start, surfaceSpan.end);
      return [{ span, tokens: item.tokens, quote, speaker: leader, surface: cueText, surfaceSpan, cue: { text: cueText, span: surfaceSpan, where: 'signature' }, reason: `a line opened by its author, ${leader.name}`, indirect: false }];
    }
    if (item.transcript) this.fixedAnswerer();
    if (item.transcript === 'question') return [{ span, tokens: item.tokens, quote, reason: 'question in a briefing transcript' }];
    if (item.transcript === 'answer') return [{ span, tokens: item.tokens, quote }];
    this.transcriptSpeaker = transcriptSpeakerOf(this.context, item) ?? this.transcriptSpeaker;
    const resolved: { cue: CueMatch; speaker: ResolvedSpeaker }[] = [];
    let context = previous;
    for (const found of item.cues) {
      let cue = this.withDocumentAuthor(item, found);
      if (cue.subject.kind === 'pronoun' && JUDICIAL_VERBS.has(cue.verb)) {
        // "The written ruling is careful. It holds that …": "it" is the ruling, so the court speaks.
        if (!this.lastDocument || !COURT_VOICES.has(this.lastDocument)) continue;
        cue = { ...cue, subject: { ...cue.subject, kind: 'document', head: this.lastDocument, name: this.lastDocument } };
      }
      const reportsSpeech = cue.closing || item.tokens[cue.verbIndex + 1]?.lower === 'that';
      const resolvedSpeaker = this.discourse.resolve(cue.subject, this.pronounContext(item, cue) ?? context, cue.closing, reportsSpeech);
      if (!resolvedSpeaker) continue;
      const speaker = this.withCompanion(item, cue, resolvedSpeaker);
      this.discourse.noteSpokesperson(speaker, cue.subject.surface);
      resolved.push({ cue, speaker });
      context = speaker;
    }
    if (resolved.length === 0) {
      const issuer = this.issuerOfStatement(item);
      if (issuer) return [{ span, tokens: item.tokens, quote, ...issuer }];
      const reader = this.noteReadStatement(item.tokens);
      if (reader) {
        // "She then reads a statement from X: “…”": the quotation after the colon is X's.
        const cueText = this.text.slice(reader.span.start, reader.span.end);
        const reason = reader.speaker.resolution ? `in-sentence cue '${cueText}': ${reader.speaker.resolution}` : `in-sentence cue: '${cueText}'`;
        return [{ span, tokens: item.tokens, quote, speaker: reader.speaker, surface: reader.surface, surfaceSpan: reader.surfaceSpan, cue: { text: cueText, span: reader.span, where: 'sentence' }, reason }];
      }
      return [{ span, tokens: item.tokens, quote }];
    }
    promoteReportedSpeaker(item.tokens, resolved);
    // "X said in a statement that …": what "the statement said" refers to later.
    const citesStatement = item.tokens.some((token) => !token.quoted && STATEMENT_NOUNS.has(token.lower));
    const author = resolved.find((entry) => entry.cue.subject.kind !== 'document' && entry.cue.subject.kind !== 'pronoun');
    if (citesStatement && author) this.discourse.statementAuthor = author.speaker;
    const clauses = this.splitClauses(item, withoutGroupsInContent(resolved));
    return clauses.map((clause) => {
      const { cue, speaker } = clause.main;
      this.learnGender(item.tokens, cue, speaker);
      const cueText = this.text.slice(cue.span.start, cue.span.end);
      const jointReference = speaker.kind === 'joint' && !cue.subject.members;
      const reason = speaker.resolution ? `in-sentence cue '${cueText}': ${speaker.resolution}` : `in-sentence cue: '${cueText}'`;
      return {
        span: clause.span,
        tokens: clause.tokens,
        speaker,
        surface: cue.subject.surface,
        surfaceSpan: { start: cue.subject.start, end: cue.subject.end },
        cue: { text: cueText, span: cue.span, where: jointReference ? 'joint' : 'sentence' },
        reason,
        indirect:
          !quote &&
          !(cue.closing && item.quotedShare > 0.3) &&
          cue.subject.name !== UNNAMED_SOURCES &&
          reportsContent(clause.tokens, cue) &&
          (CONTINUATION_VERBS.has(firstWord(cue.verb)) || cue.pattern === 'quoted-as-saying'),
        closing: cue.closing,
        quote: clause.quote,
      };
    });
  }

  /** Who answers in the Q/A lines (`answererOf`), fixed at the first Q or A line. */
  private fixedAnswerer(): ResolvedSpeaker | undefined {
    if (this.answerer === null) this.answerer = answererOf(this.discourse, this.transcriptSpeaker);
    return this.answerer;
  }

  /**
   * "The council will fight on, according to a statement": an unnamed document speaks for the subject of the
   * sentence when that is a person or body. Other cues are returned unchanged.
   */
  private withDocumentAuthor(item: Prepared, cue: CueMatch): CueMatch {
    if (cue.subject.kind === 'orgReference' && (cue.pattern === 'according-to' || cue.closing) && isBodyDescriptor(cue.subject.head)) {
      // "The Markets Authority is examining …, according to the regulator", "The city's water board has
      // banned …, the agency said": the body that opens the sentence, when none was named before.
      const subject = phraseStartingAt(this.text, item.tokens, 0);
      if (this.discourse.bodyFor(cue.subject) || !subject || subject.last >= cue.verbIndex) return cue;
      if (subject.kind === 'organization' && !isOpeningCommonNoun(subject)) return { ...cue, subject };
      // "Brightwell Semiconductor will cut 2,000 jobs, the chipmaker said": the name is the business's.
      if (subject.kind === 'name' && COMPANY_NOUNS.has(cue.subject.head) && !this.isOpeningWord(subject) && this.discourse.mayBeBusiness(subject.name)) {
        return { ...cue, subject: { ...subject, kind: 'organization', qualifiers: [cue.subject.head] } };
      }
      return cue;
    }
    if (cue.subject.kind !== 'document' || !/^an?\s/i.test(cue.subject.surface)) return cue;
    // "according to a federation statement": the body the phrase names speaks, not the sentence's subject.
    if (cue.subject.qualifiers.some((qualifier) => ORGANIZATION_HEADS.has(qualifier))) return cue;
    const subject = phraseStartingAt(this.text, item.tokens, 0);
    if (!subject || subject.last >= cue.verbIndex) return cue;
    if (!['organization', 'orgReference', 'person', 'name', 'role'].includes(subject.kind)) return cue;
    return { ...cue, subject };
  }

  /** "Revenue was down …": a single word capitalised only because it opens the sentence, never seen inside one. */
  private isOpeningWord(phrase: NounPhrase): boolean {
    return phrase.first === 0 && phrase.first === phrase.last && !this.discourse.midSentenceWords.has(nameKey(phrase.name));
  }

  /**
   * "Clearwater Trust's Felix Ambrose counts …, and he wants …": a pronoun refers back to the person that
   * opens its own sentence before it looks further back.
   */
  private pronounContext(item: Prepared, cue: CueMatch): ResolvedSpeaker | undefined {
    if (cue.subject.kind !== 'pronoun' || (cue.subject.head !== 'he' && cue.subject.head !== 'she')) return undefined;
    // "Assistant X will take charge, she added.": a closing cue's pronoun is the speaker, not the content's subject.
    if (cue.closing) return undefined;
    const opening = phrasesOf(this.text, item).find((phrase) => phrase.last < cue.subject.first && (phrase.kind === 'person' || phrase.kind === 'name'));
    if (!opening || opening.first > 1) return undefined;
    // "On Instagram she wrote …", "In Portvale he told …": a name after a preposition of place or medium is where, not who.
    if (opening.first === 1 && PLACE_OR_MEDIUM_PREPOSITIONS.has(item.tokens[0].lower)) return undefined;
    // "Production will move …": a word capitalised only because it opens the sentence is no person.
    if (opening.kind === 'name' && this.isOpeningWord(opening)) return undefined;
    const entity = this.discourse.mention(opening, true);
    if (!entity || entity.kind !== 'person' || (entity.gender && entity.gender !== cue.subject.gender)) return undefined;
    return { name: entity.name, kind: 'person' };
  }

  /**
   * "Her lawyer read (out) a short statement from X.", "The paper prints a statement from X": X is the author whom a
   * later "the statement said" quotes.
   * The sentence itself stays the outlet's.
   */
  private noteReadStatement(tokens: readonly Token[]): { speaker: ResolvedSpeaker; surface: string; surfaceSpan: Span; span: Span } | undefined {
    for (let index = 0; index < tokens.length; index++) {
      if (tokens[index].quoted || !RELAY_VERBS.has(tokens[index].lower)) continue;
      let cursor = index + 1;
      if (tokens[cursor]?.lower === 'out') cursor++;
      if (!['a', 'an', 'the'].includes(tokens[cursor]?.lower ?? '')) continue;
      const limit = cursor + 4;
      cursor++;
      while (cursor < limit && tokens[cursor] && tokens[cursor].kind === 'word' && !tokens[cursor].capitalized && !STATEMENT_NOUNS.has(tokens[cursor].lower)) cursor++;
      if (!STATEMENT_NOUNS.has(tokens[cursor]?.lower ?? '') || !['from', 'by', 'of'].includes(tokens[cursor + 1]?.lower ?? '')) continue;
      const possessor = tokens[cursor + 2];
      let author = phraseStartingAt(this.text, tokens, cursor + 2);
      let speaker: ResolvedSpeaker | undefined;
      if ((possessor?.lower === 'her' || possessor?.lower === 'his') && CLIENT_NOUNS.has(tokens[cursor + 3]?.lower ?? '')) {
        // "a statement from her client": the person the lawyer represents.
        speaker = this.discourse.clientOf(possessor.lower === 'her' ? 'f' : 'm');
        const client = tokens[cursor + 3];
        author = speaker && { start: possessor.start, end: client.end, kind: 'role', surface: this.text.slice(possessor.start, client.end), name: client.lower, titles: [], qualifiers: [], head: client.lower, first: cursor + 2, last: cursor + 3 };
      } else {
        speaker = author && author.kind !== 'pronoun' ? this.discourse.resolve(author, undefined) : undefined;
      }
      if (!speaker || !author) return undefined;
      this.discourse.statementAuthor = speaker;
      // The statement's words follow a colon: "… from X: “…”".
      const colon = tokens[author.last + 1];
      if (colon?.text !== ':' || !tokens.slice(author.last + 2).some((token) => token.quoted)) return undefined;
      return { speaker, surface: author.surface, surfaceSpan: { start: author.start, end: author.end }, span: { start: tokens[index].start, end: author.end } };
    }
    return undefined;
  }

  /**
   * Splits "X said A, and Y said B" into clauses when two cues credit different speakers and the second
   * cue's subject opens a clause (after `;` or `, and` / `, while` / `, but`). Otherwise the first cue governs.
   */
  private splitClauses(item: Prepared, resolved: readonly { cue: CueMatch; speaker: ResolvedSpeaker }[]) {
    const tokens = item.tokens;
    const whole = { span: { start: item.start, end: item.sentence.end }, tokens, main: resolved[0], quote: item.quotedShare >= 0.5 };
    const clauses: (typeof whole)[] = [];
    let clauseStart = 0;
    let main = resolved[0];
    for (let position = 1; position < resolved.length; position++) {
      const next = resolved[position];
      if (next.speaker.name === main.speaker.name) continue;
      if (next.cue.pattern !== 'subject-verb' && !(main.cue.closing && next.cue.closing)) continue;
      const subjectFirst = next.cue.subject.first;
      let boundary = -1;
      // "A, X said, and B, Y said": the first closing cue ends its clause.
      const afterVerb = tokens[main.cue.verbIndex + 1]?.text === ',' ? main.cue.verbIndex + 1 : -1;
      if (main.cue.closing && next.cue.closing && afterVerb > 0 && ['and', 'but', 'while', 'whereas'].includes(tokens[afterVerb + 1]?.lower ?? '')) boundary = afterVerb;
      for (let index = subjectFirst - 1; boundary < 0 && index > main.cue.verbIndex; index--) {
        const token = tokens[index];
        if (token.quoted) break;
        if (token.text === ';') boundary = index;
        else if (token.text === ',' && ['and', 'while', 'but', 'whereas'].includes(tokens[index + 1]?.lower ?? '') && index + 2 === subjectFirst) boundary = index;
        if (boundary >= 0) break;
      }
      if (boundary < 0) continue;
      const clauseTokens = tokens.slice(clauseStart, boundary);
      clauses.push(this.clause(clauseTokens, main, item));
      clauseStart = tokens[boundary].text === ';' ? boundary + 1 : boundary + 2;
      main = next;
    }
    if (clauses.length === 0) return [whole];
    clauses.push(this.clause(tokens.slice(clauseStart), main, item));
    return clauses;
  }

  private clause(tokens: Token[], main: { cue: CueMatch; speaker: ResolvedSpeaker }, item: Prepared) {
    const first = tokens[0];
    const lastToken = tokens[tokens.length - 1];
    const span = first && lastToken ? { start: first.start, end: lastToken.end } : { start: item.start, end: item.sentence.end };
    return { span, tokens, main, quote: quotedShare(tokens) >= 0.5 };
  }

  /** "For his part, X said", "X … his counterpart": a possessive before any other person is X's. */
  private learnGender(tokens: readonly Token[], cue: CueMatch, speaker: ResolvedSpeaker): void {
    if (speaker.kind !== 'person') return;
    if (cue.subject.gender) this.discourse.setGender(speaker.name, cue.subject.gender);
    if (cue.subject.kind === 'pronoun') return;
    let namesBefore = 0;
    for (const [index, token] of tokens.entries()) {
      if (token.quoted) continue;
      if (token.start < cue.subject.start && isNameWord(token)) namesBefore++;
      const gender = POSSESSIVE_PRONOUNS.get(token.lower) ?? PERSONAL_PRONOUNS.get(token.lower);
      if (gender !== 'm' && gender !== 'f') continue;
      if (token.lower === 'her' && isObjectHer(tokens, index)) return;
      // "For his part, X said" is X's; "His rival, X, said" is someone else's.
      const prepositional = index > 0 && ['for', 'in', 'to', 'at', 'on', 'by', 'with', 'from'].includes(tokens[index - 1].lower);
      if (token.start > cue.subject.end || (namesBefore === 0 && prepositional)) this.discourse.setGender(speaker.name, gender);
      return;
    }
  }

  /**
   * "Together with Mayor Ada Voss, he has also called for a recount.": a person named in an opening "together
   * with" speaks jointly with the cue's person.
   */
  private withCompanion(item: Prepared, cue: CueMatch, speaker: ResolvedSpeaker): ResolvedSpeaker {
    const tokens = item.tokens;
    if (speaker.kind !== 'person' || tokens[1]?.lower !== 'with' || !['together', 'along'].includes(tokens[0]?.lower ?? '')) return speaker;
    const companion = phraseStartingAt(this.text, tokens, 2);
    if (!companion || !(companion.kind === 'person' || companion.kind === 'name') || tokens[companion.last + 1]?.text !== ',' || companion.last + 2 !== cue.subject.first) return speaker;
    const entity = this.discourse.mention(companion, true);
    if (!entity || entity.kind !== 'person' || entity.name === speaker.name) return speaker;
    return jointOf([speaker.name, entity.name], `${speaker.name} together with ${entity.name}`);
  }

  /** Records every name of the sentence so that later references can find it. */
  private recordNames(item: Prepared): void {
    const phrases = phrasesOf(this.text, item).filter(
      (phrase) => phrase.kind === 'person' || phrase.kind === 'name' || (phrase.kind === 'organization' && ORGANIZATION_HEADS.has(phrase.head)),
    );
    for (const phrase of phrases) {
      // "In the village, Ada Voss, 52, sat by the road.": a full name with an age in commas, opening the sentence or a
      // clause (not after a preposition: "homes in Harbour Quay, 12, …"), is a person, whom a later "she said" may mean.
      const before = item.tokens[phrase.first - 1];
      const aged = phrase.kind === 'name' && phrase.name.includes(' ') && (!before || before.kind !== 'word') && isAgeAside(item.tokens, phrase.last);
      this.discourse.mention(aged ? { ...phrase, kind: 'person' } : phrase, false);
    }
    // "Kessarian President Anton Dravic held talks with his counterpart": the possessive is the first person's.
    const people = phrases.filter((phrase) => phrase.kind === 'person' || phrase.kind === 'name');
    if (people.length === 0) return;
    for (const [index, token] of item.tokens.entries()) {
      if (token.quoted) continue;
      const possessive = POSSESSIVE_PRONOUNS.get(token.lower);
      const gender = possessive ?? (token.lower === 'he' || token.lower === 'she' ? PERSONAL_PRONOUNS.get(token.lower) : undefined);
      if (gender !== 'm' && gender !== 'f') continue;
      // "X remembered telling her in 2023 …": an object "her", not a possessive, says nothing of X.
      if (token.lower === 'her' && isObjectHer(item.tokens, index)) return;
      const before = people.filter((phrase) => phrase.end <= token.start);
      if (before.length === 1) {
        // "Ilse Barrowmond was nine when she first …": a full name the pronoun refers back to is a person's,
        // even when its given name is unknown.
        const fullName = before[0].kind === 'name' && before[0].first === 0 && /^\S+ \S+$/.test(before[0].name);
        const entity = this.discourse.mention(fullName ? { ...before[0], gender } : before[0], false);
        if (entity && entity.kind === 'person') this.discourse.setGender(entity.name, gender);
      }
      return;
    }
  }

  /**
   * The author of an embedded social-media post: the paragraph is the post when the line after it signs it
   * ("— Tamsin (@tamsin_k) May 2, 2026"). Undefined for other paragraphs.
   */
  private signatureAfter(paragraph: Paragraph): ResolvedSpeaker | undefined {
    const next = this.article.blocks.find((block) => block.start >= paragraph.end);
    if (!next || !POST_SIGNATURE.test(this.text.slice(next.start, next.end))) return undefined;
    const tokens = tokenize(this.text, next, []);
    const author = phraseStartingAt(this.text, tokens, 1);
    // "— Tamsin (@tamsin_k)", "— Harbour Workers' Union (@harbourunion)": a person or a body.
    if (!author || !['name', 'person', 'organization'].includes(author.kind)) return undefined;
    const speaker = this.discourse.resolve(author, undefined);
    return speaker && speaker.kind !== 'role' ? speaker : undefined;
  }

  /** A cue-less sentence of an embedded post (or a paragraph signed after it) is its signer's. */
  private fromSignature(draft: Draft, author: ResolvedSpeaker | undefined, signed: string): boolean {
    if (!author) return false;
    creditSigner(draft, author, `${signed} ${author.name}`);
    return true;
  }

  private emit(draft: Draft, item: Prepared, paragraph: number): void {
    const text = this.text.slice(draft.span.start, draft.span.end);
    const speaker = draft.speaker;
    let decision =
      item.transcript === 'question' || draft.introduction || draft.announcesQuestion
        ? { claim: false as const, why: draft.introduction ? 'introduces the quotation that follows' : draft.announcesQuestion ? 'announces the question that follows' : 'question' }
        : classifyClaim(text, draft.tokens, { credited: speaker !== undefined, joint: speaker?.kind === 'joint' });
    // "Retraining for what, he asked, when …?": a rhetorical question a speaker puts in the body argues a point.
    if (!decision.claim && decision.why === 'question' && speaker && draft.cue?.where === 'sentence' && !item.transcript) {
      const asserted = classifyClaim(text.replace(/\?(["”’']?)\s*$/, '.$1'), draft.tokens, { credited: true, joint: speaker.kind === 'joint' });
      if (asserted.claim) decision = asserted;
    }
    if (speaker) this.discourse.credit(speaker);
    this.passages.push({
      span: draft.span,
      sentence: item.index,
      paragraph,
      speaker: speaker
        ? { name: speaker.name, surface: draft.surface ?? speaker.name, span: draft.surfaceSpan, kind: speaker.kind, members: speaker.members, key: nameKey(speaker.name) }
        : null,
      cue: speaker ? (draft.cue ?? null) : null,
      reason: speaker ? (draft.reason ?? 'attributed') : decision.claim ? 'no cue: the outlet\'s own voice' : `not a claim (${decision.why})`,
      claim: decision.claim,
      claimKind: decision.claim ? decision.kind : undefined,
      quote: draft.quote,
    });
  }
}

/**
 * "Three mayors objected at the meeting, one of the people said.": a group acting in the content of a closing
 * cue is what the cue's speaker reports, not a speaker of its own. So is anyone's stance or act before a closing
 * plain "say" ("The board rejected it, she said."); only a "said" of its own keeps the earlier subject a speaker.
 */
function withoutGroupsInContent<T extends { readonly cue: CueMatch }>(resolved: readonly T[]): readonly T[] {
  const closing = resolved.find((entry) => entry.cue.closing);
  if (!closing) return resolved;
  const plainSay = SAY_VERBS.has(closing.cue.verb);
  return resolved.filter(
    (entry) => entry.cue.closing || entry.cue.verbIndex > closing.cue.verbIndex || (entry.cue.subject.kind !== 'group' && !(plainSay && entry.cue.pattern === 'subject-verb' && !SAY_VERBS.has(entry.cue.verb))),
  );
}

/**
 * "According to TNA, Varga replied that …": the source that opens the sentence only passes on what the
 * subject after its comma said, so that speaker's cue leads. Not an act or a request ("According to TNA, the sides
 * agreed …", "According to the office, X raised … and asked …"), which the source itself reports.
 */
function promoteReportedSpeaker<T extends { readonly cue: CueMatch }>(tokens: readonly Token[], resolved: T[]): void {
  const opening = resolved[0];
  if (!opening || opening.cue.pattern !== 'according-to' || opening.cue.closing) return;
  const comma = tokens.findIndex((token) => token.start >= opening.cue.span.end);
  if (tokens[comma]?.text !== ',') return;
  const at = resolved.findIndex(
    (entry) => entry.cue.pattern === 'subject-verb' && entry.cue.subject.first === comma + 1 && PASSED_ON_VERBS.has(entry.cue.verb),
  );
  if (at > 0) resolved.unshift(...resolved.splice(at, 1));
}

/** Verbs that pass on someone's words: "X said", "X replied", "X told Y". */
const PASSED_ON_VERBS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'reply', 'replies', 'replied', 'tell', 'tells', 'told', 'add', 'adds', 'added']);

/** Prepositions of place or medium: "On Instagram", "In Portvale", "From Geneva". */
const PLACE_OR_MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'inside', 'via', 'across', 'through', 'to', 'into']);

/** The plain verbs of saying. */
const SAY_VERBS: ReadonlySet<string> = new Set(['say', 'says', 'said']);

/** "X says otherwise.", "Y said so.": a cue with hardly a word of content opens no reported speech to go on with. */
function reportsContent(tokens: readonly Token[], cue: CueMatch): boolean {
  let content = 0;
  for (const token of tokens) {
    if (token.kind === 'word' && (token.end <= cue.span.start || token.start >= cue.span.end) && ++content >= 3) return true;
  }
  return false;
}

/** A sentence wholly in square brackets: an editor's or translator's note. */
const BRACKETED_NOTE = /^\s*\[[^\[\]]*\]\s*$/;

/** A word in capitals of two to five letters: "WLP", "KNA". */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * True when `acronym` (lowercase) abbreviates the words from `word` on, starting at its letter `at`: every word gives
 * its initial, in order, and may give more of its letters after it ("wlp" for "worldline press").
 */
function abbreviates(acronym: string, words: readonly string[], word: number, at: number): boolean {
  if (word === words.length) return at === acronym.length;
  if (acronym[at] !== words[word][0]) return false;
  let letter = 1;
  for (let next = at + 1; next <= acronym.length; next++) {
    if (abbreviates(acronym, words, word + 1, next)) return true;
    if (next === acronym.length) return false;
    letter = words[word].indexOf(acronym[next], letter);
    if (letter < 0) return false;
    letter++;
  }
  return false;
}

/** The line that signs an embedded post: a dash, the author, the handle in parentheses. */
const POST_SIGNATURE = /^\s*[—–-]\s*[^()\n]+\(@\w[\w.]*\)/u;

/** "Service was restored …", "Police are …": a body's head noun capitalised only because it opens the sentence. */
function isOpeningCommonNoun(phrase: NounPhrase): boolean {
  return phrase.first === 0 && phrase.last === 0 && ORGANIZATION_HEADS.has(phrase.head);
}

/** A noun that describes a body by its kind: "the regulator", "the company", "the agency". */
function isBodyDescriptor(head: string): boolean {
  return DESCRIPTOR_ORGANIZATION_NOUNS.has(head) || PUBLIC_BODY_HEADS.has(head);
}

/** Share of the word tokens inside quotations; 0 without words. */
function quotedShare(tokens: readonly Token[]): number {
  let words = 0;
  let quoted = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    words++;
    if (token.quoted) quoted++;
  }
  return words ? quoted / words : 0;
}

/** The text up to its first space ("according" for "according to"). */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/** Words after which "her" is an object ("told her so", "telling her in May"), not a possessive ("her bill"). */
const AFTER_OBJECT_HER: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to', 'that', 'and', 'or', 'so', 'for', 'from', 'with', 'about', 'by', 'of', 'as', 'the', 'a', 'an', 'this', 'what', 'how', 'why', 'not']);

function isObjectHer(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next === undefined || next.kind === 'punct' || AFTER_OBJECT_HER.has(next.lower);
}

// Reaction roundups: quotations credited by a line of their own rather than by a cue in a sentence.
// - `"…"` then `— X, title` on the next line (or `— Joint statement by X and Y`, `— X statement`);
// - `X, title:` alone on a line, then `"…"` on the next;
// - `• X, title: what X said` on one line.
// The crediting lines are no passages of content.

import type { Article, Paragraph } from '../model';
import { jointOf, type ResolvedSpeaker } from './coreference';
import type { AttributionContext } from './drafts';
import { REPORTING_VERBS, STATEMENT_NOUNS } from './lexicon';
import { classify, phraseStartingAt, type NounPhrase } from './names';
import { tokenize, type Token } from './tokens';

/** A quotation paragraph and the line that credits it. */
export interface QuoteCredit {
  /** The paragraph that credits the quotation (its passages are dropped). */
  readonly line: Paragraph;
  /** The author as written on the line. */
  readonly phrases: readonly NounPhrase[];
  readonly tokens: readonly Token[];
}

const DASHES = new Set(['—', '–', '-', '―']);
const BULLETS = new Set(['•', '·', '*', '▪', '◦', '‣', '-', '–', '—']);

/** Words that make the part before a colon a clause, not a name with its title: "X, however, said: …". */
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'did', 'does', 'do', 'not', 'however', 'who', 'which', 'that', 'when', 'while', 'but', 'if', 'because',
]);

/** Kinds of phrase that can sign a quotation. */
function signs(phrase: NounPhrase | undefined): phrase is NounPhrase {
  return phrase !== undefined && ['name', 'person', 'organization'].includes(phrase.kind) && !phrase.anonymous;
}

/** True for a paragraph that is one quotation and nothing else: `"…"`. */
function isQuotationParagraph(text: string, paragraph: Paragraph): boolean {
  const body = text.slice(paragraph.start, paragraph.end).trim();
  return /^["“„«‘]/u.test(body) && /["”»’][.!?]?$/u.test(body) && paragraph.quotes.length > 0;
}

/**
 * `— X, title`, `— Joint statement by X and Y`, `— X statement`: the authors the line names; undefined for
 * any other line (a dated update, a handle, a sentence).
 */
export function dashSignature(text: string, tokens: readonly Token[]): NounPhrase[] | undefined {
  let cursor = 0;
  if (!DASHES.has(tokens[cursor]?.text ?? '')) return undefined;
  while (DASHES.has(tokens[cursor]?.text ?? '')) cursor++;
  // "— Joint statement by X and Y", "— Statement from X".
  const statement = tokens.slice(cursor, cursor + 4).findIndex((token) => STATEMENT_NOUNS.has(token.lower));
  if (statement >= 0 && ['by', 'from', 'of'].includes(tokens[cursor + statement + 1]?.lower ?? '')) {
    if (tokens.slice(cursor, cursor + statement).some((token) => token.kind !== 'word' || (token.capitalized && token !== tokens[cursor]))) return undefined;
    cursor += statement + 2;
  }
  return authors(text, tokens, cursor, (next) => next === undefined || next.text === ',' || next.text === '(' || STATEMENT_NOUNS.has(next.lower) || /^spokes/.test(next.lower));
}

/**
 * `X, title:` or `• X, title: …`: the author that opens the line, and where the content starts after the colon
 * (the token count when nothing follows). Undefined when the part before the colon reads as a clause.
 */
export function leadSignature(text: string, tokens: readonly Token[]): { phrases: NounPhrase[]; content: number } | undefined {
  let cursor = 0;
  while (BULLETS.has(tokens[cursor]?.text ?? '')) cursor++;
  const colon = tokens.findIndex((token, index) => index > cursor && token.text === ':');
  if (colon < 0 || colon - cursor > 14 || tokens.slice(cursor, colon).some((token) => token.quoted)) return undefined;
  const phrases = authors(text, tokens, cursor, (next) => next?.text === ',');
  if (!phrases) return undefined;
  const last = phrases[phrases.length - 1].last;
  const between = tokens.slice(last + 2, colon);
  if (between.length === 0 || !between.some((token) => token.kind === 'word')) return undefined;
  // "Update, 3 p.m.:", "Calder, however, said:": a time or a clause, not a title.
  if (between.some((token) => token.numeric || CLAUSE_WORDS.has(token.lower) || REPORTING_VERBS.has(token.lower) || token.text === ';')) return undefined;
  return { phrases, content: colon + 1 };
}

/** One author, or two joined by "and", starting at `cursor`; `after` checks the token that follows. */
function authors(text: string, tokens: readonly Token[], cursor: number, after: (next: Token | undefined) => boolean): NounPhrase[] | undefined {
  const first = author(text, tokens, cursor);
  if (!signs(first) || first.first !== cursor) return undefined;
  const phrases = [first];
  if (tokens[first.last + 1]?.lower === 'and') {
    const second = author(text, tokens, first.last + 2);
    if (!signs(second)) return undefined;
    phrases.push(second);
  }
  return after(tokens[phrases[phrases.length - 1].last + 1]) ? phrases : undefined;
}

/** The phrase at `cursor` without a statement noun it ends with ("X statement" → X). */
function author(text: string, tokens: readonly Token[], cursor: number): NounPhrase | undefined {
  const phrase = phraseStartingAt(text, tokens, cursor);
  if (!phrase || phrase.last <= phrase.first || !STATEMENT_NOUNS.has(tokens[phrase.last].lower)) return phrase;
  const end = tokens[phrase.last - 1].end;
  // The body keeps the kind its whole phrase shows ("Premier League statement" is no premier's).
  if (phrase.kind !== 'organization') return classify(text, tokens, phrase.first, phrase.last - 1);
  const noun = tokens[phrase.last].lower;
  const name = phrase.name.endsWith(` ${tokens[phrase.last].text}`) ? phrase.name.slice(0, -tokens[phrase.last].text.length - 1) : phrase.name;
  return { ...phrase, end, last: phrase.last - 1, surface: text.slice(phrase.start, end), name, qualifiers: phrase.qualifiers.filter((word) => word !== noun) };
}

/**
 * The crediting lines of an article's quotation paragraphs, by the quotation paragraph's start: a dash line
 * right after it, or a lead line ending in a colon right before it.
 */
export function quoteCredits(article: Article, body: readonly (Paragraph | undefined)[]): Map<number, QuoteCredit> {
  const credits = new Map<number, QuoteCredit>();
  const text = article.text;
  const paragraphs = body.filter((paragraph): paragraph is Paragraph => paragraph !== undefined);
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!isQuotationParagraph(text, paragraph)) continue;
    const next = paragraphs[index + 1];
    if (next && adjacent(article, paragraph, next)) {
      const tokens = tokenize(text, next, next.quotes);
      const phrases = dashSignature(text, tokens);
      if (phrases) {
        credits.set(paragraph.start, { line: next, phrases, tokens });
        continue;
      }
    }
    const before = paragraphs[index - 1];
    if (before && adjacent(article, before, paragraph) && !credits.has(before.start)) {
      const tokens = tokenize(text, before, before.quotes);
      const lead = leadSignature(text, tokens);
      if (lead && lead.content === tokens.length) credits.set(paragraph.start, { line: before, phrases: lead.phrases, tokens });
    }
  }
  return credits;
}

/** True when no other block (a heading, a caption) stands between the two paragraphs. */
function adjacent(article: Article, first: Paragraph, second: Paragraph): boolean {
  return !article.blocks.some((block) => block.start >= first.end && block.end <= second.start && block.end > block.start);
}

/** Who the phrases of a crediting line name: one speaker, or a joint one for "X and Y". */
export function creditedSpeaker(context: AttributionContext, phrases: readonly NounPhrase[]): ResolvedSpeaker | undefined {
  const speakers = phrases.map((phrase) => context.discourse.resolve(phrase, undefined));
  if (speakers.some((speaker) => !speaker)) return undefined;
  if (speakers.length === 1) return speakers[0];
  return jointOf(speakers.flatMap((speaker) => speaker!.members ?? [speaker!.name]));
}

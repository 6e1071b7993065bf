// An organisation's own page (a notice, an FAQ, a statement on its site: "We have restored …", "Our helpline is
// open …"): when most body sentences speak as "we" outside quotation marks under a "© Year Name" footer, the
// footer's body is the page's voice. A news outlet's footer never makes it one (its "we" is the outlet's own).

import type { Article, Span } from '../model';
import type { ResolvedSpeaker } from './coreference';
import { creditSigner, type AttributionContext, type Draft, type Prepared } from './drafts';
import { NEWS_WORDS } from './lexicon';
import { phraseStartingAt } from './names';
import { tokenize } from './tokens';

const FIRST_PERSON_PLURAL: ReadonlySet<string> = new Set(['we', 'our', 'us', 'ours']);

/** "© 2026 Name | Privacy", "Copyright 2025 Name. All rights reserved.": the name after the year. */
const COPYRIGHT_LINE = /^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^|•·\n.]+)/iu;

/** The body whose own page the article is, and its footer (no passage), or undefined for any other article. */
export function pageIssuer(context: AttributionContext, article: Article, paragraphs: readonly (readonly Prepared[] | undefined)[]): { issuer: ResolvedSpeaker; footer: Span } | undefined {
  const items = paragraphs.flatMap((prepared) => prepared ?? []).filter((item) => !item.label && !item.transcript);
  const plural = items.filter((item) => item.tokens.some((token) => !token.quoted && FIRST_PERSON_PLURAL.has(token.lower))).length;
  if (plural < 3 || plural * 2 < items.length) return undefined;
  for (const block of article.blocks) {
    const match = COPYRIGHT_LINE.exec(context.text.slice(block.start, block.end));
    if (!match) continue;
    const start = block.start + match.index + match[0].length - match[1].length;
    // "© Quellby Water Company 2026", "© 2026 Quellby Water Company, all rights reserved": the name alone.
    const name = match[1].replace(/,?\s*all rights reserved\s*$/i, '').replace(/[\s,]*\d{4}\s*$/, '').trimEnd();
    const tokens = tokenize(context.text, { start, end: start + name.length }, []);
    const phrase = phraseStartingAt(context.text, tokens, 0);
    if (!phrase || phrase.last !== tokens.length - 1 || !['name', 'organization'].includes(phrase.kind)) continue;
    if (tokens.some((token) => NEWS_WORDS.has(token.lower)) || context.discourse.isChannel(phrase)) continue;
    const issuer = context.discourse.resolve(phrase, undefined);
    if (issuer && issuer.kind !== 'person') return { issuer, footer: { start: block.start, end: block.end } };
  }
  return undefined;
}

/** A cue-less sentence of an organisation's own page is the organisation's. */
export function fromIssuer(draft: Draft, item: Prepared, issuer: ResolvedSpeaker | undefined): boolean {
  if (!issuer || item.transcript || item.label) return false;
  creditSigner(draft, issuer, `the page of ${issuer.name}, written as "we"`);
  return true;
}

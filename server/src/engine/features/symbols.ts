// Feature: document outline. The headline, then sections with their paragraphs.
import type { Article, Span } from '../model';

export type ArticleSymbolKind = 'headline' | 'section' | 'paragraph';

/** One outline entry. `span` covers the whole entry, `selection` the text that names it. */
export interface ArticleSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: ArticleSymbolKind;
  readonly span: Span;
  readonly selection: Span;
  readonly children: ArticleSymbol[];
}

const PARAGRAPH_NAME_LENGTH = 60;

export function articleSymbols(article: Article): ArticleSymbol[] {
  const symbols: ArticleSymbol[] = [];
  if (article.headline) {
    const span = article.headline;
    symbols.push({ name: textOf(article, span), kind: 'headline', span, selection: span, children: [] });
  }
  const sectionSymbols = article.sections.map<ArticleSymbol>((section) => ({
    name: section.title,
    kind: 'section',
    span: section,
    selection: section.heading,
    children: [],
  }));
  article.paragraphs.forEach((paragraph, index) => {
    const first = paragraph.sentences[0] ?? paragraph;
    const symbol: ArticleSymbol = {
      name: abbreviate(textOf(article, first), PARAGRAPH_NAME_LENGTH) || `Paragraph ${index + 1}`,
      detail: `¶${index + 1}`,
      kind: 'paragraph',
      span: paragraph,
      selection: first,
      children: [],
    };
    if (paragraph.section === undefined) symbols.push(symbol);
    else sectionSymbols[paragraph.section].children.push(symbol);
  });
  symbols.push(...sectionSymbols);
  return symbols.sort((a, b) => a.span.start - b.span.start);
}

function textOf(article: Article, span: Span): string {
  return article.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** Cuts at a word boundary and adds an ellipsis; never splits a surrogate pair. */
export function abbreviate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = text.lastIndexOf(' ', maxLength);
  if (cut < maxLength / 2) cut = maxLength;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

// Feature: document outline. The headline, sections with their paragraphs, and a "Speakers" group
// listing who speaks in the article and in which passages.
import type { Engine, Source } from '../index';
import type { Article, Span } from '../model';

export type ArticleSymbolKind = 'headline' | 'section' | 'paragraph' | 'speakers' | 'speaker' | 'passage';

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

export function articleSymbols(source: Source, engine: Engine): ArticleSymbol[] {
  const article = source.article;
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
  symbols.sort((a, b) => a.span.start - b.span.start);
  const speakers = speakerSymbols(source, engine);
  if (speakers.length) {
    // The group covers its children only, so editors that order the outline by position keep the headline first.
    const span = { start: Math.min(...speakers.map((speaker) => speaker.span.start)), end: Math.max(...speakers.map((speaker) => speaker.span.end)) };
    symbols.push({ name: 'Speakers', detail: `${speakers.length}`, kind: 'speakers', span, selection: speakers[0].selection, children: speakers });
  }
  return symbols;
}

/** One symbol per speaker (canonical name), each holding the passages credited to it. */
function speakerSymbols(source: Source, engine: Engine): ArticleSymbol[] {
  const bySpeaker = new Map<string, ArticleSymbol[]>();
  for (const passage of source.attribution.passages) {
    if (!passage.speaker) continue;
    const name = engine.speakers.canonical(passage.speaker.name);
    const passages = bySpeaker.get(name) ?? [];
    passages.push({ name: abbreviate(textOf(source.article, passage.span), PARAGRAPH_NAME_LENGTH), kind: 'passage', span: passage.span, selection: passage.span, children: [] });
    bySpeaker.set(name, passages);
  }
  return [...bySpeaker].map(([name, passages]) => ({
    name,
    detail: `${passages.length} passage${passages.length === 1 ? '' : 's'}`,
    kind: 'speaker' as const,
    span: { start: passages[0].span.start, end: passages[passages.length - 1].span.end },
    selection: passages[0].span,
    children: passages,
  }));
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

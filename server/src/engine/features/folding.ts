// Feature: folding. Sections, the front matter before the first paragraph, and long paragraphs.
import type { Article, Span } from '../model';

export type FoldKind = 'region' | 'header';

export interface Fold extends Span {
  readonly kind: FoldKind;
}

/** Spans worth folding; the host drops those that fit on one line. */
export function articleFolds(article: Article): Fold[] {
  const folds: Fold[] = article.sections.map((section) => ({ start: section.start, end: section.end, kind: 'region' }));
  const firstParagraph = article.paragraphs[0];
  const frontMatter = article.blocks.filter((block) => !firstParagraph || block.end <= firstParagraph.start);
  if (frontMatter.length > 1) {
    folds.push({ start: frontMatter[0].start, end: frontMatter[frontMatter.length - 1].end, kind: 'header' });
  }
  for (const paragraph of article.paragraphs) folds.push({ start: paragraph.start, end: paragraph.end, kind: 'region' });
  return folds.sort((a, b) => a.start - b.start || b.end - a.end);
}

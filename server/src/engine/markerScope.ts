// What a marker applies to: the sentence it stands in, or, alone on a line, the paragraph
// (speaker, status) or section (topic) that follows.
import type { Article, Marker, Sentence } from './model';

/** The sentences a marker applies to; empty for a malformed marker or one with nothing after it. */
export function sentencesInScope(article: Article, marker: Marker): readonly Sentence[] {
  if (marker.problem) return [];
  if (!marker.standalone) {
    const sentence = article.sentences.find((candidate) => candidate.start <= marker.start && marker.end <= candidate.end);
    return sentence ? [sentence] : [];
  }
  const paragraphIndex = article.paragraphs.findIndex((paragraph) => paragraph.start >= marker.end);
  if (paragraphIndex < 0) return [];
  if (marker.kind !== 'topic') return article.paragraphs[paragraphIndex].sentences;
  // A topic alone on a line covers the section that follows: up to the next heading after the marker.
  const nextHeading = article.sections.find((section) => section.heading.start > article.paragraphs[paragraphIndex].start);
  const limit = nextHeading ? nextHeading.heading.start : article.text.length;
  return article.sentences.filter((sentence) => sentence.start >= marker.end && sentence.end <= limit);
}

/** The markers whose scope includes the given sentence, in document order. */
export function markersForSentence(article: Article, sentence: Sentence): Marker[] {
  return article.markers.filter((marker) => sentencesInScope(article, marker).includes(sentence));
}

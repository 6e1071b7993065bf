// Feature: hover. On a marker, what it means and how widely it is used in the corpus.
import type { Engine, Source } from '../index';
import type { Span } from '../model';
import { plural } from './completion';

export interface HoverResult {
  /** Markdown built from untrusted text: the host must not mark it trusted. */
  readonly markdown: string;
  readonly span: Span;
}

export function hoverAt(engine: Engine, source: Source, offset: number): HoverResult | undefined {
  const marker = source.article.markers.find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (!marker) return undefined;
  if (marker.problem) return { markdown: `Malformed marker: ${escapeMarkdown(marker.problem)}`, span: marker };
  if (marker.kind === 'status') return { markdown: describeStatus(marker.value), span: marker };
  const stats = engine.markers.stats(marker.kind, marker.value);
  const what = marker.kind === 'speaker' ? 'Speaker' : 'Topic';
  const usage = stats ? `marked in ${plural(stats.sources, 'source')}, ${plural(stats.passages, 'passage')}` : 'not marked elsewhere';
  return { markdown: `${what} **${escapeMarkdown(stats?.name ?? marker.value)}** — ${usage}`, span: marker };
}

function describeStatus(value: string): string {
  const [directive, ...rest] = value.split(':');
  const note = rest.join(':').trim();
  const suffix = note ? `: ${escapeMarkdown(note)}` : '';
  switch (directive.trim().split(/\s+/)[0]) {
    case 'verified':
      return `Review status **verified**${suffix}`;
    case 'disputed':
      return `Review status **disputed**${suffix}`;
    case 'ignore':
      return `Suppresses \`${escapeMarkdown(value.replace(/^ignore\s*/, ''))}\` here`;
    default:
      return escapeMarkdown(value);
  }
}

/** Escapes Markdown syntax so article text renders literally (and cannot form links or HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

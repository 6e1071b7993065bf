// Feature: hover. On a marker, what it means and how widely it is used in the corpus;
// on a passage, who said it, the cue, and why the engine decided so.
import { passageAt, type Passage } from '../attribution/index';
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
  if (!marker) {
    const passage = passageAt(source.attribution, offset);
    return passage ? { markdown: describePassage(engine, passage), span: passage.span } : undefined;
  }
  if (marker.problem) return { markdown: `Malformed marker: ${escapeMarkdown(marker.problem)}`, span: marker };
  if (marker.kind === 'status') return { markdown: describeStatus(marker.value), span: marker };
  const stats = engine.markers.stats(marker.kind, marker.value);
  const what = marker.kind === 'speaker' ? 'Speaker' : 'Topic';
  const usage = stats ? `marked in ${plural(stats.sources, 'source')}, ${plural(stats.passages, 'passage')}` : 'not marked elsewhere';
  return { markdown: `${what} **${escapeMarkdown(stats?.name ?? marker.value)}** — ${usage}`, span: marker };
}

/** Speaker, cue and reason of a passage: "**Speaker:** Ines Calder — in-sentence cue: 'Calder said'". */
export function describePassage(engine: Engine, passage: Passage): string {
  const lines: string[] = [];
  if (passage.speaker) {
    const canonical = engine.speakers.canonical(passage.speaker.name);
    const surface = passage.speaker.surface && passage.speaker.surface !== canonical ? ` (as “${escapeMarkdown(passage.speaker.surface)}”)` : '';
    lines.push(`**Speaker:** ${escapeMarkdown(canonical)}${surface}`);
  } else {
    lines.push(passage.claim ? "**Speaker:** none — the outlet's own voice" : '**Speaker:** none');
  }
  lines.push(`*${escapeMarkdown(passage.reason)}*`);
  const kind = passage.claim ? `claim${passage.claimKind ? ` (${passage.claimKind})` : ''}` : 'not a claim';
  lines.push(`${passage.quote ? 'Direct quote · ' : ''}${kind}`);
  return lines.join('\n\n');
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

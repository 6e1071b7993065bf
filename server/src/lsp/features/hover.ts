// LSP adapter: textDocument/hover — markers, who said a passage, and the other sources' versions of it.
// The markdown is built from untrusted text: everything from articles is escaped, links only ever point
// at the sources' own file URIs, and the result is never marked trusted.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { escapeMarkdown, hoverAt } from '../../engine/features/hover';
import { parallelsAt, type ParallelVersion } from '../../engine/features/parallelPassages';
import { guarded, locate, openSource, type ServerContext } from '../context';
import { toRange } from '../convert';

/** Versions shown in one hover; the rest are counted. */
const MAX_VERSIONS = 6;

export function registerHover(context: ServerContext): void {
  context.connection.onHover(
    guarded(context, 'hover', null as Hover | null, (params) => {
      const open = openSource(context, params.textDocument.uri);
      if (!open) return null;
      const offset = open.document.offsetAt(params.position);
      const result = hoverAt(context.engine, open.source, offset);
      if (!result) return null;
      const onMarker = open.source.article.markers.some((marker) => marker.start <= offset && offset < marker.end);
      const parallels = onMarker ? undefined : parallelsAt(context.engine, open.source, offset);
      const sections = [result.markdown];
      if (parallels?.versions.length) sections.push(describeVersions(context, parallels.versions));
      return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(open.document, result.span) };
    }),
  );
}

function describeVersions(context: ServerContext, versions: readonly ParallelVersion[]): string {
  const sources = new Set(versions.map((version) => version.source.id)).size;
  const lines = [`**Reported by ${sources} other source${sources === 1 ? '' : 's'}**`];
  for (const version of versions.slice(0, MAX_VERSIONS)) {
    const speaker = version.speaker === null ? "outlet's own voice" : escapeMarkdown(version.speaker);
    const flag = version.parallel.speakerDiffers ? ' · ⚠ different speaker' : '';
    lines.push(`**${escapeMarkdown(version.label)}** · ${speaker} · ${version.parallel.kind}${flag}`);
    lines.push(`> ${diffMarkdown(version)}`);
    const location = locate(context, version.source.id, version.parallel.span);
    if (location) {
      const line = location.range.start.line + 1;
      const target = `${location.uri}#L${line},${location.range.start.character + 1}`.replace(/\(/g, '%28').replace(/\)/g, '%29');
      lines.push(`[Open ${escapeMarkdown(version.source.info.fileName)}:${line}](${target})`);
    }
  }
  if (versions.length > MAX_VERSIONS) lines.push(`…and ${versions.length - MAX_VERSIONS} more (Find All References)`);
  return lines.join('\n\n');
}

/** The other version's words: added words bold, words only this passage has struck through. */
function diffMarkdown(version: ParallelVersion): string {
  return version.diff
    .map((segment) => {
      const text = escapeMarkdown(segment.text.replace(/\s+/g, ' '));
      if (segment.kind === 'same' || !text.trim()) return text;
      const [, leading, core, trailing] = /^(\s*)(.*?)(\s*)$/.exec(text)!;
      return `${leading}${segment.kind === 'added' ? `**${core}**` : `~~${core}~~`}${trailing}`;
    })
    .join('');
}

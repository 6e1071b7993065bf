// synoptic parallels <folder> [--json]: statements reported by several sources, with each source's passage.
import { lineColumn } from '../args';
import type { CommandContext } from '../main';

export function runParallels(context: CommandContext): number {
  const { engine } = context.loaded;
  const fileOf = new Map(context.loaded.sources.map(({ file, source }) => [source.id, file]));
  const clusters = engine
    .clusters()
    .filter((cluster) => cluster.members.every((member) => fileOf.has(member.sourceId)))
    .map((cluster) => ({
      speaker: typeof cluster.speaker === 'string' ? engine.speakers.canonical(cluster.speaker) : (cluster.speaker ?? null),
      members: cluster.members.map((member) => {
        const source = engine.getSource(member.sourceId);
        const text = source ? source.text.slice(member.span.start, member.span.end).replace(/\s+/g, ' ').trim() : '';
        return {
          file: context.display(fileOf.get(member.sourceId) ?? member.sourceId),
          line: source ? lineColumn(source.text, member.span.start).line : 0,
          speaker: typeof member.speaker === 'string' ? engine.speakers.canonical(member.speaker) : (member.speaker ?? null),
          text,
        };
      }),
    }))
    .sort((a, b) => (a.members[0].file < b.members[0].file ? -1 : a.members[0].file > b.members[0].file ? 1 : a.members[0].line - b.members[0].line));
  if (context.args.flags.has('--json')) {
    context.write(`${JSON.stringify(clusters, null, 2)}\n`);
    return 0;
  }
  clusters.forEach((cluster, index) => {
    const sources = new Set(cluster.members.map((member) => member.file)).size;
    context.write(`${index > 0 ? '\n' : ''}#${index + 1} ${cluster.speaker ?? '(unattributed)'}, ${sources} sources\n`);
    for (const member of cluster.members) context.write(`  ${member.file}:${member.line}  ${member.speaker ?? '(outlet)'}: ${member.text}\n`);
  });
  return 0;
}

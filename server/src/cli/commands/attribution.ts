// synoptic attribution <folder> [--json]: who said what in every article of the folder.
import { exportAttribution } from '../../engine/features/exportAttribution';
import type { CommandContext } from '../main';

export function runAttribution(context: CommandContext): number {
  const exported = exportAttribution(context.loaded.engine, context.loaded.sources);
  if (context.args.flags.has('--json')) {
    context.write(`${JSON.stringify(exported, null, 2)}\n`);
    return 0;
  }
  for (const source of exported.sources) {
    context.write(`${source.file}\n`);
    for (const passage of source.passages) {
      const who = passage.speaker ?? (passage.claim ? '(unattributed claim)' : '(outlet)');
      context.write(`  ${passage.start}-${passage.end}  ${who}${passage.quote ? ' [quote]' : ''}: ${passage.text.replace(/\s+/g, ' ')}\n`);
    }
  }
  return 0;
}

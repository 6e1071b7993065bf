// Diagnostic: boilerplate
// Marks date lines, photo captions and credits, and scrape junk, so that editors fade them.
import type { Source } from '../index';
import { BOILERPLATE_KINDS, type BlockKind } from '../model';
import { DiagnosticCode, type Finding } from './index';

const DESCRIPTIONS: Partial<Record<BlockKind, string>> = {
  dateLine: 'Date line',
  caption: 'Photo caption',
  credit: 'Photo or source credit',
  junk: 'Scrape junk',
};

export function checkBoilerplate(source: Source): Finding[] {
  return source.article.blocks
    .filter((block) => BOILERPLATE_KINDS.has(block.kind))
    .map((block) => ({
      code: DiagnosticCode.Boilerplate,
      span: { start: block.start, end: block.end },
      message: `${DESCRIPTIONS[block.kind]}: not part of the reported content.`,
      unnecessary: true,
    }));
}

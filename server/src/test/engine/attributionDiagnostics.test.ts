import * as assert from 'node:assert/strict';
import { computeDiagnostics } from '../../engine/diagnostics/index';
import type { AttributionFixData } from '../../engine/diagnostics/unattributedClaim';
import { createEngine } from '../../engine/index';

/**
 * Runs all diagnostics on the article and keeps the attribution codes, each as
 * `code | flagged text | candidates | scare quote`.
 */
function check(text: string, expected: string[]): void {
  const engine = createEngine();
  const source = engine.setSource('a.txt', text, { fileName: 'a.txt' });
  const actual = computeDiagnostics(source, engine)
    .filter((diagnostic) => diagnostic.code === 'unattributed-claim' || diagnostic.code === 'quote-without-speaker')
    .map((diagnostic) => {
      const data = (diagnostic as unknown as { data: AttributionFixData }).data;
      return `${diagnostic.code} | ${text.slice(diagnostic.span.start, diagnostic.span.end)} | ${data.candidates.join(', ')}${data.scareQuote ? ' | scare' : ''}`;
    });
  assert.deepEqual(actual, expected, `\n${actual.join('\n')}`);
}

describe('Attribution diagnostics', () => {
  it('Should flag a claim in the outlet\'s own voice and offer the nearest speakers', () => {
    check(
      `Mayor Ines Valdor said the deal was fair.

The deal will cost 12 million crowns a year.

Union leader Marek Olsen said members were tired.`,
      ['unattributed-claim | The deal will cost 12 million crowns a year. | Ines Valdor, Marek Olsen'],
    );
  });

  it('Should flag an unattributed quotation, and a scare quote separately', () => {
    check(
      `"Nobody will forget these eleven days," the banner read.

The fare rise is a "technical matter" for now.`,
      [
        'unattributed-claim | "Nobody will forget these eleven days," the banner read. | ',
        'quote-without-speaker | "Nobody will forget these eleven days," | ',
        'unattributed-claim | The fare rise is a "technical matter" for now. | ',
        'quote-without-speaker | "technical matter" |  | scare',
      ],
    );
  });

  it('Should not flag credited quotations, transitions or suppressed sentences', () => {
    check(
      `"We are back," Marek Olsen said.

The two leaders also discussed fares.

The strike cost the city 40 million crowns. {!ignore unattributed-claim}`,
      [],
    );
  });
});

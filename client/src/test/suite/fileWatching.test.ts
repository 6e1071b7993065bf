import * as assert from 'assert';
import * as fs from 'fs';
import { activateExtension, completeAtEnd, fixturePath, poll, speakerMarkers } from '../helper';

describe('File watching', () => {
  before(activateExtension);

  const newSource = 'corpus-a/zz-watched-source.txt';
  after(() => fs.rmSync(fixturePath(newSource), { force: true }));

  it('Should index a .txt source written into a corpus folder on disk without opening it', async () => {
    // A speaker no fixture mentions: it can only be offered once the server has read the new file.
    const speaker = 'Wilhelmina Quarterfield';
    // Write only after the initial scan, so that the new file reaches the server as a change.
    const marked = [...speakerMarkers().keys()];
    await poll('the initial scan (speaker completions)', () => completeAtEnd('{@'), (answer) => answer.some((label) => marked.includes(label)));
    fs.writeFileSync(fixturePath(newSource), [
      'Observers Watch the Harbour Talks Closely',
      '',
      `{@${speaker}} The harbour talks will resume next week, a spokeswoman said.`,
      '',
      'Both delegations declined to comment further on Tuesday.',
      '',
    ].join('\n'));
    const labels = await poll(`"${speaker}" among the speaker completions`, () => completeAtEnd('{@'), (answer) => answer.includes(speaker), { timeout: 30000 });
    assert.ok(labels.includes(speaker));
  });
});

import * as assert from 'assert';
import { activateExtension, completeAtEnd, poll, speakerMarkers } from '../helper';

describe('Marker completion', () => {
  before(activateExtension);

  it('Should offer the speakers marked with {@…} in the workspace after typing {@', async () => {
    const marked = [...speakerMarkers().keys()];
    assert.ok(marked.length > 0, 'no {@Name} marker in test-fixtures');
    // The server indexes the corpus in the background: ask until its first answer with speakers.
    const labels = await poll('speaker completions after "{@"',
      () => completeAtEnd('Officials met on Monday. {@'),
      (answer) => answer.some((label) => marked.includes(label)));
    assert.ok(labels.some((label) => marked.includes(label)), `offered ${JSON.stringify(labels)}, marked ${JSON.stringify(marked)}`);
  });
});

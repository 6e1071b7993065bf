// Attribution rules for writing styles that the first tuning corpora did not use: name particles, title
// abbreviations, spokespeople of bodies, anonymous sources, continued indirect speech and more.
// Every sentence is invented.
import * as assert from 'node:assert/strict';
import { SpeakerDirectory } from '../../engine/attribution/aliases';
import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: names with particles and title abbreviations', () => {
  it('Should keep the particles of a surname in the full name and in the short form', () => {
    check(
      `Port director Dr. Joris de la Mare said the quay would reopen. De la Mare said the cranes were safe.

"The harbour is open again. Ships can dock from Monday without any delay at all," de la Mare said.`,
      `Joris de la Mare | sentence | Port director Dr. Joris de la Mare said the quay would reopen.
       Joris de la Mare | sentence | De la Mare said the cranes were safe.
       Joris de la Mare | sentence | "The harbour is open again. Ships can dock from Monday without any delay at all," de la Mare said.`,
    );
  });

  it('Should read a compound title and an abbreviated title before a name', () => {
    check(
      `UN under-secretary Amal Rees spoke first. Agency director-general Piet Olm said the fund was empty. Cmdr. Tove Rask said the ships were ready.`,
      `- | - | UN under-secretary Amal Rees spoke first.
       Piet Olm | sentence | Agency director-general Piet Olm said the fund was empty.
       Tove Rask | sentence | Cmdr. Tove Rask said the ships were ready.`,
    );
  });

  it('Should merge a particle surname with the full name across the corpus', () => {
    const directory = new SpeakerDirectory();
    directory.setSource('a.txt', [{ name: 'Marta von Eck', kind: 'person', forms: ['Dr. Marta von Eck'], titles: [], passages: 2 }]);
    directory.setSource('b.txt', [{ name: 'von Eck', kind: 'person', forms: ['Von Eck'], titles: [], passages: 1 }]);
    assert.equal(directory.canonical('Von Eck'), 'Marta von Eck');
    assert.equal(directory.canonical('Dr. von Eck'), 'Marta von Eck');
  });
});

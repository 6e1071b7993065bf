// Attribution rules for the readout style of state news agencies and its translations: roles without a
// name, titles of a body before a name, leaders speaking together, impersonal passives. Every sentence is invented.
import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: an impersonal passive', () => {
  it('Should leave "It was noted that …" in the outlet\'s voice, while "It said" keeps its speaker', () => {
    check(
      `The Ministry of Fisheries of Valdoria welcomed the talks. It was noted that the next round will be held in Tessel in the spring.

The Ministry of Fisheries of Valdoria said the quota was fair. It said the boats would return in May.`,
      `Ministry of Fisheries of Valdoria | sentence | The Ministry of Fisheries of Valdoria welcomed the talks.
       - | - | It was noted that the next round will be held in Tessel in the spring.
       Ministry of Fisheries of Valdoria | sentence | The Ministry of Fisheries of Valdoria said the quota was fair.
       Ministry of Fisheries of Valdoria | sentence | It said the boats would return in May.`,
    );
  });
});

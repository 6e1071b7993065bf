// The one check helper of the attribution tests: attributes an article and compares each passage,
// described by `describe`, with the expected lines (trimmed, blank lines ignored, document order).
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../engine/article';
import { attributeArticle, type Passage } from '../../engine/attribution/index';

export function checkPassages(text: string, expected: string, describe: (passage: Passage, passageText: string) => string): void {
  const actual = attributeArticle(parseArticle(text)).passages.map((passage) => describe(passage, text.slice(passage.span.start, passage.span.end)));
  const wanted = expected
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  assert.deepEqual(actual, wanted, `\n${actual.join('\n')}`);
}

/** `speaker | where | text`, `-` for the outlet's voice or no cue. */
export function checkSpeakers(text: string, expected: string): void {
  checkPassages(text, expected, (passage, passageText) => `${passage.speaker ? passage.speaker.name : '-'} | ${passage.cue ? passage.cue.where : '-'} | ${passageText}`);
}

/** `kind | text`, `-` for a passage that is not a claim. */
export function checkClaimKinds(text: string, expected: string): void {
  checkPassages(text, expected, (passage, passageText) => `${passage.claim ? passage.claimKind : '-'} | ${passageText}`);
}

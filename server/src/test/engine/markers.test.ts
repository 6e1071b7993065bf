import * as assert from 'node:assert/strict';
import { findMarkers, stripMarkers } from '../../engine/markers';
import { mark, unmark } from './spanMarks';

/**
 * Finds the markers of the fixture without its marks; expects exactly the marked markers, each
 * described as `kind value`, plus `standalone`, `directive=…`, `argument=…` or `problem` when set.
 */
function check(fixture: string, expected: string[]): void {
  const { text } = unmark(fixture);
  const markers = findMarkers(text);
  assert.equal(mark(text, markers), fixture);
  const described = markers.map((marker) =>
    [
      `${marker.kind} ${marker.value}`,
      marker.standalone ? 'standalone' : '',
      marker.directive !== undefined ? `directive=${marker.directive}` : '',
      marker.argument !== undefined ? `argument=${marker.argument}` : '',
      marker.problem !== undefined ? 'problem' : '',
    ]
      .filter((part) => part.length > 0)
      .join(' '),
  );
  assert.deepEqual(described, expected);
  for (const marker of markers) {
    assert.equal(text.slice(marker.valueSpan.start, marker.valueSpan.end), marker.value);
  }
}

/** Expects `stripMarkers` over the whole text to give `expected`. */
function checkStrip(text: string, expected: string): void {
  assert.equal(stripMarkers(text, { start: 0, end: text.length }), expected);
}

describe('markers', () => {
  it('Should find speaker, topic and status markers in a sentence', () => {
    check('Trade grew ⟦{@Mara Lind}⟧ on ⟦{#trade}⟧ news ⟦{!verified}⟧.', [
      'speaker Mara Lind',
      'topic trade',
      'status verified directive=verified',
    ]);
  });

  it('Should split a status marker into directive and argument', () => {
    check('A ⟦{!verified: checked against the minutes}⟧ B ⟦{!disputed: figures differ}⟧ C ⟦{!ignore unattributed-claim}⟧', [
      'status verified: checked against the minutes directive=verified argument=checked against the minutes',
      'status disputed: figures differ directive=disputed argument=figures differ',
      'status ignore unattributed-claim directive=ignore argument=unattributed-claim',
    ]);
  });

  it('Should accept a disputed marker without a reason', () => {
    check('Wages fell ⟦{!disputed}⟧.', ['status disputed directive=disputed']);
  });

  it('Should mark markers alone on their line as standalone', () => {
    check('  ⟦{@Mara Lind}⟧ ⟦{#ports}⟧\u00a0\nText ⟦{@Ola}⟧ here.', [
      'speaker Mara Lind standalone',
      'topic ports standalone',
      'speaker Ola',
    ]);
  });

  it('Should report empty markers as malformed', () => {
    check('⟦{@}⟧ and ⟦{#  }⟧ and ⟦{!}⟧', ['speaker  problem', 'topic  problem', 'status  problem']);
  });

  it('Should report an unclosed marker running to the end of its line', () => {
    check('Trade grew ⟦{@Mara Li⟧  \nNext line.', ['speaker Mara Li problem']);
  });

  it('Should end an unclosed marker where the next one opens', () => {
    check('Text ⟦{@Ola⟧ ⟦{#trade}⟧', ['speaker Ola problem', 'topic trade']);
  });

  it('Should report an unknown directive', () => {
    check('Fine ⟦{!approved}⟧ and ⟦{!verifiedish}⟧', [
      'status approved directive=approved problem',
      'status verifiedish directive=verifiedish problem',
    ]);
  });

  it('Should read directives case-insensitively', () => {
    check('⟦{!Verified}⟧', ['status Verified standalone directive=verified']);
  });

  it('Should ignore braces without a sigil and half-typed openings', () => {
    check('A {curly} brace, a lone { and {x}.', []);
    check('Typing ⟦{!ign⟧', ['status ign directive=ign problem']);
    check('Just {', []);
  });

  it('Should strip markers and collapse spaces', () => {
    checkStrip('Trade {@Mara Lind} grew\u00a0 fast {!verified}.', 'Trade grew fast.');
    checkStrip('{@Ola}  “Ports {#ports} reopen,”\n said Ola.', '“Ports reopen,” said Ola.');
    checkStrip('No markers here.', 'No markers here.');
  });

  it('Should strip only within the given span', () => {
    const text = 'Before. Trade {@Ola} grew. After.';
    assert.equal(stripMarkers(text, { start: 8, end: 26 }), 'Trade grew.');
  });
});

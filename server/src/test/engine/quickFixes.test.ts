import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { computeDiagnostics } from '../../engine/diagnostics';
import type { AttributionFixData } from '../../engine/diagnostics/unattributedClaim';
import { attributionQuickFixes, type TextEdit } from '../../engine/features/quickFixes';
import { createEngine } from '../../engine/index';
import { stripMarkers } from '../../engine/markers';

const FIXTURES = path.resolve(__dirname, '../../../../../test-fixtures');

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

/** Runs the first attribution diagnostic's fixes on the article; returns each fix's title and the edited text. */
function check(text: string, expectedTitles: string[]): { title: string; edited: string }[] {
  const engine = createEngine();
  const source = engine.setSource('a.txt', text, { fileName: 'a.txt' });
  const diagnostic = computeDiagnostics(source, engine).find((candidate) => candidate.code === 'unattributed-claim');
  assert.ok(diagnostic, 'an unattributed claim');
  const fixes = attributionQuickFixes(source, diagnostic.code, diagnostic.span, diagnostic.data as AttributionFixData);
  assert.deepEqual(fixes.map((fix) => fix.title), expectedTitles);
  return fixes.map((fix) => ({ title: fix.title, edited: applyEdits(text, fix.edits) }));
}

describe('Attribution quick fixes', () => {
  it('Should offer the nearest speaker, the whole paragraph, and ignoring', () => {
    const results = check(
      'Ferry deal\n\nMayor Ines Calder said the ferry would run daily.\n\nThe ferry costs 4 million crowns a year. It will carry 900 people a day.\n',
      ['Attribute to Ines Calder', 'Attribute all 2 unattributed claims in this paragraph to Ines Calder', 'Ignore unattributed-claim here'],
    );
    assert.ok(results[0].edited.includes('a year. {@Ines Calder} It will carry'));
    assert.ok(results[1].edited.includes('a year. {@Ines Calder} It will carry 900 people a day. {@Ines Calder}'));
    assert.ok(results[2].edited.includes('a year. {!ignore unattributed-claim} It will'));
  });

  it('Should clear the diagnostic once the marker is inserted', () => {
    const [attribute] = check('Ferry deal\n\nMayor Ines Calder said the ferry would run daily.\n\nThe ferry costs 4 million crowns a year.\n', [
      'Attribute to Ines Calder',
      'Ignore unattributed-claim here',
    ]);
    const engine = createEngine();
    const source = engine.setSource('a.txt', attribute.edited, { fileName: 'a.txt' });
    assert.deepEqual(computeDiagnostics(source, engine).filter((diagnostic) => diagnostic.code === 'unattributed-claim'), []);
  });

  it('Should lose no text: every fix on every fixture article only adds a marker', () => {
    let checked = 0;
    for (const corpus of ['corpus-a', 'corpus-b']) {
      for (const name of readdirSync(path.join(FIXTURES, corpus)).filter((file) => /\.(txt|article)$/.test(file))) {
        const text = readFileSync(path.join(FIXTURES, corpus, name), 'utf8');
        const engine = createEngine();
        const source = engine.setSource(name, text, { fileName: name });
        for (const diagnostic of computeDiagnostics(source, engine)) {
          for (const fix of attributionQuickFixes(source, diagnostic.code, diagnostic.span, diagnostic.data as AttributionFixData)) {
            const edited = applyEdits(text, fix.edits);
            assert.equal(stripMarkers(edited, { start: 0, end: edited.length }), stripMarkers(text, { start: 0, end: text.length }), `${name}: ${fix.title}`);
            assert.equal(edited.length - text.length, fix.edits.reduce((sum, edit) => sum + edit.newText.length, 0));
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 20, `only ${checked} fixes checked`);
  });
});

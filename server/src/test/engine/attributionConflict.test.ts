import * as assert from 'node:assert/strict';
import { computeDiagnostics } from '../../engine/diagnostics';
import { createEngine } from '../../engine/index';

/** Two sources crediting the same statement; returns the attribution-conflict messages of the first. */
function check(aliases: Record<string, string[]>, expected: string[]): void {
  const engine = createEngine();
  engine.speakers.setAliases(aliases);
  const info = (fileName: string) => ({ fileName, corpus: '/ferry' });
  const first = engine.setSource('a', 'Ferry fares\n\nPort director Ivo Brandt said the ferry fares would stay frozen until the end of next year.\n', info('a.txt'));
  engine.setSource('b', 'Fares frozen\n\nMaren Holt said the ferry fares would stay frozen until the end of next year.\n', info('b.txt'));
  const messages = computeDiagnostics(first, engine)
    .filter((diagnostic) => diagnostic.code === 'attribution-conflict')
    .map((diagnostic) => diagnostic.message);
  assert.deepEqual(messages, expected);
}

describe('Diagnostic: attribution-conflict', () => {
  it('Should flag the same statement credited to two different speakers', () => {
    check({}, ['Credited to Ivo Brandt here, but to Maren Holt in another source.']);
  });

  it('Should not flag names that the corpus aliases make one speaker', () => {
    check({ 'Maren Holt': ['Ivo Brandt'] }, []);
  });
});

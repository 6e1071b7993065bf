// Reading the untyped `synoptic` settings section: wrong types fall back to defaults, never throw.
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings } from '../../lsp/settings';

describe('Settings', () => {
  it('Should read synoptic.workerThreads: 0 turns workers off, large values are capped, anything else is automatic', () => {
    assert.equal(readSettings({ workerThreads: 0 }).workerThreads, 0);
    assert.equal(readSettings({ workerThreads: 3 }).workerThreads, 3);
    assert.equal(readSettings({ workerThreads: 500 }).workerThreads, 16);
    for (const value of [null, -1, 2.5, '4', undefined]) assert.equal(readSettings({ workerThreads: value }).workerThreads, undefined, String(value));
  });

  it('Should fall back to the defaults for a missing or malformed section', () => {
    assert.deepEqual(readSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(readSettings({ maxFileSize: 'big', diagnostics: { 'unattributed-claim': 'loud' }, workerThreads: {} }), DEFAULT_SETTINGS);
  });
});

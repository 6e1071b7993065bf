import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticCode, openArticle, poll } from '../helper';

describe('Diagnostics', () => {
  before(activateExtension);

  it('Should report malformed-marker and unbalanced-quote in malformed.article', async () => {
    const document = await openArticle('markers/malformed.article');
    const codes = await poll('diagnostics of malformed.article',
      () => vscode.languages.getDiagnostics(document.uri).map(diagnosticCode),
      (answer) => answer.includes('malformed-marker') && answer.includes('unbalanced-quote'));
    assert.ok(codes.includes('malformed-marker'));
    assert.ok(codes.includes('unbalanced-quote'));
  });
});

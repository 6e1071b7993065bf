import * as assert from 'assert';
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE, activateExtension, fixturePath, openDocument, poll, workspaceFiles } from '../helper';

describe('Article language', () => {
  before(activateExtension);

  it('Should open a .txt source of a corpus folder (one with synoptic.json) as an article', async () => {
    const [source] = workspaceFiles((file) => /^corpus-a\/[^/]+\.txt$/.test(file));
    assert.ok(source, 'test-fixtures/corpus-a/ has no .txt source');
    const uri = vscode.Uri.file(fixturePath(source));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const languageId = await poll(`the language of ${source}`, () => openDocument(uri)?.languageId, (id) => id === ARTICLE_LANGUAGE);
    assert.strictEqual(languageId, ARTICLE_LANGUAGE);
  });
});

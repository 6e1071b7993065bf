import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticCode, openArticle, poll } from '../helper';

describe('Attribution quick fixes', () => {
  before(activateExtension);

  it('Should flag an unattributed claim and clear it with the inserted speaker marker', async () => {
    const document = await openArticle('corpus-a/basin-ledger.txt');
    const editor = await vscode.window.showTextDocument(document);
    const claim = await poll('an unattributed-claim diagnostic',
      () => vscode.languages.getDiagnostics(document.uri).find((diagnostic) => diagnosticCode(diagnostic) === 'unattributed-claim'),
      (found) => found !== undefined);
    const claimText = document.getText(claim!.range);
    const actions = await poll('quick fixes for the claim',
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, claim!.range, vscode.CodeActionKind.QuickFix.value),
      (found) => (found ?? []).some((action) => action.title.startsWith('Attribute to ')));
    const attribute = actions!.find((action) => action.title.startsWith('Attribute to '))!;
    const speaker = attribute.title.slice('Attribute to '.length);
    assert.ok(await vscode.workspace.applyEdit(attribute.edit!), 'the edit applies');
    assert.ok(editor.document.getText().includes(`${claimText} {@${speaker}}`), 'the marker follows the claim, text kept');
    await poll('the diagnostic to clear',
      () => vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnosticCode(diagnostic) === 'unattributed-claim' && diagnostic.range.start.isEqual(claim!.range.start)),
      (remaining) => remaining.length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ReviewItemsResult, ReviewStatementItem } from '../../../../server/src/lsp/protocol';
import { activateExtension, fixturePath, poll } from '../helper';

interface TestItems {
  readonly roots: string[];
  readonly result: ReviewItemsResult | undefined;
}

const testItems = () => vscode.commands.executeCommand<TestItems>('synoptic.review.testItems');

function findStatement(items: TestItems, text: string): ReviewStatementItem | undefined {
  return items.result?.speakers.flatMap((group) => group.statements).find((statement) => statement.text.includes(text));
}

describe('Fact-check review', () => {
  before(activateExtension);

  it('Should list speakers of the corpus in the Review tree', async () => {
    const items = await poll('the Review tree to list Hanna Lusk', testItems, (found) => found.roots.includes('Hanna Lusk'), { timeout: 30000 });
    assert.ok(items.result!.total > 0);
  });

  it('Should write {!verified} into the file and show the statement as verified', async () => {
    const file = fixturePath('cli/lakeside-post.txt');
    const original = fs.readFileSync(file, 'utf8');
    try {
      const items = await poll('the Tomas Brede claim', testItems, (found) => findStatement(found, 'Tomas Brede said')?.status === 'single-source', { timeout: 30000 });
      const statement = findStatement(items, 'Tomas Brede said')!;
      const ok = await vscode.commands.executeCommand<boolean>('synoptic.review.markVerified', { kind: 'passage', statement, passage: statement.passages[0] });
      assert.strictEqual(ok, true);
      assert.ok(fs.readFileSync(file, 'utf8').includes('the plant cost 62 million crowns. {!verified}'), fs.readFileSync(file, 'utf8'));
      await poll('the statement to become verified', testItems, (found) => findStatement(found, 'Tomas Brede said')?.status === 'verified');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.writeFileSync(file, original);
    }
  });

  it('Should open the synoptic table in a webview', async () => {
    await vscode.commands.executeCommand('synoptic.openSynopticTable', vscode.Uri.file(fixturePath('cli')).toString());
    await poll(
      'a Synoptic Table webview tab',
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview).map((tab) => tab.label),
      (labels) => labels.includes('Synoptic Table'),
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

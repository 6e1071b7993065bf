import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openArticle, poll } from '../helper';

/** The first line of the document whose passage other sources report, with those references. */
async function firstReportedLine(document: vscode.TextDocument): Promise<{ position: vscode.Position; locations: vscode.Location[] }> {
  return poll('a passage with parallels', async () => {
    for (let line = 0; line < document.lineCount; line++) {
      if (document.lineAt(line).text.trim().length < 40) continue;
      const position = new vscode.Position(line, 5);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      if (locations?.some((location) => location.uri.toString() !== document.uri.toString())) return { position, locations };
    }
    return undefined;
  }, (found) => found !== undefined).then((found) => found!);
}

describe('Parallel passages', () => {
  before(activateExtension);

  it('Should list the other sources as references and in the hover', async () => {
    const document = await openArticle('corpus-a/kna-readout.txt');
    const { position, locations } = await firstReportedLine(document);
    const others = new Set(locations.map((location) => location.uri.toString()).filter((uri) => uri !== document.uri.toString()));
    assert.ok(others.size >= 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.match(hoverText(hovers), /Reported by \d+ other sources?/);
  });

  it('Should peek at the parallels with definition links', async () => {
    const document = await openArticle('corpus-a/kna-readout.txt');
    const { position } = await firstReportedLine(document);
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
    assert.ok(links.length >= 1);
  });

  it('Should open a diff editor when comparing with another source', async () => {
    const document = await openArticle('corpus-a/kna-readout.txt');
    const { position } = await firstReportedLine(document);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('synoptic.compareWithSource', 0);
    await poll('a diff editor', () => vscode.window.tabGroups.activeTabGroup.activeTab?.input, (input) => input instanceof vscode.TabInputTextDiff);
  });

  it('Should jump to the next parallel passage', async () => {
    const document = await openArticle('corpus-a/kna-readout.txt');
    const { position } = await firstReportedLine(document);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('synoptic.nextParallel');
    await poll('another source in the active editor', () => vscode.window.activeTextEditor?.document.uri.toString(), (uri) => uri !== undefined && uri !== document.uri.toString());
  });
});

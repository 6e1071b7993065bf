import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openArticle, poll, speakerMarkers } from '../helper';

describe('Marker hover', () => {
  before(activateExtension);

  it('Should say in how many sources a {@Speaker} marker is marked', async () => {
    const path = 'markers/annotated.article';
    const document = await openArticle(path);
    const match = /\{@([^{}\n]+)\}/.exec(document.getText());
    assert.ok(match, `${path} has no {@Name} marker`);
    const name = match[1].trim();
    const position = document.positionAt(match.index + 2 + Math.floor(match[1].length / 2));
    const text = await poll(`a hover on {@${name}}`,
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)),
      (answer) => /marked in \d+ sources?/.test(answer));
    // Aliases may merge other names into this speaker, so the files marking it exactly are a lower bound.
    const sources = Number(/marked in (\d+) sources?/.exec(text)![1]);
    const markingFiles = speakerMarkers().get(name) ?? [];
    assert.ok(sources >= Math.max(1, markingFiles.length), `hover says ${JSON.stringify(text)}; files marking {@${name}}: ${JSON.stringify(markingFiles)}`);
  });
});

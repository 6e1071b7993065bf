import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, flattenSymbols, openArticle, poll, workspaceFiles } from '../helper';

describe('Document symbols', () => {
  before(activateExtension);

  it('Should list the headline first, then the body paragraphs', async () => {
    const [source] = workspaceFiles((file) => /^corpus-a\/[^/]+\.txt$/.test(file));
    assert.ok(source, 'test-fixtures/corpus-a/ has no .txt source');
    const document = await openArticle(source);
    const symbols = flattenSymbols(await poll('document symbols',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (answer) => Array.isArray(answer) && answer.length > 0));

    // The headline is one of the article's opening lines, verbatim (scrape junk may come before it).
    const openingLines = document.getText().split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => /\p{L}/u.test(line)).slice(0, 5);
    const [headline, ...rest] = symbols;
    assert.ok(openingLines.includes(headline.name), `first symbol ${JSON.stringify(headline.name)} is none of the opening lines ${JSON.stringify(openingLines)}`);
    const paragraphs = rest.filter((symbol) => symbol.range.start.line > headline.range.start.line);
    assert.ok(paragraphs.length >= 2, `expected paragraph symbols after the headline, got ${JSON.stringify(rest.map((symbol) => symbol.name))}`);
    // A paragraph symbol is named after the paragraph's opening words.
    const firstParagraph = document.getText(paragraphs[0].range).replace(/\s+/g, ' ');
    assert.ok(firstParagraph.includes(paragraphs[0].name.replace(/…$/, '')), `${JSON.stringify(paragraphs[0].name)} does not start its range`);
  });
});

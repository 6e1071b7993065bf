// Protocol tests for attribution: diagnostics with codes and ranges, quick fixes, passage hover, speaker symbols, export.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { makeWorkspace, startServer, type TestServer } from './lspClient';

const FERRY = [
  'Ferry to run daily from May',
  '',
  'Mayor Ines Calder said on Monday that the ferry would run daily from May.',
  '',
  'The crossing costs 4 million crowns a year.',
  '',
  '“We have waited long enough,” she told reporters.',
  '',
].join('\n');

const FERRY_COPY = ['Daily ferry approved', '', 'The ferry will run every day from May, according to Mayor Calder.', ''].join('\n');

describe('Attribution over the protocol', function () {
  this.timeout(20_000);
  let server: TestServer;
  let uri: string;

  before(async () => {
    server = await startServer(await makeWorkspace({ 'synoptic.json': '{}', 'ferry.txt': FERRY, 'copy.txt': FERRY_COPY }));
    await server.indexed;
    uri = await server.open('ferry.txt');
  });

  after(async () => server?.stop());

  async function diagnostics(): Promise<Diagnostic[]> {
    return ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
  }

  it('Should flag the unattributed claim with its range and the likely speakers', async () => {
    const claim = (await diagnostics()).find((diagnostic) => diagnostic.code === 'unattributed-claim');
    assert.ok(claim);
    assert.deepEqual(claim.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 43 } });
    assert.match(claim.message, /Ines Calder/);
    assert.deepEqual((claim.data as { candidates: string[] }).candidates[0], 'Ines Calder');
  });

  it('Should offer quick fixes that insert a speaker marker', async () => {
    const claim = (await diagnostics()).find((diagnostic) => diagnostic.code === 'unattributed-claim')!;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: claim.range,
      context: { diagnostics: [claim], only: ['quickfix'] },
    })) as CodeAction[];
    assert.equal(actions[0].title, 'Attribute to Ines Calder');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].edit?.changes?.[uri], [{ range: { start: { line: 4, character: 43 }, end: { line: 4, character: 43 } }, newText: ' {@Ines Calder}' }]);
    assert.ok(actions.some((action) => action.title === 'Ignore unattributed-claim here'));
  });

  it('Should explain on hover who said a passage and why', async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 5 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Speaker:\*\* Ines Calder/);
    assert.match(value, /Direct quote/);
  });

  it('Should merge aliases across sources in hovers', async () => {
    const copy = await server.open('copy.txt');
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: copy }, position: { line: 2, character: 5 } })) as Hover;
    assert.match((hover.contents as { value: string }).value, /\*\*Speaker:\*\* Ines Calder/);
  });

  it('Should list speakers in the outline and as workspace symbols', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const speakers = symbols.find((symbol) => symbol.name === 'Speakers');
    assert.deepEqual(speakers?.children?.map((child) => child.name), ['Ines Calder']);
    const found = (await server.connection.sendRequest('workspace/symbol', { query: 'calder' })) as SymbolInformation[];
    assert.equal(new Set(found.map((symbol) => symbol.location.uri)).size, 2, 'passages in both sources');
  });

  it('Should colour speaker mentions and cues', async () => {
    const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
    const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const types = new Set<string>();
    for (let index = 3; index < tokens.data.length; index += 5) types.add(legend[tokens.data[index]]);
    assert.ok(types.has('speaker') && types.has('cue'), JSON.stringify([...types]));
  });

  it('Should export who said what as JSON', async () => {
    const exported = (await server.connection.sendRequest('synoptic/exportAttribution', { folderUri: server.uri('') })) as {
      sources: { file: string; passages: { start: number; end: number; text: string; speaker: string | null; claim: boolean; quote: boolean }[] }[];
    };
    assert.deepEqual(exported.sources.map((source) => source.file), ['copy.txt', 'ferry.txt']);
    const ferry = exported.sources[1].passages;
    assert.equal(ferry[0].speaker, 'Ines Calder');
    assert.equal(FERRY.slice(ferry[0].start, ferry[0].end), ferry[0].text);
    assert.ok(ferry.some((passage) => passage.speaker === null && passage.claim));
  });
});

// Protocol tests: the bundled server over stdio, one round trip per feature.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, SemanticTokens } from 'vscode-languageserver-protocol';
import { eventually, makeWorkspace, startServer, type TestServer } from './lspClient';

const HARBOUR_AGENCY = [
  'Port towns agree to share dredging costs after long dispute',
  'Published: Mar 3, 2026 10:15 AM',
  '',
  'File photo: Coastal Wire',
  '',
  'SALTMERE, March 3 (Coastal Wire) -- The mayors of Saltmere and Brackenford agreed on Tuesday to split the cost of dredging the shared harbour channel. {@Ines Calder}',
  '',
  'Mayor Ines Calder said the deal "ends ten years of quarrelling" over the channel.',
  '',
  'Harbour traffic',
  '',
  'Ships have been waiting up to three days to enter the port, Calder added.',
  '',
].join('\n');

const HARBOUR_BLOG = [
  '!-- tracking pixel -->',
  'Harbour deal: what the mayors said',
  '',
  '{@Ines Calder}',
  'Calder told reporters the agreement would be signed in April. She said the channel must be dredged "before the autumn storms".',
  '',
  'The channel is 14.5 km long.',
  '',
].join('\n');

const MALFORMED = ['Broken markers', '', 'The council {@} voted on Monday to close the pier.', '', 'A resident said “the pier is our history.', ''].join('\n');

describe('Language server over stdio', function () {
  this.timeout(20_000);
  let server: TestServer;

  before(async () => {
    const folder = await makeWorkspace({
      'harbour/synoptic.json': JSON.stringify({ include: ['**/*.txt'], exclude: ['drafts/**'], sources: { 'agency.txt': { outlet: 'Coastal Wire' } } }),
      'harbour/agency.txt': HARBOUR_AGENCY,
      'harbour/blog.txt': HARBOUR_BLOG,
      'harbour/drafts/ignored.txt': 'Draft\n\n{@Excluded Person} said nothing.\n',
      'harbour/binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x41]),
      'harbour/huge.txt': `Huge\n\n${'A sentence that repeats. '.repeat(200)}\n`,
      'loose/malformed.article': MALFORMED,
      'loose/notes.txt': 'Not an article: no corpus here.\n',
    });
    server = await startServer(folder, { initializationOptions: { settings: { maxFileSize: 3000 } } });
    await server.indexed;
  });

  after(async () => server?.stop());

  it('Should announce the features of an article language server', () => {
    const capabilities = server.initializeResult.capabilities;
    assert.ok(capabilities.documentSymbolProvider);
    assert.ok(capabilities.foldingRangeProvider);
    assert.ok(capabilities.hoverProvider);
    assert.deepEqual(capabilities.completionProvider?.triggerCharacters, ['@', '#', '!']);
    assert.ok(capabilities.semanticTokensProvider?.legend.tokenTypes.includes('speakerMarker'));
    assert.ok(capabilities.diagnosticProvider, 'pull diagnostics for a client that supports them');
    assert.equal(server.initializeResult.serverInfo?.name, 'synoptic');
  });

  it('Should classify corpus files, excluded files and loose files', async () => {
    const classify = (relativePath: string) => server.connection.sendRequest('synoptic/classify', { uri: server.uri(relativePath) }) as Promise<{ isArticle: boolean }>;
    assert.equal((await classify('harbour/agency.txt')).isArticle, true);
    assert.equal((await classify('harbour/drafts/ignored.txt')).isArticle, false);
    assert.equal((await classify('loose/notes.txt')).isArticle, false);
    assert.equal((await classify('loose/malformed.article')).isArticle, true);
  });

  it('Should skip binary and oversized files with one clear message', () => {
    const skipped = server.messages.filter((message) => message.message.includes('skipped'));
    assert.equal(skipped.length, 1, JSON.stringify(server.messages));
    assert.match(skipped[0].message, /2 files/);
    assert.match(skipped[0].message, /binary\.txt|huge\.txt/);
  });

  it('Should list the headline, sections and paragraphs of a file that was never opened', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: server.uri('harbour/agency.txt') } })) as DocumentSymbol[];
    assert.equal(symbols[0].name, 'Port towns agree to share dredging costs after long dispute');
    const section = symbols.find((symbol) => symbol.name === 'Harbour traffic');
    assert.ok(section, JSON.stringify(symbols.map((symbol) => symbol.name)));
    assert.equal(section.children?.length, 1);
    assert.ok(symbols.some((symbol) => symbol.name.startsWith('The mayors of Saltmere')), 'the dateline is not part of the paragraph name');
  });

  it('Should complete speakers marked anywhere in the corpus inside {@', async () => {
    const uri = await server.open('loose/new.article', 'Draft\n\nThe mayor said so. {@}\n');
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 21 } })) as CompletionItem[];
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('Ines Calder'), JSON.stringify(labels));
    assert.ok(!labels.includes('Excluded Person'), 'excluded files contribute nothing');
  });

  it('Should report malformed markers and unbalanced quotes through pull diagnostics', async () => {
    const uri = await server.open('loose/malformed.article');
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const codes = report.items.map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('malformed-marker'), JSON.stringify(codes));
    assert.ok(codes.includes('unbalanced-quote'), JSON.stringify(codes));
    const marker = report.items.find((diagnostic) => diagnostic.code === 'malformed-marker')!;
    assert.deepEqual(marker.range.start, { line: 2, character: 12 });
  });

  it('Should fade boilerplate with an unnecessary hint', async () => {
    const uri = await server.open('harbour/agency.txt');
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const boilerplate = report.items.filter((diagnostic) => diagnostic.code === 'boilerplate');
    assert.deepEqual(boilerplate.map((diagnostic) => diagnostic.range.start.line), [1, 3]);
    assert.ok(boilerplate.every((diagnostic) => diagnostic.severity === 4 && diagnostic.tags?.includes(1)));
  });

  it('Should say on hover how many sources and passages mark a speaker', async () => {
    const uri = await server.open('harbour/blog.txt');
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Ines Calder/);
    assert.match(value, /marked in 2 sources, 3 passages/);
  });

  it('Should colour markers, datelines, credits and quotes', async () => {
    const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: server.uri('harbour/agency.txt') } })) as SemanticTokens;
    const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const types = new Set<string>();
    for (let index = 3; index < tokens.data.length; index += 5) types.add(legend[tokens.data[index]]);
    assert.deepEqual([...types].sort(), ['credit', 'cue', 'dateline', 'quote', 'speaker', 'speakerMarker']);
  });

  it('Should fold sections', async () => {
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: server.uri('harbour/agency.txt') } })) as FoldingRange[];
    assert.ok(folds.some((fold) => fold.startLine === 9 && fold.endLine >= 11), JSON.stringify(folds));
  });

  it('Should index a file created on disk after a watched-file event', async () => {
    await fs.writeFile(path.join(server.folder, 'harbour/late.txt'), 'Late copy\n\n{@Tobias Wren} said the vote was close.\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: server.uri('harbour/late.txt'), type: 1 }] });
    const uri = await server.open('loose/another.article', 'Draft\n\n{@}\n');
    await eventually(async () => {
      const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } })) as CompletionItem[];
      return items.some((item) => item.label === 'Tobias Wren') ? true : undefined;
    }, 'the new speaker to be offered');
  });

  it('Should keep unsaved text of an open document over the disk', async () => {
    const uri = await server.open('harbour/blog.txt', 'Edited headline\n\nNothing marked here.\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols[0].name, 'Edited headline');
  });

  it('Should answer an empty result for a document it does not know and stay up', async () => {
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/missing.article' } });
    assert.deepEqual(symbols, []);
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere/missing.article' }, position: { line: 99, character: 99 } });
    assert.equal(hover, null);
  });
});

describe('Language server for a client without pull diagnostics', function () {
  this.timeout(20_000);
  let server: TestServer;

  before(async () => {
    server = await startServer(await makeWorkspace({ 'a.article': MALFORMED }), { capabilities: {} });
    await server.indexed;
  });

  after(async () => server?.stop());

  it('Should push diagnostics for an opened document', async () => {
    const uri = await server.open('a.article');
    const pushed = await eventually(async () => server.pushed.get(uri), 'pushed diagnostics');
    assert.ok(pushed.diagnostics.some((diagnostic) => diagnostic.code === 'malformed-marker'));
    assert.equal(server.initializeResult.capabilities.diagnosticProvider, undefined);
  });
});

describe('Language server in a multi-root workspace', function () {
  this.timeout(20_000);
  let server: TestServer;

  before(async () => {
    const first = await makeWorkspace({ 'synoptic.json': '{}', 'a.txt': HARBOUR_AGENCY });
    const second = await makeWorkspace({ 'b.article': 'Second root\n\n{@Mara Quist} said the ferry will run.\n' });
    server = await startServer(first, { extraFolders: [second] });
    await server.indexed;
  });

  after(async () => server?.stop());

  it('Should index every workspace folder and offer speakers from all of them', async () => {
    const uri = await server.open('draft.article', 'Draft\n\n{@}\n');
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } })) as CompletionItem[];
    assert.deepEqual(items.map((item) => item.label).sort(), ['Ines Calder', 'Mara Quist']);
  });
});

describe('Language server on a corpus larger than one analysis batch', function () {
  this.timeout(60_000);
  let folder: string;

  before(async () => {
    const files: Record<string, string> = { 'synoptic.json': '{"include": ["**/*.txt"]}' };
    for (let index = 0; index < 150; index++) {
      files[`s${String(index).padStart(3, '0')}.txt`] = `Report ${index}\n\nMayor Ines Calder said the ferry would run daily from May.\n\nItem ${index} was noted by the clerk.\n`;
    }
    folder = await makeWorkspace(files);
  });

  after(async () => fs.rm(folder, { recursive: true, force: true }));

  /** Starts a server on the corpus; returns its log once indexed and whether the last file links to the first. */
  async function scanWith(settings: Record<string, unknown>): Promise<{ logs: string[]; linked: boolean }> {
    const server = await startServer(folder, { initializationOptions: { settings }, keepFolder: true });
    try {
      await server.indexed;
      const uri = await server.open('s149.txt');
      const locations = (await server.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 2, character: 10 }, context: { includeDeclaration: false } })) as Location[];
      return { logs: server.logs, linked: locations.some((location) => location.uri.endsWith('/s000.txt')) };
    } finally {
      await server.stop();
    }
  }

  it('Should analyse the scan on worker threads and link the first file to the last', async () => {
    const { logs, linked } = await scanWith({});
    assert.ok(logs.some((line) => /^Analysed 150 articles on \d+ worker threads\.$/.test(line)), logs.join('\n'));
    assert.ok(linked);
  });

  it('Should scan on the main thread when synoptic.workerThreads is 0', async () => {
    const { logs, linked } = await scanWith({ workerThreads: 0 });
    assert.ok(!logs.some((line) => line.startsWith('Analysed')), logs.join('\n'));
    assert.ok(logs.some((line) => line === 'Synoptic indexed 150 articles.'), logs.join('\n'));
    assert.ok(linked);
  });
});

describe('Language server while typing', function () {
  this.timeout(20_000);
  let server: TestServer;

  before(async () => {
    server = await startServer(await makeWorkspace({ 'a.article': 'Typing test\n\nThe council met on Monday.\n' }));
    await server.indexed;
  });

  after(async () => server?.stop());

  it('Should answer from the latest text right after a burst of edits', async () => {
    const uri = await server.open('a.article');
    for (let version = 2; version <= 6; version++) {
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }],
      });
    }
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols[0].name, 'XXXXXTyping test');
    assert.deepEqual(symbols[0].range.end, { line: 0, character: 16 });
  });
});

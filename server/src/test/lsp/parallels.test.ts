// Protocol tests for parallel passages: hover cross-references, references and definition across files
// (including files never opened), code lens, the compare request, and the cross-source diagnostics.
import * as assert from 'node:assert/strict';
import type { CodeLens, Diagnostic, Hover, Location, LocationLink } from 'vscode-languageserver-protocol';
import { makeWorkspace, startServer, type TestServer } from './lspClient';

const WIRE = [
  'Bridge over the Lenna to reopen in June',
  '',
  'Transport Minister Olga Varis said on Friday that the Lenna bridge would reopen to traffic on June 12 after eight months of repairs.',
  '',
  '"We will not allow heavy lorries on the bridge until the autumn," Varis told reporters.',
  '',
  'The bridge carries 40,000 vehicles a day.',
  '',
].join('\n');

const DAILY = [
  'Lenna bridge reopening set for June 12',
  '',
  'The Lenna bridge will reopen to traffic on June 12 after eight months of repairs, Transport Minister Olga Varis said on Friday.',
  '',
  '"We will not let heavy lorries onto the bridge before autumn," Varis said.',
  '',
].join('\n');

const BLOG = ['Notes on the Lenna bridge', '', 'Olga Varis said the bridge would reopen to traffic on June 12 following eight months of repair work.', ''].join('\n');

describe('Parallel passages over the protocol', function () {
  this.timeout(20_000);
  let server: TestServer;
  let wire: string;

  before(async () => {
    server = await startServer(
      await makeWorkspace({
        'synoptic.json': JSON.stringify({ sources: { 'wire.txt': { outlet: 'Lenna Wire' } } }),
        'wire.txt': WIRE,
        'daily.txt': DAILY,
        'blog.txt': BLOG,
      }),
    );
    await server.indexed;
    wire = await server.open('wire.txt');
  });

  after(async () => server?.stop());

  it('Should show the other sources\' versions with their differences on hover', async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: wire }, position: { line: 2, character: 10 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Reported by 2 other sources/);
    assert.match(value, /Lenna bridge reopening set for June 12/, 'a source without outlet is labelled by its headline');
    assert.match(value, /\[Open daily\\\.txt:3\]\(file:\/\/[^)]*daily\.txt#L3,1\)/);
    assert.match(value, /\*\*following\*\*/, 'words only the other source has are bold');
  });

  it('Should list parallels as references in files that were never opened', async () => {
    const locations = (await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: wire },
      position: { line: 2, character: 10 },
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(locations.map((location) => location.uri).sort(), [server.uri('blog.txt'), server.uri('daily.txt')]);
    assert.deepEqual(locations.find((location) => location.uri === server.uri('daily.txt'))!.range.start, { line: 2, character: 0 });
  });

  it('Should answer definition with location links for peeking', async () => {
    const links = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri: wire }, position: { line: 2, character: 10 } })) as LocationLink[];
    assert.equal(links.length, 2);
    assert.deepEqual(links[0].originSelectionRange?.start, { line: 2, character: 0 });
  });

  it('Should count the other sources in a lazily resolved code lens', async () => {
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: wire } })) as CodeLens[];
    assert.ok(lenses.every((lens) => lens.command === undefined), 'titles come on resolve');
    const resolved = (await server.connection.sendRequest('codeLens/resolve', lenses.find((lens) => lens.range.start.line === 2))) as CodeLens;
    assert.equal(resolved.command?.title, 'reported by 2 other sources');
    assert.equal(resolved.command?.command, 'synoptic.showParallels');
  });

  it('Should flag a quote worded differently by the same speaker elsewhere, pointing at it', async () => {
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: wire } })) as { items: Diagnostic[] };
    const mismatch = report.items.find((diagnostic) => diagnostic.code === 'quote-mismatch');
    assert.ok(mismatch, JSON.stringify(report.items.map((diagnostic) => diagnostic.code)));
    assert.equal(mismatch.range.start.line, 4);
    assert.equal(mismatch.relatedInformation?.[0].location.uri, server.uri('daily.txt'));
  });

  it('Should give the compare view both passages\' texts', async () => {
    const result = (await server.connection.sendRequest('synoptic/parallels', { uri: wire, position: { line: 2, character: 10 } })) as {
      passage: { label: string; speaker: string | null };
      parallels: { label: string; text: string }[];
    };
    assert.equal(result.passage.label, 'Lenna Wire');
    assert.equal(result.passage.speaker, 'Olga Varis');
    assert.ok(result.parallels.some((parallel) => parallel.text.startsWith('Olga Varis said the bridge would reopen')));
  });

  it('Should show nothing about parallels for a passage no other source reports', async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: wire }, position: { line: 6, character: 5 } })) as Hover;
    assert.doesNotMatch((hover.contents as { value: string }).value, /Reported by/);
  });
});

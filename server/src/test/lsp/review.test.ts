// Protocol tests for the fact-check review: synoptic/reviewItems, synoptic/reviewReport, synoptic/synopticTable.
import * as assert from 'node:assert/strict';
import type { ReviewItemsResult, SynopticTableResult } from '../../lsp/protocol';
import { makeWorkspace, startServer, type TestServer } from './lspClient';

const WIRE = [
  'Ferry to run daily from May',
  '',
  'Mayor Ines Calder said the ferry will run daily from May. {!verified: council minutes}',
  '',
  '“We will rebuild every pier of the harbour before the winter,” Calder said.',
  '',
].join('\n');

const LEDGER = [
  'Daily ferry approved',
  '',
  'The ferry will run daily from May, Mayor Ines Calder said.',
  '',
  '“We will rebuild all the piers of the harbour before winter comes,” Calder said.',
  '',
].join('\n');

describe('Fact-check review over the protocol', function () {
  this.timeout(20_000);
  let server: TestServer;

  before(async () => {
    server = await startServer(await makeWorkspace({ 'synoptic.json': '{"sources": {"ledger.txt": {"outlet": "The Ledger"}}}', 'wire.txt': WIRE, 'ledger.txt': LEDGER }));
    await server.indexed;
  });

  after(async () => server?.stop());

  it('Should list statements by speaker with statuses and LSP ranges', async () => {
    const review = (await server.connection.sendRequest('synoptic/reviewItems', {})) as ReviewItemsResult;
    assert.deepEqual(review.speakers.map((group) => group.speaker), ['Ines Calder']);
    const [ferry, quote] = review.speakers[0].statements;
    assert.equal(ferry.status, 'verified');
    assert.equal(ferry.note, 'council minutes');
    assert.equal(ferry.sourceCount, 2);
    assert.equal(quote.status, 'mismatched');
    const wire = ferry.passages.find((passage) => passage.uri === server.uri('wire.txt'))!;
    assert.deepEqual(wire.range.start, { line: 2, character: 0 });
    assert.deepEqual(wire.markerPosition, { line: 2, character: 86 });
    assert.deepEqual(wire.verdict?.range, { start: { line: 2, character: 58 }, end: { line: 2, character: 86 } });
    assert.deepEqual(review.counts, { disputed: 0, verified: 1, mismatched: 1, conflicting: 0, 'single-source': 0, unreviewed: 0 });
    assert.equal(review.pending, 1);
    assert.equal(review.corpora.length, 1);
  });

  it('Should filter by status', async () => {
    const review = (await server.connection.sendRequest('synoptic/reviewItems', { filter: { status: 'mismatched' } })) as ReviewItemsResult;
    assert.equal(review.total, 1);
    assert.equal(review.speakers[0].statements[0].status, 'mismatched');
  });

  it('Should export the review as CSV', async () => {
    const { text } = (await server.connection.sendRequest('synoptic/reviewReport', { format: 'csv', filter: { status: 'verified' } })) as { text: string };
    assert.equal(text, 'statement,speaker,sources,status,notes\r\nMayor Ines Calder said the ferry will run daily from May.,Ines Calder,Ferry to run daily from May; The Ledger,verified,council minutes\r\n');
  });

  it('Should build the synoptic table with one cell per source', async () => {
    const table = (await server.connection.sendRequest('synoptic/synopticTable', {})) as SynopticTableResult;
    assert.deepEqual(table.columns.map((column) => column.label), ['Ferry to run daily from May', 'The Ledger']);
    assert.deepEqual(table.rows.map((row) => row.cells.map((cell) => cell.kind)), [['paraphrase', 'paraphrase'], ['quote', 'quote']]);
    assert.equal(table.rows[0].cells[1].passages[0].uri, server.uri('ledger.txt'));
  });

  it('Should answer a malformed request with an empty result and stay up', async () => {
    const { text } = (await server.connection.sendRequest('synoptic/reviewReport', null)) as { text: string };
    assert.equal(text, '');
    const review = (await server.connection.sendRequest('synoptic/reviewItems', {})) as ReviewItemsResult;
    assert.equal(review.total, 2);
  });
});

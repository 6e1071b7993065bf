// The synoptic table's page builder (client/src/review/tableHtml.ts imports nothing from vscode, so it runs here).
import * as assert from 'node:assert/strict';
import { buildTableHtml, type TablePageData } from '../../../../client/src/review/tableHtml';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', '[x](command:workbench.action.terminal.new)', "' onmouseover='alert(3)"];

function page(text: string): string {
  const data: TablePageData = {
    title: 'Synoptic Table',
    columns: [{ label: text }],
    rows: [{ speaker: text, text, status: 'unreviewed', note: text, cells: [{ kind: 'quote', passages: [{ text }] }] }],
  };
  return buildTableHtml(data, { cspSource: 'https://webview.example', nonce: 'abc123' });
}

/** The page without its own script and style, which are trusted constants. */
function markup(html: string): string {
  return html.replace(/<script nonce="abc123">[\s\S]*?<\/script>/, '').replace(/<style nonce="abc123">[\s\S]*?<\/style>/, '');
}

describe('Synoptic table page', () => {
  for (const text of HOSTILE) {
    it(`Should render ${JSON.stringify(text)} as inert text`, () => {
      const html = markup(page(text));
      if (/[<>"']/.test(text)) assert.ok(!html.includes(text), 'the raw text never appears');
      else assert.ok(html.includes(`<td class="statement">${text}</td>`), 'plain text stays as written, not a link');
      assert.ok(!/<script/i.test(html), 'no script element from the text');
      assert.ok(!/<img/i.test(html), 'no image element from the text');
      // Attribute values are quoted and article text cannot close a quote: outside them, no handler attribute.
      assert.ok(!/<[^>]*\son\w+\s*=/i.test(html.replace(/"[^"]*"/g, '""')), 'no event handler attribute');
      assert.ok(!/<a\s/i.test(html) && !/href=/i.test(html), 'no links: command URIs cannot run');
    });
  }

  it('Should escape every special character of article text', () => {
    const html = page('<b>"a" & \'b\'</b>');
    assert.ok(html.includes('&#60;b&#62;&#34;a&#34; &#38; &#39;b&#39;&#60;/b&#62;'));
  });

  it('Should set a strict content security policy with the nonce and no inline handlers', () => {
    const html = page('text');
    assert.ok(html.includes(`content="default-src &#39;none&#39;; style-src https://webview.example &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;"`));
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.ok(html.includes('<script nonce="abc123">'));
    assert.ok(!/\son(click|load|error|input|change)=/i.test(html));
    assert.ok(!/https?:\/\/(?!webview\.example)/.test(html), 'no remote resources');
  });

  it('Should make reported cells clickable and leave absent ones inert', () => {
    const html = buildTableHtml(
      {
        title: 't',
        columns: [{ label: 'A' }, { label: 'B' }],
        rows: [{ speaker: null, text: 's', status: 'verified', cells: [{ kind: 'paraphrase', passages: [{ text: 'p' }] }, { kind: 'absent', passages: [] }] }],
      },
      { cspSource: 'x', nonce: 'n' },
    );
    assert.match(html, /<td class="cell paraphrase" tabindex="0" role="button" data-row="0" data-col="0" title="p">paraphrase<\/td><td class="cell absent">—<\/td>/);
  });
});

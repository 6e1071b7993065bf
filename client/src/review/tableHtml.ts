// The synoptic table's HTML: a pure function (no vscode import) so that it can be tested anywhere.
// Every string from an article is escaped; the page runs one nonce'd script and loads nothing remote.

/** What a cell shows; mirrors `CellKind` in server/src/engine/review/table.ts. */
export type TableCellKind = 'quote' | 'paraphrase' | 'absent' | 'different speaker';

/** The table as the page needs it. */
export interface TablePageData {
  readonly title: string;
  readonly columns: readonly { readonly label: string }[];
  readonly rows: readonly {
    readonly speaker: string | null;
    readonly text: string;
    readonly status: string;
    readonly note?: string;
    readonly cells: readonly { readonly kind: TableCellKind; readonly passages: readonly { readonly text: string }[] }[];
  }[];
}

/** The webview's security settings, given by the host. */
export interface TablePageOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce for this render. */
  readonly nonce: string;
}

const CELL_LABELS: Readonly<Record<TableCellKind, string>> = {
  quote: 'quote',
  paraphrase: 'paraphrase',
  absent: '—',
  'different speaker': 'other speaker',
};

const STATUSES = ['disputed', 'verified', 'mismatched', 'conflicting', 'single-source', 'unreviewed'];

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The whole page. Cells carry `data-row` / `data-col`; the script posts `{ type: 'open', row, col }` on click. */
export function buildTableHtml(data: TablePageData, options: TablePageOptions): string {
  const nonce = escapeHtml(options.nonce);
  const csp = [`default-src 'none'`, `style-src ${options.cspSource} 'nonce-${options.nonce}'`, `script-src 'nonce-${options.nonce}'`].join('; ');
  const header = ['Statement', 'Speaker', 'Status', ...data.columns.map((column) => column.label)]
    .map((label, index) => `<th scope="col" data-sort="${index}" tabindex="0" title="Sort by this column">${escapeHtml(label)}</th>`)
    .join('');
  const rows = data.rows
    .map((row, rowIndex) => {
      const cells = row.cells
        .map((cell, columnIndex) => {
          const tooltip = cell.passages.map((passage) => passage.text).join('\n\n');
          const kindClass = cell.kind.replace(/\s+/g, '-');
          const attributes =
            cell.kind === 'absent'
              ? ''
              : ` tabindex="0" role="button" data-row="${rowIndex}" data-col="${columnIndex}" title="${escapeHtml(tooltip)}"`;
          return `<td class="cell ${kindClass}"${attributes}>${escapeHtml(CELL_LABELS[cell.kind])}</td>`;
        })
        .join('');
      const status = `<td class="status ${escapeHtml(row.status)}"${row.note ? ` title="${escapeHtml(row.note)}"` : ''}>${escapeHtml(row.status)}</td>`;
      return `<tr data-status="${escapeHtml(row.status)}"><td class="statement">${escapeHtml(row.text)}</td><td>${escapeHtml(row.speaker ?? '(unattributed)')}</td>${status}${cells}</tr>`;
    })
    .join('\n');
  const statusOptions = ['<option value="">All statuses</option>', ...STATUSES.map((status) => `<option value="${status}">${status}</option>`)].join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(data.title)}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px; }
.toolbar { display: flex; gap: 8px; align-items: center; margin: 10px 0; flex-wrap: wrap; }
input, select { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, transparent); padding: 3px 6px; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 4px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 4px 6px; vertical-align: top; text-align: left; }
th { cursor: pointer; position: sticky; top: 0; background: var(--vscode-editor-background); }
td.statement { min-width: 18em; }
td.cell { white-space: nowrap; text-align: center; }
td.cell[data-row] { cursor: pointer; }
td.cell[data-row]:hover, td.cell[data-row]:focus { outline: 1px solid var(--vscode-focusBorder); }
td.quote { background: color-mix(in srgb, var(--vscode-charts-green, #3a3) 25%, transparent); }
td.paraphrase { background: color-mix(in srgb, var(--vscode-charts-blue, #39f) 20%, transparent); }
td.different-speaker { background: color-mix(in srgb, var(--vscode-charts-orange, #f93) 30%, transparent); }
td.absent { color: var(--vscode-descriptionForeground); }
.count { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<div class="toolbar">
<input id="filter" type="search" placeholder="Filter statements" aria-label="Filter statements">
<select id="status" aria-label="Status">${statusOptions}</select>
<button id="export-csv" type="button">Export CSV</button>
<button id="export-md" type="button">Export Markdown</button>
<span class="count" id="count">${data.rows.length} statements × ${data.columns.length} sources</span>
</div>
<table id="table">
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.querySelector('#table tbody');
  const filter = document.getElementById('filter');
  const status = document.getElementById('status');
  const count = document.getElementById('count');
  const total = body.rows.length;
  function apply() {
    const text = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const row of body.rows) {
      const visible = (!status.value || row.dataset.status === status.value) && (!text || row.textContent.toLowerCase().includes(text));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown + ' of ' + total + ' statements';
  }
  filter.addEventListener('input', apply);
  status.addEventListener('change', apply);
  let sorted = -1;
  let ascending = true;
  function sortBy(column) {
    ascending = sorted === column ? !ascending : true;
    sorted = column;
    const rows = Array.from(body.rows);
    rows.sort(function (a, b) {
      const x = a.cells[column].textContent;
      const y = b.cells[column].textContent;
      return (ascending ? 1 : -1) * x.localeCompare(y);
    });
    for (const row of rows) body.appendChild(row);
  }
  for (const header of document.querySelectorAll('th[data-sort]')) {
    const column = Number(header.dataset.sort);
    header.addEventListener('click', function () { sortBy(column); });
    header.addEventListener('keydown', function (event) { if (event.key === 'Enter') sortBy(column); });
  }
  function open(cell) {
    vscode.postMessage({ type: 'open', row: Number(cell.dataset.row), col: Number(cell.dataset.col) });
  }
  body.addEventListener('click', function (event) {
    const cell = event.target.closest('td[data-row]');
    if (cell) open(cell);
  });
  body.addEventListener('keydown', function (event) {
    const cell = event.target.closest('td[data-row]');
    if (cell && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); open(cell); }
  });
  document.getElementById('export-csv').addEventListener('click', function () { vscode.postMessage({ type: 'export', format: 'csv' }); });
  document.getElementById('export-md').addEventListener('click', function () { vscode.postMessage({ type: 'export', format: 'md' }); });
})();
</script>
</body>
</html>
`;
}

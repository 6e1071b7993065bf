// Command Synoptic: Open Synoptic Table — statements × sources in a webview; a click opens the passage.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SynopticTableRequest, type ReviewFilterParams, type SynopticTableResult } from '../../../server/src/lsp/protocol';
import { buildTableHtml } from './tableHtml';
import { toRange } from './tree';

export const TABLE_VIEW_TYPE = 'synoptic.synopticTable';

/** Messages the page posts. */
type PageMessage = { type: 'open'; row: number; col: number } | { type: 'export'; format: 'md' | 'csv' };

export class SynopticTablePanel {
  private static current: SynopticTablePanel | undefined;
  private table: SynopticTableResult = { columns: [], rows: [] };
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the table (one panel, reused) for the filter. */
  static async show(client: LanguageClient, filter: ReviewFilterParams): Promise<SynopticTablePanel> {
    if (SynopticTablePanel.current) {
      SynopticTablePanel.current.filter = filter;
      SynopticTablePanel.current.panel.reveal();
      await SynopticTablePanel.current.render();
      return SynopticTablePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(TABLE_VIEW_TYPE, 'Synoptic Table', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    SynopticTablePanel.current = new SynopticTablePanel(panel, client, filter);
    await SynopticTablePanel.current.render();
    return SynopticTablePanel.current;
  }

  /** Renders the open table again (the corpus changed); does nothing when no table is open. */
  static async refresh(): Promise<void> {
    await SynopticTablePanel.current?.render();
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private filter: ReviewFilterParams,
  ) {
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((message: PageMessage) => this.receive(message), undefined, this.disposables);
  }

  private async render(): Promise<void> {
    this.table = await this.client.sendRequest(SynopticTableRequest, { filter: this.filter });
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = buildTableHtml(
      {
        title: 'Synoptic Table',
        columns: this.table.columns,
        rows: this.table.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ kind: cell.kind, passages: cell.passages })) })),
      },
      { cspSource: this.panel.webview.cspSource, nonce },
    );
  }

  private async receive(message: PageMessage): Promise<void> {
    if (message?.type === 'open' && Number.isInteger(message.row) && Number.isInteger(message.col)) {
      const passage = this.table.rows[message.row]?.cells[message.col]?.passages[0];
      if (!passage) return;
      await vscode.window.showTextDocument(vscode.Uri.parse(passage.uri), { selection: toRange(passage.range), viewColumn: vscode.ViewColumn.Beside });
    } else if (message?.type === 'export' && (message.format === 'md' || message.format === 'csv')) {
      await vscode.commands.executeCommand('synoptic.review.exportReport', { format: message.format, kind: 'table', filter: this.filter });
    }
  }

  private dispose(): void {
    SynopticTablePanel.current = undefined;
    for (const disposable of this.disposables) disposable.dispose();
  }
}

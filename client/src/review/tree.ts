// The Review tree: Speaker (count) → Statement (status icon, number of sources) → the sources' passages.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReviewItemsRequest, type ReviewFilterParams, type ReviewItemsResult, type ReviewPassageItem, type ReviewStatementItem } from '../../../server/src/lsp/protocol';

export type ReviewStatus = ReviewStatementItem['status'];

/** A node of the tree. */
export type ReviewNode =
  | { readonly kind: 'speaker'; readonly speaker: string | null; readonly statements: readonly ReviewStatementItem[] }
  | { readonly kind: 'statement'; readonly statement: ReviewStatementItem }
  | { readonly kind: 'passage'; readonly statement: ReviewStatementItem; readonly passage: ReviewPassageItem };

/** Codicon and theme colour per status. */
export const STATUS_ICONS: Readonly<Record<ReviewStatus, { icon: string; color?: string; label: string }>> = {
  disputed: { icon: 'error', color: 'testing.iconFailed', label: 'disputed' },
  verified: { icon: 'pass-filled', color: 'testing.iconPassed', label: 'verified' },
  mismatched: { icon: 'diff', color: 'editorWarning.foreground', label: 'quoted differently' },
  conflicting: { icon: 'warning', color: 'editorWarning.foreground', label: 'conflicting attribution' },
  'single-source': { icon: 'circle-small', label: 'single source' },
  unreviewed: { icon: 'circle-large-outline', label: 'unreviewed' },
};

export function speakerName(speaker: string | null): string {
  return speaker ?? '(unattributed)';
}

export class ReviewTreeProvider implements vscode.TreeDataProvider<ReviewNode> {
  private readonly changed = new vscode.EventEmitter<ReviewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: ReviewItemsResult | undefined;
  private filter: ReviewFilterParams = {};
  private readonly loaded = new vscode.EventEmitter<ReviewItemsResult>();
  /** Fires after every refresh with the new result. */
  readonly onDidLoad = this.loaded.event;
  private pending: Promise<ReviewItemsResult | undefined> | undefined;

  constructor(private readonly client: LanguageClient) {}

  get currentFilter(): ReviewFilterParams {
    return this.filter;
  }

  /** The last answer, undefined before the first. */
  get current(): ReviewItemsResult | undefined {
    return this.result;
  }

  setFilter(filter: ReviewFilterParams): Promise<ReviewItemsResult | undefined> {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'synoptic.review.filtered', Object.values(filter).some((value) => value !== undefined));
    return this.refresh();
  }

  /** Asks the server again; concurrent calls share one request. */
  refresh(): Promise<ReviewItemsResult | undefined> {
    this.pending ??= (async () => {
      try {
        this.result = await this.client.sendRequest(ReviewItemsRequest, { filter: this.filter });
        this.changed.fire(undefined);
        this.loaded.fire(this.result);
        return this.result;
      } catch {
        return this.result;
      } finally {
        this.pending = undefined;
      }
    })();
    return this.pending;
  }

  /** Asks the server with another filter, leaving the tree alone; undefined when the server cannot answer. */
  async fetch(filter: ReviewFilterParams): Promise<ReviewItemsResult | undefined> {
    try {
      return await this.client.sendRequest(ReviewItemsRequest, { filter });
    } catch {
      return undefined;
    }
  }

  /** Every statement shown, in tree order. */
  statements(): ReviewStatementItem[] {
    return (this.result?.speakers ?? []).flatMap((group) => group.statements);
  }

  getChildren(node?: ReviewNode): ReviewNode[] | Thenable<ReviewNode[]> {
    if (!node) {
      if (!this.result) return this.refresh().then(() => this.roots());
      return this.roots();
    }
    if (node.kind === 'speaker') return node.statements.map((statement) => ({ kind: 'statement', statement }));
    if (node.kind === 'statement') return node.statement.passages.map((passage) => ({ kind: 'passage', statement: node.statement, passage }));
    return [];
  }

  roots(): ReviewNode[] {
    return (this.result?.speakers ?? []).map((group) => ({ kind: 'speaker', speaker: group.speaker, statements: group.statements }));
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(speakerName(node.speaker), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.statements.length);
      item.iconPath = new vscode.ThemeIcon(node.speaker === null ? 'globe' : 'person');
      item.contextValue = 'speaker';
      item.id = `speaker:${node.speaker ?? ''}`;
      return item;
    }
    if (node.kind === 'statement') {
      const { statement } = node;
      const status = STATUS_ICONS[statement.status];
      const item = new vscode.TreeItem(statement.text, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${statement.sourceCount} source${statement.sourceCount === 1 ? '' : 's'} · ${status.label}`;
      item.iconPath = new vscode.ThemeIcon(status.icon, status.color ? new vscode.ThemeColor(status.color) : undefined);
      // Plain text only: article text is untrusted.
      item.tooltip = [statement.text, `${status.label}${statement.note ? `: ${statement.note}` : ''}`, statement.topics.length ? `Topics: ${statement.topics.join(', ')}` : '']
        .filter(Boolean)
        .join('\n\n');
      item.contextValue = `statement.${statement.status}`;
      item.id = `statement:${statement.id}`;
      const first = statement.passages[0];
      if (first) item.command = openCommand(first);
      return item;
    }
    const { passage } = node;
    const item = new vscode.TreeItem(passage.label, vscode.TreeItemCollapsibleState.None);
    item.description = passage.text;
    item.tooltip = `${passage.label}: ${passage.text}${passage.verdict ? `\n\n${passage.verdict.status}${passage.verdict.note ? `: ${passage.verdict.note}` : ''}` : ''}`;
    item.iconPath = new vscode.ThemeIcon(passage.quote ? 'quote' : 'note');
    item.contextValue = 'passage';
    item.id = `passage:${node.statement.id}:${passage.uri}:${passage.range.start.line}:${passage.range.start.character}`;
    item.command = openCommand(passage);
    return item;
  }
}

/** Opens a passage with its range selected. */
export function openCommand(passage: ReviewPassageItem): vscode.Command {
  return { command: 'vscode.open', title: 'Open Passage', arguments: [vscode.Uri.parse(passage.uri), { selection: toRange(passage.range) } satisfies vscode.TextDocumentShowOptions] };
}

export function toRange(range: ReviewPassageItem['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

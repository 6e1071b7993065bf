// The fact-check review in the editor: the Review tree, status bar, mark and navigation commands, exports, the table.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReviewReportRequest, type ReviewFilterParams, type ReviewPassageItem, type ReviewStatementItem } from '../../../server/src/lsp/protocol';
import { SynopticTablePanel } from './tablePanel';
import { openCommand, ReviewTreeProvider, speakerName, STATUS_ICONS, toRange, type ReviewNode, type ReviewStatus } from './tree';

export const REVIEW_VIEW = 'synoptic.review';

const STATUSES = Object.keys(STATUS_ICONS) as ReviewStatus[];

/** Delay after the last edit before the tree asks the server again. */
const REFRESH_DELAY_MS = 600;

/**
 * Above this many articles the review, which reads the whole corpus on the server, is only refreshed while
 * its view is visible: in the background it would keep the server busy for seconds after every change.
 */
const BACKGROUND_REFRESH_MAX_ARTICLES = 1000;

/** `corpusChanged` fires with the article count when the server says the corpus changed (`synoptic/corpusChanged`). */
export function registerReview(client: LanguageClient, corpusChanged: vscode.Event<number>): vscode.Disposable {
  const provider = new ReviewTreeProvider(client);
  const view = vscode.window.createTreeView(REVIEW_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const statusBar = vscode.window.createStatusBarItem('synoptic.review.status', vscode.StatusBarAlignment.Left, 50);
  statusBar.name = 'Synoptic Review';
  statusBar.command = 'synoptic.review.nextUnreviewed';
  let timer: NodeJS.Timeout | undefined;
  let articleCount = 0;
  const refreshSoon = () => {
    if (!view.visible && articleCount > BACKGROUND_REFRESH_MAX_ARTICLES) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      void provider.refresh();
      void SynopticTablePanel.refresh();
    }, REFRESH_DELAY_MS);
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/{*.txt,*.article,synoptic.json}');
  const disposables: vscode.Disposable[] = [
    view,
    statusBar,
    provider.onDidLoad((result) => {
      const filter = provider.currentFilter;
      view.message = Object.values(filter).some((value) => value !== undefined) ? `Filtered: ${describeFilter(filter)}` : undefined;
      view.description = `${result.pending} unreviewed`;
      statusBar.text = `$(checklist) ${result.pending} unreviewed`;
      statusBar.tooltip = `${result.pending} of ${result.total} quotes and claims have no verdict ({!verified} or {!disputed}). Click for the next one.`;
      if (result.total > 0) statusBar.show();
      else statusBar.hide();
    }),
    // The server announces the end of its scan and changes of membership; edits on disk also show here.
    corpusChanged((count) => {
      articleCount = count;
      refreshSoon();
    }),
    watcher,
    watcher.onDidCreate(refreshSoon),
    watcher.onDidChange(refreshSoon),
    watcher.onDidDelete(refreshSoon),
    view.onDidChangeVisibility((event) => {
      if (event.visible) refreshSoon();
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.languageId === 'article' && event.contentChanges.length > 0) refreshSoon();
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId === 'article') refreshSoon();
    }),
    vscode.commands.registerCommand('synoptic.review.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('synoptic.review.markVerified', (node?: ReviewNode) => mark(provider, 'verified', node)),
    vscode.commands.registerCommand('synoptic.review.markDisputed', async (node?: ReviewNode, reason?: string) => {
      const given =
        reason ??
        (await vscode.window.showInputBox({
          title: 'Mark Disputed',
          prompt: 'Why is this disputed? (written into the article as {!disputed: reason})',
          validateInput: (value) => (value.trim() ? undefined : 'Give a reason'),
        }));
      if (!given?.trim()) return false;
      return mark(provider, 'disputed', node, given);
    }),
    vscode.commands.registerCommand('synoptic.review.nextUnreviewed', () => nextUnreviewed(provider)),
    vscode.commands.registerCommand('synoptic.review.showSpeaker', async (speaker?: string | null) => {
      const result = provider.current ?? (await provider.refresh());
      if (speaker === undefined) {
        const picked = await vscode.window.showQuickPick(
          (result?.allSpeakers ?? []).map((name) => ({ label: speakerName(name), speaker: name })),
          { title: "Show Speaker's Statements", placeHolder: 'Speaker' },
        );
        if (!picked) return;
        speaker = picked.speaker;
      }
      await provider.setFilter({ ...provider.currentFilter, speaker: speaker ?? '' });
      await vscode.commands.executeCommand(`${REVIEW_VIEW}.focus`);
    }),
    vscode.commands.registerCommand('synoptic.review.filterStatus', async (status?: ReviewStatus) => {
      if (status === undefined) {
        const counts = provider.current?.counts;
        const picked = await vscode.window.showQuickPick(
          STATUSES.map((value) => ({ label: `$(${STATUS_ICONS[value].icon}) ${value}`, description: counts ? String(counts[value]) : undefined, status: value })),
          { title: 'Filter Review by Status' },
        );
        if (!picked) return;
        status = picked.status;
      }
      await provider.setFilter({ ...provider.currentFilter, status });
    }),
    vscode.commands.registerCommand('synoptic.review.filterTopic', async (topic?: string) => {
      if (topic === undefined) {
        const topics = provider.current?.allTopics ?? [];
        if (topics.length === 0) {
          void vscode.window.showInformationMessage('Synoptic found no topics: mark them with {#topic} or section headings.');
          return;
        }
        topic = await vscode.window.showQuickPick([...topics], { title: 'Filter Review by Topic' });
        if (topic === undefined) return;
      }
      await provider.setFilter({ ...provider.currentFilter, topic });
    }),
    vscode.commands.registerCommand('synoptic.review.clearFilters', () => provider.setFilter({})),
    vscode.commands.registerCommand('synoptic.review.exportReport', (options?: { format?: 'md' | 'csv'; kind?: 'review' | 'table'; filter?: ReviewFilterParams; target?: vscode.Uri }) =>
      exportReport(client, provider, options ?? {}),
    ),
    vscode.commands.registerCommand('synoptic.openSynopticTable', async (corpusArgument?: vscode.Uri | string) => {
      const result = provider.current ?? (await provider.refresh());
      const corpora = result?.corpora ?? [];
      let corpus: string | undefined = corpusArgument === undefined ? undefined : corpusArgument.toString();
      if (corpus !== undefined) {
        // Given by a caller (tests, other commands): the corpus folder's URI.
      } else if (corpora.length > 1) {
        const picked = await vscode.window.showQuickPick(corpora.map((entry) => ({ label: entry.label, description: vscode.Uri.parse(entry.uri).fsPath, uri: entry.uri })), {
          title: 'Open Synoptic Table',
          placeHolder: 'Corpus',
        });
        if (!picked) return undefined;
        corpus = picked.uri;
      } else if (corpora.length === 1) corpus = corpora[0].uri;
      await SynopticTablePanel.show(client, { ...provider.currentFilter, ...(corpus ? { corpus } : {}) });
      return true;
    }),
    // For the editor tests: the tree's root items and statements as plain data.
    vscode.commands.registerCommand('synoptic.review.testItems', async () => {
      await provider.refresh();
      return { roots: provider.roots().map((node) => provider.getTreeItem(node).label), result: provider.current };
    }),
    { dispose: () => timer && clearTimeout(timer) },
  ];
  void vscode.commands.executeCommand('setContext', 'synoptic.review.filtered', false);
  void provider.refresh();
  return vscode.Disposable.from(...disposables);
}

function describeFilter(filter: ReviewFilterParams): string {
  const parts: string[] = [];
  if (filter.status) parts.push(`status ${filter.status}`);
  if (filter.speaker !== undefined) parts.push(`speaker ${speakerName(filter.speaker || null)}`);
  if (filter.topic) parts.push(`topic ${filter.topic}`);
  return parts.join(', ');
}

/** The statement and passage a command applies to: the tree node given, else the passage at the cursor. */
async function target(provider: ReviewTreeProvider, node: ReviewNode | undefined): Promise<{ statement: ReviewStatementItem; passage: ReviewPassageItem } | undefined> {
  if (node?.kind === 'passage') return { statement: node.statement, passage: node.passage };
  if (node?.kind === 'statement') {
    const passage = node.statement.passages.find((candidate) => candidate.verdict) ?? node.statement.passages[0];
    return passage ? { statement: node.statement, passage } : undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  // Ask afresh and unfiltered: the cursor may be on a statement the tree hides.
  const result = await provider.fetch({});
  const uri = editor.document.uri.toString();
  const cursor = editor.selection.active;
  for (const statement of (result?.speakers ?? []).flatMap((group) => group.statements)) {
    for (const passage of statement.passages) {
      if (passage.uri === uri && toRange(passage.range).contains(cursor)) return { statement, passage };
    }
  }
  return undefined;
}

/** Writes `{!verified}` or `{!disputed: reason}` at the end of the passage's sentence, replacing an earlier verdict there. */
async function mark(provider: ReviewTreeProvider, status: 'verified' | 'disputed', node: ReviewNode | undefined, note?: string): Promise<boolean> {
  const found = await target(provider, node);
  if (!found) {
    void vscode.window.showInformationMessage('Synoptic: put the cursor in a quote or claim, or pick one in the Review view.');
    return false;
  }
  const { passage } = found;
  const uri = vscode.Uri.parse(passage.uri);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.getText(toRange(passage.range)).replace(/\s+/g, ' ').trim() === '') {
    void vscode.window.showWarningMessage('Synoptic: the passage changed; try again.');
    await provider.refresh();
    return false;
  }
  const safeNote = note?.replace(/[{}\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
  const marker = safeNote ? `{!${status}: ${safeNote}}` : `{!${status}}`;
  const edit = new vscode.WorkspaceEdit();
  if (passage.verdict) edit.replace(uri, toRange(passage.verdict.range), marker);
  else {
    const position = new vscode.Position(passage.markerPosition.line, passage.markerPosition.character);
    edit.insert(uri, position, ` ${marker}`);
  }
  const wasDirty = document.isDirty;
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  // A clean file is saved so that the marker is on disk; a file with other unsaved changes is left to the user.
  if (!wasDirty) await document.save();
  await provider.refresh();
  return true;
}

async function nextUnreviewed(provider: ReviewTreeProvider): Promise<boolean> {
  const result = await provider.refresh();
  const pending = (result?.speakers ?? []).flatMap((group) => group.statements).filter((statement) => statement.status !== 'verified' && statement.status !== 'disputed');
  if (pending.length === 0) {
    void vscode.window.showInformationMessage('Synoptic: every quote and claim shown has a verdict.');
    return false;
  }
  // The next one after the cursor, in tree order, wrapping around.
  const editor = vscode.window.activeTextEditor;
  const here = editor ? { uri: editor.document.uri.toString(), position: editor.selection.active } : undefined;
  const currentIndex = here
    ? pending.findIndex((statement) => statement.passages.some((passage) => passage.uri === here.uri && toRange(passage.range).contains(here.position)))
    : -1;
  const next = pending[(currentIndex + 1) % pending.length];
  const passage = next.passages[0];
  const open = openCommand(passage);
  await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
  return true;
}

async function exportReport(
  client: LanguageClient,
  provider: ReviewTreeProvider,
  options: { format?: 'md' | 'csv'; kind?: 'review' | 'table'; filter?: ReviewFilterParams; target?: vscode.Uri },
): Promise<vscode.Uri | undefined> {
  let format = options.format;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'Markdown', format: 'md' as const },
        { label: 'CSV', format: 'csv' as const },
      ],
      { title: 'Export Review Report' },
    );
    if (!picked) return undefined;
    format = picked.format;
  }
  const kind = options.kind ?? 'review';
  const { text } = await client.sendRequest(ReviewReportRequest, { format, kind, filter: options.filter ?? provider.currentFilter });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${kind === 'table' ? 'synoptic-table' : 'review'}.${format}`;
  const destination =
    options.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
    }));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(text));
  if (!options.target) void vscode.window.showInformationMessage(`Synoptic wrote ${vscode.workspace.asRelativePath(destination)}.`);
  return destination;
}

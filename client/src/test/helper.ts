// Shared helpers of the editor suite: activation, fixture paths, and polling instead of fixed sleeps.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'synoptic.synoptic';
export const ARTICLE_LANGUAGE = 'article';

/**
 * Activates the extension and waits for it. In a fresh profile, opening a document only starts activation,
 * so every suite calls this in `before()`.
 */
export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
}

/** The workspace folder: a temporary copy of test-fixtures/, so tests may change files. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the editor tests need test-fixtures/ (a copy) open as the workspace');
  return folder.uri.fsPath;
}

/** The absolute path of a file in the workspace, from slash-separated segments. */
export function fixturePath(relativePath: string): string {
  return path.join(workspaceRoot(), ...relativePath.split('/'));
}

export interface PollOptions {
  /** Give up after this many milliseconds; defaults to 20 s. */
  readonly timeout?: number;
  /** Wait between attempts, in milliseconds; defaults to 200. */
  readonly interval?: number;
}

/**
 * Calls `probe` until `accept` holds for its value and returns that value. On timeout, throws with `what`
 * and the last value seen, so that a failure says what the editor answered. A probe that throws counts as
 * not yet accepted (the language server may still be starting).
 */
export async function poll<T>(what: string, probe: () => T | Thenable<T>, accept: (value: T) => boolean, options: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? 20000);
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (accept(value)) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? `error: ${error.message}` : error;
    }
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}; last answer: ${describe(last)}`);
    await new Promise((resolve) => setTimeout(resolve, options.interval ?? 200));
  }
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/** The open document for a URI as the workbench currently has it (its language may change after opening). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** Opens a workspace file in an editor and waits until it has the `article` language. */
export async function openArticle(relativePath: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.file(fixturePath(relativePath));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return poll(`${relativePath} to get language "${ARTICLE_LANGUAGE}"`,
    () => openDocument(uri)?.languageId,
    (languageId) => languageId === ARTICLE_LANGUAGE,
  ).then(() => openDocument(uri)!);
}

/** The text of hovers as one string (Markdown source). */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Every symbol of a document-symbol answer, children included, in document order. */
export function flattenSymbols(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined): { name: string; range: vscode.Range }[] {
  const flat: { name: string; range: vscode.Range }[] = [];
  const visit = (symbol: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    flat.push({ name: symbol.name, range: 'range' in symbol ? symbol.range : symbol.location.range });
    if ('children' in symbol) symbol.children.forEach(visit);
  };
  (symbols ?? []).forEach(visit);
  return flat.sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** A diagnostic's code as a string (codes may come as `{ value, target }`). */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** The labels of completion items. */
export function completionLabels(list: vscode.CompletionList | undefined): string[] {
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

const untitledDocuments = new Map<string, vscode.TextDocument>();

/** Asks for completions at the end of an untitled `article` document holding `text` (one document per text). */
export async function completeAtEnd(text: string): Promise<string[]> {
  let document = untitledDocuments.get(text);
  if (!document || document.isClosed) {
    document = await vscode.workspace.openTextDocument({ language: ARTICLE_LANGUAGE, content: text });
    untitledDocuments.set(text, document);
  }
  const end = document.positionAt(text.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
  return completionLabels(list);
}

/** Files under a folder of the workspace, recursively, as slash-separated paths relative to the workspace. */
export function workspaceFiles(predicate: (relativePath: string) => boolean = () => true): string[] {
  const root = workspaceRoot();
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((relativePath) => relativePath.split(path.sep).join('/'))
    .filter((relativePath) => fs.statSync(path.join(root, relativePath)).isFile() && predicate(relativePath))
    .sort();
}

/** Names marked as speakers (`{@Name}`) in the workspace's article files, with the files marking each. */
export function speakerMarkers(): Map<string, string[]> {
  const speakers = new Map<string, string[]>();
  for (const relativePath of workspaceFiles((file) => /\.(article|txt)$/.test(file))) {
    const text = fs.readFileSync(fixturePath(relativePath), 'utf8');
    for (const match of text.matchAll(/\{@([^{}\n]+)\}/g)) {
      const name = match[1].trim();
      if (!name) continue;
      const files = speakers.get(name) ?? [];
      if (!files.includes(relativePath)) files.push(relativePath);
      speakers.set(name, files);
    }
  }
  return speakers;
}

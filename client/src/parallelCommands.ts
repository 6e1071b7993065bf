// Commands over parallel passages: peek at them (code lens), cycle through them, and compare with one
// in a diff editor of two read-only virtual documents.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ParallelsRequest, type ParallelsResult, type PassageText } from '../../server/src/lsp/protocol';

export const SHOW_PARALLELS_COMMAND = 'synoptic.showParallels';
export const NEXT_PARALLEL_COMMAND = 'synoptic.nextParallel';
export const COMPARE_WITH_SOURCE_COMMAND = 'synoptic.compareWithSource';
const PASSAGE_SCHEME = 'synoptic-passage';

export function registerParallelCommands(client: LanguageClient): vscode.Disposable {
  const passages = new PassageDocuments();
  /** The list Next Parallel Passage walks, and where it is: repeated use from a jumped-to passage goes on. */
  let walk: { parallels: readonly PassageText[]; index: number } | undefined;

  const parallelsAtCursor = async (): Promise<ParallelsResult | null | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    return client.sendRequest(ParallelsRequest, { uri: editor.document.uri.toString(), position: editor.selection.active });
  };

  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(PASSAGE_SCHEME, passages),
    vscode.commands.registerCommand(SHOW_PARALLELS_COMMAND, async (uri: string, position: { line: number; character: number }) => {
      const documentUri = vscode.Uri.parse(uri);
      const where = new vscode.Position(position.line, position.character);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', documentUri, where);
      await vscode.commands.executeCommand('editor.action.showReferences', documentUri, where, locations ?? []);
    }),
    vscode.commands.registerCommand(NEXT_PARALLEL_COMMAND, async () => {
      const editor = vscode.window.activeTextEditor;
      if (walk && editor && isAt(walk.parallels[walk.index], editor)) {
        walk = { parallels: walk.parallels, index: (walk.index + 1) % walk.parallels.length };
      } else {
        const result = await parallelsAtCursor();
        if (!result?.parallels.length) {
          walk = undefined;
          void vscode.window.showInformationMessage('Synoptic: no other source reports this passage.');
          return undefined;
        }
        walk = { parallels: result.parallels, index: 0 };
      }
      const target = walk.parallels[walk.index];
      await openPassage(target);
      return target.uri;
    }),
    vscode.commands.registerCommand(COMPARE_WITH_SOURCE_COMMAND, async (pickIndex?: number) => {
      const result = await parallelsAtCursor();
      if (!result?.parallels.length) {
        void vscode.window.showInformationMessage('Synoptic: no other source reports this passage.');
        return undefined;
      }
      const other =
        typeof pickIndex === 'number'
          ? result.parallels[pickIndex]
          : (
              await vscode.window.showQuickPick(
                result.parallels.map((parallel) => ({ label: parallel.label, description: `${parallel.speaker ?? "outlet's voice"} · ${parallel.kind}`, detail: parallel.text, parallel })),
                { placeHolder: 'Compare with which source?' },
              )
            )?.parallel;
      if (!other) return undefined;
      const left = passages.add(result.passage);
      const right = passages.add(other);
      await vscode.commands.executeCommand('vscode.diff', left, right, `${result.passage.label} ↔ ${other.label}`);
      return right;
    }),
  );
}

/** True when the editor's cursor is inside the passage. */
function isAt(passage: PassageText, editor: vscode.TextEditor): boolean {
  const range = new vscode.Range(passage.range.start.line, passage.range.start.character, passage.range.end.line, passage.range.end.character);
  return editor.document.uri.toString() === vscode.Uri.parse(passage.uri).toString() && range.contains(editor.selection.active);
}

async function openPassage(passage: PassageText): Promise<void> {
  const range = new vscode.Range(passage.range.start.line, passage.range.start.character, passage.range.end.line, passage.range.end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(passage.uri), { selection: range });
}

/** Read-only documents holding one passage each, one sentence per line for a readable diff. */
class PassageDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private counter = 0;

  add(passage: PassageText): vscode.Uri {
    const name = passage.label.replace(/[\\/:*?"<>|#%]/g, ' ').trim().slice(0, 60) || 'passage';
    const uri = vscode.Uri.from({ scheme: PASSAGE_SCHEME, path: `/${++this.counter}/${name}.txt` });
    this.texts.set(uri.toString(), `${passage.text.replace(/([.!?][”"’']?)\s+/g, '$1\n')}\n`);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

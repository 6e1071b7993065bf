// Command Synoptic: Export Attribution — writes who said what in a folder's articles as JSON.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportAttributionRequest } from '../../server/src/lsp/protocol';

export const EXPORT_ATTRIBUTION_COMMAND = 'synoptic.exportAttribution';

export function registerExportAttribution(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_ATTRIBUTION_COMMAND, async (folderArgument?: vscode.Uri, target?: vscode.Uri) => {
    const folder = folderArgument ?? (await pickWorkspaceFolder());
    if (!folder) return undefined;
    const exported = await client.sendRequest(ExportAttributionRequest, { folderUri: folder.toString() });
    if (exported.sources.length === 0) {
      void vscode.window.showWarningMessage(`Synoptic found no articles in ${vscode.workspace.asRelativePath(folder)}.`);
      return undefined;
    }
    const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, 'attribution.json'), filters: { JSON: ['json'] } }));
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(`${JSON.stringify(exported, null, 2)}\n`));
    if (!target) await vscode.window.showTextDocument(destination);
    return destination;
  });
}

async function pickWorkspaceFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder to export' }))?.uri;
}

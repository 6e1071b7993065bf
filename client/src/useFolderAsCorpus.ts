// Command Synoptic: Use Folder as Corpus — writes a synoptic.json so the folder's .txt files become articles.
import * as vscode from 'vscode';
import { CORPUS_CONFIG_FILE, DEFAULT_CORPUS_CONFIG } from '../../server/src/engine/corpus';

export const USE_FOLDER_AS_CORPUS_COMMAND = 'synoptic.useFolderAsCorpus';

export function registerUseFolderAsCorpus(): vscode.Disposable {
  return vscode.commands.registerCommand(USE_FOLDER_AS_CORPUS_COMMAND, async (folderArgument?: vscode.Uri) => {
    const folder = folderArgument ?? (await pickFolder());
    if (!folder) return undefined;
    const configUri = vscode.Uri.joinPath(folder, CORPUS_CONFIG_FILE);
    if (await exists(configUri)) {
      void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(folder)} is already a corpus.`);
      await vscode.window.showTextDocument(configUri);
      return configUri;
    }
    const config = { include: DEFAULT_CORPUS_CONFIG.include, exclude: [], sources: {} };
    try {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`));
    } catch (error) {
      void vscode.window.showErrorMessage(`Synoptic could not write ${configUri.fsPath}: ${String(error)}`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(folder)} is now a Synoptic corpus.`);
    return configUri;
  });
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Use as Corpus', defaultUri: folders[0]?.uri });
  return picked?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

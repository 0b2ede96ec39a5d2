import * as vscode from "vscode";
import { isInsideFolder } from "../../core/requests/isInsideFolder";
import { safeFileName } from "../../core/requests/safeFileName";
import { REQUEST_FILE_SUFFIX } from "../constants";

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a new request file with the given content: a real file in the first workspace folder (never overwriting
 * one: `name-2.tcreq.json` and so on), or an untitled `name.tcreq.json` when no folder is open, so the schema and
 * diagnostics apply either way. `name` may hold outside text (a proxy ID from the API): only its safe characters
 * make the file name, and the joined path is checked to stay in the folder.
 */
export async function openRequestFile(name: string, content: string): Promise<vscode.TextEditor> {
  const baseName = safeFileName(name);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && vscode.workspace.fs.isWritableFileSystem(folder.uri.scheme) !== false) {
    for (let n = 1; n <= 999; n++) {
      const uri = vscode.Uri.joinPath(folder.uri, `${baseName}${n === 1 ? "" : `-${n}`}${REQUEST_FILE_SUFFIX}`);
      if (!isInsideFolder(folder.uri.path, uri.path)) throw new Error(`refusing to write ${uri.path} outside ${folder.uri.path}`);
      if (await exists(uri)) continue;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
      return vscode.window.showTextDocument(uri);
    }
  }
  const untitled = vscode.Uri.parse(`untitled:${baseName}${REQUEST_FILE_SUFFIX}`);
  const doc = await vscode.workspace.openTextDocument(untitled);
  const editor = await vscode.window.showTextDocument(doc);
  if (doc.getText().length === 0) await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
  return editor;
}

export const requestText = (request: Record<string, unknown>): string => JSON.stringify(request, null, 2) + "\n";

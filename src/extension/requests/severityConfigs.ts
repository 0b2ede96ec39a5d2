import * as path from "node:path";
import * as vscode from "vscode";
import { findSeverityConfig, type FoundSeverityConfig } from "../../core/config/findSeverityConfig";
import { CONFIG_FILE_NAME } from "../../core/config/severityConfig";

/**
 * The `tcaccel.json` that applies to each request file, cached by folder and forgotten when any tcaccel.json
 * changes, so a keystroke does not walk the disk.
 */
export class SeverityConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, FoundSeverityConfig | undefined>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);

  constructor() {
    const reset = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.watcher.onDidChange(reset);
    this.watcher.onDidCreate(reset);
    this.watcher.onDidDelete(reset);
  }

  /** For an untitled file, the first workspace folder stands in for its folder. */
  forDocument(doc: vscode.TextDocument): FoundSeverityConfig | undefined {
    const file =
      doc.uri.scheme === "file"
        ? doc.uri.fsPath
        : vscode.workspace.workspaceFolders?.[0]
          ? path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, path.basename(doc.uri.path))
          : undefined;
    if (!file) return undefined;
    const dir = path.dirname(file);
    // No higher than the document's workspace folder; the file's own folder when it has none.
    const folder = doc.uri.scheme === "file" ? vscode.workspace.getWorkspaceFolder(doc.uri) : vscode.workspace.workspaceFolders?.[0];
    if (!this.cache.has(dir)) this.cache.set(dir, findSeverityConfig(file, folder?.uri.fsPath ?? dir));
    return this.cache.get(dir);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

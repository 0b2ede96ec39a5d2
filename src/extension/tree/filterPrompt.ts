import * as vscode from "vscode";
import type { ProxyTreeModel } from "../../core/model/proxyTreeModel";

/**
 * Asks for the filter and applies it while the user types (the tree narrows under the box); Escape puts the
 * previous filter back, Enter keeps what was typed.
 */
export function filterPrompt(model: ProxyTreeModel): Promise<void> {
  const previous = model.filter?.text ?? "";
  const box = vscode.window.createInputBox();
  box.title = vscode.l10n.t("Filter Proxies");
  box.value = previous;
  box.placeholder = vscode.l10n.t("e.g. shanghai, link-1a2b, status:creating, region:Hongkong");
  box.prompt = vscode.l10n.t("Name, ID, region or status; every word must match. name:, id:, region: and status: look in one field only.");
  return new Promise((resolve) => {
    let accepted = false;
    const subscriptions = [
      box.onDidChangeValue((value) => model.setFilter(value)),
      box.onDidAccept(() => {
        accepted = true;
        model.setFilter(box.value);
        box.hide();
      }),
      box.onDidHide(() => {
        if (!accepted) model.setFilter(previous);
        for (const s of subscriptions) s.dispose();
        box.dispose();
        resolve();
      }),
    ];
    box.show();
  });
}

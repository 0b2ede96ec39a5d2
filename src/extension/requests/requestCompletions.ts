import { getLocation } from "jsonc-parser";
import * as vscode from "vscode";
import type { LiveSource } from "../../core/live/liveSource";
import { liveValueOptions } from "../../core/live/liveValueOptions";
import type { DocumentValidation } from "../../core/validation/validateDocument";

/** Where the cursor is: the value of a parameter (nested ones too, as in L4 rule files), and the range a completion replaces. */
function valuePosition(doc: vscode.TextDocument, position: vscode.Position) {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const location = getLocation(text, offset);
  const [parameter] = location.path;
  if (location.isAtPropertyKey || location.path.length === 0 || typeof parameter !== "string") return undefined;
  const node = location.previousNode;
  const inToken = node && (node.type === "string" || node.type === "number") && node.offset <= offset && offset <= node.offset + node.length;
  const range = inToken ? new vscode.Range(doc.positionAt(node.offset), doc.positionAt(node.offset + node.length)) : new vscode.Range(position, position);
  return { parameter, path: location.path, range };
}

/**
 * Completes what only the account knows: access regions for the origin, the pair's sizes, origin regions, group,
 * proxy and zone IDs. The JSON Schema completes everything else.
 */
export class RequestCompletions implements vscode.CompletionItemProvider {
  constructor(
    private readonly liveSource: () => LiveSource | undefined,
    private readonly validationOf: (doc: vscode.TextDocument) => DocumentValidation,
  ) {}

  async provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionItem[]> {
    const source = this.liveSource();
    const at = valuePosition(doc, position);
    if (!source || !at) return [];
    const validation = this.validationOf(doc);
    if (!validation.action || !validation.params) return [];
    const controller = new AbortController();
    const cancel = token.onCancellationRequested(() => controller.abort());
    try {
      const options = await liveValueOptions(validation.action.name, at.parameter, validation.params, source, controller.signal, at.path);
      return (options ?? []).map((o, i) => {
        const item = new vscode.CompletionItem({ label: String(o.value), ...(o.detail ? { description: o.detail } : {}) }, typeof o.value === "number" ? vscode.CompletionItemKind.Value : vscode.CompletionItemKind.EnumMember);
        item.insertText = JSON.stringify(o.value);
        item.filterText = JSON.stringify(o.value);
        item.range = at.range;
        item.sortText = String(i).padStart(4, "0");
        item.detail = vscode.l10n.t("From your account");
        return item;
      });
    } catch {
      return []; // offline: nothing to offer, the schema's completion still works
    } finally {
      cancel.dispose();
    }
  }
}

import * as vscode from "vscode";
import type { DirectAnswer, DirectCloud, RequestParams } from "../../core/actions/actionDefinition";
import type { ActionDefinition } from "../../core/actions/actionDefinition";
import { isCancelled } from "../../core/errors/cancelledError";
import type { Logger } from "../../core/logger";
import { describeError } from "../errors/describeError";

/**
 * Send for a read (`send.kind` "direct"): no preflight, nothing billed. The call runs with a cancellable
 * notification and its answer opens beside the request file as JSON; a refusal is explained.
 */
export async function sendDirect(action: ActionDefinition, params: RequestParams, cloud: () => Promise<DirectCloud>, log: Logger): Promise<void> {
  const route = action.send;
  if (route.kind !== "direct") return;
  let answer: DirectAnswer;
  try {
    answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("Sending {0}…", action.name), cancellable: true },
      async (_progress, token) => {
        const work = new AbortController();
        const subscription = token.onCancellationRequested(() => work.abort());
        try {
          return await route.send(params, await cloud(), work.signal);
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (e) {
    if (isCancelled(e)) return;
    const described = describeError(e);
    log.warn(`${action.name} failed: ${described.logLine}`);
    void vscode.window.showErrorMessage(vscode.l10n.t("{0} failed: {1}", action.name, described.message));
    return;
  }
  log.info(`${action.name} answered.`);
  const doc = await vscode.workspace.openTextDocument({ language: "json", content: `${JSON.stringify(answer, null, 2)}\n` });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

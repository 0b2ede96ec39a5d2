import * as vscode from "vscode";
import { ApiError } from "../../core/errors/apiError";
import { explainApiError, explainError } from "../../core/errors/explainError";
import { CredentialError } from "../../core/credentials/credentialError";
import { notificationText } from "../../core/text/notificationText";

export interface DescribedError {
  /** One line for a notification: what happened, what to do, the code and the RequestId; no link can be made of it. */
  message: string;
  /** For the log: the same with codes and RequestId, never a secret. */
  logLine: string;
  /** Several lines, for a tooltip or a modal's detail. */
  detail?: string;
  what: string;
  todo?: string;
  code?: string;
  requestId?: string;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Words a failure for people, in VS Code's display language: for an API error the core catalogue's explanation
 * (what happened, what to do), its code and RequestId; for an unreadable credential file the same, naming the file.
 * The server's own message goes to the log only; it is in whatever language the server chose. Codes, RequestIds,
 * IDs and names come from the API or a file, so `message` goes through `notificationText`: shown, never a link.
 */
export function describeError(e: unknown): DescribedError {
  const language = vscode.env.language;
  if (e instanceof ApiError) {
    const { what, todo } = explainApiError(e, language);
    const ids = e.requestId ? vscode.l10n.t("code {0}, RequestId {1}", e.code, e.requestId) : vscode.l10n.t("code {0}", e.code);
    return {
      message: notificationText(vscode.l10n.t("{0} {1} ({2})", what, todo, ids)),
      logLine: `${e.toString()}${e.details ? ` ${JSON.stringify(e.details)}` : ""}`,
      detail: [what, todo, vscode.l10n.t("Code: {0}", e.code), ...(e.requestId ? [vscode.l10n.t("RequestId: {0}", e.requestId)] : [])].join("\n"),
      what,
      todo,
      code: e.code,
      ...(e.requestId ? { requestId: e.requestId } : {}),
    };
  }
  if (e instanceof CredentialError) {
    const { what, todo } = explainError(e.code, language, e.params);
    return {
      message: notificationText(vscode.l10n.t("{0} {1} ({2})", what, todo, vscode.l10n.t("code {0}", e.code))),
      logLine: e.message,
      detail: [what, todo, vscode.l10n.t("Code: {0}", e.code)].join("\n"),
      what,
      todo,
      code: e.code,
    };
  }
  const text = errorText(e);
  return { message: notificationText(vscode.l10n.t("Tencent Cloud Acceleration: {0}", text)), logLine: e instanceof Error ? (e.stack ?? text) : text, what: text };
}

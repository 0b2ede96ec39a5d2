import * as vscode from "vscode";

export interface DescribedError {
  /** One line for a notification: what happened and what to do. */
  message: string;
  /** For the log: the same with codes and RequestId, never a secret. */
  logLine: string;
  detail?: string;
}

/** Words a failure for people. */
export function describeError(e: unknown): DescribedError {
  const message = e instanceof Error ? e.message : String(e);
  return { message: vscode.l10n.t("Tencent Cloud Acceleration: {0}", message), logLine: message };
}

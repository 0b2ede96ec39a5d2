import * as vscode from "vscode";
import { UserCancelled } from "../commands/userCancelled";

/** A modal that must be answered with `button`; anything else (Cancel, Escape) ends the command silently. */
export async function confirmModal(message: string, detail: string, button: string): Promise<void> {
  const answer = await vscode.window.showWarningMessage(message, { modal: true, detail }, button);
  if (answer !== button) throw new UserCancelled();
}

/** Names records in a confirmation: every ID, with the name when there is one. */
export function nameRecords(records: readonly { id: string; name?: string | undefined }[]): string {
  return records.map((r) => (r.name && r.name !== r.id ? `${r.id} (${r.name})` : r.id)).join(", ");
}

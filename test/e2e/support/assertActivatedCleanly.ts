import { pollUntil } from "./boundedWait";
import { activationLogged, extensionHostErrors } from "./extensionHostLog";
import type { VsCodeSession } from "./vscodeSession";

/**
 * Waits until the extension host has activated the extension, gives it `settleMs` to finish what activation starts
 * (first tree fetch, status bar), and fails with the log's error entries if any concern the extension.
 */
export async function assertActivatedCleanly(session: VsCodeSession, extensionId: string, settleMs = 3_000): Promise<void> {
  await pollUntil(`the extension host log to show ${extensionId} activating`, 60_000, () =>
    activationLogged(session.extensionHostLog(), extensionId) ? true : undefined,
  );
  await new Promise((r) => setTimeout(r, settleMs));
  const errors = extensionHostErrors(session.extensionHostLog(), extensionId);
  if (errors.length) {
    throw new Error(`the extension host logged ${errors.length} error(s) for ${extensionId}:\n${errors.join("\n")}`);
  }
}

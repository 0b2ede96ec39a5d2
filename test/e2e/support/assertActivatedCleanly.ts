import { pollUntil } from "./boundedWait";
import { activationLogged, extensionHostErrors, extensionLogErrors, readExtensionLog } from "./extensionHostLog";
import type { VsCodeSession } from "./vscodeSession";

/**
 * Waits until the extension host has activated the extension, gives it `settleMs` to finish what activation starts
 * (first tree fetch, status bar), and fails with the error entries that concern it: in the extension host's log, and
 * in the extension's own log channel (where it reports failures it caught).
 */
export async function assertActivatedCleanly(session: VsCodeSession, extensionId: string, settleMs = 3_000): Promise<void> {
  await pollUntil(`the extension host log to show ${extensionId} activating`, 60_000, () =>
    activationLogged(session.extensionHostLog(), extensionId) ? true : undefined,
  );
  await new Promise((r) => setTimeout(r, settleMs));
  const errors = [
    ...extensionHostErrors(session.extensionHostLog(), extensionId),
    ...extensionLogErrors(readExtensionLog(session.codeServer.userDataDir, extensionId)),
  ];
  if (errors.length) {
    throw new Error(`${errors.length} error(s) logged for ${extensionId} (extension host log and its own log):\n${errors.join("\n")}`);
  }
}

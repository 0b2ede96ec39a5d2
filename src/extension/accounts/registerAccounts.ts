import * as vscode from "vscode";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS, PROXIES_VIEW } from "../constants";
import type { ExtensionLog } from "../log/extensionLog";
import { CloudSession } from "../session/cloudSession";
import { EmbeddedSandbox } from "../session/embeddedSandbox";
import { AccountStatusBar } from "./accountStatusBar";
import { pickProfile } from "./profilePicker";
import { signIn, signOut } from "./signIn";
import { SignedInProfiles } from "./signedInProfiles";

/**
 * Accounts: the session (active profile and endpoint → one API client), Sign in / Sign out / Switch profile /
 * Try the sandbox, and the status-bar item. Returns the session for the features that call the API.
 */
export function registerAccounts(context: vscode.ExtensionContext, log: ExtensionLog): CloudSession {
  const logger = log.for("accounts");
  const sandbox = new EmbeddedSandbox(context.extensionPath, log.for("sandbox"));
  const session = new CloudSession(context, logger, log.for("client"), new SignedInProfiles(context), sandbox);
  // The session goes before the sandbox it may use: disposal runs in reverse order.
  context.subscriptions.push(sandbox, session, new AccountStatusBar(session));

  registerCommand(context, logger, COMMANDS.signIn, () => signIn(session, logger));
  registerCommand(context, logger, COMMANDS.signOut, () => signOut(session));
  registerCommand(context, logger, COMMANDS.switchProfile, () => pickProfile(session, logger));
  registerCommand(context, logger, COMMANDS.trySandbox, async () => {
    const state = await session.useEndpoint("sandbox");
    await vscode.commands.executeCommand(`${PROXIES_VIEW}.focus`);
    if (state.kind === "ready" && state.account.endpoint.kind === "sandbox") {
      void vscode.window.showInformationMessage(
        vscode.l10n.t("Using the sandbox at {0}: a local emulator of GAAP and EdgeOne with demo proxies. Nothing reaches Tencent Cloud.", state.account.endpoint.host),
      );
    }
  });
  // Not resolved here: activation sends and reads nothing; the first need resolves it (CloudSession.ensureResolved).
  return session;
}

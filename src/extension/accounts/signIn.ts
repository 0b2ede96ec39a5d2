import * as vscode from "vscode";
import type { Credential } from "../../core/credentials/credential";
import { profileKey } from "../../core/credentials/credential";
import { CredentialError } from "../../core/credentials/credentialError";
import { maskSecretId } from "../../core/credentials/maskSecretId";
import { secretIdProblem } from "../../core/credentials/secretIdProblem";
import { ApiError } from "../../core/errors/apiError";
import type { Logger } from "../../core/logger";
import { UserCancelled } from "../commands/userCancelled";
import { describeError } from "../errors/describeError";
import type { CloudSession } from "../session/cloudSession";

/** Answers that mean "these keys are wrong"; any other answer means they were accepted (maybe without permission). */
const REFUSED = new Set([
  "AuthFailure",
  "AuthFailure.SignatureFailure",
  "AuthFailure.SecretIdNotFound",
  "AuthFailure.InvalidSecretId",
  "AuthFailure.InvalidAuthorization",
  "AuthFailure.SignatureExpire",
  "AuthFailure.TokenFailure",
]);

async function ask(options: vscode.InputBoxOptions): Promise<string> {
  const value = await vscode.window.showInputBox({ ignoreFocusOut: true, ...options });
  if (value === undefined) throw new UserCancelled();
  return value.trim();
}

const oneWord = (empty: string) => (v: string) => (v.trim() === "" ? empty : /\s/.test(v.trim()) ? vscode.l10n.t("It has no spaces.") : undefined);

function checkSecretId(value: string): string | undefined {
  switch (secretIdProblem(value)) {
    case "empty":
      return vscode.l10n.t("Enter the SecretId.");
    case "spaces":
      return vscode.l10n.t("It has no spaces.");
    case "not-a-secret-id":
      // Most often the SecretKey pasted into the wrong box: it is refused here, so it is never kept or shown.
      return vscode.l10n.t("A SecretId starts with AKID. If this is the SecretKey, paste it in the next box instead.");
    case undefined:
      return undefined;
  }
}

/**
 * Sign in: asks for a SecretId and its SecretKey (both password boxes: a key pasted into the first one must not
 * show either), checks the pair with one cheap call to where requests go now, and keeps it in SecretStorage only.
 * A value that is not a SecretId is refused before anything is done with it. Wrong keys are refused with the API's
 * explanation and never stored; the key is never logged or shown. The sandbox gets only its own keys.
 */
export async function signIn(session: CloudSession, log: Logger): Promise<void> {
  const secretId = await ask({
    title: vscode.l10n.t("Sign In to Tencent Cloud (1/2)"),
    prompt: vscode.l10n.t("SecretId of a CAM API key (console: Access Management → API Keys)."),
    placeHolder: "AKID…",
    password: true,
    validateInput: checkSecretId,
  });
  const secretKey = await ask({
    title: vscode.l10n.t("Sign In to Tencent Cloud (2/2)"),
    prompt: vscode.l10n.t("The SecretKey paired with {0}. It is kept in VS Code's secret storage only.", maskSecretId(secretId)),
    password: true,
    validateInput: oneWord(vscode.l10n.t("Enter the SecretKey.")),
  });
  const credential: Credential = { secretId, secretKey };
  const target = session.endpointKind === "sandbox" ? vscode.l10n.t("the sandbox") : vscode.l10n.t("Tencent Cloud");
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("Checking the key with {0}…", target) }, () =>
      session.checkCredential(credential),
    );
  } catch (e) {
    const described = describeError(e);
    log.warn(`Sign-in check failed: ${described.logLine}`);
    if ((e instanceof ApiError && REFUSED.has(e.code)) || e instanceof CredentialError) {
      const again = vscode.l10n.t("Try Again");
      const answer = await vscode.window.showErrorMessage(vscode.l10n.t("Sign-in failed: {0} The key was not saved.", described.message), again);
      if (answer === again) return signIn(session, log);
      throw new UserCancelled();
    }
    // Accepted but refused for another reason (no permission, network): the user decides.
    const save = vscode.l10n.t("Save Anyway");
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t("The key could not be confirmed: {0}", described.message), { modal: true }, save);
    if (answer !== save) throw new UserCancelled();
  }
  const name = await session.signedIn.store(credential);
  await session.select(profileKey({ source: "explicit", name }));
  vscode.window.setStatusBarMessage(vscode.l10n.t("Signed in as {0}.", name), 6000);
}

/** Sign out: forgets a signed-in key (asks which when there are several). */
export async function signOut(session: CloudSession): Promise<void> {
  const names = session.signedIn.names();
  if (names.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t("No key was stored by Sign In on this computer."));
    return;
  }
  const name =
    names.length === 1
      ? names[0]!
      : (await vscode.window.showQuickPick(names.slice().reverse(), { title: vscode.l10n.t("Sign Out: forget which key?") })) ?? "";
  if (!name) throw new UserCancelled();
  await session.signedIn.forget(name);
  const wasActive = session.activeKey === profileKey({ source: "explicit", name });
  await (wasActive ? session.select(undefined) : session.reload());
  vscode.window.setStatusBarMessage(vscode.l10n.t("Signed out: the key {0} was removed from this computer.", name), 6000);
}

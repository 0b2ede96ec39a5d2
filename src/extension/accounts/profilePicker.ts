import * as vscode from "vscode";
import type { CredentialError } from "../../core/credentials/credentialError";
import type { Logger } from "../../core/logger";
import { UserCancelled } from "../commands/userCancelled";
import { describeError } from "../errors/describeError";
import { SANDBOX_PROFILE, type CloudSession } from "../session/cloudSession";
import { accountLabel, sourceText } from "./accountLabel";
import { signIn } from "./signIn";

type Choice = vscode.QuickPickItem &
  ({ action: "profile"; key: string } | { action: "signIn" } | { action: "endpoint"; endpoint: "cloud" | "sandbox" } | { action: "broken"; error: CredentialError });

/**
 * Switch Profile: every profile found (signed-in keys, environment, tccli, the INI file), the sandbox, the files
 * that could not be read (and why), Sign in, and switching between Tencent Cloud and the sandbox.
 */
export async function pickProfile(session: CloudSession, log: Logger): Promise<void> {
  const { profiles, errors } = await session.listProfiles();
  const sandboxMode = session.endpointKind === "sandbox";
  const active = session.state.kind === "ready" ? session.state.account.key : session.activeKey;
  const mark = (key: string) => (key === active ? "$(check) " : "");
  const items: Choice[] = [];
  if (sandboxMode) {
    items.push({ label: `${mark(SANDBOX_PROFILE)}$(beaker) ${vscode.l10n.t("Sandbox")}`, description: vscode.l10n.t("the sandbox's own keys"), action: "profile", key: SANDBOX_PROFILE });
  }
  for (const p of profiles) {
    items.push({
      label: `${mark(p.key)}${accountLabel(p.source, p.name)}`,
      description: sourceText(p.source),
      // The region is a checked region name (readTccliProfiles), the same in every language.
      detail: [p.region ? `${p.maskedSecretId} · ${p.region}` : p.maskedSecretId, p.file].filter(Boolean).join(" — "),
      action: "profile",
      key: p.key,
    });
  }
  for (const error of errors) {
    items.push({ label: `$(warning) ${error.file ?? error.source ?? ""}`, description: vscode.l10n.t("cannot be used"), detail: describeError(error).what, action: "broken", error });
  }
  items.push({ label: "", kind: vscode.QuickPickItemKind.Separator, action: "signIn" });
  items.push({ label: `$(sign-in) ${vscode.l10n.t("Sign In with a Key…")}`, action: "signIn" });
  items.push(
    sandboxMode
      ? { label: `$(cloud) ${vscode.l10n.t("Use Tencent Cloud")}`, description: vscode.l10n.t("leave the sandbox"), action: "endpoint", endpoint: "cloud" }
      : { label: `$(beaker) ${vscode.l10n.t("Try the Sandbox")}`, description: vscode.l10n.t("a local emulator, no account needed"), action: "endpoint", endpoint: "sandbox" },
  );

  const pick = await choose(items, (i) => i.action === "profile" && i.key === active, {
    title: vscode.l10n.t("Tencent Cloud Profile"),
    placeholder: sandboxMode ? vscode.l10n.t("Requests go to the sandbox. Choose the keys to sign them with.") : vscode.l10n.t("Choose the profile whose proxies to show."),
  });
  if (!pick) throw new UserCancelled();
  switch (pick.action) {
    case "profile":
      await session.select(pick.key);
      return;
    case "signIn":
      return signIn(session, log);
    case "endpoint":
      await session.useEndpoint(pick.endpoint);
      return;
    case "broken":
      void vscode.window.showErrorMessage(describeError(pick.error).message);
      return;
  }
}

/** A quick pick that opens on the active profile, so Enter keeps it. */
function choose(items: Choice[], isActive: (item: Choice) => boolean, text: { title: string; placeholder: string }): Promise<Choice | undefined> {
  const quickPick = vscode.window.createQuickPick<Choice>();
  quickPick.title = text.title;
  quickPick.placeholder = text.placeholder;
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = items;
  quickPick.activeItems = items.filter(isActive);
  return new Promise((resolve) => {
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}

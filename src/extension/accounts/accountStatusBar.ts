import * as vscode from "vscode";
import { COMMANDS } from "../constants";
import { describeError } from "../errors/describeError";
import type { CloudSession, SessionState } from "../session/cloudSession";
import { accountLabel, sourceText } from "./accountLabel";
import { pendingAccountLabel } from "./pendingAccountLabel";

/** Shows the active profile (and whether requests go to the sandbox); a click opens the profile picker. */
export class AccountStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("tcAccel.account", vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly session: CloudSession) {
    this.item.name = vscode.l10n.t("Tencent Cloud Profile");
    this.item.command = COMMANDS.switchProfile;
    this.subscription = session.onDidChange((s) => this.show(s));
    this.show(session.state);
    this.item.show();
  }

  private show(state: SessionState): void {
    this.item.backgroundColor = undefined;
    switch (state.kind) {
      case "resolving":
        if (!this.session.resolutionStarted) {
          Object.assign(this.item, pendingAccountLabel());
          return;
        }
        this.item.text = `$(loading~spin) ${vscode.l10n.t("Tencent Cloud")}`;
        this.item.tooltip = vscode.l10n.t("Looking for a Tencent Cloud profile…");
        return;
      case "none":
        this.item.text = `$(account) ${vscode.l10n.t("Tencent Cloud: Sign In")}`;
        this.item.tooltip = vscode.l10n.t("No Tencent Cloud profile found. Click to sign in or try the sandbox.");
        return;
      case "failed":
        this.item.text = `$(warning) ${state.source && state.name ? accountLabel(state.source, state.name) : vscode.l10n.t("Tencent Cloud")}`;
        this.item.tooltip = `${describeError(state.error).message}\n\n${vscode.l10n.t("Click to choose another profile.")}`;
        this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
        return;
      case "ready": {
        const a = state.account;
        const sandbox = a.endpoint.kind === "sandbox";
        this.item.text = `$(${sandbox ? "beaker" : "account"}) ${accountLabel(a.source, a.name)}`;
        const where =
          a.endpoint.kind === "sandbox"
            ? vscode.l10n.t("the local sandbox at {0}", a.endpoint.host)
            : a.endpoint.site === "intl" ? vscode.l10n.t("Tencent Cloud (international site)") : vscode.l10n.t("Tencent Cloud (China site)");
        this.item.tooltip = vscode.l10n.t("Profile {0} ({1}), SecretId {2}. Requests go to {3}. Click to switch.", accountLabel(a.source, a.name), sourceText(a.source), a.maskedSecretId, where);
        return;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

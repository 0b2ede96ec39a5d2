import * as vscode from "vscode";
import type { AccountSource } from "../session/cloudSession";

/** A profile as the status bar and the picker name it: the name alone is ambiguous ("default" in two files). */
export function accountLabel(source: AccountSource, name: string): string {
  switch (source) {
    case "sandbox":
      return vscode.l10n.t("Sandbox");
    case "explicit":
      return name;
    case "env":
      return vscode.l10n.t("Environment variables");
    case "tccli":
      return vscode.l10n.t("tccli: {0}", name);
    case "ini":
      return vscode.l10n.t("credentials file: {0}", name);
  }
}

/** Where a profile's keys are kept, for descriptions and tooltips. */
export function sourceText(source: AccountSource): string {
  switch (source) {
    case "sandbox":
      return vscode.l10n.t("the sandbox's own keys");
    case "explicit":
      return vscode.l10n.t("signed in, key in VS Code's secret storage");
    case "env":
      return vscode.l10n.t("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY");
    case "tccli":
      return vscode.l10n.t("tccli profile in ~/.tccli");
    case "ini":
      return vscode.l10n.t("~/.tencentcloud/credentials");
  }
}

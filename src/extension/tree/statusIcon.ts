import * as vscode from "vscode";
import type { StatusClass } from "../../core/model/statusClass";

/** One icon per status class; transitional states spin, so a user sees at a glance what is still moving. */
export function statusIcon(status: StatusClass): vscode.ThemeIcon {
  switch (status) {
    case "running":
      return new vscode.ThemeIcon("pass", new vscode.ThemeColor("testing.iconPassed"));
    case "transitional":
      return new vscode.ThemeIcon("loading~spin");
    case "stopped":
      return new vscode.ThemeIcon("circle-slash", new vscode.ThemeColor("disabledForeground"));
    case "failed":
      return new vscode.ThemeIcon("error", new vscode.ThemeColor("testing.iconFailed"));
    case "unknown":
      return new vscode.ThemeIcon("question");
  }
}

/** The class in words, for tooltips. */
export function statusClassText(status: StatusClass): string {
  switch (status) {
    case "running":
      return vscode.l10n.t("running");
    case "transitional":
      return vscode.l10n.t("changing, refreshed until it settles");
    case "stopped":
      return vscode.l10n.t("stopped");
    case "failed":
      return vscode.l10n.t("needs attention");
    case "unknown":
      return vscode.l10n.t("unknown status");
  }
}

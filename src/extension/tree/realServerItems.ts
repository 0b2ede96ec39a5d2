import * as vscode from "vscode";
import type { TreeNode } from "../../core/model/treeNode";
import { shortValue } from "../../core/text/shortValue";
import { ITEM_KIND } from "../constants";
import { recordTooltip } from "./proxyTooltip";
import { statusIcon } from "./statusIcon";

type RealServerNode = Extract<TreeNode, { kind: "gaapRealServer" }>;

const join = (parts: (string | undefined | false)[]): string => parts.filter((p): p is string => !!p).join(" · ");
const text = (v: unknown): string | undefined => (typeof v === "string" && v ? shortValue(v) : typeof v === "number" ? String(v) : undefined);

/** Whether a listener or rule binds the origin, in words ("" when DescribeRealServersStatus did not say). */
function boundWord(s: RealServerNode["server"]): string | undefined {
  if (s.BindStatus === 1) {
    const by = text(s.BoundProxyId) ?? text(s.BoundGroupId);
    return by ? vscode.l10n.t("bound to {0}", by) : vscode.l10n.t("bound");
  }
  return s.BindStatus === 0 ? vscode.l10n.t("not bound") : undefined;
}

/** The "Origin servers" node: collapsed, its origins listed when expanded (a request: not before). */
export function originServersItem(node: Extract<TreeNode, { kind: "gaapOriginServers" }>): vscode.TreeItem {
  const t = new vscode.TreeItem(vscode.l10n.t("Origin servers"), vscode.TreeItemCollapsibleState.Collapsed);
  t.id = node.id;
  t.contextValue = ITEM_KIND.gaapOriginServers;
  t.iconPath = new vscode.ThemeIcon("server-environment");
  return t;
}

/** A registered origin: its IP or domain; description with its name, project, whether it is bound, and its ID. */
export function realServerItem(node: RealServerNode): vscode.TreeItem {
  const s = node.server;
  const t = new vscode.TreeItem(text(s.RealServerIP) ?? node.realServerId, vscode.TreeItemCollapsibleState.None);
  t.id = node.id;
  t.contextValue = `${ITEM_KIND.gaapRealServer}:${s.BindStatus === 1 ? "bound" : s.BindStatus === 0 ? "unbound" : ""}`;
  t.description = join([text(s.RealServerName), typeof s.ProjectId === "number" && vscode.l10n.t("project {0}", s.ProjectId), boundWord(s), node.realServerId]);
  t.iconPath = statusIcon(node.status);
  return t;
}

export function realServerTooltip(node: RealServerNode): vscode.MarkdownString | string {
  const s = node.server;
  const bound = `${boundWord(s) ?? vscode.l10n.t("bind status unknown")} (BindStatus ${text(s.BindStatus) ?? "?"})`;
  return recordTooltip(text(s.RealServerIP) ?? node.realServerId, s, node.status, bound);
}

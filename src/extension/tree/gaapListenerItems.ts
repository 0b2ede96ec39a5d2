import * as vscode from "vscode";
import { listenerHealth, boundOriginHealth, type Health } from "../../core/model/listenerHealth";
import { statusWord } from "../../core/model/statusWords";
import type { TreeNode } from "../../core/model/treeNode";
import { shortValue } from "../../core/text/shortValue";
import { ITEM_KIND } from "../constants";
import { uiLanguage } from "../uiLanguage";
import { recordTooltip } from "./proxyTooltip";
import { statusIcon } from "./statusIcon";

type ListenerNode = Extract<TreeNode, { kind: "gaapListener" }>;
type OriginNode = Extract<TreeNode, { kind: "gaapOrigin" }>;

const join = (parts: (string | undefined | false)[]): string => parts.filter((p): p is string => !!p).join(" · ");
const text = (v: unknown): string | undefined => (typeof v === "string" && v ? shortValue(v) : typeof v === "number" ? String(v) : undefined);
const listenerCode = (l: ListenerNode["listener"]): string | undefined => (typeof l.ListenerStatus === "number" ? String(l.ListenerStatus) : undefined);

/** The health icon beside a running listener: a warning when its origins are not all well. */
function healthIcon(h: Health, base: vscode.ThemeIcon): vscode.ThemeIcon {
  return h === "healthy" || h === "unknown" || h === "noOrigins" ? base : new vscode.ThemeIcon("warning", new vscode.ThemeColor("problemsWarningIcon.foreground"));
}

/** A listener: "TCP 80 → 8080"; description with its name, status (unless running), scheduler, health and ID. */
export function listenerItem(node: ListenerNode): vscode.TreeItem {
  const l = node.listener;
  const port = text(l.Port) ?? "?";
  const label = `${text(l.Protocol) ?? "?"} ${port}${typeof l.RealServerPort === "number" && l.RealServerPort !== l.Port ? ` → ${l.RealServerPort}` : ""}`;
  const t = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  t.id = node.id;
  t.contextValue = `${ITEM_KIND.gaapListener}:${text(l.Protocol) ?? ""}:${listenerCode(l) ?? ""}`;
  const lang = uiLanguage();
  const health = listenerHealth(l);
  t.description = join([
    text(l.ListenerName),
    node.status !== "running" && statusWord("gaapListener", listenerCode(l), lang),
    text(l.Scheduler),
    node.status === "running" && statusWord("gaapHealth", health, lang),
    node.listenerId,
  ]);
  t.iconPath = node.status === "running" ? healthIcon(health, statusIcon(node.status)) : statusIcon(node.status);
  return t;
}

/** A bound origin: "203.0.113.11:80"; description with weight, failover role and health. */
export function originItem(node: OriginNode): vscode.TreeItem {
  const o = node.origin;
  const t = new vscode.TreeItem(`${text(o.RealServerIP) ?? text(o.RealServerId) ?? "?"}:${text(o.RealServerPort) ?? "?"}`, vscode.TreeItemCollapsibleState.None);
  t.id = node.id;
  t.contextValue = ITEM_KIND.gaapOrigin;
  const lang = uiLanguage();
  t.description = join([
    statusWord("gaapHealth", boundOriginHealth(o.RealServerStatus), lang),
    typeof o.RealServerWeight === "number" && vscode.l10n.t("weight {0}", o.RealServerWeight),
    text(o.RealServerFailoverRole),
    text(o.RealServerId),
  ]);
  t.iconPath = statusIcon(node.status);
  return t;
}

/** Status and health in words with the API's own codes: "运行中 (ListenerStatus 0) · 健康 (BindStatus 1)". */
export function listenerTooltip(node: ListenerNode): vscode.MarkdownString | string {
  const l = node.listener;
  const lang = uiLanguage();
  const code = listenerCode(l);
  const status = `${statusWord("gaapListener", code, lang)} (ListenerStatus ${code ?? "?"}) · ${statusWord("gaapHealth", listenerHealth(l), lang)} (BindStatus ${text(l.BindStatus) ?? "?"})`;
  return recordTooltip(text(l.ListenerName) ?? node.listenerId, l, node.status, status);
}

export function originTooltip(node: OriginNode): vscode.MarkdownString | string {
  const o = node.origin;
  const status = `${statusWord("gaapHealth", boundOriginHealth(o.RealServerStatus), uiLanguage())} (RealServerStatus ${text(o.RealServerStatus) ?? "?"})`;
  return recordTooltip(text(o.RealServerIP) ?? text(o.RealServerId) ?? "", o, node.status, status);
}

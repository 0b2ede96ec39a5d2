import * as vscode from "vscode";
import { l4RuleLine } from "../../core/model/l4RuleText";
import type { LoadState } from "../../core/model/loadState";
import { statusWord, type StatusOwner } from "../../core/model/statusWords";
import type { ProxyTreeModel } from "../../core/model/proxyTreeModel";
import type { TreeNode } from "../../core/model/treeNode";
import { COMMANDS, ITEM_KIND } from "../constants";
import { describeError } from "../errors/describeError";
import { uiLanguage } from "../uiLanguage";
import { listenerItem, listenerTooltip, originItem, originTooltip } from "./gaapListenerItems";
import { recordTooltip } from "./proxyTooltip";
import { originServersItem, realServerItem, realServerTooltip } from "./realServerItems";
import { statusIcon } from "./statusIcon";

const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
const Expanded = vscode.TreeItemCollapsibleState.Expanded;
const None = vscode.TreeItemCollapsibleState.None;

const join = (parts: (string | undefined | false)[]): string => parts.filter((p): p is string => !!p).join(" · ");

function item(node: TreeNode, label: string, collapsible: vscode.TreeItemCollapsibleState, contextValue: string): vscode.TreeItem {
  const t = new vscode.TreeItem(label, collapsible);
  t.id = node.id;
  t.contextValue = contextValue;
  return t;
}

function sectionProgress(state: LoadState): string | undefined {
  if (state.phase !== "loading") return undefined;
  return state.total !== undefined ? vscode.l10n.t("loading {0} of {1}…", state.loaded, state.total) : vscode.l10n.t("loading…");
}

function count(model: ProxyTreeModel, shown: number, total: number, words: (n: number) => string): string {
  return model.filter && shown !== total ? vscode.l10n.t("{0} of {1}", shown, words(total)) : words(total);
}

/** A status code in the UI's language (the code itself is in the tooltip). */
const word = (owner: StatusOwner, code: string | undefined): string => statusWord(owner, code, uiLanguage());

const rulesWord = (n: number) => (n === 0 ? vscode.l10n.t("no rules") : n === 1 ? vscode.l10n.t("1 rule") : vscode.l10n.t("{0} rules", n));

const proxiesWord = (n: number) => (n === 1 ? vscode.l10n.t("1 proxy") : vscode.l10n.t("{0} proxies", n));
const l4Word = (n: number) => (n === 1 ? vscode.l10n.t("1 L4 proxy") : vscode.l10n.t("{0} L4 proxies", n));

/** GAAP: name; description with status (unless running), ID, access→origin, bandwidth and concurrency. */
function gaapProxyItem(node: Extract<TreeNode, { kind: "gaapProxy" }>): vscode.TreeItem {
  const p = node.proxy;
  // Collapsed: expanding lists its listeners (a RUNNING proxy without any says that it forwards nothing).
  const t = item(node, p.ProxyName || node.proxyId, Collapsed, `${ITEM_KIND.gaapProxy}:${p.Status ?? ""}`);
  const access = p.AccessRegionInfo?.RegionName || p.AccessRegion;
  const origin = p.RealServerRegionInfo?.RegionName || p.RealServerRegion;
  t.description = join([
    p.Status !== "RUNNING" && word("gaapProxy", p.Status),
    p.BanStatus && p.BanStatus !== "RECOVER" && word("gaapBan", p.BanStatus),
    node.proxyId,
    (access || origin) && `${access ?? "?"}→${origin ?? "?"}`,
    p.Bandwidth !== undefined && p.Concurrent !== undefined && vscode.l10n.t("{0} Mbps, {1}×10k concurrent", p.Bandwidth, p.Concurrent),
  ]);
  t.iconPath = statusIcon(node.status);
  return t;
}

/** EdgeOne: name; description with status (unless online), ID, area and the flags that are on. */
function l4ProxyItem(node: Extract<TreeNode, { kind: "l4Proxy" }>): vscode.TreeItem {
  const p = node.proxy;
  // Collapsed even without rules: expanding says that it forwards nothing. The count needs no request.
  const t = item(node, p.ProxyName || node.proxyId, Collapsed, `${ITEM_KIND.l4Proxy}:${p.Status ?? ""}`);
  const flags = [p.Ipv6 === "on" && vscode.l10n.t("IPv6"), p.StaticIp === "on" && vscode.l10n.t("static IP"), p.AccelerateMainland === "on" && vscode.l10n.t("mainland acceleration")];
  t.description = join([p.Status !== "online" && word("l4Proxy", p.Status), node.proxyId, node.ruleCount !== undefined && rulesWord(node.ruleCount), p.Area, ...flags]);
  t.iconPath = statusIcon(node.status);
  return t;
}

/** A forwarding rule: ports → origin; description with the client-IP mode, the status (unless online) and the tag. */
function l4RuleItem(node: Extract<TreeNode, { kind: "l4Rule" }>): vscode.TreeItem {
  const r = node.rule;
  const t = item(node, l4RuleLine(r), None, `${ITEM_KIND.l4Rule}:${r.Status ?? ""}`);
  const mode = r.ClientIPPassThroughMode && r.ClientIPPassThroughMode !== "OFF" ? vscode.l10n.t("client IP: {0}", r.ClientIPPassThroughMode) : undefined;
  t.description = join([r.Status !== "online" && word("l4Rule", r.Status), mode, r.SessionPersist === "on" && vscode.l10n.t("session persistence"), r.RuleTag, node.ruleId]);
  t.iconPath = statusIcon(node.status);
  return t;
}

function emptyText(node: Extract<TreeNode, { kind: "empty" }>, model: ProxyTreeModel): string {
  if (node.parentId === "gaap/origins") return vscode.l10n.t("No origin servers registered");
  if (node.parentId.includes("/listener/")) return vscode.l10n.t("No origins bound: this listener forwards nothing");
  if (node.parentId.startsWith("gaap/proxy/")) {
    const proxy = model.proxyNode(node.parentId.slice("gaap/proxy/".length));
    const running = proxy?.kind === "gaapProxy" && proxy.proxy.Status === "RUNNING";
    return running ? vscode.l10n.t("No listeners: this proxy forwards nothing (and is billed all the same)") : vscode.l10n.t("No listeners");
  }
  if (node.parentId.startsWith("gaap/group/")) {
    // The row follows the group's own listeners (its proxies are listed above it, when it has any).
    const group = model.parent(node);
    const proxies = group?.kind === "gaapGroup" ? group.proxyCount : 0;
    return proxies > 0 ? vscode.l10n.t("No listeners on this group") : vscode.l10n.t("No proxies or listeners in this group");
  }
  if (node.parentId.includes("/l4/")) return vscode.l10n.t("No forwarding rules: this L4 proxy forwards nothing");
  if (node.filtered) return vscode.l10n.t("Nothing here matches the filter");
  if (node.parentId === "gaap") return vscode.l10n.t("No GAAP proxies or connection groups");
  if (node.parentId === "edgeOne") return vscode.l10n.t("No EdgeOne zones");
  return vscode.l10n.t("No L4 proxies in this zone");
}

/**
 * The TreeItem of a node, without its tooltip (`tooltipFor` adds it when the user hovers: building one for each of
 * a thousand rows on every refresh would be wasted work).
 */
export function treeItemFor(node: TreeNode, model: ProxyTreeModel): vscode.TreeItem {
  switch (node.kind) {
    case "gaapRoot": {
      const t = item(node, "GAAP", Expanded, ITEM_KIND.gaapRoot);
      const { total, shown } = model.proxyCounts("gaap");
      t.description = sectionProgress(model.sectionState("gaap")) ?? count(model, shown, total, proxiesWord);
      t.iconPath = new vscode.ThemeIcon("globe");
      return t;
    }
    case "edgeOneRoot": {
      const t = item(node, "EdgeOne", Expanded, ITEM_KIND.edgeOneRoot);
      const { total, shown } = model.proxyCounts("edgeOne");
      t.description = sectionProgress(model.sectionState("edgeOne")) ?? count(model, shown, total, l4Word);
      t.iconPath = new vscode.ThemeIcon("cloud");
      return t;
    }
    case "gaapGroup": {
      const g = node.group;
      const t = item(node, g.GroupName || node.groupId, Collapsed, `${ITEM_KIND.gaapGroup}:${g.Status ?? ""}`);
      t.description = join([g.Status !== "RUNNING" && word("gaapGroup", g.Status), node.groupId, count(model, node.shownCount, node.proxyCount, proxiesWord)]);
      t.iconPath = node.status === "transitional" ? new vscode.ThemeIcon("loading~spin") : new vscode.ThemeIcon("folder-library");
      return t;
    }
    case "zone": {
      const z = node.zone;
      const t = item(node, z.ZoneName || node.zoneId, Collapsed, `${ITEM_KIND.zone}:${z.Status ?? ""}`);
      t.description = join([z.Paused || z.ActiveStatus === "paused" ? word("zone", "paused") : z.Status !== "active" && word("zone", z.Status), node.zoneId, z.Area, count(model, node.shownCount, node.proxyCount, l4Word)]);
      t.iconPath = node.status === "transitional" ? new vscode.ThemeIcon("loading~spin") : new vscode.ThemeIcon("symbol-namespace");
      return t;
    }
    case "gaapProxy":
      return gaapProxyItem(node);
    case "l4Proxy":
      return l4ProxyItem(node);
    case "l4Rule":
      return l4RuleItem(node);
    case "gaapListener":
      return listenerItem(node);
    case "gaapOrigin":
      return originItem(node);
    case "gaapOriginServers":
      return originServersItem(node);
    case "gaapRealServer":
      return realServerItem(node);
    case "loading": {
      const label = node.total !== undefined && node.loaded > 0 ? vscode.l10n.t("Loading… {0} of {1}", node.loaded, node.total) : vscode.l10n.t("Loading…");
      const t = item(node, label, None, ITEM_KIND.info);
      t.iconPath = new vscode.ThemeIcon("loading~spin");
      return t;
    }
    case "error": {
      const described = describeError(node.error);
      const t = item(node, described.what, None, ITEM_KIND.error);
      t.description = described.code;
      t.iconPath = new vscode.ThemeIcon("error", new vscode.ThemeColor("errorForeground"));
      t.command = { command: COMMANDS.retry, title: vscode.l10n.t("Retry"), arguments: [node] };
      return t;
    }
    case "empty": {
      const t = item(node, emptyText(node, model), None, ITEM_KIND.info);
      t.iconPath = new vscode.ThemeIcon(node.filtered ? "filter" : "info");
      return t;
    }
  }
}

/** The status in words with the API's own code: "运行中 (RUNNING)". */
const statusLine = (owner: StatusOwner, code: string | undefined): string => (code ? `${word(owner, code)} (${code})` : word(owner, code));

/** The hover text: every field for records, the full explanation for errors. */
export function tooltipFor(node: TreeNode): vscode.MarkdownString | string | undefined {
  switch (node.kind) {
    case "gaapProxy":
      return recordTooltip(node.proxy.ProxyName || node.proxyId, node.proxy, node.status, statusLine("gaapProxy", node.proxy.Status));
    case "l4Proxy":
      return recordTooltip(node.proxy.ProxyName || node.proxyId, node.proxy, node.status, statusLine("l4Proxy", node.proxy.Status));
    case "l4Rule":
      return recordTooltip(l4RuleLine(node.rule), node.rule, node.status, statusLine("l4Rule", node.rule.Status));
    case "gaapListener":
      return listenerTooltip(node);
    case "gaapOrigin":
      return originTooltip(node);
    case "gaapRealServer":
      return realServerTooltip(node);
    case "gaapGroup":
      return recordTooltip(node.group.GroupName || node.groupId, node.group, node.status, statusLine("gaapGroup", node.group.Status));
    case "zone":
      return recordTooltip(node.zone.ZoneName || node.zoneId, node.zone, node.status, statusLine("zone", node.zone.Paused ? "paused" : node.zone.Status));
    case "error": {
      const d = describeError(node.error);
      return `${d.detail ?? d.message}\n\n${vscode.l10n.t("Click to retry.")}`;
    }
    case "gaapRoot":
      return vscode.l10n.t("Global Application Acceleration Platform: connection groups, then proxies outside any group");
    case "edgeOneRoot":
      return vscode.l10n.t("EdgeOne: zones (sites) and their Layer-4 proxies");
    default:
      return undefined;
  }
}

import type { GaapGroupInfo, GaapProxyInfo, L4ProxyInfo, L4RuleInfo, ZoneInfo } from "./cloudResources";
import type { GaapListenerInfo, GaapOriginInfo } from "./gaapListenerResources";
import type { GaapRealServerInfo } from "./gaapRealServerChildren";
import type { StatusClass } from "./statusClass";
import type { ListenerOwner } from "../client/listenerOwner";

export type Section = "gaap" | "edgeOne";

/**
 * The Proxies view's nodes, vscode-free. `id` is stable across refreshes (it is the TreeItem id, so expansion
 * survives); the VS Code layer words each node with `vscode.l10n.t`.
 */
export type TreeNode =
  | { kind: "gaapRoot"; id: string }
  | { kind: "edgeOneRoot"; id: string }
  | { kind: "gaapGroup"; id: string; groupId: string; group: GaapGroupInfo; status: StatusClass; proxyCount: number; shownCount: number }
  | { kind: "gaapProxy"; id: string; proxyId: string; proxy: GaapProxyInfo; status: StatusClass }
  | { kind: "zone"; id: string; zoneId: string; zone: ZoneInfo; status: StatusClass; proxyCount: number; shownCount: number }
  /** `ruleCount`: from the rules once listed, else the proxy's own L4ProxyRuleCount (undefined when neither says). */
  | { kind: "l4Proxy"; id: string; zoneId: string; proxyId: string; proxy: L4ProxyInfo; status: StatusClass; ruleCount?: number }
  /** A forwarding rule of an L4 proxy, listed when the proxy is expanded. */
  | { kind: "l4Rule"; id: string; zoneId: string; proxyId: string; ruleId: string; rule: L4RuleInfo; status: StatusClass }
  /** A GAAP TCP/UDP listener of a proxy or a connection group (`owner`), listed when that is expanded (gaapListenerChildren.ts). */
  | { kind: "gaapListener"; id: string; parentId: string; owner: ListenerOwner; listenerId: string; listener: GaapListenerInfo; status: StatusClass }
  /** An origin bound to a listener, listed when the listener is expanded; `status` is its health. */
  | { kind: "gaapOrigin"; id: string; parentId: string; owner: ListenerOwner; listenerId: string; origin: GaapOriginInfo; status: StatusClass }
  /** The account's registered origin servers (listed on expand, gaapRealServerChildren.ts), last under the GAAP root. */
  | { kind: "gaapOriginServers"; id: string }
  | { kind: "gaapRealServer"; id: string; parentId: string; realServerId: string; server: GaapRealServerInfo; status: StatusClass }
  /** More is on its way: the first pages are shown, the rest still loading. */
  | { kind: "loading"; id: string; parentId: string; loaded: number; total?: number }
  /** A listing failed: the explained error and a retry of `retry`. */
  | { kind: "error"; id: string; parentId: string; error: unknown; retry: RetryTarget }
  /** Nothing to show: the account has none, or the filter hides them all. */
  | { kind: "empty"; id: string; parentId: string; filtered: boolean };

export type TreeNodeKind = TreeNode["kind"];

/** What a retry reloads. */
export type RetryTarget =
  | { section: "gaap" }
  | { section: "edgeOne" }
  | { section: "zone"; zoneId: string }
  /** The children of one parent (`kind` is the ChildKind's name, `parentKey` its key for the parent). */
  | { section: "children"; kind: string; parentKey: string };

const groupNodeId = (groupId: string) => `gaap/group/${groupId}`;
const gaapProxyNodeId = (proxyId: string) => `gaap/proxy/${proxyId}`;
/** A listener's owner: its proxy's node or its group's (a group's listeners hang beside the group's proxies). */
const ownerNodeId = (owner: ListenerOwner): string => (owner.groupId !== undefined ? groupNodeId(owner.groupId) : gaapProxyNodeId(owner.proxyId));
const listenerNodeId = (owner: ListenerOwner, listenerId: string): string => `${ownerNodeId(owner)}/listener/${listenerId}`;

export const nodeIds = {
  gaapRoot: "gaap",
  edgeOneRoot: "edgeOne",
  group: groupNodeId,
  gaapProxy: gaapProxyNodeId,
  zone: (zoneId: string) => `edgeOne/zone/${zoneId}`,
  l4Proxy: (zoneId: string, proxyId: string) => `edgeOne/zone/${zoneId}/l4/${proxyId}`,
  l4Rule: (zoneId: string, proxyId: string, ruleId: string) => `edgeOne/zone/${zoneId}/l4/${proxyId}/rule/${ruleId}`,
  listenerOwner: ownerNodeId,
  gaapListener: listenerNodeId,
  gaapOrigin: (owner: ListenerOwner, listenerId: string, realServerId: string, port: number | undefined) => `${listenerNodeId(owner, listenerId)}/origin/${realServerId}:${port ?? ""}`,
  gaapOriginServers: "gaap/origins",
  gaapRealServer: (realServerId: string) => `gaap/origins/${realServerId}`,
  loading: (parentId: string) => `${parentId}/loading`,
  error: (parentId: string) => `${parentId}/error`,
  empty: (parentId: string) => `${parentId}/empty`,
} as const;

export type ProxyNode = Extract<TreeNode, { kind: "gaapProxy" | "l4Proxy" }>;

export const isProxyNode = (n: TreeNode): n is ProxyNode => n.kind === "gaapProxy" || n.kind === "l4Proxy";

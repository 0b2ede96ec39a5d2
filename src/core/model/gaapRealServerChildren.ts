import type { ChildKind } from "./childKind";
import type { Page } from "./proxyDirectory";
import type { StatusClass } from "./statusClass";
import { nodeIds, type TreeNode } from "./treeNode";

/**
 * An origin server registered in the account (gaap.d.ts BindRealServerInfo, DescribeRealServers.RealServerSet), with
 * whether a listener or rule binds it (DescribeRealServersStatus: BindStatus 0 unbound, 1 bound; undefined: not asked).
 */
export interface GaapRealServerInfo {
  RealServerId?: string;
  RealServerIP?: string;
  RealServerName?: string;
  ProjectId?: number;
  BindStatus?: number;
  /** The proxy or group that binds it, when bound. */
  BoundProxyId?: string;
  BoundGroupId?: string;
}

export type GaapRealServerNode = Extract<TreeNode, { kind: "gaapRealServer" }>;

/** The "Origin servers" node is the one parent: the account's origins are account-wide. */
export interface RealServersRef {
  account: true;
}

const ACCOUNT: RealServersRef = { account: true };

async function* nothing<T>(): AsyncGenerator<Page<T>> {}

/** Bound: running (carrying traffic); unbound: stopped (registered, forwarding nothing); not known: unknown. */
export function classifyRealServer(s: Pick<GaapRealServerInfo, "BindStatus">): StatusClass {
  return s.BindStatus === 1 ? "running" : s.BindStatus === 0 ? "stopped" : "unknown";
}

/** The account's registered origin servers under the "Origin servers" node, listed when it is expanded. */
export const gaapRealServerChildren: ChildKind<RealServersRef, GaapRealServerInfo, GaapRealServerNode> = {
  name: "gaapRealServers",
  parentOf: (node) => (node.kind === "gaapOriginServers" ? ACCOUNT : undefined),
  keyOf: () => "account",
  parentNodeId: () => nodeIds.gaapOriginServers,
  list: (directory, _p, signal) => directory.gaapRealServers?.(signal) ?? nothing(),
  async byId(directory, _p, ids, signal) {
    const wanted = new Set(ids);
    const found: GaapRealServerInfo[] = [];
    for await (const page of directory.gaapRealServers?.(signal) ?? nothing<GaapRealServerInfo>()) {
      for (const s of page.items) if (s.RealServerId && wanted.has(s.RealServerId)) found.push(s);
    }
    return found;
  },
  batch: 100,
  idOf: (s) => s.RealServerId || undefined,
  classify: classifyRealServer,
  node: (_p, s, status) => ({
    kind: "gaapRealServer",
    id: nodeIds.gaapRealServer(s.RealServerId ?? ""),
    parentId: nodeIds.gaapOriginServers,
    realServerId: s.RealServerId ?? "",
    server: s,
    status,
  }),
};

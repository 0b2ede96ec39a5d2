import type { ChildKind } from "./childKind";
import type { L4RuleInfo } from "./cloudResources";
import { classifyL4Rule } from "./statusClass";
import { nodeIds, type TreeNode } from "./treeNode";

/** An L4 proxy, as the parent of its forwarding rules. */
export interface L4ProxyRef {
  zoneId: string;
  proxyId: string;
}

export type L4RuleNode = Extract<TreeNode, { kind: "l4Rule" }>;

/** The forwarding rules under each L4 proxy (DescribeL4ProxyRules; by ID with the rule-id filter). */
export const l4RuleChildren: ChildKind<L4ProxyRef, L4RuleInfo, L4RuleNode> = {
  name: "l4Rules",
  parentOf: (node) => (node.kind === "l4Proxy" ? { zoneId: node.zoneId, proxyId: node.proxyId } : undefined),
  keyOf: (p) => `${p.zoneId}/${p.proxyId}`,
  parentNodeId: (p) => nodeIds.l4Proxy(p.zoneId, p.proxyId),
  list: (directory, p, signal) => directory.l4Rules(p.zoneId, p.proxyId, signal),
  byId: (directory, p, ids, signal) => directory.l4RulesById(p.zoneId, p.proxyId, ids, signal),
  // DescribeL4ProxyRules documents no limit of rule-id values; 20, as DescribeL4Proxy's proxy-id filter takes.
  batch: 20,
  idOf: (r) => r.RuleId || undefined,
  classify: classifyL4Rule,
  node: (p, rule, status) => ({ kind: "l4Rule", id: nodeIds.l4Rule(p.zoneId, p.proxyId, rule.RuleId ?? ""), zoneId: p.zoneId, proxyId: p.proxyId, ruleId: rule.RuleId ?? "", rule, status }),
};

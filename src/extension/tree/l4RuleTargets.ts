import type { L4RuleNode } from "../../core/model/l4RuleChildren";
import { nodeTargets } from "./nodeTarget";

/** The rules of one L4 proxy an action applies to (the API takes one proxy's rules per call). */
export interface RulesOfProxy {
  zoneId: string;
  proxyId: string;
  rules: L4RuleNode[];
}

/** The selected rules (or the clicked one), grouped by their proxy in the order shown. */
export function l4RuleTargets(clicked: unknown, selected: unknown): RulesOfProxy[] {
  const groups = new Map<string, RulesOfProxy>();
  for (const n of nodeTargets("l4Rule", clicked, selected)) {
    const key = `${n.zoneId}/${n.proxyId}`;
    const group = groups.get(key);
    if (group) group.rules.push(n);
    else groups.set(key, { zoneId: n.zoneId, proxyId: n.proxyId, rules: [n] });
  }
  return [...groups.values()];
}

export const ruleIdsOf = (group: RulesOfProxy): string[] => group.rules.map((r) => r.ruleId);

/** Names rules in a confirmation: every rule ID with its ports, then its proxy. */
export function nameRules(groups: readonly RulesOfProxy[]): string {
  return groups.map((g) => `${g.rules.map((r) => r.ruleId).join(", ")} (${g.proxyId})`).join("; ");
}

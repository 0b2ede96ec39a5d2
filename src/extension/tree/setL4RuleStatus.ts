import type { ChildFollowOutcome } from "../../core/model/childPoller";
import type { L4RuleInfo } from "../../core/model/cloudResources";
import type { CloudSession } from "../session/cloudSession";
import { followRuleGroups } from "./l4RuleFollow";
import { ruleIdsOf, type RulesOfProxy } from "./l4RuleTargets";
import type { ProxiesView } from "./proxiesView";

/** ModifyL4ProxyRulesStatus once per proxy, then the tree follows the rules until they reach `status`. */
export async function setL4RuleStatus(session: CloudSession, view: ProxiesView, groups: readonly RulesOfProxy[], status: "online" | "offline"): Promise<ChildFollowOutcome<L4RuleInfo>[]> {
  const cloud = await session.getCloud();
  for (const g of groups) await cloud.teo.rules.modifyStatus({ ZoneId: g.zoneId, ProxyId: g.proxyId, RuleIds: ruleIdsOf(g), Status: status });
  return followRuleGroups(view, groups, [status]);
}

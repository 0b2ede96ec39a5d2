import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import type { L4RuleActionContext } from "./l4RuleAction";
import { openModifyL4RulesFile } from "./openL4RulesFile";
import { l4RuleTargets, ruleIdsOf } from "./l4RuleTargets";

/** Modify…: a ModifyL4ProxyRules request file of the selected rules, pre-filled from their live records (one per proxy). */
export function registerModifyL4Rule({ context, log, session }: L4RuleActionContext): void {
  registerCommand(context, log, COMMANDS.modifyL4Rule, async (node?: unknown, selected?: unknown) => {
    for (const g of l4RuleTargets(node, selected)) await openModifyL4RulesFile(session, g.zoneId, g.proxyId, ruleIdsOf(g));
  });
}

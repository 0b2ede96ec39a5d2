import { defineAction } from "../sandboxAction";
import { rulesOfProxy } from "../state/l4RuleState";
import { L4_RULE_ACTIONS } from "../validation/l4RuleActions";
import { validateCoreAction } from "../validation/validateCoreAction";
import { refuseRuleBusy, requireRuleProxy, requireRules } from "./l4RuleChecks";
import { startDeploy, startStop } from "./l4RuleTransitions";

export const modifyL4ProxyRulesStatus = defineAction({
  name: "ModifyL4ProxyRulesStatus",
  product: "teo",
  writes: true,
  validate: (body) => validateCoreAction(L4_RULE_ACTIONS.modifyStatus, body),
  handle(params, ctx) {
    const { l4 } = requireRuleProxy(ctx.state, params.ZoneId, params.ProxyId, "change");
    const targets = requireRules(rulesOfProxy(ctx.state, l4.ProxyId), params.RuleIds);
    targets.forEach(refuseRuleBusy);
    for (const rule of targets) {
      // A rule already in the asked status is left as it is.
      if (rule.Status === params.Status) continue;
      if (params.Status === "online") startDeploy(rule, ctx);
      else startStop(rule, ctx);
    }
    return {};
  },
});

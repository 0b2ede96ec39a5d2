import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import { rulesOfProxy, setRulesOfProxy } from "../state/l4RuleState";
import { L4_RULE_ACTIONS } from "../validation/l4RuleActions";
import { validateCoreAction } from "../validation/validateCoreAction";
import { refuseRuleBusy, requireRuleProxy, requireRules } from "./l4RuleChecks";

export const deleteL4ProxyRules = defineAction({
  name: "DeleteL4ProxyRules",
  product: "teo",
  writes: true,
  validate: (body) => validateCoreAction(L4_RULE_ACTIONS.delete, body),
  handle(params, ctx) {
    const { l4 } = requireRuleProxy(ctx.state, params.ZoneId, params.ProxyId, "delete");
    const existing = rulesOfProxy(ctx.state, l4.ProxyId);
    const targets = requireRules(existing, params.RuleIds);
    targets.forEach(refuseRuleBusy);
    // An enabled rule carries traffic: it is disabled first (Terraform does ModifyL4ProxyRulesStatus offline and
    // waits before DeleteL4ProxyRules). On a disabled proxy nothing is carried, so any rule goes.
    const live = l4.Status === "online" ? targets.find((rule) => rule.Status === "online") : undefined;
    if (live) {
      throw new ApiError("FailedOperation", {
        ...reason(
          `the rule ${live.RuleId} is online; disable it (ModifyL4ProxyRulesStatus offline) and wait for offline before deleting it`,
          `规则 ${live.RuleId} 当前为 online，请先停用（ModifyL4ProxyRulesStatus offline）并等待其变为 offline 后再删除`,
        ),
      });
    }
    const gone = new Set(targets.map((rule) => rule.RuleId));
    setRulesOfProxy(ctx.state, l4.ProxyId, existing.filter((rule) => !gone.has(rule.RuleId)));
    return {};
  },
});

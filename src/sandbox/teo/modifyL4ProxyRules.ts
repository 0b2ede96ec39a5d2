import { defineAction } from "../sandboxAction";
import { rulesOfProxy, setRulesOfProxy } from "../state/l4RuleState";
import { L4_RULE_ACTIONS } from "../validation/l4RuleActions";
import { validateCoreAction } from "../validation/validateCoreAction";
import { checkLiveOrigins, checkResultingRules, refuseOverlap, refuseRuleBusy, requireRuleProxy, requireRules, type RuleConfig } from "./l4RuleChecks";
import { startDeploy } from "./l4RuleTransitions";

export const modifyL4ProxyRules = defineAction({
  name: "ModifyL4ProxyRules",
  product: "teo",
  writes: true,
  // The core's model and offline rules (RuleId required, Status refused, a RuleId twice refused), with the API's codes.
  validate: (body) => validateCoreAction(L4_RULE_ACTIONS.modify, body),
  handle(params, ctx) {
    const { state } = ctx;
    const { zone, l4 } = requireRuleProxy(state, params.ZoneId, params.ProxyId, "change");
    const existing = rulesOfProxy(state, l4.ProxyId);
    const targets = requireRules(
      existing,
      params.L4ProxyRules.map((change) => change.RuleId),
    );
    targets.forEach(refuseRuleBusy);

    // Omitted fields keep their value: the rules are checked as they would result.
    const configs = params.L4ProxyRules.map((change, i): RuleConfig => {
      const rule = targets[i]!;
      return {
        Protocol: change.Protocol ?? rule.Protocol,
        PortRange: [...(change.PortRange ?? rule.PortRange)],
        OriginType: change.OriginType ?? rule.OriginType,
        OriginValue: [...(change.OriginValue ?? rule.OriginValue)],
        OriginPortRange: change.OriginPortRange ?? rule.OriginPortRange,
        ClientIPPassThroughMode: change.ClientIPPassThroughMode ?? rule.ClientIPPassThroughMode,
        SessionPersist: change.SessionPersist ?? rule.SessionPersist,
        SessionPersistTime: change.SessionPersistTime ?? rule.SessionPersistTime,
        RuleTag: change.RuleTag ?? rule.RuleTag,
      };
    });
    checkResultingRules(zone.ZoneId, l4.ProxyId, configs);
    checkLiveOrigins(state, zone, configs);
    const changing = new Set(targets.map((rule) => rule.RuleId));
    refuseOverlap(
      configs,
      existing.filter((rule) => !changing.has(rule.RuleId)),
    );

    targets.forEach((rule, i) => {
      Object.assign(rule, configs[i]);
      // A disabled rule takes the change and stays disabled; an enabled (or failed) one is deployed again.
      if (rule.Status !== "offline") startDeploy(rule, ctx);
    });
    setRulesOfProxy(state, l4.ProxyId, existing);
    return {};
  },
});

import { ApiError } from "../apiError";
import { newId } from "../newId";
import { defineAction } from "../sandboxAction";
import { MAX_RULES_PER_PROXY, rulesOfProxy, setRulesOfProxy, type L4RuleRecord } from "../state/l4RuleState";
import { L4_RULE_ACTIONS } from "../validation/l4RuleActions";
import { validateCoreAction } from "../validation/validateCoreAction";
import { checkLiveOrigins, refuseOverlap, requireRuleProxy, type RuleConfig } from "./l4RuleChecks";
import { startDeploy } from "./l4RuleTransitions";

export const createL4ProxyRules = defineAction({
  name: "CreateL4ProxyRules",
  product: "teo",
  writes: true,
  // The core's request model and offline rules (the editor's), with the API's codes: shapes, ports, origins, overlaps within the request.
  validate: (body) => validateCoreAction(L4_RULE_ACTIONS.create, body),
  handle(params, ctx) {
    const { state } = ctx;
    const { zone, l4 } = requireRuleProxy(state, params.ZoneId, params.ProxyId, "change");
    const existing = rulesOfProxy(state, l4.ProxyId);
    if (existing.length + params.L4ProxyRules.length > MAX_RULES_PER_PROXY) throw new ApiError("LimitExceeded.RuleLimitExceeded", { limit: MAX_RULES_PER_PROXY });
    const configs = params.L4ProxyRules.map(
      (rule): RuleConfig => ({
        Protocol: rule.Protocol,
        PortRange: [...rule.PortRange],
        OriginType: rule.OriginType,
        OriginValue: [...rule.OriginValue],
        OriginPortRange: rule.OriginPortRange,
        ClientIPPassThroughMode: rule.ClientIPPassThroughMode ?? "OFF",
        SessionPersist: rule.SessionPersist ?? "off",
        SessionPersistTime: rule.SessionPersistTime ?? 3600,
        RuleTag: rule.RuleTag ?? "",
      }),
    );
    checkLiveOrigins(state, zone, configs);
    refuseOverlap(configs, existing);

    const taken = new Set(existing.map((r) => r.RuleId));
    const created = configs.map((config): L4RuleRecord => {
      const RuleId = newId("l4Rule", (id) => taken.has(id));
      taken.add(RuleId);
      const rule: L4RuleRecord = { RuleId, ...config, Status: "progress", sandbox: { createdMs: ctx.now, pending: null } };
      startDeploy(rule, ctx);
      return rule;
    });
    setRulesOfProxy(state, l4.ProxyId, [...existing, ...created]);
    ctx.recordCreation();
    return { L4ProxyRuleIds: created.map((r) => r.RuleId) };
  },
});

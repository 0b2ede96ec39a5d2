import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { newId } from "../newId";
import { defineAction } from "../sandboxAction";
import { MAX_RULES_PER_PROXY, rulesOfProxy, setRulesOfProxy, type L4RuleRecord } from "../state/l4RuleState";
import { createL4ProxyRulesParams } from "../validation/l4RuleSchemas";
import { validateSchema } from "../validation/validateSchema";
import { checkRuleConfig, refuseOverlap, requireRuleProxy, type CheckedRule, type RuleConfig } from "./l4RuleChecks";
import { startDeploy } from "./l4RuleTransitions";

export const createL4ProxyRules = defineAction({
  name: "CreateL4ProxyRules",
  product: "teo",
  writes: true,
  validate: (body) => validateSchema(createL4ProxyRulesParams, body),
  handle(params, ctx) {
    const { state } = ctx;
    const { zone, l4 } = requireRuleProxy(state, params.ZoneId, params.ProxyId, "change");
    const existing = rulesOfProxy(state, l4.ProxyId);
    if (existing.length + params.L4ProxyRules.length > MAX_RULES_PER_PROXY) throw new ApiError("LimitExceeded.RuleLimitExceeded", { limit: MAX_RULES_PER_PROXY });
    const configs = params.L4ProxyRules.map((rule, i): RuleConfig => {
      const name = `L4ProxyRules.${i}`;
      for (const field of ["RuleId", "Status"] as const) {
        if (rule[field] !== undefined) {
          throw new ApiError("InvalidParameter", reason(`${name}.${field} must not be set when creating a rule`, `新增规则时请勿填写 ${name}.${field}`));
        }
      }
      return {
        Protocol: rule.Protocol,
        PortRange: rule.PortRange,
        OriginType: rule.OriginType,
        OriginValue: rule.OriginValue,
        OriginPortRange: rule.OriginPortRange,
        ClientIPPassThroughMode: rule.ClientIPPassThroughMode ?? "OFF",
        SessionPersist: rule.SessionPersist ?? "off",
        SessionPersistTime: rule.SessionPersistTime ?? 3600,
        RuleTag: rule.RuleTag ?? "",
      };
    });
    const checked: CheckedRule[] = configs.map((config, i) => {
      const name = `L4ProxyRules.${i}`;
      return { name, protocol: config.Protocol, spans: checkRuleConfig(state, zone, config, name) };
    });
    refuseOverlap(checked, existing);

    const taken = new Set(existing.map((r) => r.RuleId));
    const created = configs.map((config): L4RuleRecord => {
      const RuleId = newId("l4Rule", (id) => taken.has(id));
      taken.add(RuleId);
      const rule: L4RuleRecord = { RuleId, ...config, PortRange: [...config.PortRange], OriginValue: [...config.OriginValue], Status: "progress", sandbox: { createdMs: ctx.now, pending: null } };
      startDeploy(rule, ctx);
      return rule;
    });
    setRulesOfProxy(state, l4.ProxyId, [...existing, ...created]);
    ctx.recordCreation();
    return { L4ProxyRuleIds: created.map((r) => r.RuleId) };
  },
});

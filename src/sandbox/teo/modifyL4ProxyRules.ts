import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import { rulesOfProxy, setRulesOfProxy } from "../state/l4RuleState";
import { modifyL4ProxyRulesParams } from "../validation/l4RuleSchemas";
import { validateSchema } from "../validation/validateSchema";
import { checkRuleConfig, refuseOverlap, refuseRuleBusy, requireRuleProxy, requireRules, type RuleConfig } from "./l4RuleChecks";
import { startDeploy } from "./l4RuleTransitions";

const CONFIG_FIELDS = [
  "Protocol",
  "PortRange",
  "OriginType",
  "OriginValue",
  "OriginPortRange",
  "ClientIPPassThroughMode",
  "SessionPersist",
  "SessionPersistTime",
  "RuleTag",
] as const satisfies readonly (keyof RuleConfig)[];

export const modifyL4ProxyRules = defineAction({
  name: "ModifyL4ProxyRules",
  product: "teo",
  writes: true,
  validate: (body) => validateSchema(modifyL4ProxyRulesParams, body),
  handle(params, ctx) {
    const { state } = ctx;
    const { zone, l4 } = requireRuleProxy(state, params.ZoneId, params.ProxyId, "change");
    const existing = rulesOfProxy(state, l4.ProxyId);
    const ids = params.L4ProxyRules.map((rule) => rule.RuleId);
    if (new Set(ids).size !== ids.length) throw new ApiError("InvalidParameter", reason("a RuleId appears twice in L4ProxyRules", "L4ProxyRules 中存在重复的 RuleId"));
    const targets = requireRules(existing, ids);
    targets.forEach(refuseRuleBusy);

    // Omitted fields keep their value: the conflicts apply to the rule that would result.
    const results = params.L4ProxyRules.map((change, i) => {
      const name = `L4ProxyRules.${i}`;
      if (change.Status !== undefined) throw new ApiError("InvalidParameter", reason(`${name}.Status must not be set; use ModifyL4ProxyRulesStatus`, `请勿填写 ${name}.Status，请使用 ModifyL4ProxyRulesStatus`));
      const rule = targets[i]!;
      const config = Object.fromEntries(CONFIG_FIELDS.map((field) => [field, change[field] ?? rule[field]])) as unknown as RuleConfig;
      const spans = checkRuleConfig(state, zone, config, name);
      return { rule, config, checked: { name, protocol: config.Protocol, spans } };
    });
    const changing = new Set(ids);
    refuseOverlap(
      results.map((r) => r.checked),
      existing.filter((rule) => !changing.has(rule.RuleId)),
    );

    for (const { rule, config } of results) {
      Object.assign(rule, config, { PortRange: [...config.PortRange], OriginValue: [...config.OriginValue] });
      // A disabled rule takes the change and stays disabled; an enabled (or failed) one is deployed again.
      if (rule.Status !== "offline") startDeploy(rule, ctx);
    }
    setRulesOfProxy(state, l4.ProxyId, existing);
    return {};
  },
});

import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import { rulesOfProxy, type L4RuleRecord } from "../state/l4RuleState";
import { describeL4ProxyRulesParams } from "../validation/l4RuleSchemas";
import { validateSchema } from "../validation/validateSchema";
import { l4RuleInfo } from "./l4RuleInfo";
import { requireL4, requireZone } from "./zoneLookup";

/** Filter names and the values each looks at; a Map, since the names come from requests. */
const FILTER_FIELDS = new Map<string, (rule: L4RuleRecord) => string>([
  ["rule-id", (rule) => rule.RuleId],
  ["rule-tag", (rule) => rule.RuleTag],
]);

export const describeL4ProxyRules = defineAction({
  name: "DescribeL4ProxyRules",
  product: "teo",
  writes: false,
  validate: (body) => validateSchema(describeL4ProxyRulesParams, body),
  handle(params, ctx) {
    const zone = requireZone(ctx.state, params.ZoneId);
    const l4 = requireL4(ctx.state, zone.ZoneId, params.ProxyId);
    let rules = rulesOfProxy(ctx.state, l4.ProxyId);
    (params.Filters ?? []).forEach((filter, i) => {
      const field = FILTER_FIELDS.get(filter.Name);
      if (!field) {
        const names = [...FILTER_FIELDS.keys()].join(", ");
        throw new ApiError("InvalidParameterValue", { name: `Filters.${i}.Name`, ...reason(`it must be one of ${names}`, `可选值为 ${names}`) });
      }
      const wanted = new Set(filter.Values);
      rules = rules.filter((rule) => wanted.has(field(rule)));
    });
    const offset = params.Offset ?? 0;
    return { TotalCount: rules.length, L4ProxyRules: rules.slice(offset, offset + (params.Limit || 20)).map(l4RuleInfo) };
  },
});

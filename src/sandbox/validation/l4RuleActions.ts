import type { ActionDefinition, RuleApiError } from "../../core/actions/actionDefinition";
import { createL4ProxyRules } from "../../core/actions/createL4ProxyRules";
import { deleteL4ProxyRules } from "../../core/actions/deleteL4ProxyRules";
import { modifyL4ProxyRules } from "../../core/actions/modifyL4ProxyRules";
import { modifyL4ProxyRulesStatus } from "../../core/actions/modifyL4ProxyRulesStatus";
import type * as z from "../../core/zod";

/**
 * Codes for the core's L4 rule findings that its `ruleErrors` leaves to the generic InvalidParameter: the closest
 * code of the official list (tccli's teo/v20220901/errorcodes.py). The core's own mapping wins where it has one.
 */
const CLOSEST_CODES: Readonly<Record<string, RuleApiError>> = {
  "l4-client-ip-tcp-only": { code: "InvalidParameter.InvalidRuleProto" },
  "l4-client-ip-udp-only": { code: "InvalidParameter.InvalidRuleProto" },
  "l4-origin-port-range-length": { code: "InvalidParameter.RulePortGroup" },
  "l4-origin-group-one": { code: "InvalidParameter.RuleOriginValueError" },
  "l4-rule-id-on-create": { code: "InvalidParameter", reason: { en: "RuleId is assigned by the API: never set it when creating a rule", zh: "RuleId 由接口分配，新增规则时请勿填写" } },
  "l4-rule-status-read-only": { code: "InvalidParameter", reason: { en: "Status is read-only: change it with ModifyL4ProxyRulesStatus", zh: "Status 为只读字段，请使用 ModifyL4ProxyRulesStatus 修改" } },
  "l4-rule-id-duplicate": { code: "InvalidParameter", reason: { en: "one RuleId appears twice in the request", zh: "请求中同一 RuleId 出现了两次" } },
};

function withClosestCodes<N extends string, P extends z.ZodObject>(action: ActionDefinition<N, P>): ActionDefinition<N, P> {
  return { ...action, ruleErrors: { ...CLOSEST_CODES, ...action.ruleErrors } };
}

/** The core's definitions of the four rule writes, as the sandbox validates requests with them. */
export const L4_RULE_ACTIONS = {
  create: withClosestCodes(createL4ProxyRules),
  modify: withClosestCodes(modifyL4ProxyRules),
  modifyStatus: withClosestCodes(modifyL4ProxyRulesStatus),
  delete: withClosestCodes(deleteL4ProxyRules),
};

import { l4RulePreflightFor } from "../preflight/l4RulePreflight";
import { sendModifyL4ProxyRulesStatus } from "../preflight/l4RuleWrites";
import * as z from "../zod";
import { defineAction } from "./actionDefinition";
import { ruleIdListChecks } from "./l4ProxyRuleChecks";
import { proxyId, ruleIds, zoneId } from "./l4ProxyRuleParams";
import { oneOf } from "./param";

const params = z.strictObject({
  ZoneId: zoneId(),
  ProxyId: proxyId(),
  RuleIds: ruleIds("Forwarding rules to enable or disable.", "要启用或停用的转发规则 ID 列表。"),
  Status: oneOf(["online", "offline"], { en: "The status to set.", zh: "要设置的转发规则状态。" }, {
    online: { en: "Enable", zh: "启用" },
    offline: { en: "Disable (stops forwarding)", zh: "停用（停止转发）" },
  }),
});

export const modifyL4ProxyRulesStatus = defineAction({
  name: "ModifyL4ProxyRulesStatus",
  service: "teo",
  version: "2022-09-01",
  billable: false,
  doc: { en: "Enables or disables forwarding rules of an EdgeOne L4 proxy.", zh: "启用或停用 EdgeOne 四层代理实例的转发规则。" },
  params,
  rules: ruleIdListChecks,
  template: {
    Action: "ModifyL4ProxyRulesStatus",
    Version: "2022-09-01",
    ZoneId: "zone-xxxxxxxxxxxx",
    ProxyId: "sid-xxxxxxxxxxxx",
    RuleIds: ["rule-xxxxxxxxxxxx"],
    Status: "offline",
  },
  send: {
    kind: "preflight",
    preflight: l4RulePreflightFor("ModifyL4ProxyRulesStatus"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendModifyL4ProxyRulesStatus(params, cloud, token, signal) },
  },
});

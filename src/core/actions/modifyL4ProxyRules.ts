import { l4RulePreflightFor } from "../preflight/l4RulePreflight";
import { sendModifyL4ProxyRules } from "../preflight/l4RuleWrites";
import * as z from "../zod";
import { defineAction } from "./actionDefinition";
import { L4_RULE_ERRORS, l4RuleListChecks } from "./l4ProxyRuleChecks";
import { modifyRules, proxyId, zoneId } from "./l4ProxyRuleParams";

const params = z.strictObject({ ZoneId: zoneId(), ProxyId: proxyId(), L4ProxyRules: modifyRules() });

export const modifyL4ProxyRules = defineAction({
  name: "ModifyL4ProxyRules",
  service: "teo",
  version: "2022-09-01",
  billable: false,
  doc: {
    en: "Changes forwarding rules of an EdgeOne L4 proxy: each entry names a RuleId and the fields to change (absent fields stay).",
    zh: "修改 EdgeOne 四层代理实例的转发规则：每项填写 RuleId 及要修改的字段（不填的字段不修改）。",
  },
  params,
  rules: (request) => l4RuleListChecks(request, "modify"),
  ruleErrors: L4_RULE_ERRORS,
  template: {
    Action: "ModifyL4ProxyRules",
    Version: "2022-09-01",
    ZoneId: "zone-xxxxxxxxxxxx",
    ProxyId: "sid-xxxxxxxxxxxx",
    L4ProxyRules: [{ RuleId: "rule-xxxxxxxxxxxx", OriginValue: ["203.0.113.20"], OriginPortRange: "8081" }],
  },
  send: {
    kind: "preflight",
    preflight: l4RulePreflightFor("ModifyL4ProxyRules"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendModifyL4ProxyRules(params, cloud, token, signal) },
  },
});

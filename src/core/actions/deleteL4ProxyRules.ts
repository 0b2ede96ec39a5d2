import { l4RulePreflightFor } from "../preflight/l4RulePreflight";
import { sendDeleteL4ProxyRules } from "../preflight/l4RuleWrites";
import * as z from "../zod";
import { defineAction } from "./actionDefinition";
import { ruleIdListChecks } from "./l4ProxyRuleChecks";
import { proxyId, ruleIds, zoneId } from "./l4ProxyRuleParams";

const params = z.strictObject({
  ZoneId: zoneId(),
  ProxyId: proxyId(),
  RuleIds: ruleIds("Forwarding rules to delete.", "要删除的转发规则 ID 列表。"),
});

export const deleteL4ProxyRules = defineAction({
  name: "DeleteL4ProxyRules",
  service: "teo",
  version: "2022-09-01",
  billable: false,
  doc: { en: "Deletes forwarding rules of an EdgeOne L4 proxy.", zh: "删除 EdgeOne 四层代理实例的转发规则。" },
  params,
  rules: ruleIdListChecks,
  template: {
    Action: "DeleteL4ProxyRules",
    Version: "2022-09-01",
    ZoneId: "zone-xxxxxxxxxxxx",
    ProxyId: "sid-xxxxxxxxxxxx",
    RuleIds: ["rule-xxxxxxxxxxxx"],
  },
  send: {
    kind: "preflight",
    preflight: l4RulePreflightFor("DeleteL4ProxyRules"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendDeleteL4ProxyRules(params, cloud, token, signal) },
  },
});

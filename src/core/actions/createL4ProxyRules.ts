import { l4RulePreflightFor } from "../preflight/l4RulePreflight";
import { sendCreateL4ProxyRules } from "../preflight/l4RuleWrites";
import * as z from "../zod";
import { defineAction } from "./actionDefinition";
import { L4_RULE_ERRORS, l4RuleListChecks } from "./l4ProxyRuleChecks";
import { createRules, proxyId, zoneId } from "./l4ProxyRuleParams";

const params = z.strictObject({ ZoneId: zoneId(), ProxyId: proxyId(), L4ProxyRules: createRules() });

export const createL4ProxyRules = defineAction({
  name: "CreateL4ProxyRules",
  service: "teo",
  version: "2022-09-01",
  billable: false,
  doc: { en: "Adds forwarding rules to an EdgeOne L4 proxy (up to 200 per call).", zh: "为 EdgeOne 四层代理实例新增转发规则（单次最多 200 条）。" },
  params,
  rules: (request) => l4RuleListChecks(request, "create"),
  ruleErrors: L4_RULE_ERRORS,
  template: {
    Action: "CreateL4ProxyRules",
    Version: "2022-09-01",
    ZoneId: "zone-xxxxxxxxxxxx",
    ProxyId: "sid-xxxxxxxxxxxx",
    L4ProxyRules: [
      { Protocol: "TCP", PortRange: ["80"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.10"], OriginPortRange: "8080", ClientIPPassThroughMode: "OFF", SessionPersist: "off" },
      { Protocol: "UDP", PortRange: ["9000-9009"], OriginType: "IP_DOMAIN", OriginValue: ["origin.example.com"], OriginPortRange: "9000-9009", RuleTag: "game" },
    ],
  },
  // Not billable, but it changes what carries traffic: sent only from the preflight panel.
  send: {
    kind: "preflight",
    preflight: l4RulePreflightFor("CreateL4ProxyRules"),
    write: { kind: "create", send: (params, cloud, token, signal) => sendCreateL4ProxyRules(params, cloud, token, signal) },
  },
});

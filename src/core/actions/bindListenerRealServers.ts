import * as z from "../zod";
import { sendBindListenerRealServers } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { bindRules, LISTENER_RULE_ERRORS } from "./listenerRules";

const params = z.strictObject({
  ListenerId: l.listenerId("ID of the TCP or UDP listener whose origins to set (listener-…).", "要设置源站的 TCP 或 UDP 监听器 ID（listener-…）。"),
  RealServerBindSet: l.realServerBindSet().optional(),
});

export const bindListenerRealServers = defineAction({
  name: "BindListenerRealServers",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Sets a TCP or UDP listener's origin servers. It replaces the whole bound set: origins left out are unbound (\"本接口会解绑之前绑定的源站\").",
    zh: "设置 TCP/UDP 监听器的源站。此接口会替换整个已绑定集合：未列出的源站会被解绑（本接口会解绑之前绑定的源站）。",
  },
  params,
  rules: bindRules,
  ruleErrors: LISTENER_RULE_ERRORS,
  template: {
    Action: "BindListenerRealServers",
    Version: "2018-05-29",
    ListenerId: "listener-xxxxxxxx",
    RealServerBindSet: [
      { RealServerId: "rs-xxxxxxxx", RealServerIP: "203.0.113.10", RealServerPort: 443, RealServerWeight: 1 },
      { RealServerId: "rs-yyyyyyyy", RealServerIP: "203.0.113.11", RealServerPort: 443, RealServerWeight: 1 },
    ],
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("BindListenerRealServers"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendBindListenerRealServers(params, cloud, token, signal) },
  },
});

import * as z from "../zod";
import { sendAddRealServers } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { addRealServerRules, LISTENER_RULE_ERRORS } from "./listenerRules";
import { int, list, str } from "./param";

const params = z.strictObject({
  ProjectId: int({ en: "Project of the origin servers (0: the default project). Listeners bind origins of their connection's project.", zh: "源站对应的项目 ID（0 为默认项目）。监听器只能绑定其通道所在项目的源站。" }, { min: 0 }),
  RealServerIP: list(str({ en: "An IP address or a domain name.", zh: "IP 地址或域名。" }), { en: "The origin servers' IP addresses or domain names.", zh: "源站对应的 IP 或域名。" }, { min: 1 }),
  RealServerName: str({ en: "Name of the origin servers.", zh: "源站名称。" }),
  TagSet: l.realServerTags().optional(),
});

export const addRealServers = defineAction({
  name: "AddRealServers",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Registers origin servers (IP addresses or domains) on the account, so that listeners can bind them. An address can be registered once.",
    zh: "在账号下添加源站（IP 或域名），供监听器绑定。同一地址只能添加一次。",
  },
  params,
  rules: addRealServerRules,
  ruleErrors: LISTENER_RULE_ERRORS,
  template: {
    Action: "AddRealServers",
    Version: "2018-05-29",
    ProjectId: 0,
    RealServerIP: ["203.0.113.10"],
    RealServerName: "origin-1",
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("AddRealServers"),
    write: { kind: "create", send: (params, cloud, token, signal) => sendAddRealServers(params, cloud, token, signal) },
  },
});

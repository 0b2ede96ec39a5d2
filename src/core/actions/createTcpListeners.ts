import * as z from "../zod";
import { sendCreateTcpListeners } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, createListenersTemplate, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { CREATE_CHECKS, LISTENER_RULE_ERRORS, allRules } from "./listenerRules";

const params = z.strictObject({
  ListenerName: l.listenerName(),
  Ports: l.ports(),
  Scheduler: l.scheduler(l.DOMAIN_SCHEDULING),
  // The SDK comment adds "UDP监听器不支持健康检查", which is stale (UDP listeners have health checks) and not about TCP.
  HealthCheck: l.healthCheck("Whether origin health checks are on.", "源站是否开启健康检查：1 开启，0 关闭。"),
  RealServerType: l.realServerType(),
  ProxyId: l.proxyId().optional(),
  GroupId: l.groupId().optional(),
  DelayLoop: l.delayLoop().optional(),
  ConnectTimeout: l.connectTimeout().optional(),
  RealServerPorts: l.realServerPorts().optional(),
  ClientIPMethod: l.clientIpMethod().optional(),
  FailoverSwitch: l.failoverSwitch().optional(),
  HealthyThreshold: l.healthyThreshold().optional(),
  UnhealthyThreshold: l.unhealthyThreshold().optional(),
  // Not the API's: a listener with origins (src/core/steps/listenerWithOrigins.ts) binds these after the create.
  RealServerBindSet: l.realServerBindSet().optional(),
});

export const createTcpListeners = defineAction({
  name: "CreateTCPListeners",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Creates TCP listeners on a connection or a connection group, one per port. Bind origin servers afterwards (BindListenerRealServers).",
    zh: "在通道或通道组上批量创建 TCP 监听器，每个端口一个。之后用 BindListenerRealServers 绑定源站。",
  },
  params,
  rules: allRules(...CREATE_CHECKS),
  ruleErrors: LISTENER_RULE_ERRORS,
  template: createListenersTemplate("TCP", 443, {}, { ClientIPMethod: 0 }),
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("CreateTCPListeners"),
    write: { kind: "create", send: (params, cloud, token, signal) => sendCreateTcpListeners(params, cloud, token, signal) },
  },
});

import * as z from "../zod";
import { sendCreateUdpListeners } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, createListenersTemplate, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { CREATE_CHECKS, LISTENER_RULE_ERRORS, UDP_CHECKS, allRules } from "./listenerRules";

const params = z.strictObject({
  ListenerName: l.listenerName(),
  Ports: l.ports(),
  Scheduler: l.scheduler(l.DOMAIN_SCHEDULING),
  RealServerType: l.realServerType(),
  ProxyId: l.proxyId().optional(),
  GroupId: l.groupId().optional(),
  RealServerPorts: l.realServerPorts().optional(),
  DelayLoop: l.delayLoop().optional(),
  ConnectTimeout: l.connectTimeout().optional(),
  HealthyThreshold: l.healthyThreshold().optional(),
  UnhealthyThreshold: l.unhealthyThreshold().optional(),
  // Not the API's: a listener with origins (src/core/steps/listenerWithOrigins.ts) binds these after the create.
  RealServerBindSet: l.realServerBindSet().optional(),
  FailoverSwitch: l.failoverSwitch().optional(),
  HealthCheck: l.healthCheck("Whether origin health checks are on. With 1, set CheckType.", "源站是否开启健康检查：1 开启，0 关闭。开启时须设置 CheckType。").optional(),
  ...l.udpHealthCheckParams(),
});

export const createUdpListeners = defineAction({
  name: "CreateUDPListeners",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Creates UDP listeners on a connection or a connection group, one per port. Bind origin servers afterwards (BindListenerRealServers).",
    zh: "在通道或通道组上批量创建 UDP 监听器，每个端口一个。之后用 BindListenerRealServers 绑定源站。",
  },
  params,
  rules: allRules(...CREATE_CHECKS, ...UDP_CHECKS),
  ruleErrors: LISTENER_RULE_ERRORS,
  template: createListenersTemplate("UDP", 53, { CheckType: "PING" }),
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("CreateUDPListeners"),
    write: { kind: "create", send: (params, cloud, token, signal) => sendCreateUdpListeners(params, cloud, token, signal) },
  },
});

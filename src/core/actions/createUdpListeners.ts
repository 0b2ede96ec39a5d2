import * as z from "../zod";
import { sendCreateUdpListeners } from "../preflight/listenerWrites";
import { defineAction, type RequestParams } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { portRules, ruleErrorsFor, schedulerRules, scopeRules, tcpOnlyRules, timingRules, udpHealthRules } from "./listenerRules";

const params = z.strictObject({
  ListenerName: l.listenerName(),
  Ports: l.ports(),
  Scheduler: l.scheduler({ en: " lrtt needs an allowlist; DOMAIN origins do not support wrr or lrtt.", zh: "注意：lrtt 需要开通白名单；RealServerType 为 DOMAIN 不支持 wrr 和 lrtt。" }),
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

const rules = (request: RequestParams) => [
  ...scopeRules(request),
  ...portRules(request),
  ...timingRules(request),
  ...schedulerRules(request),
  ...tcpOnlyRules(request),
  ...udpHealthRules(request),
];

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
  rules,
  ruleErrors: ruleErrorsFor(
    "listener-proxy-or-group-required",
    "listener-proxy-and-group",
    "listener-duplicate-port",
    "listener-connect-timeout-not-below-delay-loop",
    "listener-domain-scheduler",
    "listener-failover-domain",
    "listener-client-ip-tcp-only",
    "listener-udp-check-type-required",
  ),
  template: {
    Action: "CreateUDPListeners",
    Version: "2018-05-29",
    ProxyId: "link-xxxxxxxx",
    ListenerName: "udp-53",
    Ports: [53],
    Scheduler: "rr",
    RealServerType: "IP",
    HealthCheck: 1,
    CheckType: "PING",
    DelayLoop: 5,
    ConnectTimeout: 2,
    HealthyThreshold: 3,
    UnhealthyThreshold: 3,
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("CreateUDPListeners"),
    write: { kind: "create", send: (params, cloud, token, signal) => sendCreateUdpListeners(params, cloud, token, signal) },
  },
});

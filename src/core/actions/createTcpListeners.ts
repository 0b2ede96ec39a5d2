import * as z from "../zod";
import { sendCreateTcpListeners } from "../preflight/listenerWrites";
import { defineAction, type RequestParams } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { portRules, ruleErrorsFor, schedulerRules, scopeRules, timingRules } from "./listenerRules";

const params = z.strictObject({
  ListenerName: l.listenerName(),
  Ports: l.ports(),
  Scheduler: l.scheduler({ en: " lrtt needs an allowlist; DOMAIN origins do not support wrr or lrtt.", zh: "注意：lrtt 需要开通白名单；RealServerType 为 DOMAIN 不支持 wrr 和 lrtt。" }),
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

const rules = (request: RequestParams) => [...scopeRules(request), ...portRules(request), ...timingRules(request), ...schedulerRules(request)];

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
  rules,
  ruleErrors: ruleErrorsFor(
    "listener-proxy-or-group-required",
    "listener-proxy-and-group",
    "listener-duplicate-port",
    "listener-connect-timeout-not-below-delay-loop",
    "listener-domain-scheduler",
    "listener-failover-domain",
  ),
  template: {
    Action: "CreateTCPListeners",
    Version: "2018-05-29",
    ProxyId: "link-xxxxxxxx",
    ListenerName: "tcp-443",
    Ports: [443],
    Scheduler: "rr",
    RealServerType: "IP",
    HealthCheck: 1,
    DelayLoop: 5,
    ConnectTimeout: 2,
    HealthyThreshold: 3,
    UnhealthyThreshold: 3,
    ClientIPMethod: 0,
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("CreateTCPListeners"),
    write: { kind: "create", send: (params, cloud, token, signal) => sendCreateTcpListeners(params, cloud, token, signal) },
  },
});

import * as z from "../zod";
import { sendModifyTcpListener } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { LISTENER_RULE_ERRORS, allRules, scopeRules, timingRules } from "./listenerRules";

const params = z.strictObject({
  ListenerId: l.listenerId("ID of the TCP listener to change (listener-…).", "要修改的 TCP 监听器 ID（listener-…）。"),
  GroupId: l.groupId().optional(),
  ProxyId: l.proxyId().optional(),
  ListenerName: l.listenerName("New listener name.", "新的监听器名称。").optional(),
  Scheduler: l.scheduler(l.DOMAIN_SCHEDULING).optional(),
  DelayLoop: l.delayLoop().optional(),
  ConnectTimeout: l.connectTimeout().optional(),
  HealthCheck: l.healthCheck("Whether origin health checks are on.", "是否开启健康检查：1 开启，0 关闭。").optional(),
  FailoverSwitch: l.failoverSwitch().optional(),
  HealthyThreshold: l.healthyThreshold().optional(),
  UnhealthyThreshold: l.unhealthyThreshold().optional(),
});

export const modifyTcpListenerAttribute = defineAction({
  name: "ModifyTCPListenerAttribute",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Changes a TCP listener: name, scheduling, health check and primary/secondary mode. Port, protocol and origin type cannot change.",
    zh: "修改 TCP 监听器的名称、调度策略、健康检查和主备模式。端口、协议和源站类型不可修改。",
  },
  params,
  // RealServerType is not in the request: DOMAIN with wrr/lrtt or FailoverSwitch is checked against the live listener.
  rules: allRules(scopeRules, timingRules),
  ruleErrors: LISTENER_RULE_ERRORS,
  template: {
    Action: "ModifyTCPListenerAttribute",
    Version: "2018-05-29",
    ProxyId: "link-xxxxxxxx",
    ListenerId: "listener-xxxxxxxx",
    Scheduler: "lc",
    HealthCheck: 1,
    DelayLoop: 10,
    ConnectTimeout: 5,
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("ModifyTCPListenerAttribute"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendModifyTcpListener(params, cloud, token, signal) },
  },
});

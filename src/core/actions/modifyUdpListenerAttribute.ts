import * as z from "../zod";
import { sendModifyUdpListener } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { LISTENER_RULE_ERRORS, UDP_CHECKS, allRules, scopeRules, timingRules } from "./listenerRules";

const params = z.strictObject({
  ListenerId: l.listenerId("ID of the UDP listener to change (listener-…).", "要修改的 UDP 监听器 ID（listener-…）。"),
  GroupId: l.groupId().optional(),
  ProxyId: l.proxyId().optional(),
  ListenerName: l.listenerName("New listener name.", "新的监听器名称。").optional(),
  Scheduler: l.scheduler().optional(),
  DelayLoop: l.delayLoop().optional(),
  ConnectTimeout: l.connectTimeout().optional(),
  HealthyThreshold: l.healthyThreshold().optional(),
  UnhealthyThreshold: l.unhealthyThreshold().optional(),
  FailoverSwitch: l.failoverSwitch().optional(),
  HealthCheck: l.healthCheck("Whether origin health checks are on. With 1, set CheckType.", "源站是否开启健康检查：1 开启，0 关闭。开启时须设置 CheckType。").optional(),
  ...l.udpHealthCheckParams(),
});

export const modifyUdpListenerAttribute = defineAction({
  name: "ModifyUDPListenerAttribute",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Changes a UDP listener: name, scheduling, health check (PORT or PING) and primary/secondary mode. Port, protocol and origin type cannot change.",
    zh: "修改 UDP 监听器的名称、调度策略、健康检查（PORT 或 PING）和主备模式。端口、协议和源站类型不可修改。",
  },
  params,
  rules: allRules(scopeRules, timingRules, ...UDP_CHECKS),
  ruleErrors: LISTENER_RULE_ERRORS,
  template: {
    Action: "ModifyUDPListenerAttribute",
    Version: "2018-05-29",
    ProxyId: "link-xxxxxxxx",
    ListenerId: "listener-xxxxxxxx",
    HealthCheck: 1,
    CheckType: "PORT",
    CheckPort: 53,
    ContextType: "TEXT",
    SendContext: "ping",
    RecvContext: "pong",
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("ModifyUDPListenerAttribute"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendModifyUdpListener(params, cloud, token, signal) },
  },
});

import type { Bilingual } from "../actions/param";

/** How the GAAP listener and origin-server rules' findings are worded (listenerRules.ts); spread into FINDING_MESSAGES. */
export const LISTENER_FINDING_MESSAGES: Record<string, Bilingual> = {
  "listener-proxy-or-group-required": {
    en: "Set ProxyId (a connection) or GroupId (a connection group): exactly one of them.",
    zh: "请设置 ProxyId（通道）或 GroupId（通道组），二者必须且只能设置一个。",
  },
  "listener-proxy-and-group": {
    en: "ProxyId and GroupId cannot both be set: keep the one the listener belongs to.",
    zh: "ProxyId 和 GroupId 不能同时设置：请只保留监听器所属的那一个。",
  },
  "listener-duplicate-port": {
    en: "Port {port} is listed twice: each port makes one listener, and ports cannot repeat (InvalidParameterValue.DuplicatedListenerPort).",
    zh: "端口 {port} 重复出现：每个端口创建一个监听器，端口不可重复（InvalidParameterValue.DuplicatedListenerPort）。",
  },
  "listener-ports-over-quota": {
    en: "{count} ports: a connection holds at most {max} listeners (GAAP quota), so this request cannot succeed as a whole.",
    zh: "共 {count} 个端口：一个通道最多 {max} 个监听器（GAAP 配额），此请求无法整体成功。",
  },
  "listener-connect-timeout-not-below-delay-loop": {
    en: "ConnectTimeout ({timeout} s) must be less than DelayLoop ({delay} s).",
    zh: "ConnectTimeout（{timeout} 秒）应小于健康检查时间间隔 DelayLoop（{delay} 秒）。",
  },
  "listener-domain-scheduler": {
    en: "DOMAIN origins do not support the {scheduler} scheduler: use rr or lc (rule from the API reference, ModifyTCPListenerAttribute.Scheduler).",
    zh: "DOMAIN 类型源站不支持 {scheduler} 调度：请使用 rr 或 lc（依据 API 文档 ModifyTCPListenerAttribute.Scheduler）。",
  },
  "listener-domain-scheduler-rr-only": {
    en: "The API reference allows {scheduler} with DOMAIN origins; an older console guide (608/13764) says DOMAIN listeners support only rr. If the API refuses it, use rr.",
    zh: "API 文档允许 DOMAIN 类型源站使用 {scheduler}；较早的控制台文档（608/13764）称域名源站仅支持 rr。若接口拒绝，请改用 rr。",
  },
  "listener-lrtt-allowlist": {
    en: "lrtt (least response time) needs an allowlist: ask Tencent Cloud to enable it for the account first.",
    zh: "lrtt（最小时延）需要开通白名单：请先联系腾讯云为账号开通。",
  },
  "listener-failover-domain": {
    en: "FailoverSwitch (primary/secondary origins) cannot be on with DOMAIN origins.",
    zh: "DOMAIN 类型源站不支持开启主备模式（FailoverSwitch）。",
  },
  "listener-client-ip-tcp-only": {
    en: "ClientIPMethod applies only to TCP listeners; UDP listeners do not take it.",
    zh: "ClientIPMethod 仅适用于 TCP 监听器，UDP 监听器不支持此参数。",
  },
  "listener-udp-check-type-required": {
    en: "HealthCheck is 1: set CheckType (PORT or PING) for the UDP health check.",
    zh: "HealthCheck 为 1：请为 UDP 健康检查设置 CheckType（PORT 或 PING）。",
  },
  "listener-udp-probe-without-port": {
    en: "\"{name}\" is used only when CheckType is PORT (it is {checkType}); it has no effect here.",
    zh: "\"{name}\" 仅在 CheckType 为 PORT 时使用（当前为 {checkType}），此处不起作用。",
  },
  "bind-empty-set": {
    en: "No origin servers: this call replaces the listener's whole origin set, so it unbinds every origin{listener? of {listener}}.",
    zh: "未列出任何源站：此接口会替换监听器的整个源站集合，因此会解绑{listener? {listener} 的}全部源站。",
  },
  "bind-duplicate-origin": {
    en: "Origin {id} on port {port} is listed twice.",
    zh: "源站 {id} 的端口 {port} 重复出现。",
  },
  "bind-role-needs-failover": {
    en: "RealServerFailoverRole applies only when the listener has FailoverSwitch 1 (primary/secondary mode).",
    zh: "RealServerFailoverRole 仅在监听器开启源站主备模式（FailoverSwitch 为 1）时生效。",
  },
  "bind-weight-needs-wrr": {
    en: "A weight of {weight} matters only when the listener's scheduler is wrr; other schedulers treat every origin as weight 1.",
    zh: "权重 {weight} 仅在监听器调度策略为 wrr 时生效，其他调度方式下每个源站的权重都按 1 处理。",
  },
  "listener-duplicate-id": { en: "Listener {value} is listed twice.", zh: "监听器 {value} 重复出现。" },
  "listener-force-delete": {
    en: "Force 1 deletes listeners even with origin servers bound: their traffic stops at once.",
    zh: "Force 为 1 时，即使监听器已绑定源站也会删除：其流量会立即中断。",
  },
  "real-server-duplicate-address": {
    en: "{value} is listed twice; an address can be registered only once (InvalidParameterValue.DuplicateRS).",
    zh: "{value} 重复出现；同一地址只能登记一次（InvalidParameterValue.DuplicateRS）。",
  },
  "real-server-duplicate-id": { en: "Origin server {value} is listed twice.", zh: "源站 {value} 重复出现。" },
};

import { int, intOneOf, list, object, oneOf, port, str } from "./param";

// Parameters the GAAP TCP/UDP listener and origin-server actions share. Chinese from the SDK's .d.ts comments
// (tencentcloud-sdk-nodejs 4.1.313, gaap_models.d.ts), English from the international SDK's JSDoc
// (tencentcloud-sdk-nodejs-intl-en, gaap/v20180529/models.js); ranges as documented there (traffic-api.md §1).

const seconds = { en: "s", zh: "秒" };

export const proxyId = () =>
  str({
    en: "ID of the connection (link-…). Exactly one of ProxyId and GroupId must be set.",
    zh: "通道 ID（link-…）。ProxyId 和 GroupId 必须设置一个，但不能同时设置。",
  });

export const groupId = () =>
  str({
    en: "ID of the connection group (lg-…). Exactly one of ProxyId and GroupId must be set.",
    zh: "通道组 ID（lg-…）。ProxyId 和 GroupId 必须设置一个，但不能同时设置。",
  });

export const listenerId = (en = "Listener ID (listener-…).", zh = "监听器 ID（listener-…）。") => str({ en, zh });

export const listenerName = (en = "Listener name.", zh = "监听器名称。") => str({ en, zh });

export const ports = () =>
  list(
    port({ en: "A listener port, 1–65535.", zh: "监听器端口，取值 1–65535。" }),
    {
      en: "Listener ports: one listener is created per port. No port may repeat, here or on the proxy in the same transport space (TCP, HTTP and HTTPS listeners share the TCP ports).",
      zh: "监听器端口列表，每个端口创建一个监听器。端口不可重复，在同一通道上基于同种传输层协议的监听器之间也不可重复（TCP、HTTP、HTTPS 监听器共用 TCP 端口）。",
    },
    { min: 1 },
  );

/** The note on Scheduler where the request may have DOMAIN origins. */
export const DOMAIN_SCHEDULING = { en: " lrtt needs an allowlist; DOMAIN origins do not support wrr or lrtt.", zh: "注意：lrtt 需要开通白名单；RealServerType 为 DOMAIN 不支持 wrr 和 lrtt。" };

export const scheduler = (extra: { en: string; zh: string } = { en: "", zh: "" }) =>
  oneOf(
    ["rr", "wrr", "lc", "lrtt"],
    { en: `Origin scheduling policy.${extra.en}`, zh: `监听器源站访问策略。${extra.zh}` },
    {
      rr: { en: "Round-robin", zh: "轮询" },
      wrr: { en: "Weighted round-robin; not with DOMAIN origins", zh: "加权轮询；DOMAIN 类型源站不支持" },
      lc: { en: "Least connections", zh: "最小连接数" },
      lrtt: { en: "Least response time; needs an allowlist; not with DOMAIN origins", zh: "最小时延；需要开通白名单；DOMAIN 类型源站不支持" },
    },
  );

export const healthCheck = (en: string, zh: string) =>
  intOneOf([0, 1], { en, zh }, { 0: { en: "Off", zh: "关闭" }, 1: { en: "On", zh: "开启" } });

export const realServerType = () =>
  oneOf(
    ["IP", "DOMAIN"],
    { en: "Type of the origin servers the listener binds.", zh: "监听器绑定源站类型。" },
    {
      IP: { en: "IP addresses", zh: "IP 地址" },
      DOMAIN: { en: "Domain names; no wrr or lrtt scheduling, no primary/secondary mode", zh: "域名；不支持 wrr、lrtt 调度，不支持主备模式" },
    },
  );

export const delayLoop = () =>
  int(
    { en: "Interval between origin health checks, 5–300 seconds.", zh: "源站健康检查时间间隔，单位：秒，取值在 [5，300] 之间。" },
    { min: 5, max: 300, unit: seconds },
  );

export const connectTimeout = () =>
  int(
    {
      en: "Timeout of an origin health check, 2–60 seconds; less than DelayLoop.",
      zh: "源站健康检查响应超时时间，单位：秒，取值在 [2，60] 之间。超时时间应小于健康检查时间间隔 DelayLoop。",
    },
    { min: 2, max: 60, unit: seconds },
  );

export const realServerPorts = () =>
  list(port({ en: "An origin port, 1–65535.", zh: "源站端口，取值 1–65535。" }), {
    en: "Origin ports. Only for v1 connections and connection-group listeners.",
    zh: "源站端口列表，该参数仅支持 v1 版本监听器和通道组监听器。",
  });

export const clientIpMethod = () =>
  intOneOf(
    [0, 1],
    { en: "How the listener passes the client IP to the origin. TCP listeners only.", zh: "监听器获取客户端 IP 的方式，仅 TCP 监听器支持。" },
    { 0: { en: "TOA", zh: "TOA" }, 1: { en: "Proxy Protocol", zh: "Proxy Protocol" } },
  );

export const failoverSwitch = () =>
  intOneOf(
    [0, 1],
    { en: "Primary/secondary origin mode. Not with DOMAIN origins.", zh: "源站是否开启主备模式：1 开启，0 关闭，DOMAIN 类型源站不支持开启。" },
    { 0: { en: "Off", zh: "关闭" }, 1: { en: "On", zh: "开启" } },
  );

export const healthyThreshold = () =>
  int(
    { en: "Successful checks in a row before an origin is healthy, 1–10.", zh: "健康阈值，表示连续检查成功多少次后认定源站健康，范围为 1 到 10。" },
    { min: 1, max: 10 },
  );

export const unhealthyThreshold = () =>
  int(
    { en: "Failed checks in a row before an origin is unhealthy, 1–10.", zh: "不健康阈值，表示连续检查失败多少次后认定源站不健康，范围为 1 到 10。" },
    { min: 1, max: 10 },
  );

/** The UDP health-check fields, CreateUDPListeners and ModifyUDPListenerAttribute alike. */
export const udpHealthCheckParams = () => ({
  CheckType: oneOf(
    ["PORT", "PING"],
    { en: "UDP origin health check type. Required when HealthCheck is 1.", zh: "UDP 源站健康类型。HealthCheck 为 1 时必填。" },
    { PORT: { en: "Probe a port", zh: "检查端口" }, PING: { en: "Ping", zh: "PING" } },
  ).optional(),
  CheckPort: port({ en: "Port the UDP health check probes. Only with CheckType PORT.", zh: "UDP 源站健康检查探测端口，仅在健康检查类型为 PORT 时使用。" }).optional(),
  ContextType: oneOf(
    ["TEXT"],
    { en: "Type of the probe message. Only with CheckType PORT.", zh: "UDP 源站健康检查端口探测报文类型，仅在健康检查类型为 PORT 时使用。" },
    { TEXT: { en: "Text", zh: "文本" } },
  ).optional(),
  SendContext: str({ en: "Probe message sent. Only with CheckType PORT.", zh: "UDP 源站健康检查端口探测发送报文，仅在健康检查类型为 PORT 时使用。" }).optional(),
  RecvContext: str({ en: "Probe answer expected. Only with CheckType PORT.", zh: "UDP 源站健康检查端口探测接收报文，仅在健康检查类型为 PORT 时使用。" }).optional(),
});

export const realServerBindSet = () =>
  list(
    object(
      {
        RealServerId: str({ en: "Origin server ID (rs-…), from DescribeRealServers.", zh: "源站 ID（rs-…），见 DescribeRealServers。" }),
        RealServerPort: port({ en: "Origin port, 1–65535.", zh: "源站端口，取值 1–65535。" }),
        RealServerIP: str({ en: "The origin's IP or domain: the one registered under RealServerId.", zh: "源站 IP 或域名，须与 RealServerId 登记的一致。" }),
        RealServerWeight: int(
          { en: "Weight, 1–100; used by wrr scheduling (others treat every origin as 1). Default: 1.", zh: "源站权重，取值 1–100；加权轮询（wrr）时使用，其他调度方式按 1 处理。默认 1。" },
          { min: 1, max: 100 },
        ).optional(),
        RealServerFailoverRole: oneOf(
          ["master", "slave"],
          { en: "Role in primary/secondary mode; only when the listener has FailoverSwitch 1.", zh: "源站主备角色，仅在监听器开启了源站主备模式（FailoverSwitch 为 1）时使用。" },
          { master: { en: "Primary", zh: "主" }, slave: { en: "Secondary", zh: "备" } },
        ).optional(),
      },
      { en: "An origin server to bind.", zh: "待绑定的源站。" },
    ),
    {
      en: "The listener's origin servers. Replaces the whole bound set: origins left out are unbound; an empty or absent set unbinds every origin.",
      zh: "待绑定源站列表。会替换整个已绑定集合：未列出的源站会被解绑；为空或不填则解绑全部源站。",
    },
  );

export const realServerTags = () =>
  list(
    object(
      { TagKey: str({ en: "Tag key.", zh: "标签键。" }), TagValue: str({ en: "Tag value.", zh: "标签值。" }) },
      { en: "A tag.", zh: "标签。" },
    ),
    { en: "Tags of the origin servers.", zh: "源站的标签列表。" },
  );

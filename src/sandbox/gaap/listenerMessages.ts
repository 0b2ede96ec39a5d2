// Messages of the codes the listener and origin-server actions answer, in both languages. Wording after the Go SDK's
// errors.go (traffic-api.md "ERR"); spread into the sandbox's MESSAGES table.

export const LISTENER_MESSAGES: Readonly<Record<string, { en: string; zh: string }>> = {
  "FailedOperation.ProxyStatusNotInRuning": {
    en: "The connection `{id}` is not running (status {status}); listeners cannot be added.",
    zh: "通道 `{id}` 处于非运行状态（{status}），不能添加监听器。",
  },
  "FailedOperation.InvalidListenerProtocol": {
    en: "The connection `{id}` does not support {protocol} listeners.",
    zh: "通道 `{id}` 不支持 {protocol} 监听器。",
  },
  // Without parameters when the core's offline rule found the port twice in the request itself.
  "InvalidParameterValue.DuplicatedListenerPort": {
    en: "Duplicated listener port{port? {port}}{id?: a {transport} listener on `{id}` uses it already} (TCP, HTTP and HTTPS share the TCP ports; UDP and HTTP/3 share the UDP ports).",
    zh: "监听器端口{port? {port}}重复{id?：`{id}` 上已有 {transport} 监听器占用}（TCP、HTTP、HTTPS 共用 TCP 端口；UDP 与 HTTP/3 共用 UDP 端口）。",
  },
  "FailedOperation.LimitNumofListener": {
    en: "The number of listeners exceeds the limit: `{id}` would have {count}, at most {limit}.",
    zh: "监听器数量超限：`{id}` 将有 {count} 个，最多 {limit} 个。",
  },
  "FailedOperation.OperateLimitNumofListener": {
    en: "Too many ports in one operation: {count}, at most {limit}.",
    zh: "单次操作端口过多：{count} 个，最多 {limit} 个。",
  },
  "FailedOperation.LimitRealServerNum": {
    en: "The number of origin servers exceeds the limit: {count}, at most {limit} per listener.",
    zh: "源站数量超限：{count} 个，每个监听器最多 {limit} 个。",
  },
  "FailedOperation.ListenerHasTask": {
    en: "The listener `{id}` is in operation (ListenerStatus {status}). Retry when it is done.",
    zh: "监听器 `{id}` 正在操作中（ListenerStatus {status}），请稍后重试。",
  },
  "FailedOperation.RealServerNotInProject": {
    en: "The origin server `{id}` is in project {project}, not in the connection's project {proxyProject}.",
    zh: "源站 `{id}` 属于项目 {project}，不在通道所属的项目 {proxyProject} 中。",
  },
  "InvalidParameterValue.DuplicateRS": {
    en: "Duplicated origin server{address? `{address}`}{asId?{asId}}.",
    zh: "源站{address? `{address}`}重复{asIdZh?{asIdZh}}。",
  },
  "InvalidParameterValue.RealServerNotBelong": {
    en: "The origin server `{id}` does not match: {reason}.",
    zh: "源站 `{id}` 不匹配：{reasonZh}。",
  },
};

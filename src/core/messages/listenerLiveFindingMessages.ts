import type { Bilingual } from "../actions/param";

/**
 * The live findings of GAAP listener and origin-server requests, in both languages; spread into FINDING_MESSAGES.
 * Where a finding predicts an API refusal, the API's code is quoted, as the other live findings do.
 */
export const LISTENER_LIVE_FINDING_MESSAGES: Record<string, Bilingual> = {
  "live-listener-proxy-not-running": {
    en: "Connection {id} is {status}: listeners are added only while it is RUNNING (FailedOperation.ProxyStatusNotInRuning).",
    zh: "通道 {id} 当前状态为 {status}，仅在运行中（RUNNING）时可以添加监听器（FailedOperation.ProxyStatusNotInRuning）。",
  },
  "live-listener-group-not-running": {
    en: "Connection group {id} is {status}: its listeners are added only while it is RUNNING (FailedOperation.ProxyStatusNotInRuning).",
    zh: "通道组 {id} 当前状态为 {status}，仅在运行中（RUNNING）时可以添加监听器（FailedOperation.ProxyStatusNotInRuning）。",
  },
  "live-protocol-unsupported": {
    en: "Connection {id} does not support {protocol} listeners; it supports {allowed}.",
    zh: "通道 {id} 不支持 {protocol} 监听器，仅支持 {allowed}。",
  },
  "live-real-server-ports-v1": {
    en: "RealServerPorts is taken only by version 1.0 connections and group listeners; connection {id} is version {version}: remove it.",
    zh: "RealServerPorts 仅适用于 1.0 版本的通道和通道组监听器；通道 {id} 的版本为 {version}，请删除此参数。",
  },
  "live-client-ip-method": {
    en: "Connection {id} does not offer ClientIPMethod {value}; it offers {allowed} (0 TOA, 1 Proxy Protocol).",
    zh: "通道 {id} 不支持 ClientIPMethod {value}，仅支持 {allowed}（0 为 TOA，1 为 Proxy Protocol）。",
  },
  "live-port-taken": {
    en: "Port {port} is already taken on {transport} by {protocol} listener {listener} (InvalidParameterValue.DuplicatedListenerPort).",
    zh: "端口 {port} 的 {transport} 端口已被 {protocol} 监听器 {listener} 占用（InvalidParameterValue.DuplicatedListenerPort）。",
  },
  "live-listener-quota": {
    en: "The connection has {existing} listeners; {adding} more would exceed the limit of {max} (FailedOperation.LimitNumofListener).",
    zh: "该通道已有 {existing} 个监听器，再添加 {adding} 个将超过上限 {max}（FailedOperation.LimitNumofListener）。",
  },
  "live-listener-not-found": { en: "No layer-4 listener {id} in this account.", zh: "此账号中没有四层监听器 {id}。" },
  "live-listener-protocol": {
    en: "Listener {id} is a {protocol} listener; this request changes {expected} listeners.",
    zh: "监听器 {id} 是 {protocol} 监听器，而此请求用于修改 {expected} 监听器。",
  },
  "live-listener-owner": {
    en: "Listener {id} belongs to {owner}, not to the one named here.",
    zh: "监听器 {id} 属于 {owner}，而不是此处指定的通道或通道组。",
  },
  "live-listener-busy": {
    en: "Listener {id} has ListenerStatus {status} (not running): the change may be refused until it settles (FailedOperation.ListenerHasTask).",
    zh: "监听器 {id} 的 ListenerStatus 为 {status}（非运行中），在其稳定前变更可能被拒绝（FailedOperation.ListenerHasTask）。",
  },
  "live-real-server-not-found": { en: "No origin server {id} in this account.", zh: "此账号中没有源站 {id}。" },
  "live-real-server-ip": {
    en: "Origin {id} is registered as {address}, not {value} (InvalidParameterValue.RealServerNotBelong).",
    zh: "源站 {id} 登记的地址为 {address}，而不是 {value}（InvalidParameterValue.RealServerNotBelong）。",
  },
  "live-real-server-type": {
    en: "Origin {id} is of type {type}, but the listener takes {listenerType} origins.",
    zh: "源站 {id} 的类型为 {type}，但该监听器只接受 {listenerType} 类型的源站。",
  },
  "live-real-server-project": {
    en: "Origin {id} is in project {project}, the connection in project {proxyProject} (FailedOperation.RealServerNotInProject).",
    zh: "源站 {id} 属于项目 {project}，而通道属于项目 {proxyProject}（FailedOperation.RealServerNotInProject）。",
  },
  "live-real-server-banned": {
    en: "Origin {id} is on the ban blacklist (InBanBlacklist=1): traffic to it may be blocked.",
    zh: "源站 {id} 在封禁黑名单中（InBanBlacklist=1），发往它的流量可能被拦截。",
  },
  "live-real-server-registered": {
    en: "{address} is already registered as origin {id} (InvalidParameterValue.DuplicateRS).",
    zh: "{address} 已登记为源站 {id}（InvalidParameterValue.DuplicateRS）。",
  },
  "live-real-server-bound": {
    en: "Origin {id} is still bound to a listener of {owner}: unbind it first (FailedOperation.RealServerAlreadyBound).",
    zh: "源站 {id} 仍绑定在 {owner} 的监听器上，请先解绑（FailedOperation.RealServerAlreadyBound）。",
  },
  "live-listener-has-origins": {
    en: "Listener {id} has origins bound: without Force 1 it is not deleted (the API lists it as failed). Unbind them first, or set Force 1 to delete it with them.",
    zh: "监听器 {id} 仍绑定着源站：Force 不为 1 时不会被删除（接口会将其列为失败）。请先解绑源站，或设置 Force 为 1 连同绑定一起删除。",
  },
  "bind-removes-origin": {
    en: "The bind removes origin {id} ({address}:{port}) from listener {listener}: it replaces the whole set.",
    zh: "此绑定会从监听器 {listener} 移除源站 {id}（{address}:{port}）：绑定会替换整个源站集合。",
  },
};

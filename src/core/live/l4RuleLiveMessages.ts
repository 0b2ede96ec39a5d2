import type { Bilingual } from "../actions/param";

/** The wording of the L4 rule live checks (spread into FINDING_MESSAGES). */
export const L4_RULE_LIVE_MESSAGES: Readonly<Record<string, Bilingual>> = {
  "live-l4-proxy-not-found": { en: "Zone {zone} has no L4 proxy {id}.", zh: "站点 {zone} 中没有四层代理 {id}。" },
  "live-l4-proxy-not-online": {
    en: "L4 proxy {id} is {status}: rules are added or changed only while it is online (OperationDenied.L4ProxyInOfflineStatus). Enable it first.",
    zh: "四层代理 {id} 当前状态为 {status}：仅在已启用（online）时可以添加或修改规则（OperationDenied.L4ProxyInOfflineStatus）。请先启用。",
  },
  "live-l4-proxy-busy": {
    en: "L4 proxy {id} is {status} (deploying or stopping): wait until it settles (OperationDenied.L4ProxyInProcessStatus).",
    zh: "四层代理 {id} 正在部署或停用中（{status}）：请等待其完成（OperationDenied.L4ProxyInProcessStatus）。",
  },
  "live-l4-proxy-banned": {
    en: "L4 proxy {id} is banned: its rules cannot be changed (OperationDenied.L4ProxyInBannedStatus). See the ban notice in the console.",
    zh: "四层代理 {id} 已被封禁，无法变更其规则（OperationDenied.L4ProxyInBannedStatus）。请在控制台查看封禁通知。",
  },
  "live-l4-proxy-failed": {
    en: "L4 proxy {id} failed to deploy (fail): its rules cannot be written until it is online again (OperationDenied.L4StatusNotInOnline).",
    zh: "四层代理 {id} 部署失败（fail）：在其恢复为已启用（online）之前无法写入规则（OperationDenied.L4StatusNotInOnline）。",
  },
  "live-l4-port-overlap": {
    en: "{protocol} port {range} overlaps {existing} of rule {rule} on this proxy (InvalidParameter.RulePortDuplicating). Choose free ports.",
    zh: "{protocol} 端口 {range} 与此代理上规则 {rule} 的 {existing} 重叠（InvalidParameter.RulePortDuplicating）。请选择空闲端口。",
  },
  "live-l4-rule-not-found": { en: "L4 proxy {proxy} has no rule {id}.", zh: "四层代理 {proxy} 中没有规则 {id}。" },
  "live-l4-rule-status-same": { en: "Rule {id} is already {status}: this changes nothing for it.", zh: "规则 {id} 已是 {status} 状态，此请求对它没有改变。" },
  "live-l4-rule-busy": {
    en: "Rule {id} is {status}: the request waits until it settles (InvalidParameter.ActionInProgress is retried).",
    zh: "规则 {id} 当前为 {status}：请求会等待其完成（InvalidParameter.ActionInProgress 会自动重试）。",
  },
  "live-l4-rule-online": {
    en: "Rule {id} is online and carries {protocol} {ports}: take it offline first (Disable in the Proxies view, or ModifyL4ProxyRulesStatus), then delete it (FailedOperation).",
    zh: "规则 {id} 已启用，正在转发 {protocol} {ports}：请先停用（在代理视图中“停用”，或 ModifyL4ProxyRulesStatus），再删除（FailedOperation）。",
  },
  "live-origin-group-not-found": { en: "The zone has no origin group {id}.", zh: "站点中没有源站组 {id}。" },
  "live-origin-group-not-general": {
    en: "Origin group {name} ({id}) is of type {type}: only GENERAL groups serve L4 proxies (InvalidParameter.InvalidOriginGroupType).",
    zh: "源站组 {name}（{id}）的类型为 {type}：只有通用型（GENERAL）源站组可被四层代理引用（InvalidParameter.InvalidOriginGroupType）。",
  },
};

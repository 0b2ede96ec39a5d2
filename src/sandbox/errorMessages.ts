import { fillTemplate } from "../core/messages/fillTemplate";
import type { MessageParams } from "./apiError";
import { L4_RULE_MESSAGES } from "./l4RuleErrorMessages";
import { LISTENER_MESSAGES } from "./gaap/listenerMessages";

export type Language = "en-US" | "zh-CN";

interface Template {
  en: string;
  zh: string;
}

/**
 * A free-text reason in both languages: templates use `{reason}` in English and `{reasonZh}` in Chinese.
 */
export const reason = (en: string, zh: string): { reason: string; reasonZh: string } => ({ reason: en, reasonZh: zh });

/**
 * The message of every code the sandbox answers, in the two languages X-TC-Language selects. Wording follows the
 * official error tables (docs for the four seed actions, Go SDK errors.go for the rest); `{name}` placeholders are
 * filled from the error's params.
 */
const MESSAGES: Record<string, Template> = {
  "AuthFailure.InvalidAuthorization": {
    en: "The Authorization header is not a valid TC3-HMAC-SHA256 authorization: {reason}.",
    zh: "请求头部的 Authorization 不符合腾讯云标准：{reasonZh}。",
  },
  "AuthFailure.SecretIdNotFound": {
    en: "The SecretId is not found. Check that the key exists and is enabled, and that it was copied without spaces.",
    zh: "密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。",
  },
  "AuthFailure.SignatureExpire": {
    en: "Signature expired. Timestamp {timestamp} is more than 300 seconds away from the server time {serverTime}; check the local clock.",
    zh: "签名过期。Timestamp {timestamp} 与服务器时间 {serverTime} 相差超过 300 秒，请检查本地时间是否与标准时间同步。",
  },
  "AuthFailure.SignatureFailure": {
    en: "The provided credentials could not be validated. Please check your signature is correct.",
    zh: "请求签名验证失败，请检查您的签名计算是否正确。",
  },
  InvalidAction: { en: "The action `{action}` does not exist in version {version}.", zh: "接口 `{action}` 在版本 {version} 中不存在。" },
  NoSuchVersion: { en: "The API version `{version}` does not exist.", zh: "接口版本 `{version}` 不存在。" },
  UnsupportedProtocol: { en: "HTTP method {method} is not supported: only GET and POST.", zh: "不支持 HTTP 方法 {method}，只支持 GET 和 POST。" },
  RequestSizeLimitExceeded: { en: "The request body exceeds {limit} bytes.", zh: "请求包超过 {limit} 字节的限制。" },
  RequestLimitExceeded: {
    en: "The request exceeds the frequency limit of {limit} requests per second for this action. Please reduce the frequency of calls.",
    zh: "请求的次数超过了频率限制：每秒最多 {limit} 次，请降低调用频率。",
  },
  InternalError: { en: "Internal error. Retry later.", zh: "内部错误，请稍后重试。" },
  ServiceUnavailable: { en: "The service is temporarily unavailable: {reason}. Retry later.", zh: "当前服务暂时不可用：{reasonZh}，请稍后重试。" },
  InvalidRequest: { en: "The request is not valid: {reason}.", zh: "请求无效：{reasonZh}。" },
  MissingParameter: { en: "The request is missing a required parameter `{name}`.", zh: "缺少必填参数 `{name}`。" },
  UnknownParameter: { en: "The parameter `{name}` is not recognized.", zh: "未知参数 `{name}`。" },
  InvalidParameter: { en: "Incorrect parameter: {reason}.", zh: "参数错误：{reasonZh}。" },
  InvalidParameterValue: { en: "The value of parameter `{name}` is not valid: {reason}.", zh: "参数 `{name}` 的取值错误：{reasonZh}。" },
  "InvalidParameterValue.InvalidBandwidth": {
    en: "The bandwidth value {value} is not in the range: choose one of {allowed}.",
    zh: "带宽值 {value} 不在可选范围内，可选值：{allowed}。",
  },
  "InvalidParameterValue.InvalidConcurrency": {
    en: "The number of concurrences {value} is not in the range: choose one of {allowed}.",
    zh: "并发量值 {value} 不在可选范围内，可选值：{allowed}。",
  },
  "InvalidParameterValue.UnknownAccessRegion": {
    en: "The acceleration region `{region}` is not found or you have no access permission to it{forDest}.",
    zh: "接入地域 `{region}`{forDestZh}不存在或无权限访问。",
  },
  "InvalidParameterValue.UnknownDestRegion": {
    en: "The origin server region `{region}` is not found or you have no access permission to it.",
    zh: "源站地域 `{region}` 不存在或无权限访问。",
  },
  "InvalidParameterValue.ProjectIdNotBelong": { en: "The project {projectId} does not belong to this user.", zh: "项目 {projectId} 不属于该用户。" },
  "InvalidParameterValue.ProxyAndRegionFeatureConflict": {
    en: "The access region `{region}` does not support {feature}.",
    zh: "接入地域 `{region}` 不支持 {feature}。",
  },
  "InvalidParameterValue.ProxyAndGroupFeatureConflict": {
    en: "The connection group `{groupId}` does not support {feature}.",
    zh: "通道组 `{groupId}` 不支持 {feature}。",
  },
  ResourceNotFound: { en: "The resource `{id}` does not exist.", zh: "资源 `{id}` 不存在。" },
  ResourceUnavailable: { en: "The resource `{id}` is unavailable: {reason}.", zh: "资源 `{id}` 不可用：{reasonZh}。" },
  FailedOperation: { en: "Operation failed: {reason}.", zh: "操作失败：{reasonZh}。" },
  "FailedOperation.DuplicatedRequest": {
    en: "Repeated request. Please check the value of ClientToken: `{token}` was used with other parameters.",
    zh: "重复的请求，请检查 ClientToken 的值：`{token}` 已用于参数不同的请求。",
  },
  "FailedOperation.ProxySellOut": {
    en: "The line {access} → {dest} is sold out or the resource is insufficient. Please submit a ticket.",
    zh: "线路 {access} → {dest} 售罄或者资源不足，请提工单申请。",
  },
  "FailedOperation.NotSupportScalar": {
    en: "The configuration change is not supported: connection `{id}` has Scalarable 0.",
    zh: "不支持配置变更：通道 `{id}` 的 Scalarable 为 0。",
  },
  "FailedOperation.ActionIsDoing": {
    en: "An operation is in progress on `{id}` (status {status}). Retry when it is done.",
    zh: "`{id}` 的操作正在执行中（状态 {status}），请稍后重试。",
  },
  "FailedOperation.RealServerAlreadyBound": {
    en: "Failed to delete: `{id}` {boundWhat}.",
    zh: "删除失败：`{id}` {boundWhatZh}。",
  },
  "FailedOperation.BelongDifferentGroup": {
    en: "Connections in different connection groups cannot be operated on in one batch.",
    zh: "不同通道组的通道无法批量操作。",
  },
  "FailedOperation.NotSupportOldVersionProxy": {
    en: "Connection `{id}` is an old version ({version}); this operation supports only Version 2.0 connections.",
    zh: "通道 `{id}` 为旧版本（{version}），该操作仅支持 Version 2.0 的通道。",
  },
  "InvalidParameter.ProxyNameDuplicating": { en: "The instance name `{name}` already exists.", zh: "实例名称 `{name}` 已存在。" },
  "InvalidParameter.ZoneNotFound": { en: "The site `{zoneId}` does not exist.", zh: "站点 `{zoneId}` 不存在。" },
  "OperationDenied.ErrZoneIsAlreadyPaused": {
    en: "The EdgeOne service of the site `{zoneId}` is disabled. Please enable it and try again.",
    zh: "站点 `{zoneId}` 的 EdgeOne 服务已停用，请先启用后重试。",
  },
  "OperationDenied.Ipv6StaticIpConflict": {
    en: "The IPv6 feature and static IP cannot be enabled at the same time.",
    zh: "ipv6功能和固定ip无法同时开启。",
  },
  "OperationDenied.AccelerateMainlandIpv6Conflict": {
    en: "Cross-MLC-border acceleration and IPv6 cannot be configured at the same time.",
    zh: "中国大陆网络优化与 IPv6 无法同时开启。",
  },
  "OperationDenied.AccelerateMainlandDisable": {
    en: "Cross-MLC-border acceleration is in beta. To join the beta, submit a ticket.",
    zh: "中国大陆网络优化功能内测中，如需使用请提交工单申请。",
  },
  "OperationDenied.Ipv6AdvancedConflict": {
    en: "Exclusive DDoS protection conflicts with IPv6. They cannot be configured at the same time.",
    zh: "独立DDoS防护与IPv6冲突，无法同时配置。",
  },
  "OperationDenied.StaticIpAreaConflict": {
    en: "The static IP cannot be enabled for this instance's region ({area}).",
    zh: "该实例的加速区域（{area}）不支持开启固定 IP。",
  },
  "OperationDenied.L4LackOfResources": {
    en: "The layer-4 instance resources in {area} are sold out. Replenishing is in progress; new layer-4 proxies cannot be added now. Please wait.",
    zh: "{area} 的四层实例资源已售罄，正在补充中，暂时无法新增四层代理，请耐心等待。",
  },
  "OperationDenied.L4ProxyInProcessStatus": {
    en: "The L4 proxy `{id}` is being deployed or stopped ({status}). Retry when it is done.",
    zh: "四层代理 `{id}` 正在部署或停用中（{status}），请稍后重试。",
  },
  "OperationDenied.L4ProxyInOfflineStatus": {
    en: "The L4 proxy `{id}` is disabled. Enable it before changing its configuration.",
    zh: "四层代理 `{id}` 已停用，请先启用后再修改配置。",
  },
  "OperationDenied.L4ProxyInBannedStatus": { en: "The L4 proxy `{id}` is banned.", zh: "四层代理 `{id}` 已被封禁。" },
  ...L4_RULE_MESSAGES,
  ...LISTENER_MESSAGES,
};

/** The message for a code in a language; unknown codes fall back to the code itself so nothing is ever blank. */
export function errorMessage(code: string, language: Language, params: MessageParams = {}): string {
  const template = Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : undefined;
  if (!template) return code;
  return fillTemplate(language === "zh-CN" ? template.zh : template.en, params, language === "zh-CN" ? "zh-cn" : "en");
}

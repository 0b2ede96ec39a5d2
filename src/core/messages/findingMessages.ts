import type { Bilingual } from "../actions/param";
import { explainError } from "../errors/explainError";
import { L4_RULE_LIVE_MESSAGES } from "../live/l4RuleLiveMessages";
import { L4_RULE_MESSAGES } from "./l4RuleMessages";

/**
 * A finding that predicts an API error says what the error catalogue says, with the code: each conflict is worded
 * once, so the warning in the editor and the error after a Send cannot drift apart.
 */
function asApiError(code: string): Bilingual {
  const what = (language: string) => explainError(code, language).what.replace(/[.。]$/, "");
  return { en: `${what("en")} (${code}).`, zh: `${what("zh-cn")}（${code}）。` };
}

/**
 * How each finding code is worded. `{name}` placeholders take the finding's params; `{format}` takes
 * format_en / format_zh. Every code a rule can produce has an entry (a unit test checks it).
 */
export const FINDING_MESSAGES: Record<string, Bilingual> = {
  "json-syntax": { en: "JSON syntax error: {error}.", zh: "JSON 语法错误：{error}。" },
  "utf16-text": {
    en: "This file is saved as UTF-16, which reads as garbage here: save it as UTF-8 (in VS Code: the encoding in the status bar, then Save with Encoding, UTF-8).",
    zh: "此文件以 UTF-16 编码保存，在这里无法正确读取：请另存为 UTF-8（在 VS Code 中：点击状态栏中的编码，选择“通过编码保存”，再选 UTF-8）。",
  },
  "document-too-large": {
    en: "This file is too large to be a request: {length} characters, more than the {max} allowed (a real request is a few KB). It is not checked.",
    zh: "此文件过大，不可能是请求：{length} 个字符，超过上限 {max}（真实请求只有几 KB）。不进行检查。",
  },
  "document-too-deep": {
    en: "Too deep: nested more than {max} levels, deeper than any request. The file is not checked further.",
    zh: "嵌套过深：超过 {max} 层，比任何请求都深。不再继续检查此文件。",
  },
  "more-findings": { en: "… and {count} more problems, not listed.", zh: "……另有 {count} 个问题未列出。" },
  "not-an-object": { en: "A request file is one JSON object of parameters.", zh: "请求文件应为一个由参数组成的 JSON 对象。" },
  "too-large-to-check": {
    en: "This file is too large to check as you type ({size} KB; the limit is {max} KB). Check Request checks it once.",
    zh: "文件过大，无法在输入时检查（{size} KB，上限 {max} KB）。可用“检查请求”检查一次。",
  },
  "check-failed": {
    en: "This file could not be checked: the extension failed ({error}). Details are in the Tencent Cloud Acceleration log.",
    zh: "无法检查此文件：扩展内部出错（{error}）。详情见 Tencent Cloud Acceleration 日志。",
  },
  "missing-action": {
    en: "Missing \"Action\": name the API action ({known}).",
    zh: "缺少 \"Action\"：请填写接口名称（{known}）。",
  },
  "unknown-action": {
    en: "Unknown action \"{action}\". Supported: {known}.{suggestion? Did you mean \"{suggestion}\"?}",
    zh: "未知接口 \"{action}\"。支持：{known}。{suggestion?是否为 \"{suggestion}\"？}",
  },
  "version-mismatch": {
    en: "{action} belongs to API version {expected}, not {actual}.",
    zh: "{action} 属于 API 版本 {expected}，而不是 {actual}。",
  },
  "missing-parameter": { en: "Missing required parameter \"{name}\".", zh: "缺少必填参数 \"{name}\"。" },
  "unknown-parameter": {
    en: "Unknown parameter \"{name}\": the API answers UnknownParameter.{suggestion? Did you mean \"{suggestion}\"?}",
    zh: "未知参数 \"{name}\"：接口会返回 UnknownParameter。{suggestion?是否为 \"{suggestion}\"？}",
  },
  "invalid-type": { en: "\"{name}\" must be of type {expected}, not {actual}.", zh: "\"{name}\" 的类型应为 {expected}，而不是 {actual}。" },
  "invalid-enum": {
    en: "\"{name}\" must be one of {allowed} (case-sensitive).{suggestion? Did you mean \"{suggestion}\"?}",
    zh: "\"{name}\" 的取值必须是 {allowed} 之一（区分大小写）。{suggestion?是否为 \"{suggestion}\"？}",
  },
  "invalid-format": { en: "\"{name}\" must be {format}.", zh: "\"{name}\" 的格式应为：{format}。" },
  "too-big": { en: "\"{name}\" is too long or too large (at most {max}).", zh: "\"{name}\" 过长或过大（最多 {max}）。" },
  "number-too-large": {
    en: "\"{name}\": the number is too large to be read (beyond about 1.8e308).",
    zh: "\"{name}\"：数字过大，无法读取（超过约 1.8e308）。",
  },
  "too-small": { en: "\"{name}\" is too short or too small (at least {min}).", zh: "\"{name}\" 过短或过小（至少 {min}）。" },
  "out-of-range": {
    en: "\"{name}\" must be from {min} to {max}{unit? {unit}}; it is {value}.",
    zh: "\"{name}\" 的取值范围为 {min} 至 {max}{unit? {unit}}，当前为 {value}。",
  },
  "below-minimum": {
    en: "\"{name}\" must be at least {min}{unit? {unit}}; it is {value}.",
    zh: "\"{name}\" 不能小于 {min}{unit? {unit}}，当前为 {value}。",
  },
  "above-maximum": {
    en: "\"{name}\" must be at most {max}{unit? {unit}}; it is {value}.",
    zh: "\"{name}\" 不能大于 {max}{unit? {unit}}，当前为 {value}。",
  },
  "list-too-long-to-check": {
    en: "This list has {count} entries, more than any request carries: only the first {max} were checked.",
    zh: "此列表有 {count} 项，超过任何请求的实际数量：只检查了前 {max} 项。",
  },
  "too-many-entries": { en: "\"{name}\" takes at most {max} entries; it has {count}.", zh: "\"{name}\" 最多 {max} 项，当前有 {count} 项。" },
  "too-few-entries": { en: "\"{name}\" needs at least {min} entries; it has {count}.", zh: "\"{name}\" 至少需要 {min} 项，当前有 {count} 项。" },
  "too-long": { en: "\"{name}\" takes at most {max} characters; it has {length}.", zh: "\"{name}\" 最多 {max} 个字符，当前有 {length} 个。" },
  "too-short": { en: "\"{name}\" needs at least {min} characters; it has {length}.", zh: "\"{name}\" 至少需要 {min} 个字符，当前有 {length} 个。" },
  "invalid-value": { en: "\"{name}\" has an invalid value.", zh: "\"{name}\" 的取值无效。" },
  "integer-as-string": {
    en: "\"{name}\" is an integer written as a string; the API accepts it, but write {value}.",
    zh: "\"{name}\" 是以字符串书写的整数；接口可以接受，但建议写成 {value}。",
  },
  "deprecated-parameter": {
    en: "\"{name}\" is deprecated; the API still accepts it.{replacement? Use \"{replacement}\" instead.}",
    zh: "\"{name}\" 已废弃，接口仍然接受。{replacement?请改用 \"{replacement}\"。}",
  },
  "duplicate-parameter": {
    en: "\"{name}\" appears twice; only the last one would be sent.",
    zh: "\"{name}\" 出现了两次，只有最后一个会被发送。",
  },
  "secret-in-file": {
    en: "This looks like a {kind}. Secrets do not belong in request files: sign in instead, and rotate the key if this file was shared.",
    zh: "这看起来像是 {kind}。密钥不应写在请求文件中：请改用登录，如果此文件已被分享，请轮换密钥。",
  },
  "ignored-with-group": {
    en: "RealServerRegion is ignored when GroupId is given: the group's origin region is used.",
    zh: "填写 GroupId 时会忽略 RealServerRegion：使用通道组的源站地域。",
  },
  "region-or-group-required": {
    en: "RealServerRegion is required unless the connection is created in a group (GroupId).",
    zh: "未在通道组中创建（未填 GroupId）时，RealServerRegion 为必填。",
  },
  "ipv6-no-http3": {
    en: "IPv6 connections do not support HTTP/3; Http3Supported 1 has no effect.",
    zh: "IPv6 通道不支持 HTTP/3，Http3Supported 为 1 不会生效。",
  },
  "client-token-missing": {
    en: "No ClientToken: the extension adds one when it sends, but other tools sending this file could create twice on a retry.",
    zh: "未填 ClientToken：本扩展发送时会自动添加，但其他工具重试发送此文件可能会重复创建。",
  },
  "proxy-id-required": { en: "ProxyId is required (or its old name InstanceId).", zh: "ProxyId 为必填（或其旧名称 InstanceId）。" },
  "proxy-id-mismatch": {
    en: "InstanceId and ProxyId name different connections; keep only ProxyId.",
    zh: "InstanceId 与 ProxyId 指向不同的通道，请只保留 ProxyId。",
  },
  "bandwidth-or-concurrent-required": {
    en: "Set Bandwidth, Concurrent or both: the target configuration.",
    zh: "请至少填写 Bandwidth 或 Concurrent 之一作为目标配置。",
  },
  "ipv6-static-ip-conflict": asApiError("OperationDenied.Ipv6StaticIpConflict"),
  "accelerate-mainland-ipv6-conflict": asApiError("OperationDenied.AccelerateMainlandIpv6Conflict"),
  "accelerate-mainland-allowlist": {
    en: "Chinese mainland network optimization is invite-only: without allow-listing the API answers OperationDenied.AccelerateMainlandDisable.",
    zh: "中国大陆网络优化为内测功能：未开通时接口返回 OperationDenied.AccelerateMainlandDisable。",
  },
  "exclusive-ddos-ipv6-conflict": asApiError("OperationDenied.Ipv6AdvancedConflict"),
  "ddos-bandwidth-range": {
    en: "With {level}, MaxBandwidthMainland must be between {min} and {max} Gbps.",
    zh: "{level} 规格下，MaxBandwidthMainland 应在 {min} 到 {max} Gbps 之间。",
  },
  "live-group-not-found": { en: "No connection group {id} in this account.", zh: "此账号中没有通道组 {id}。" },
  "live-proxy-not-found": { en: "No connection {id} in this account.", zh: "此账号中没有通道 {id}。" },
  "live-cloned-not-running": {
    en: "Only a RUNNING connection can be cloned; {id} is {status}.",
    zh: "只能复制运行中的通道；{id} 当前状态为 {status}。",
  },
  "live-unknown-dest-region": {
    en: "\"{region}\" is not an origin region of this account (InvalidParameterValue.UnknownDestRegion). Origin regions: {allowed}.",
    zh: "\"{region}\" 不是此账号可用的源站地域（InvalidParameterValue.UnknownDestRegion）。可用源站地域：{allowed}。",
  },
  "live-access-region": {
    en: "\"{region}\" cannot accelerate origin {origin}. Access regions for {origin}: {allowed}.",
    zh: "\"{region}\" 不能加速源站地域 {origin}。{origin} 可用的接入地域：{allowed}。",
  },
  "live-bandwidth": {
    en: "Bandwidth {value} is not offered in {region} (InvalidParameterValue.InvalidBandwidth). Allowed: {allowed}.",
    zh: "{region} 不提供带宽 {value}（InvalidParameterValue.InvalidBandwidth）。可选值：{allowed}。",
  },
  "live-concurrent": {
    en: "Concurrent {value} is not offered in {region} (InvalidParameterValue.InvalidConcurrency). Allowed: {allowed}.",
    zh: "{region} 不提供并发量 {value}（InvalidParameterValue.InvalidConcurrency）。可选值：{allowed}。",
  },
  "live-feature": {
    en: "{region} does not support {feature} for this origin (InvalidParameterValue.ProxyAndRegionFeatureConflict).",
    zh: "{region} 对此源站不支持 {feature}（InvalidParameterValue.ProxyAndRegionFeatureConflict）。",
  },
  "live-not-scalarable": {
    en: "Connection {id} has Scalarable 0: its configuration cannot be changed (FailedOperation.NotSupportScalar).",
    zh: "通道 {id} 的 Scalarable 为 0，不支持配置变更（FailedOperation.NotSupportScalar）。",
  },
  "live-proxy-not-running": {
    en: "Connection {id} is {status}; a change is only taken while it is RUNNING.",
    zh: "通道 {id} 当前状态为 {status}，仅在运行中（RUNNING）时可以变更。",
  },
  "live-no-change": {
    en: "Connection {id} already has bandwidth {bandwidth} and concurrent {concurrent}: this changes nothing.",
    zh: "通道 {id} 当前已是带宽 {bandwidth}、并发 {concurrent}，此请求不会有任何改变。",
  },
  "live-zone-not-found": { en: "No zone {id} in this account.", zh: "此账号中没有站点 {id}。" },
  "live-zone-paused": {
    en: "Zone {name} ({id}) is paused: enable EdgeOne for it first (OperationDenied.ErrZoneIsAlreadyPaused).",
    zh: "站点 {name}（{id}）已停用，请先启用 EdgeOne 服务（OperationDenied.ErrZoneIsAlreadyPaused）。",
  },
  "live-l4-name-taken": {
    en: "Zone {zone} already has an L4 proxy named \"{name}\" (InvalidParameter.ProxyNameDuplicating).",
    zh: "站点 {zone} 中已有名为 \"{name}\" 的四层代理（InvalidParameter.ProxyNameDuplicating）。",
  },
  ...L4_RULE_LIVE_MESSAGES,
  ...L4_RULE_MESSAGES,
  "config-syntax": { en: "tcaccel.json: JSON syntax error: {error}.", zh: "tcaccel.json：JSON 语法错误：{error}。" },
  "config-too-large": {
    en: "tcaccel.json is too large: {length} characters, more than the {max} allowed. It is not read, and no rule is changed.",
    zh: "tcaccel.json 过大：{length} 个字符，超过上限 {max}。不读取该文件，不更改任何规则。",
  },
  "config-too-deep": {
    en: "tcaccel.json is nested more than {max} levels deep: it is not read, and no rule is changed.",
    zh: "tcaccel.json 嵌套超过 {max} 层：不读取该文件，不更改任何规则。",
  },
  "config-unknown-rule": {
    en: "tcaccel.json: no finding has the code \"{name}\"; this rule changes nothing.{suggestion? Did you mean \"{suggestion}\"?}",
    zh: "tcaccel.json：没有代码为 \"{name}\" 的检查项；此规则不起作用。{suggestion?是否为 \"{suggestion}\"？}",
  },
  "config-unknown-parameter": {
    en: "tcaccel.json: unknown setting \"{name}\"; only \"rules\" (and \"$schema\") are read.",
    zh: "tcaccel.json：未知设置 \"{name}\"；只读取 \"rules\"（以及 \"$schema\"）。",
  },
  "config-invalid-enum": {
    en: "tcaccel.json: a rule's level must be one of {allowed}.",
    zh: "tcaccel.json：规则级别必须是 {allowed} 之一。",
  },
  "config-invalid-type": {
    en: "tcaccel.json: \"{name}\" must be of type {expected}, not {actual}.",
    zh: "tcaccel.json：\"{name}\" 的类型应为 {expected}，而不是 {actual}。",
  },
};

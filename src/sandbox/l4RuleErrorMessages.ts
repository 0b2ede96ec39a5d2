// Messages of the codes the L4 rule and origin-group actions answer, spread into errorMessages.ts's table. Wording
// after the official error list (tccli's teo/v20220901/errorcodes.py, the Go SDK's errors.go), with the details.

export const L4_RULE_MESSAGES: Record<string, { en: string; zh: string }> = {
  "InvalidParameter.RulePortDuplicating": {
    en: "Rule ports are duplicated: {protocol} port {port} of {name} is already used by {other}.",
    zh: "规则端口重复：{name} 的 {protocol} 端口 {port} 已被 {other} 使用。",
  },
  "InvalidParameter.RulePortInteger": {
    en: "Rule ports must be integers: `{value}` in {name} is not a port or a port range such as 80 or 81-85.",
    zh: "规则端口必须为整数：{name} 中的 `{value}` 不是端口或端口段（如 80、81-85）。",
  },
  "InvalidParameter.RulePortGroup": { en: "Rule port range error: {reason}.", zh: "规则端口段错误：{reasonZh}。" },
  "InvalidParameter.RuleOriginPortInteger": {
    en: "The origin port must be an integer: `{value}` in {name} is not a port or a port range such as 80 or 81-85.",
    zh: "规则源站端口应为整数：{name} 中的 `{value}` 不是端口或端口段（如 80、81-85）。",
  },
  "InvalidParameter.InvalidRuleProto": { en: "Rule protocol error (TCP/UDP): {reason}.", zh: "规则协议错误（TCP/UDP）：{reasonZh}。" },
  "InvalidParameter.RuleOriginFormatError": {
    en: "The rule's origin is not well formed: `{value}` in {name} is neither an IP address nor a domain name.",
    zh: "规则源站信息格式错误：{name} 中的 `{value}` 既不是 IP 地址也不是域名。",
  },
  "InvalidParameter.RuleOriginValueError": { en: "Rule origin error: {reason}.", zh: "规则源站错误：{reasonZh}。" },
  "InvalidParameter.OriginL4RecordIPV4MixDomain": {
    en: "L4 proxies cannot mix IP addresses and domain names in one origin ({name}).",
    zh: "四层代理禁止IP域名混填（{name}）。",
  },
  "InvalidParameter.OriginL4RecordMultiDomain": {
    en: "L4 proxies cannot use more than one domain name as origin ({name}).",
    zh: "四层代理禁止使用多域名源站（{name}）。",
  },
  "InvalidParameter.OriginIsInnerIp": {
    en: "The origin `{value}` ({name}) is a private, loopback or link-local address, which EdgeOne cannot reach.",
    zh: "源站是内网IP：{name} 中的 `{value}` 为内网、回环或链路本地地址，EdgeOne 无法访问。",
  },
  "InvalidParameterValue.OriginGroupNotExists": {
    en: "The origin group `{id}` ({name}) does not exist in the site `{zoneId}`.",
    zh: "指定的源站组 `{id}`（{name}）在站点 `{zoneId}` 中不存在。",
  },
  "InvalidParameter.InvalidOriginGroupType": {
    en: "Origin group type error: `{id}` ({name}) is an HTTP-only origin group, which L4 proxies cannot use; use a GENERAL origin group.",
    zh: "源站组类型错误：`{id}`（{name}）为 HTTP 专用型源站组，无法被四层代理引用，请使用通用型源站组。",
  },
  "InvalidParameter.InvalidOriginType": { en: "Origin type error: {reason}.", zh: "源站类型错误：{reasonZh}。" },
  "InvalidParameter.ActionInProgress": {
    en: "Operation too frequent: the rule `{id}` is {status}. Retry when it is done.",
    zh: "操作频繁，请稍后重试：规则 `{id}` 当前状态为 {status}。",
  },
  "LimitExceeded.RuleLimitExceeded": {
    en: "The number of rules has reached the limit: an L4 proxy holds at most {limit} rules.",
    zh: "规则数量达到限制：每个四层代理最多 {limit} 条规则。",
  },
  "OperationDenied.L4StatusNotInOnline": {
    en: "The L4 proxy `{id}` is not running (status {status}); the operation is denied.",
    zh: "四层代理 `{id}` 处于非运行中的状态（{status}），禁止操作。",
  },
};

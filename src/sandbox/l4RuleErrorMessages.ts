// Messages of the codes the L4 rule and origin-group actions answer, spread into errorMessages.ts's table. Wording
// after the official error list (tccli's teo/v20220901/errorcodes.py), with the details. The same templates serve
// the core's findings (their params: value, protocol, other, otherRule, mode, origin, forwarding, kind) and the
// sandbox's live checks; `{x?…}` parts show only when x is given.

export const L4_RULE_MESSAGES: Record<string, { en: string; zh: string }> = {
  "InvalidParameter.RulePortDuplicating": {
    en: "Rule ports are duplicated: {protocol} {value} at {name} overlaps {other}{otherRule? of L4ProxyRules.{otherRule}}{otherName? of {otherName}}{otherId? of the proxy's rule {otherId}}.",
    zh: "规则端口重复：{name} 的 {protocol} 端口 {value} 与{otherRule? L4ProxyRules.{otherRule} 的}{otherName? {otherName} 的}{otherId?该代理的规则 {otherId} 的} {other} 重叠。",
  },
  "InvalidParameter.RulePortInteger": {
    en: "Rule ports must be integers from 1 to 65535: `{value}` at {name} is not a port or a port range such as 80 or 81-85.",
    zh: "规则端口必须为 1-65535 的整数：{name} 的 `{value}` 不是端口或端口段（如 80、81-85）。",
  },
  "InvalidParameter.RulePortGroup": {
    en: "Rule port range error: `{value}` at {name}{origin? holds {origin} ports while the forwarding ports hold {forwarding}}. A range ascends (81-85), and an origin range is one port or as long as the forwarding ports.",
    zh: "规则端口段错误：{name} 的 `{value}`{origin?含 {origin} 个端口，而转发端口共 {forwarding} 个}。端口段须递增（如 81-85），源站端口须为单端口或与转发端口长度一致。",
  },
  "InvalidParameter.RuleOriginPortInteger": {
    en: "The origin port must be an integer from 1 to 65535: `{value}` at {name} is not a port or an ascending port range.",
    zh: "规则源站端口应为 1-65535 的整数：{name} 的 `{value}` 不是端口或递增的端口段。",
  },
  "InvalidParameter.InvalidRuleProto": {
    en: "Rule protocol error (TCP/UDP): {mode} at {name} cannot be used with {protocol}; TOA and PPV1 are for TCP, SPP for UDP.",
    zh: "规则协议错误（TCP/UDP）：{name} 的 {mode} 不能用于 {protocol}；TOA、PPV1 仅用于 TCP，SPP 仅用于 UDP。",
  },
  "InvalidParameter.InvalidOriginIp": {
    en: "Invalid origin: `{value}` at {name} is not a valid IP address or domain name.",
    zh: "源站无效：{name} 的 `{value}` 不是有效的 IP 地址或域名。",
  },
  "InvalidParameter.RuleOriginValueError": {
    en: "Rule origin error at {name}: with ORIGIN_GROUP, give exactly one origin group ID{count?, not {count}}.",
    zh: "规则源站错误：{name} 在 ORIGIN_GROUP 时须有且仅有一个源站组 ID{count?，而不是 {count} 个}。",
  },
  "InvalidParameter.OriginL4RecordIPV4MixDomain": {
    en: "L4 proxies cannot mix IP addresses and domain names in one origin ({name}).",
    zh: "四层代理禁止IP域名混填（{name}）。",
  },
  "InvalidParameter.OriginL4RecordMultiDomain": {
    en: "L4 proxies cannot use more than one domain name as origin ({name}).",
    zh: "四层代理禁止使用多域名源站（{name}）。",
  },
  "InvalidParameter.OriginIsInnerIp": {
    en: "The origin is an internal IP: `{value}` at {name}{kind? is a {kind} address, which} EdgeOne cannot reach.",
    zh: "源站是内网IP：{name} 的 `{value}`{kind?为{kind}地址，} EdgeOne 无法访问。",
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

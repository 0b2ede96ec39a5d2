import type { Bilingual } from "../actions/param";

/** The wording of the L4 forwarding-rule findings (`l4ProxyRuleChecks.ts`), spread into FINDING_MESSAGES. */
export const L4_RULE_MESSAGES: Record<string, Bilingual> = {
  "l4-port-format": {
    en: "\"{value}\" is not a port or a port range: write one port (80) or a range (81-85), digits only (InvalidParameter.RulePortInteger).",
    zh: "\"{value}\" 不是端口或端口段：请填写单端口（80）或端口段（81-85），仅含数字（InvalidParameter.RulePortInteger）。",
  },
  "l4-port-out-of-range": {
    en: "\"{value}\": ports are 1–65535 (InvalidParameter.RulePortInteger).",
    zh: "\"{value}\"：端口取值范围为 1–65535（InvalidParameter.RulePortInteger）。",
  },
  "l4-port-range-order": {
    en: "\"{value}\": a port range goes from a lower to a higher port, such as 81-85 (InvalidParameter.RulePortGroup).",
    zh: "\"{value}\"：端口段须由小到大，如 81-85（InvalidParameter.RulePortGroup）。",
  },
  "l4-origin-port-format": {
    en: "OriginPortRange \"{value}\" is not a port (1–65535) or a port range (InvalidParameter.RuleOriginPortInteger).",
    zh: "OriginPortRange \"{value}\" 不是端口（1–65535）或端口段（InvalidParameter.RuleOriginPortInteger）。",
  },
  "l4-origin-port-range-order": {
    en: "OriginPortRange \"{value}\": a port range goes from a lower to a higher port (InvalidParameter.RuleOriginPortInteger).",
    zh: "OriginPortRange \"{value}\"：端口段须由小到大（InvalidParameter.RuleOriginPortInteger）。",
  },
  "l4-origin-port-range-length": {
    en: "OriginPortRange \"{value}\" has {origin} ports but the forwarding ports are {forwarding}: an origin range must be as long as the forwarding range (or use one origin port) (InvalidParameter.RulePortGroup).",
    zh: "OriginPortRange \"{value}\" 含 {origin} 个端口，而转发端口为 {forwarding} 个：源站端口段须与转发端口段长度一致（或只填一个源站端口）（InvalidParameter.RulePortGroup）。",
  },
  "l4-port-overlap": {
    en: "{protocol} port {value} overlaps {other} of the rule at index {otherRule} in this request: no two rules of a proxy share a {protocol} port (InvalidParameter.RulePortDuplicating).",
    zh: "{protocol} 端口 {value} 与本请求中第 {otherRule} 项规则（从 0 起）的 {other} 重叠：同一代理下同协议的规则端口不能重叠（InvalidParameter.RulePortDuplicating）。",
  },
  "l4-client-ip-tcp-only": {
    en: "ClientIPPassThroughMode {mode} works only with TCP; this rule is {protocol}. Use PPV2, SPP or OFF (InvalidParameter.InvalidRuleProto).",
    zh: "ClientIPPassThroughMode {mode} 仅适用于 TCP，此规则为 {protocol}。请改用 PPV2、SPP 或 OFF（InvalidParameter.InvalidRuleProto）。",
  },
  "l4-client-ip-udp-only": {
    en: "ClientIPPassThroughMode SPP works only with UDP; this rule is {protocol}. Use TOA, PPV1, PPV2 or OFF (InvalidParameter.InvalidRuleProto).",
    zh: "ClientIPPassThroughMode SPP 仅适用于 UDP，此规则为 {protocol}。请改用 TOA、PPV1、PPV2 或 OFF（InvalidParameter.InvalidRuleProto）。",
  },
  "l4-session-persist-time-ignored": {
    en: "SessionPersistTime is used only with SessionPersist on; with it off, this value does nothing.",
    zh: "SessionPersistTime 仅在 SessionPersist = on 时生效；关闭时此值不起作用。",
  },
  "l4-rule-id-on-create": {
    en: "RuleId is assigned by the API: remove it when creating rules (to change a rule, use ModifyL4ProxyRules).",
    zh: "RuleId 由接口分配：创建规则时请删除该字段（修改规则请用 ModifyL4ProxyRules）。",
  },
  "l4-rule-status-read-only": {
    en: "Status is read-only here: remove it, and enable or disable rules with ModifyL4ProxyRulesStatus.",
    zh: "此处 Status 为只读：请删除该字段，启用或停用规则请用 ModifyL4ProxyRulesStatus。",
  },
  "l4-rule-id-duplicate": {
    en: "Rule {id} is already named at index {first}.",
    zh: "规则 {id} 已在第 {first} 项（从 0 起）中出现。",
  },
  "l4-rule-no-change": {
    en: "This entry names a rule and nothing to change.",
    zh: "此项只有规则 ID，没有要修改的内容。",
  },
  "l4-origin-invalid": {
    en: "\"{value}\" is neither an IP address nor a domain name (InvalidParameter.RuleOriginFormatError).",
    zh: "\"{value}\" 既不是 IP 地址也不是域名（InvalidParameter.RuleOriginFormatError）。",
  },
  "l4-origin-inner-ip": {
    en: "{value} is a {kind} address, unreachable from EdgeOne: use the origin's public address (InvalidParameter.OriginIsInnerIp).",
    zh: "{value} 是{kind}地址，EdgeOne 无法访问：请使用源站的公网地址（InvalidParameter.OriginIsInnerIp）。",
  },
  "l4-origin-mix-ip-domain": {
    en: "IP_DOMAIN origins are either IP addresses or one domain, not both (here: {ips} IP, {domains} domain) (InvalidParameter.OriginL4RecordIPV4MixDomain).",
    zh: "IP_DOMAIN 源站只能是 IP 地址或一个域名，不可混填（{ips} 个 IP，{domains} 个域名）（InvalidParameter.OriginL4RecordIPV4MixDomain）。",
  },
  "l4-origin-multi-domain": {
    en: "IP_DOMAIN takes at most one domain; this rule has {count} (InvalidParameter.OriginL4RecordMultiDomain). Put several domains in an origin group.",
    zh: "IP_DOMAIN 最多只能填写一个域名，此规则有 {count} 个（InvalidParameter.OriginL4RecordMultiDomain）。多个域名请使用源站组。",
  },
  "l4-origin-group-one": {
    en: "ORIGIN_GROUP takes exactly one origin group ID; this rule has {count} (InvalidParameter.RuleOriginValueError).",
    zh: "ORIGIN_GROUP 有且仅能填写一个源站组 ID，此规则有 {count} 个（InvalidParameter.RuleOriginValueError）。",
  },
  "l4-origin-lb-allowlist": {
    en: "LB origins are open to allow-listed accounts only; others are refused by the API.",
    zh: "负载均衡（LB）源站当前仅对白名单账号开放，其他账号会被接口拒绝。",
  },
};

import type { L4RuleRecord } from "../state/l4RuleState";

/**
 * L4ProxyRule as DescribeL4ProxyRules returns it, fields in the SDK's order. RemoteAuth is null: "在
 * DescribeL4ProxyRules 返回为空时，表示没有开启远程鉴权" (remote authentication is off).
 */
export function l4RuleInfo(rule: L4RuleRecord) {
  return {
    RuleId: rule.RuleId,
    Protocol: rule.Protocol,
    PortRange: [...rule.PortRange],
    OriginType: rule.OriginType,
    OriginValue: [...rule.OriginValue],
    OriginPortRange: rule.OriginPortRange,
    ClientIPPassThroughMode: rule.ClientIPPassThroughMode,
    SessionPersist: rule.SessionPersist,
    SessionPersistTime: rule.SessionPersistTime,
    RuleTag: rule.RuleTag,
    Status: rule.Status,
    RemoteAuth: null,
  };
}

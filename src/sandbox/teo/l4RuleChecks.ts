import { ApiError } from "../apiError";
import { ownEntry } from "../dictionary";
import { reason } from "../errorMessages";
import { l4RuleStateOf, type L4RuleRecord } from "../state/l4RuleState";
import type { L4Record, SandboxState, ZoneRecord } from "../state/sandboxState";
import { originKind, isInnerAddress } from "./originAddress";
import { firstOverlap, parsePortSpan, spanLength, spanText, type HeldSpan, type PortSpan } from "./portRanges";
import { refusePaused, requireL4, requireZone } from "./zoneLookup";

/** A rule's configuration: what create sets and modify changes (L4ProxyRule without RuleId and Status). */
export type RuleConfig = Pick<
  L4RuleRecord,
  "Protocol" | "PortRange" | "OriginType" | "OriginValue" | "OriginPortRange" | "ClientIPPassThroughMode" | "SessionPersist" | "SessionPersistTime" | "RuleTag"
>;

/**
 * The zone and L4 proxy a rule write goes to. Adding, changing or enabling rules needs the proxy online (the codes
 * are the API's: "4层通道处于关闭状态，不允许添加规则"); deleting also works on an offline proxy, which carries nothing.
 */
export function requireRuleProxy(state: SandboxState, zoneId: string, proxyId: string, write: "change" | "delete"): { zone: ZoneRecord; l4: L4Record } {
  const zone = requireZone(state, zoneId);
  refusePaused(zone);
  const l4 = requireL4(state, zone.ZoneId, proxyId);
  if (l4.Status === "banned") throw new ApiError("OperationDenied.L4ProxyInBannedStatus", { id: l4.ProxyId });
  if (l4.Status === "progress" || l4.Status === "stopping") throw new ApiError("OperationDenied.L4ProxyInProcessStatus", { id: l4.ProxyId, status: l4.Status });
  if (write === "delete") return { zone, l4 };
  if (l4.Status === "offline") throw new ApiError("OperationDenied.L4ProxyInOfflineStatus", { id: l4.ProxyId });
  if (l4.Status !== "online") throw new ApiError("OperationDenied.L4StatusNotInOnline", { id: l4.ProxyId, status: l4.Status });
  return { zone, l4 };
}

/** The rules named by `ids` (RuleIds.N or L4ProxyRules.N.RuleId), each of the proxy; an unknown one is ResourceNotFound. */
export function requireRules(rules: readonly L4RuleRecord[], ids: readonly string[]): L4RuleRecord[] {
  const byId = new Map(rules.map((r) => [r.RuleId, r]));
  return ids.map((id) => {
    const rule = byId.get(id);
    if (!rule) throw new ApiError("ResourceNotFound", { id });
    return rule;
  });
}

/** A rule being deployed or stopped takes no other change until it settles (Terraform retries this code). */
export function refuseRuleBusy(rule: L4RuleRecord): void {
  if (rule.Status === "progress" || rule.Status === "stopping") throw new ApiError("InvalidParameter.ActionInProgress", { id: rule.RuleId, status: rule.Status });
}

function portSpans(rule: RuleConfig, name: string): PortSpan[] {
  return rule.PortRange.map((text, i) => {
    const span = parsePortSpan(text);
    if (span === "not-integer") throw new ApiError("InvalidParameter.RulePortInteger", { name: `${name}.PortRange.${i}`, value: text });
    if (span === "bad-range") {
      throw new ApiError("InvalidParameter.RulePortGroup", {
        ...reason(`${name}.PortRange.${i} \`${text}\` must be a port or an ascending range within 1-65535`, `${name}.PortRange.${i} 的 \`${text}\` 须为 1-65535 内的端口或升序端口段`),
      });
    }
    return span;
  });
}

function checkOriginPort(rule: RuleConfig, spans: readonly PortSpan[], name: string): void {
  const origin = parsePortSpan(rule.OriginPortRange);
  if (origin === "not-integer" || origin === "bad-range") {
    throw new ApiError("InvalidParameter.RuleOriginPortInteger", { name: `${name}.OriginPortRange`, value: rule.OriginPortRange });
  }
  const width = spanLength(origin);
  if (width === 1) return;
  const mismatch = spans.find((span) => spanLength(span) !== width);
  if (mismatch) {
    throw new ApiError("InvalidParameter.RulePortGroup", {
      ...reason(
        `${name}.OriginPortRange ${rule.OriginPortRange} holds ${width} ports but the forwarding range ${spanText(mismatch)} holds ${spanLength(mismatch)}; an origin range must be a single port or as long as the forwarding range`,
        `${name}.OriginPortRange ${rule.OriginPortRange} 含 ${width} 个端口，而转发端口段 ${spanText(mismatch)} 含 ${spanLength(mismatch)} 个；源站端口须为单端口或与转发端口段长度一致`,
      ),
    });
  }
}

const TCP_ONLY = new Set(["TOA", "PPV1"]);

function checkPassThrough(rule: RuleConfig, name: string): void {
  const mode = rule.ClientIPPassThroughMode;
  if ((TCP_ONLY.has(mode) && rule.Protocol !== "TCP") || (mode === "SPP" && rule.Protocol !== "UDP")) {
    const only = mode === "SPP" ? "UDP" : "TCP";
    throw new ApiError("InvalidParameter.InvalidRuleProto", {
      ...reason(`${name}.ClientIPPassThroughMode ${mode} works only with ${only}, not ${rule.Protocol}`, `${name}.ClientIPPassThroughMode ${mode} 仅在 ${only} 下可用，不能用于 ${rule.Protocol}`),
    });
  }
}

function checkAddressOrigin(values: readonly string[], name: string): void {
  const kinds = values.map((value, i) => {
    const kind = originKind(value);
    if (kind === "invalid") throw new ApiError("InvalidParameter.RuleOriginFormatError", { name: `${name}.OriginValue.${i}`, value });
    if (kind !== "domain" && isInnerAddress(value)) throw new ApiError("InvalidParameter.OriginIsInnerIp", { name: `${name}.OriginValue.${i}`, value });
    return kind;
  });
  const domains = kinds.filter((k) => k === "domain").length;
  if (domains && domains < kinds.length) throw new ApiError("InvalidParameter.OriginL4RecordIPV4MixDomain", { name: `${name}.OriginValue` });
  if (domains > 1) throw new ApiError("InvalidParameter.OriginL4RecordMultiDomain", { name: `${name}.OriginValue` });
}

function checkGroupOrigin(state: SandboxState, zone: ZoneRecord, values: readonly string[], name: string): void {
  if (values.length !== 1) {
    throw new ApiError("InvalidParameter.RuleOriginValueError", {
      ...reason(`with OriginType ORIGIN_GROUP, ${name}.OriginValue takes exactly one origin group ID, not ${values.length}`, `OriginType 为 ORIGIN_GROUP 时，${name}.OriginValue 须有且仅有一个源站组 ID，而不是 ${values.length} 个`),
    });
  }
  const id = values[0]!;
  const group = ownEntry(l4RuleStateOf(state).originGroups, id);
  if (!group || group.ZoneId !== zone.ZoneId) throw new ApiError("InvalidParameterValue.OriginGroupNotExists", { id, name: `${name}.OriginValue.0`, zoneId: zone.ZoneId });
  if (group.Type !== "GENERAL") throw new ApiError("InvalidParameter.InvalidOriginGroupType", { id, name: `${name}.OriginValue.0` });
}

/** The documented conflicts of one resulting rule (after a modify merged what it omits); its forwarding spans. */
export function checkRuleConfig(state: SandboxState, zone: ZoneRecord, rule: RuleConfig, name: string): PortSpan[] {
  const spans = portSpans(rule, name);
  checkOriginPort(rule, spans, name);
  checkPassThrough(rule, name);
  if (rule.OriginType === "IP_DOMAIN") checkAddressOrigin(rule.OriginValue, name);
  else if (rule.OriginType === "ORIGIN_GROUP") checkGroupOrigin(state, zone, rule.OriginValue, name);
  else {
    throw new ApiError("InvalidParameter.InvalidOriginType", {
      ...reason(`${name}.OriginType LB is open to allow-listed accounts only`, `${name}.OriginType LB 当前仅白名单开放`),
    });
  }
  return spans;
}

export interface CheckedRule {
  name: string;
  protocol: string;
  spans: readonly PortSpan[];
}

/**
 * No two rules of the proxy share a forwarding port of one protocol: neither two of the request nor one of the
 * request and one the proxy keeps (`kept`, the rules the request leaves as they are).
 */
export function refuseOverlap(checked: readonly CheckedRule[], kept: readonly L4RuleRecord[]): void {
  const byProtocol = new Map<string, HeldSpan[]>();
  const hold = (protocol: string, owner: string, span: PortSpan) => {
    const list = byProtocol.get(protocol) ?? [];
    list.push({ ...span, owner });
    byProtocol.set(protocol, list);
  };
  for (const rule of kept) {
    for (const text of rule.PortRange) {
      const span = parsePortSpan(text);
      if (typeof span === "object") hold(rule.Protocol, rule.RuleId, span);
    }
  }
  const names = new Set(checked.map((rule) => rule.name));
  for (const rule of checked) for (const span of rule.spans) hold(rule.protocol, rule.name, span);
  for (const [protocol, spans] of byProtocol) {
    const pair = firstOverlap(spans);
    if (!pair) continue;
    // Name the request's rule first, whichever of the two sorted first.
    const [mine, other] = names.has(pair[1].owner) ? [pair[1], pair[0]] : [pair[0], pair[1]];
    const port = Math.max(mine.from, other.from);
    throw new ApiError("InvalidParameter.RulePortDuplicating", { protocol, port, name: mine.owner, other: other.owner });
  }
}

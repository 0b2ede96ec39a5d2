import { ApiError } from "../apiError";
import { ownEntry } from "../dictionary";
import { reason } from "../errorMessages";
import { l4RuleStateOf, type L4RuleRecord } from "../state/l4RuleState";
import type { L4Record, SandboxState, ZoneRecord } from "../state/sandboxState";
import { L4_RULE_ACTIONS } from "../validation/l4RuleActions";
import { validateCoreAction } from "../validation/validateCoreAction";
import { firstOverlap, heldSpans, type HeldSpan } from "./portRanges";
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

/** The rules named by `ids`, each of the proxy; an unknown one (or one of another proxy) is ResourceNotFound. */
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

/**
 * The core's offline rules applied to rules as they would result from a modify (omitted fields kept), checked as
 * a create of them: a protocol changed to UDP then meets the TOA it kept, a new range the origin range it kept.
 */
export function checkResultingRules(zoneId: string, proxyId: string, configs: readonly RuleConfig[]): void {
  const L4ProxyRules = configs.map(({ RuleTag, ...config }) => (RuleTag === "" ? config : { ...config, RuleTag }));
  validateCoreAction(L4_RULE_ACTIONS.create, { ZoneId: zoneId, ProxyId: proxyId, L4ProxyRules });
}

/** Origins that need the account: an ORIGIN_GROUP of this zone and of type GENERAL; LB only for allow-listed accounts. */
export function checkLiveOrigins(state: SandboxState, zone: ZoneRecord, configs: readonly RuleConfig[]): void {
  const { originGroups } = l4RuleStateOf(state);
  configs.forEach((config, i) => {
    const name = `L4ProxyRules.${i}`;
    if (config.OriginType === "LB") {
      throw new ApiError("InvalidParameter.InvalidOriginType", { ...reason(`${name}.OriginType LB is open to allow-listed accounts only`, `${name}.OriginType LB 当前仅白名单开放`) });
    }
    if (config.OriginType !== "ORIGIN_GROUP") return;
    const id = config.OriginValue[0] ?? "";
    const group = ownEntry(originGroups, id);
    if (!group || group.ZoneId !== zone.ZoneId) throw new ApiError("InvalidParameterValue.OriginGroupNotExists", { id, name: `${name}.OriginValue.0`, zoneId: zone.ZoneId });
    if (group.Type !== "GENERAL") throw new ApiError("InvalidParameter.InvalidOriginGroupType", { id, name: `${name}.OriginValue.0` });
  });
}

/**
 * No two rules of the proxy share a forwarding port of one protocol: neither two of the request (the core's
 * offline rules also say so) nor one of the request and one the proxy keeps (`kept`: the rules it leaves as they are).
 */
export function refuseOverlap(configs: readonly RuleConfig[], kept: readonly L4RuleRecord[]): void {
  const byProtocol = new Map<string, HeldSpan[]>();
  const hold = (protocol: string, spans: readonly HeldSpan[]) => {
    const list = byProtocol.get(protocol) ?? [];
    for (const span of spans) list.push(span);
    byProtocol.set(protocol, list);
  };
  for (const rule of kept) hold(rule.Protocol, heldSpans(rule.PortRange, rule.RuleId));
  const names = new Set<string>();
  configs.forEach((config, i) => {
    names.add(`L4ProxyRules.${i}`);
    hold(config.Protocol, heldSpans(config.PortRange, `L4ProxyRules.${i}`));
  });
  for (const [protocol, spans] of byProtocol) {
    const pair = firstOverlap(spans);
    if (!pair) continue;
    // Name the request's rule first, whichever of the two sorted first.
    const [mine, other] = names.has(pair[1].owner) ? [pair[1], pair[0]] : [pair[0], pair[1]];
    throw new ApiError("InvalidParameter.RulePortDuplicating", {
      protocol,
      value: mine.text,
      name: mine.owner,
      other: other.text,
      ...(names.has(other.owner) ? { otherName: other.owner } : { otherId: other.owner }),
    });
  }
}

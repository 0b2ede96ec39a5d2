/** A live L4 forwarding rule as the API returned it: every field unchecked. */
export interface L4RuleFields {
  RuleId?: unknown;
  Protocol?: unknown;
  PortRange?: unknown;
  OriginType?: unknown;
  OriginValue?: unknown;
  OriginPortRange?: unknown;
  ClientIPPassThroughMode?: unknown;
  SessionPersist?: unknown;
  SessionPersistTime?: unknown;
  RuleTag?: unknown;
}

/** ModifyL4ProxyRules and CreateL4ProxyRules take at most this many rules per call. */
export const MAX_RULES_PER_REQUEST = 200;

const TEO_VERSION = "2022-09-01";

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const texts = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);

/**
 * The writable fields of a live rule, in the API's order; read-only ones (Status, BuId, RemoteAuth) are left out,
 * and SessionPersistTime only goes with SessionPersist on (the API ignores it otherwise, and the file would warn).
 */
export function l4RuleWritable(rule: L4RuleFields, withId: boolean): Record<string, unknown> {
  const persist = text(rule.SessionPersist);
  const out: Record<string, unknown> = {
    RuleId: withId ? text(rule.RuleId) : undefined,
    Protocol: text(rule.Protocol),
    PortRange: texts(rule.PortRange),
    OriginType: text(rule.OriginType),
    OriginValue: texts(rule.OriginValue),
    OriginPortRange: text(rule.OriginPortRange),
    ClientIPPassThroughMode: text(rule.ClientIPPassThroughMode),
    SessionPersist: persist,
    SessionPersistTime: persist === "on" && typeof rule.SessionPersistTime === "number" ? rule.SessionPersistTime : undefined,
    RuleTag: text(rule.RuleTag),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * A ModifyL4ProxyRules of live rules, each pre-filled with what it is now (RuleId and every writable field), so the
 * user edits what should change. Beyond MAX_RULES_PER_REQUEST the rest are `omitted` (one call takes no more).
 */
export function modifyL4RulesRequest(zoneId: string, proxyId: string, rules: readonly L4RuleFields[]): { request: Record<string, unknown>; omitted: number } {
  const withIds = rules.filter((r) => text(r.RuleId) !== undefined);
  const taken = withIds.slice(0, MAX_RULES_PER_REQUEST);
  return {
    request: { Action: "ModifyL4ProxyRules", Version: TEO_VERSION, ZoneId: zoneId, ProxyId: proxyId, L4ProxyRules: taken.map((r) => l4RuleWritable(r, true)) },
    omitted: withIds.length - taken.length,
  };
}

/** A CreateL4ProxyRules for an L4 proxy, with no rules yet (the template and completion help write them). */
export function createL4RulesRequest(zoneId: string, proxyId: string): Record<string, unknown> {
  return { Action: "CreateL4ProxyRules", Version: TEO_VERSION, ZoneId: zoneId, ProxyId: proxyId, L4ProxyRules: [] };
}

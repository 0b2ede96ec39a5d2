import type { Cloud } from "../client/createCloud";
import { collectPages } from "../client/pageStream";
import type { L4ProxyRule, OriginGroup, Teo } from "../client/teoTypes";
import type { L4ProxyFacts, L4RuleFacts, L4RuleLiveSource, OriginGroupFacts } from "./l4RuleFacts";

const options = (signal?: AbortSignal) => (signal ? { signal } : {});
const text = (v: unknown): string => (typeof v === "string" ? v : "");
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export const l4ProxyFacts = (p: Teo.L4Proxy, zoneId: string): L4ProxyFacts => ({
  zoneId: text(p.ZoneId) || zoneId,
  proxyId: text(p.ProxyId),
  name: text(p.ProxyName),
  status: text(p.Status),
  ...(typeof p.L4ProxyRuleCount === "number" ? { ruleCount: p.L4ProxyRuleCount } : {}),
});

/** A rule as the checks and the diff read it; the answer's values are unchecked text. */
export const l4RuleFacts = (r: L4ProxyRule): L4RuleFacts => ({
  ruleId: text(r.RuleId),
  protocol: text(r.Protocol),
  portRange: texts(r.PortRange),
  originType: text(r.OriginType),
  originValue: texts(r.OriginValue),
  originPortRange: text(r.OriginPortRange),
  clientIPPassThroughMode: text(r.ClientIPPassThroughMode),
  sessionPersist: text(r.SessionPersist),
  ...(typeof r.SessionPersistTime === "number" ? { sessionPersistTime: r.SessionPersistTime } : {}),
  ruleTag: text(r.RuleTag),
  status: text(r.Status),
});

const originGroupFacts = (g: OriginGroup): OriginGroupFacts => ({ groupId: text(g.GroupId), name: text(g.Name), type: text(g.Type) });

/** L4 proxies, their rules and the zone's origin groups, through the TEO client (paged and bounded there). */
export function cloudL4RuleSource(teo: Cloud["teo"]): L4RuleLiveSource {
  return {
    l4Proxy: async (zoneId, proxyId, signal) => {
      const p = await teo.describeL4Proxy(zoneId, proxyId, options(signal));
      return p ? l4ProxyFacts(p, zoneId) : undefined;
    },
    l4Rules: async (zoneId, proxyId, signal) => (await teo.rules.listAll(zoneId, proxyId, options(signal))).map(l4RuleFacts),
    originGroups: async (zoneId, signal) => (await collectPages(teo.rules.listOriginGroups(zoneId, {}, options(signal)))).map(originGroupFacts),
    l4Proxies: async (zoneId, signal) => (await collectPages(teo.listL4Proxies(zoneId, {}, options(signal)))).map((p) => l4ProxyFacts(p, zoneId)),
  };
}

import type { Preflight, RequestParams } from "../actions/actionDefinition";
import { collectPages } from "../client/pageStream";
import type { Teo } from "../client/teoTypes";
import { l4RuleFacts } from "../live/cloudL4RuleSource";
import type { L4RuleLiveSource } from "../live/l4RuleFacts";
import { createL4RulesLiveChecks, deleteL4RulesLiveChecks, l4RulesStatusLiveChecks, modifyL4RulesLiveChecks } from "../live/l4RuleLiveChecks";
import type { LiveSource } from "../live/liveSource";
import type { PathFinding } from "../validation/finding";
import { zoneSnapshot } from "./l4CreatePreflight";
import { l4RuleDiff } from "./l4RuleDiff";
import type { L4ProxySnapshot, L4RuleAction, L4RulesReport } from "./l4RuleReport";
import { part } from "./part";
import type { PreflightCloud } from "./preflightCloud";
import type { Blocker, ZoneSnapshot } from "./preflightReport";
import { present, stringParam } from "./requestValues";

function proxySnapshot(p: Teo.L4Proxy, proxyId: string): L4ProxySnapshot {
  return {
    proxyId: p.ProxyId ?? proxyId,
    name: p.ProxyName ?? "",
    status: p.Status ?? "",
    ...present("area", p.Area),
    ...present("ruleCount", typeof p.L4ProxyRuleCount === "number" ? p.L4ProxyRuleCount : undefined),
  };
}

/** The live checks of each rule write: the panel's conflicts are the editor's live findings, from the same code. */
const CHECKS: Record<L4RuleAction, typeof createL4RulesLiveChecks> = {
  CreateL4ProxyRules: createL4RulesLiveChecks,
  ModifyL4ProxyRules: modifyL4RulesLiveChecks,
  ModifyL4ProxyRulesStatus: l4RulesStatusLiveChecks,
  DeleteL4ProxyRules: deleteL4RulesLiveChecks,
};

const blockerParams = (params: PathFinding["params"]): Blocker["params"] =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" || typeof v === "string" ? v : Array.isArray(v) ? v.join(", ") : String(v)]));

/** The facts already fetched, as the live checks read them; origin groups are asked for only if a rule names one. */
function factsOf(zone: ZoneSnapshot, proxy: L4ProxySnapshot, rules: L4RulesReport["liveRules"], cloud: PreflightCloud, signal?: AbortSignal): Pick<LiveSource, "zone"> & L4RuleLiveSource {
  const live = rules?.ok ? rules.value.map(l4RuleFacts) : [];
  const options = signal ? { signal } : {};
  return {
    zone: async () => ({ zoneId: zone.zoneId, name: zone.name, paused: zone.paused, status: zone.status ?? "" }),
    l4Proxy: async (zoneId, proxyId) => ({ zoneId, proxyId, name: proxy.name, status: proxy.status, ...present("ruleCount", proxy.ruleCount) }),
    l4Rules: async () => live,
    originGroups: async (zoneId) => (await collectPages(cloud.teo.rules.listOriginGroups(zoneId, {}, options))).map((g) => ({ groupId: g.GroupId ?? "", name: g.Name ?? "", type: g.Type ?? "" })),
    l4Proxies: async () => [],
  };
}

/**
 * An L4 rule write: the zone (exists, not paused), the proxy (exists, in a state that takes the write), its live
 * rules beside the file's (added, changed field by field, switched, removed, kept), and the conflicts (the live
 * checks over the same facts). Every conflict that is an error blocks the send.
 */
export async function l4RulePreflight(action: L4RuleAction, params: RequestParams, _findings: readonly PathFinding[], cloud: PreflightCloud, signal?: AbortSignal): Promise<L4RulesReport> {
  const zoneId = stringParam(params.ZoneId) ?? "";
  const proxyId = stringParam(params.ProxyId) ?? "";
  const options = signal ? { signal } : {};
  const [zone, proxy] = await Promise.all([
    part(async () => {
      const found = await cloud.teo.findZone(zoneId, options);
      return found ? zoneSnapshot(found) : undefined;
    }),
    part(async () => {
      const found = await cloud.teo.describeL4Proxy(zoneId, proxyId, options);
      return found ? proxySnapshot(found, proxyId) : undefined;
    }),
  ]);
  const blockers: Blocker[] = [];
  const z = zone.ok ? zone.value : undefined;
  if (!zone.ok) blockers.push({ code: "check-failed", params: { code: zone.error.code } });
  else if (!z) blockers.push({ code: "live-zone-not-found", params: { id: zoneId } });
  if (!z) return { kind: "teo-l4-rules", action, zoneId, proxyId, zone, blockers };

  const p = proxy.ok ? proxy.value : undefined;
  if (!proxy.ok) blockers.push({ code: "check-failed", params: { code: proxy.error.code } });
  else if (!p) blockers.push({ code: "live-l4-proxy-not-found", params: { id: proxyId, zone: z.name || zoneId } });
  if (!p) {
    if (z.paused) blockers.push({ code: "live-zone-paused", params: { id: zoneId, name: z.name } });
    return { kind: "teo-l4-rules", action, zoneId, proxyId, zone, proxy, blockers };
  }

  const liveRules = await part(() => cloud.teo.rules.listAll(zoneId, proxyId, options));
  if (!liveRules.ok) {
    blockers.push({ code: "check-failed", params: { code: liveRules.error.code } });
    return { kind: "teo-l4-rules", action, zoneId, proxyId, zone, proxy, liveRules, blockers };
  }
  const diff = l4RuleDiff(action, params, liveRules.value.map(l4RuleFacts));
  const checked = await part(() => CHECKS[action](params, factsOf(z, p, liveRules, cloud, signal), signal));
  if (!checked.ok) blockers.push({ code: "check-failed", params: { code: checked.error.code } });
  const conflicts = checked.ok ? checked.value : [];
  for (const f of conflicts) if (f.severity === "error") blockers.push({ code: f.code, params: blockerParams(f.params) });
  return { kind: "teo-l4-rules", action, zoneId, proxyId, zone, proxy, liveRules, diff, conflicts, blockers };
}

/** The action's `preflight`. */
export const l4RulePreflightFor =
  (action: L4RuleAction): Preflight =>
  (params, findings, cloud, signal) =>
    l4RulePreflight(action, params, findings, cloud, signal);

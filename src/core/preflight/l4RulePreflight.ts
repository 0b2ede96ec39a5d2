import type { Preflight, RequestParams } from "../actions/actionDefinition";
import type { Teo } from "../client/teoTypes";
import type { PathFinding } from "../validation/finding";
import { zoneSnapshot } from "./l4CreatePreflight";
import type { L4ProxySnapshot, L4RuleAction, L4RulesReport } from "./l4RuleReport";
import { part } from "./part";
import type { PreflightCloud } from "./preflightCloud";
import type { Blocker } from "./preflightReport";
import { present, stringParam } from "./requestValues";

/** Statuses in which a proxy refuses rule changes (OperationDenied.L4ProxyIn{Offline,Process,Banned}Status). */
const REFUSING: Readonly<Record<string, string>> = { offline: "OperationDenied.L4ProxyInOfflineStatus", progress: "OperationDenied.L4ProxyInProcessStatus", stopping: "OperationDenied.L4ProxyInProcessStatus", banned: "OperationDenied.L4ProxyInBannedStatus" };

function proxySnapshot(p: Teo.L4Proxy, proxyId: string): L4ProxySnapshot {
  return {
    proxyId: p.ProxyId ?? proxyId,
    name: p.ProxyName ?? "",
    status: p.Status ?? "",
    ...present("area", p.Area),
    ...present("ruleCount", typeof p.L4ProxyRuleCount === "number" ? p.L4ProxyRuleCount : undefined),
  };
}

/**
 * An L4 rule write: the zone (exists, not paused), the proxy (exists, online), and its live rules. The diff of the
 * live rules against the file's, and the live conflicts, are the panel's (engineer l4ui) to add on this report.
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
  else if (z.paused) blockers.push({ code: "live-zone-paused", params: { id: zoneId, name: z.name } });
  if (!z) return { kind: "teo-l4-rules", action, zoneId, proxyId, zone, blockers };

  const p = proxy.ok ? proxy.value : undefined;
  if (!proxy.ok) blockers.push({ code: "check-failed", params: { code: proxy.error.code } });
  else if (!p) blockers.push({ code: "live-l4-proxy-not-found", params: { id: proxyId, zone: z.name || zoneId } });
  else if (Object.hasOwn(REFUSING, p.status)) blockers.push({ code: "live-l4-proxy-not-online", params: { id: proxyId, status: p.status, error: REFUSING[p.status]! } });
  if (!p) return { kind: "teo-l4-rules", action, zoneId, proxyId, zone, proxy, blockers };

  const liveRules = await part(() => cloud.teo.rules.listAll(zoneId, proxyId, options));
  if (!liveRules.ok) blockers.push({ code: "check-failed", params: { code: liveRules.error.code } });
  return { kind: "teo-l4-rules", action, zoneId, proxyId, zone, proxy, liveRules, blockers };
}

/** The action's `preflight`. */
export const l4RulePreflightFor =
  (action: L4RuleAction): Preflight =>
  (params, findings, cloud, signal) =>
    l4RulePreflight(action, params, findings, cloud, signal);

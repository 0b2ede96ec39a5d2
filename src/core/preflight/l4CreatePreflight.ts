import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
import type { RequestParams } from "../actions/actionDefinition";
import type { PathFinding } from "../validation/finding";
import { part } from "./part";
import type { PreflightCloud } from "./preflightCloud";
import type { Blocker, L4CreateReport, RuleCheck, ZoneSnapshot } from "./preflightReport";
import { present, stringParam } from "./requestValues";

/** CreateL4Proxy's documented rules, each with the finding codes that break it. */
const L4_RULES: readonly { code: string; breakers: readonly string[]; path?: string }[] = [
  { code: "l4-name-format", breakers: ["invalid-format", "too-big", "too-small", "missing-parameter"], path: "/ProxyName" },
  { code: "ipv6-static-ip-conflict", breakers: ["ipv6-static-ip-conflict"] },
  { code: "accelerate-mainland-ipv6-conflict", breakers: ["accelerate-mainland-ipv6-conflict"] },
  { code: "accelerate-mainland-allowlist", breakers: ["accelerate-mainland-allowlist"] },
  { code: "exclusive-ddos-ipv6-conflict", breakers: ["exclusive-ddos-ipv6-conflict", "ddos-bandwidth-range"] },
];

/** How the request stands against each rule: an error breaks it, a warning or info is a note. */
function l4RuleChecks(findings: readonly Pick<PathFinding, "code" | "path" | "severity">[]): RuleCheck[] {
  return L4_RULES.map((rule) => {
    const hits = findings.filter((f) => rule.breakers.includes(f.code) && (rule.path === undefined || f.path === rule.path));
    const state = hits.some((f) => f.severity === "error") ? "fail" : hits.length ? "note" : "pass";
    return { code: rule.code, state };
  });
}

export function zoneSnapshot(z: Teo.Zone): ZoneSnapshot {
  return {
    zoneId: z.ZoneId ?? "",
    name: z.ZoneName ?? "",
    ...present("area", z.Area),
    ...present("type", z.Type),
    ...present("status", z.Status),
    ...present("activeStatus", z.ActiveStatus),
    paused: z.Paused === true || z.ActiveStatus === "paused",
  };
}


/** CreateL4Proxy: the zone and its state, whether the name is free in it, and the documented rules. */
export async function l4CreatePreflight(
  params: RequestParams,
  findings: readonly PathFinding[],
  cloud: PreflightCloud,
  signal?: AbortSignal,
): Promise<L4CreateReport> {
  const zoneId = stringParam(params.ZoneId) ?? "";
  const proxyName = stringParam(params.ProxyName) ?? "";
  const options = signal ? { signal } : {};
  const [zone, name] = await Promise.all([
    part(async () => {
      const found = await cloud.teo.findZone(zoneId, options);
      return found ? zoneSnapshot(found) : undefined;
    }),
    part(async () => {
      const existing = (await cloud.teo.findL4ProxiesByName(zoneId, proxyName, options))[0];
      return existing
        ? { taken: true, existing: { proxyId: existing.ProxyId ?? "", ...(existing.Status ? { status: existing.Status } : {}), ...(existing.Area ? { area: existing.Area } : {}) } }
        : { taken: false };
    }),
  ]);
  const blockers: Blocker[] = [];
  const found = zone.ok ? zone.value : undefined;
  if (!zone.ok) blockers.push({ code: "check-failed", params: { code: zone.error.code } });
  else if (!found) blockers.push({ code: "live-zone-not-found", params: { id: zoneId } });
  else if (found.paused) blockers.push({ code: "live-zone-paused", params: { id: zoneId, name: found.name } });
  // Without the zone, "the name is free" means nothing (the listing of a missing zone fails or is empty).
  if (found && !name.ok) blockers.push({ code: "check-failed", params: { code: name.error.code } });
  else if (found && name.ok && name.value.taken) blockers.push({ code: "live-l4-name-taken", params: { name: proxyName, zone: found.name || zoneId } });
  return { kind: "teo-l4-create", zoneId, proxyName, zone, ...(found ? { name } : {}), rules: l4RuleChecks(findings), blockers };
}

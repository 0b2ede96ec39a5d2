import type { RequestParams } from "../actions/actionDefinition";
import { L4_RULE_ACTIONS, l4RuleValueOptions } from "./l4RuleValueOptions";
import type { LiveSource } from "./liveSource";

export interface ValueOption {
  value: string | number;
  /** What the value is, for the completion list (a name, a region's lists). */
  detail?: string;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

async function accessRegionsFor(request: RequestParams, source: LiveSource, signal?: AbortSignal) {
  let origin = str(request.RealServerRegion);
  const groupId = str(request.GroupId);
  if (groupId) origin = (await source.group(groupId, signal))?.realServerRegion ?? origin;
  if (!origin) return [];
  const ipVersion = str(request.IPAddressVersion);
  const packageType = str(request.PackageType);
  return source.accessRegions(origin, { ...(ipVersion ? { ipVersion } : {}), ...(packageType ? { packageType } : {}) }, signal);
}

/**
 * The values of a parameter that only the account knows: access regions for the chosen origin, that pair's
 * bandwidth and concurrency lists, origin regions, group, proxy and zone IDs. Undefined: nothing to offer.
 */
export async function liveValueOptions(
  action: string,
  parameter: string,
  request: RequestParams,
  source: LiveSource,
  signal?: AbortSignal,
  path: readonly (string | number)[] = [parameter],
): Promise<ValueOption[] | undefined> {
  if (L4_RULE_ACTIONS.has(action) && parameter !== "ZoneId") return l4RuleValueOptions(action, path, request, source, signal);
  if (path.length !== 1) return undefined;
  const gaapCreate = action === "CreateProxy" || action === "CheckProxyCreate";
  if (gaapCreate && parameter === "RealServerRegion") return (await source.destRegions(signal)).map((r) => ({ value: r.regionId, ...(r.regionName ? { detail: r.regionName } : {}) }));
  if (gaapCreate && parameter === "AccessRegion") {
    return (await accessRegionsFor(request, source, signal)).map((r) => ({ value: r.regionId, detail: `${r.regionName ?? ""} · ${r.bandwidths.join("/")} Mbps · ${r.concurrents.join("/")}`.replace(/^ · /, "") }));
  }
  if (parameter === "Bandwidth" || parameter === "Concurrent") {
    let accessRegion = str(request.AccessRegion);
    let regions = gaapCreate ? await accessRegionsFor(request, source, signal) : [];
    if (action === "ModifyProxyConfiguration") {
      const proxy = await source.proxy(str(request.ProxyId) ?? str(request.InstanceId) ?? "", signal);
      if (!proxy) return undefined;
      accessRegion = proxy.accessRegion;
      regions = await source.accessRegions(proxy.realServerRegion, {}, signal);
    }
    const region = regions.find((r) => r.regionId === accessRegion);
    if (!region) return undefined;
    return (parameter === "Bandwidth" ? region.bandwidths : region.concurrents).map((v) => ({ value: v, detail: region.regionId }));
  }
  if (parameter === "GroupId") return (await source.groups(signal)).map((g) => ({ value: g.groupId, detail: `${g.name} → ${g.realServerRegion}` }));
  if (parameter === "ProxyId" || parameter === "InstanceId" || parameter === "ClonedProxyId") {
    const proxies = await source.proxies(signal);
    return proxies
      .filter((p) => parameter !== "ClonedProxyId" || p.status === "RUNNING")
      .filter((p) => action !== "ModifyProxyConfiguration" || p.scalarable === 1)
      .map((p) => ({ value: p.proxyId, detail: `${p.name} · ${p.accessRegion}→${p.realServerRegion} · ${p.status}` }));
  }
  if (parameter === "ZoneId") return (await source.zones(signal)).map((z) => ({ value: z.zoneId, detail: `${z.name}${z.paused ? " · paused" : ""}` }));
  return undefined;
}

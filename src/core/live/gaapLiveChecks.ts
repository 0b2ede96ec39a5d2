import type { RequestParams } from "../actions/actionDefinition";
import type { PathFinding } from "../validation/finding";
import { closestName } from "../validation/closestName";
import { FEATURE, type AccessRegionFacts, type LiveSource } from "./liveSource";
import { nearestAllowed } from "./nearestAllowed";

const live = (path: string, code: string, severity: PathFinding["severity"], params: PathFinding["params"] = {}, fix?: PathFinding["fix"]): PathFinding => ({
  path,
  code,
  severity,
  target: "value",
  params,
  live: true,
  ...(fix ? { fix } : {}),
});

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** Bandwidth and Concurrent against the access region's lists, with a snap to the nearest allowed value. */
function sizeFindings(request: RequestParams, region: AccessRegionFacts): PathFinding[] {
  const found: PathFinding[] = [];
  const checks: [string, readonly number[], string][] = [
    ["Bandwidth", region.bandwidths, "live-bandwidth"],
    ["Concurrent", region.concurrents, "live-concurrent"],
  ];
  for (const [name, allowed, code] of checks) {
    const value = num(request[name]);
    if (value === undefined || allowed.length === 0 || allowed.includes(value)) continue;
    const nearest = nearestAllowed(value, allowed);
    found.push(live(`/${name}`, code, "error", { value, region: region.regionId, allowed: [...allowed] }, nearest === undefined ? undefined : { kind: "replace-value", value: nearest }));
  }
  return found;
}

function featureFindings(request: RequestParams, region: AccessRegionFacts): PathFinding[] {
  const found: PathFinding[] = [];
  const needs: [string, unknown, number, string][] = [
    ["IPAddressVersion", "IPv6", FEATURE.ipv6, "IPv6"],
    ["NetworkType", "cn2", FEATURE.cn2, "cn2"],
    ["NetworkType", "triple", FEATURE.triple, "triple"],
  ];
  for (const [name, value, bit, feature] of needs) {
    if (request[name] === value && (region.featureBitmap & bit) === 0) found.push(live(`/${name}`, "live-feature", "error", { feature, region: region.regionId }));
  }
  return found;
}

/** CreateProxy and CheckProxyCreate: origin, region pair, sizes, features, group and cloned proxy. */
export async function proxyCreateLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const found: PathFinding[] = [];
  let origin = str(request.RealServerRegion);
  const groupId = str(request.GroupId);
  if (groupId) {
    const group = await source.group(groupId, signal);
    if (!group) found.push(live("/GroupId", "live-group-not-found", "error", { id: groupId }));
    else origin = group.realServerRegion || origin;
  }
  const clonedId = str(request.ClonedProxyId);
  if (clonedId) {
    const cloned = await source.proxy(clonedId, signal);
    if (!cloned) found.push(live("/ClonedProxyId", "live-proxy-not-found", "error", { id: clonedId }));
    else if (cloned.status !== "RUNNING") found.push(live("/ClonedProxyId", "live-cloned-not-running", "error", { id: clonedId, status: cloned.status }));
  }
  if (!origin) return found;

  const dests = await source.destRegions(signal);
  if (!groupId && !dests.some((d) => d.regionId === origin)) {
    const suggestion = closestName(origin, dests.map((d) => d.regionId));
    found.push(live("/RealServerRegion", "live-unknown-dest-region", "error", { region: origin, allowed: dests.map((d) => d.regionId) }, suggestion ? { kind: "replace-value", value: suggestion } : undefined));
    return found;
  }
  const access = str(request.AccessRegion);
  if (!access) return found;
  const options = { ...(str(request.IPAddressVersion) ? { ipVersion: str(request.IPAddressVersion)! } : {}), ...(str(request.PackageType) ? { packageType: str(request.PackageType)! } : {}) };
  const regions = await source.accessRegions(origin, options, signal);
  const region = regions.find((r) => r.regionId === access);
  if (!region) {
    const ids = regions.map((r) => r.regionId);
    const suggestion = closestName(access, ids);
    found.push(live("/AccessRegion", "live-access-region", "error", { region: access, origin, allowed: ids }, suggestion ? { kind: "replace-value", value: suggestion } : undefined));
    return found;
  }
  found.push(...sizeFindings(request, region), ...featureFindings(request, region));
  return found;
}

/** ModifyProxyConfiguration: the proxy exists, can scale, the target is allowed and differs from now. */
export async function proxyModifyLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const idName = str(request.ProxyId) ? "ProxyId" : "InstanceId";
  const proxyId = str(request[idName]);
  if (!proxyId) return [];
  const proxy = await source.proxy(proxyId, signal);
  if (!proxy) return [live(`/${idName}`, "live-proxy-not-found", "error", { id: proxyId })];
  const found: PathFinding[] = [];
  if (proxy.scalarable !== 1) found.push(live(`/${idName}`, "live-not-scalarable", "error", { id: proxyId }));
  if (proxy.status !== "RUNNING") found.push(live(`/${idName}`, "live-proxy-not-running", "warning", { id: proxyId, status: proxy.status }));
  const bandwidth = num(request.Bandwidth);
  const concurrent = num(request.Concurrent);
  if ((bandwidth ?? proxy.bandwidth) === proxy.bandwidth && (concurrent ?? proxy.concurrent) === proxy.concurrent) {
    found.push({ ...live("", "live-no-change", "warning", { id: proxyId, bandwidth: proxy.bandwidth, concurrent: proxy.concurrent }), target: "object" });
  }
  const region = (await source.accessRegions(proxy.realServerRegion, {}, signal)).find((r) => r.regionId === proxy.accessRegion);
  if (region) found.push(...sizeFindings(request, region));
  return found;
}

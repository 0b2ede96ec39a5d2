import type { RequestParams } from "../actions/actionDefinition";
import { numberParam, stringParam } from "../preflight/requestValues";
import { closestName } from "../validation/closestName";
import type { PathFinding } from "../validation/finding";
import { liveFinding } from "./liveFinding";
import { FEATURE, type AccessRegionFacts, type LiveSource } from "./liveSource";
import { nearestAllowed } from "./nearestAllowed";

/** Bandwidth and Concurrent against the access region's lists, with a snap to the nearest allowed value. */
function sizeFindings(request: RequestParams, region: AccessRegionFacts): PathFinding[] {
  const found: PathFinding[] = [];
  const checks: [string, readonly number[], string][] = [
    ["Bandwidth", region.bandwidths, "live-bandwidth"],
    ["Concurrent", region.concurrents, "live-concurrent"],
  ];
  for (const [name, allowed, code] of checks) {
    const value = numberParam(request[name]);
    if (value === undefined || allowed.length === 0 || allowed.includes(value)) continue;
    const nearest = nearestAllowed(value, allowed);
    found.push(liveFinding(`/${name}`, code, "error", { value, region: region.regionId, allowed: [...allowed] }, nearest === undefined ? undefined : { kind: "replace-value", value: nearest }));
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
    if (request[name] === value && (region.featureBitmap & bit) === 0) found.push(liveFinding(`/${name}`, "live-feature", "error", { feature, region: region.regionId }));
  }
  return found;
}

/** CreateProxy and CheckProxyCreate: origin, region pair, sizes, features, group and cloned proxy. */
export async function proxyCreateLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const found: PathFinding[] = [];
  let origin = stringParam(request.RealServerRegion);
  const groupId = stringParam(request.GroupId);
  if (groupId) {
    const group = await source.group(groupId, signal);
    if (!group) found.push(liveFinding("/GroupId", "live-group-not-found", "error", { id: groupId }));
    else origin = group.realServerRegion || origin;
  }
  const clonedId = stringParam(request.ClonedProxyId);
  if (clonedId) {
    const cloned = await source.proxy(clonedId, signal);
    if (!cloned) found.push(liveFinding("/ClonedProxyId", "live-proxy-not-found", "error", { id: clonedId }));
    else if (cloned.status !== "RUNNING") found.push(liveFinding("/ClonedProxyId", "live-cloned-not-running", "error", { id: clonedId, status: cloned.status }));
  }
  if (!origin) return found;

  const dests = await source.destRegions(signal);
  if (!groupId && !dests.some((d) => d.regionId === origin)) {
    const suggestion = closestName(origin, dests.map((d) => d.regionId));
    found.push(liveFinding("/RealServerRegion", "live-unknown-dest-region", "error", { region: origin, allowed: dests.map((d) => d.regionId) }, suggestion ? { kind: "replace-value", value: suggestion } : undefined));
    return found;
  }
  const access = stringParam(request.AccessRegion);
  if (!access) return found;
  const options = { ...(stringParam(request.IPAddressVersion) ? { ipVersion: stringParam(request.IPAddressVersion)! } : {}), ...(stringParam(request.PackageType) ? { packageType: stringParam(request.PackageType)! } : {}) };
  const regions = await source.accessRegions(origin, options, signal);
  const region = regions.find((r) => r.regionId === access);
  if (!region) {
    const ids = regions.map((r) => r.regionId);
    const suggestion = closestName(access, ids);
    found.push(liveFinding("/AccessRegion", "live-access-region", "error", { region: access, origin, allowed: ids }, suggestion ? { kind: "replace-value", value: suggestion } : undefined));
    return found;
  }
  found.push(...sizeFindings(request, region), ...featureFindings(request, region));
  return found;
}

/** ModifyProxyConfiguration: the proxy exists, can scale, the target is allowed and differs from now. */
export async function proxyModifyLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const idName = stringParam(request.ProxyId) ? "ProxyId" : "InstanceId";
  const proxyId = stringParam(request[idName]);
  if (!proxyId) return [];
  const proxy = await source.proxy(proxyId, signal);
  if (!proxy) return [liveFinding(`/${idName}`, "live-proxy-not-found", "error", { id: proxyId })];
  const found: PathFinding[] = [];
  if (proxy.scalarable !== 1) found.push(liveFinding(`/${idName}`, "live-not-scalarable", "error", { id: proxyId }));
  if (proxy.status !== "RUNNING") found.push(liveFinding(`/${idName}`, "live-proxy-not-running", "warning", { id: proxyId, status: proxy.status }));
  const bandwidth = numberParam(request.Bandwidth);
  const concurrent = numberParam(request.Concurrent);
  if ((bandwidth ?? proxy.bandwidth) === proxy.bandwidth && (concurrent ?? proxy.concurrent) === proxy.concurrent) {
    found.push({ ...liveFinding("", "live-no-change", "warning", { id: proxyId, bandwidth: proxy.bandwidth, concurrent: proxy.concurrent }), target: "object" });
  }
  const region = (await source.accessRegions(proxy.realServerRegion, {}, signal)).find((r) => r.regionId === proxy.accessRegion);
  if (region) found.push(...sizeFindings(request, region));
  return found;
}

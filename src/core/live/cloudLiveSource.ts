import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type { Cloud } from "../client/createCloud";
import { collectPages } from "../client/pageStream";
import { ApiError } from "../errors/apiError";
import type { GroupFacts, LiveSource, ProxyFacts } from "./liveSource";

const NOT_FOUND = new Set(["ResourceNotFound", "InvalidParameterValue.UnknownDestRegion", "InvalidParameter", "InvalidParameterValue"]);

/** An answer of "no such thing" is a fact for a live check, not a failure. */
async function orUndefined<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof ApiError && NOT_FOUND.has(e.code)) return undefined;
    throw e;
  }
}

const options = (signal?: AbortSignal) => (signal ? { signal } : {});

async function firstPage<T>(pages: AsyncGenerator<{ items: T[] }>): Promise<T[]> {
  try {
    const first = await pages.next();
    return first.done ? [] : first.value.items;
  } finally {
    await pages.return(undefined);
  }
}

const proxyFacts = (p: Gaap.ProxyInfo): ProxyFacts => ({
  proxyId: p.ProxyId ?? p.InstanceId ?? "",
  name: p.ProxyName ?? "",
  status: p.Status ?? "",
  accessRegion: p.AccessRegion ?? "",
  realServerRegion: p.RealServerRegion ?? "",
  bandwidth: Number(p.Bandwidth ?? 0),
  concurrent: Number(p.Concurrent ?? 0),
  scalarable: Number(p.Scalarable ?? 0),
  ...(p.GroupId ? { groupId: p.GroupId } : {}),
});

const groupFacts = (g: Gaap.ProxyGroupInfo): GroupFacts => ({
  groupId: g.GroupId ?? "",
  name: g.GroupName ?? "",
  realServerRegion: g.RealServerRegionInfo?.RegionId ?? "",
});

/** The account facts of live checks and completion, asked of GAAP and EdgeOne through the client. */
export function cloudLiveSource(cloud: Pick<Cloud, "gaap" | "teo">): LiveSource {
  const { gaap, teo } = cloud;
  return {
    destRegions: async (signal) => (await gaap.destRegions({}, options(signal))).map((r) => ({ regionId: r.RegionId ?? "", ...(r.RegionName ? { regionName: r.RegionName } : {}) })),
    accessRegions: async (dest, o, signal) =>
      (
        (await orUndefined(() =>
          gaap.accessRegionsByDestRegion(
            { DestRegion: dest, ...(o.ipVersion ? { IPAddressVersion: o.ipVersion } : {}), ...(o.packageType ? { PackageType: o.packageType } : {}) },
            options(signal),
          ),
        )) ?? []
      ).map((r) => ({
        regionId: r.RegionId ?? "",
        ...(r.RegionName ? { regionName: r.RegionName } : {}),
        bandwidths: (r.BandwidthList ?? []).map(Number),
        concurrents: (r.ConcurrentList ?? []).map(Number),
        featureBitmap: Number(r.FeatureBitmap ?? 0),
      })),
    proxy: async (id, signal) => {
      const found = await orUndefined(() => firstPage(gaap.listProxies({ ProxyIds: [id] }, options(signal))));
      const p = found?.find((x) => (x.ProxyId ?? x.InstanceId) === id);
      return p ? proxyFacts(p) : undefined;
    },
    group: async (id, signal) => {
      const g = (await collectPages(gaap.listGroups({}, options(signal)))).find((x) => x.GroupId === id);
      return g ? groupFacts(g) : undefined;
    },
    zone: async (id, signal) => {
      const zones = await firstPage(teo.listZones({ Filters: [{ Name: "zone-id", Values: [id] }] }, options(signal)));
      const z = zones.find((x) => x.ZoneId === id);
      return z ? { zoneId: id, name: z.ZoneName ?? id, paused: z.Paused === true || z.ActiveStatus === "paused", status: z.Status ?? "" } : undefined;
    },
    l4NameTaken: async (zoneId, name, signal) => (await teo.findL4ProxiesByName(zoneId, name, options(signal))).length > 0,
    proxies: async (signal) => (await firstPage(gaap.listProxies({}, options(signal)))).map(proxyFacts),
    groups: async (signal) => (await collectPages(gaap.listGroups({}, options(signal)))).map(groupFacts),
    zones: async (signal) =>
      (await firstPage(teo.listZones({}, options(signal)))).map((z) => ({ zoneId: z.ZoneId ?? "", name: z.ZoneName ?? "", paused: z.Paused === true, status: z.Status ?? "" })),
  };
}

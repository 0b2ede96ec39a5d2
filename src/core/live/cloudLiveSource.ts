import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
import type { Cloud } from "../client/createCloud";
import { collectPages } from "../client/pageStream";
import { ApiError } from "../errors/apiError";
import { accessRegionFacts } from "./accessRegionFacts";
import { cloudL4RuleSource } from "./cloudL4RuleSource";
import type { GroupFacts, LiveSource, ProxyFacts, ZoneFacts } from "./liveSource";

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

const zoneFacts = (z: Teo.Zone): ZoneFacts => ({
  zoneId: z.ZoneId ?? "",
  name: z.ZoneName || z.ZoneId || "",
  paused: z.Paused === true || z.ActiveStatus === "paused",
  status: z.Status ?? "",
});

/** The account facts of live checks and completion, asked of GAAP and EdgeOne through the client. */
export function cloudLiveSource(cloud: Pick<Cloud, "gaap" | "teo">): LiveSource {
  const { gaap, teo } = cloud;
  return {
    ...cloudL4RuleSource(teo),
    destRegions: async (signal) => (await gaap.destRegions({}, options(signal))).map((r) => ({ regionId: r.RegionId ?? "", ...(r.RegionName ? { regionName: r.RegionName } : {}) })),
    accessRegions: async (dest, o, signal) =>
      (
        (await orUndefined(() =>
          gaap.accessRegionsByDestRegion(
            { DestRegion: dest, ...(o.ipVersion ? { IPAddressVersion: o.ipVersion } : {}), ...(o.packageType ? { PackageType: o.packageType } : {}) },
            options(signal),
          ),
        )) ?? []
      ).map(accessRegionFacts),
    proxy: async (id, signal) => {
      const found = await orUndefined(() => firstPage(gaap.listProxies({ ProxyIds: [id] }, options(signal))));
      const p = found?.find((x) => (x.ProxyId ?? x.InstanceId) === id);
      return p ? proxyFacts(p) : undefined;
    },
    group: async (id, signal) => {
      const g = await gaap.findGroup(id, options(signal));
      return g ? groupFacts(g) : undefined;
    },
    zone: async (id, signal) => {
      const z = await teo.findZone(id, options(signal));
      return z ? zoneFacts(z) : undefined;
    },
    l4NameTaken: async (zoneId, name, signal) => (await teo.findL4ProxiesByName(zoneId, name, options(signal))).length > 0,
    proxies: async (signal) => (await firstPage(gaap.listProxies({}, options(signal)))).map(proxyFacts),
    groups: async (signal) => (await collectPages(gaap.listGroups({}, options(signal)))).map(groupFacts),
    zones: async (signal) =>
      (await firstPage(teo.listZones({}, options(signal)))).map(zoneFacts),
  };
}

import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type { RequestParams } from "../actions/actionDefinition";
import { ApiError } from "../errors/apiError";
import { allowedLists, priceQuote } from "./gaapLookups";
import { part } from "./part";
import type { PreflightCloud } from "./preflightCloud";
import type { Blocker, DiffEntry, ModifyReport, ProxyQuery, ProxySnapshot } from "./preflightReport";
import { numberParam as num, present, stringParam as str } from "./requestValues";


function proxySnapshot(p: Gaap.ProxyInfo, proxyId: string): ProxySnapshot {
  return {
    proxyId: p.ProxyId || p.InstanceId || proxyId,
    name: p.ProxyName ?? "",
    status: p.Status ?? "",
    scalarable: Number(p.Scalarable ?? 0),
    accessRegion: p.AccessRegion ?? "",
    realServerRegion: p.RealServerRegion ?? "",
    bandwidth: Number(p.Bandwidth ?? 0),
    concurrent: Number(p.Concurrent ?? 0),
    ...present("billingType", p.BillingType === undefined ? undefined : Number(p.BillingType)),
    ...present("ipAddressVersion", p.IPAddressVersion),
    ...present("networkType", p.NetworkType),
    ...present("packageType", p.PackageType),
    ...present("groupId", p.GroupId),
  };
}

/** The live proxy as a query for the price list, with the sizes given. */
function queryOf(proxy: ProxySnapshot, bandwidth: number, concurrent: number, billingType: number | undefined): ProxyQuery {
  return {
    AccessRegion: proxy.accessRegion,
    RealServerRegion: proxy.realServerRegion,
    Bandwidth: bandwidth,
    Concurrent: concurrent,
    ...(proxy.ipAddressVersion ? { IPAddressVersion: proxy.ipAddressVersion } : {}),
    ...(proxy.networkType ? { NetworkType: proxy.networkType } : {}),
    ...(proxy.packageType ? { PackageType: proxy.packageType } : {}),
    ...(billingType !== undefined ? { BillingType: billingType } : {}),
  };
}

/** Each parameter the request sets beside the proxy's current value; unset ones stay as they are. */
function modifyDiff(proxy: ProxySnapshot | undefined, params: RequestParams): DiffEntry[] {
  const fields: [DiffEntry["field"], number | undefined][] = [
    ["Bandwidth", proxy?.bandwidth],
    ["Concurrent", proxy?.concurrent],
    ["BillingType", proxy?.billingType],
  ];
  return fields
    .filter(([field]) => field !== "BillingType" || num(params.BillingType) !== undefined)
    .map(([field, current]) => {
      const target = num(params[field]);
      return { field, ...(current !== undefined ? { current } : {}), ...(target !== undefined ? { target } : {}), changed: target !== undefined && target !== current };
    });
}

const notFound = (e: ApiError) => e.code === "ResourceNotFound" || e.code.startsWith("ResourceNotFound.");

/**
 * ModifyProxyConfiguration: the live proxy beside the target, whether it can change now (Scalarable 1, RUNNING),
 * the allowed sizes for its region pair, and the price now and after.
 */
export async function modifyPreflight(params: RequestParams, cloud: PreflightCloud, signal?: AbortSignal): Promise<ModifyReport> {
  const proxyId = str(params.ProxyId) ?? str(params.InstanceId) ?? "";
  const proxy = await part(async () => {
    try {
      return proxySnapshot(await cloud.gaap.describeProxyDetail(proxyId, { ...(signal ? { signal } : {}) }), proxyId);
    } catch (e) {
      if (e instanceof ApiError && notFound(e)) return undefined;
      throw e;
    }
  });
  const live = proxy.ok ? proxy.value : undefined;
  const diff = modifyDiff(live, params);
  const blockers: Blocker[] = [];
  if (!proxy.ok) blockers.push({ code: "check-failed", params: { code: proxy.error.code } });
  else if (!live) blockers.push({ code: "live-proxy-not-found", params: { id: proxyId } });
  if (!live) return { kind: "gaap-modify", proxyId, proxy, diff, blockers };

  if (live.scalarable !== 1) blockers.push({ code: "live-not-scalarable", params: { id: proxyId } });
  if (live.status !== "RUNNING") blockers.push({ code: "live-proxy-not-running", params: { id: proxyId, status: live.status } });
  if (!diff.some((d) => d.changed)) blockers.push({ code: "live-no-change", params: { id: proxyId, bandwidth: live.bandwidth, concurrent: live.concurrent } });

  const target = queryOf(live, num(params.Bandwidth) ?? live.bandwidth, num(params.Concurrent) ?? live.concurrent, num(params.BillingType) ?? live.billingType);
  const current = queryOf(live, live.bandwidth, live.concurrent, live.billingType);
  const [allowed, currentPrice, targetPrice] = await Promise.all([
    part(() =>
      allowedLists(
        cloud.gaap,
        {
          origin: live.realServerRegion,
          accessRegion: live.accessRegion,
          ...(live.ipAddressVersion ? { ipAddressVersion: live.ipAddressVersion } : {}),
          ...(live.packageType ? { packageType: live.packageType } : {}),
        },
        signal,
      ),
    ),
    part(() => priceQuote(cloud.gaap, current, signal)),
    part(() => priceQuote(cloud.gaap, target, signal)),
  ]);
  return { kind: "gaap-modify", proxyId, proxy, diff, allowed, currentPrice, targetPrice, blockers };
}

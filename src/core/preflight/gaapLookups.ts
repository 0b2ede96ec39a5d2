import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import { accessRegionFacts } from "../live/accessRegionFacts";
import type { PreflightCloud } from "./preflightCloud";
import type { AllowedLists, CheckAnswer, PriceQuote, ProxyQuery } from "./preflightReport";
import { present } from "./requestValues";

type Gaap = PreflightCloud["gaap"];

/** CheckProxyCreate and InquiryPriceCreateProxy document NetworkType normal and cn2 only. */
const checkableNetworkType = (q: ProxyQuery): string | undefined => (q.NetworkType === "normal" || q.NetworkType === "cn2" ? q.NetworkType : undefined);

const num = (v: number | bigint | undefined | null): number | undefined => (v === undefined || v === null ? undefined : Number(v));

/** CheckProxyCreate: 1 when a proxy with this configuration can be created now, 0 when not. */
export async function checkFlag(gaap: Gaap, q: ProxyQuery, signal?: AbortSignal): Promise<CheckAnswer> {
  const networkType = checkableNetworkType(q);
  const r = await gaap.checkProxyCreate(
    {
      AccessRegion: q.AccessRegion,
      RealServerRegion: q.RealServerRegion,
      Bandwidth: q.Bandwidth,
      Concurrent: q.Concurrent,
      ...present("GroupId", q.GroupId),
      ...present("IPAddressVersion", q.IPAddressVersion),
      ...present("NetworkType", networkType),
      ...present("PackageType", q.PackageType),
    },
    { ...(signal ? { signal } : {}) },
  );
  return { checkFlag: r.CheckFlag ?? 0, requestId: r.RequestId ?? "", networkTypeOmitted: q.NetworkType !== undefined && networkType === undefined };
}

/** InquiryPriceCreateProxy for the configuration. */
export async function priceQuote(gaap: Gaap, q: ProxyQuery, signal?: AbortSignal): Promise<PriceQuote> {
  const r = await gaap.inquiryPriceCreateProxy(
    {
      AccessRegion: q.AccessRegion,
      Bandwidth: q.Bandwidth,
      RealServerRegion: q.RealServerRegion,
      Concurrent: q.Concurrent,
      ...present("BillingType", q.BillingType),
      ...present("IPAddressVersion", q.IPAddressVersion),
      ...present("NetworkType", checkableNetworkType(q)),
      ...present("PackageType", q.PackageType),
    },
    { ...(signal ? { signal } : {}) },
  );
  return toPriceQuote(r);
}

function toPriceQuote(r: Gaap.InquiryPriceCreateProxyResponse): PriceQuote {
  return {
    currency: r.Currency || "CNY",
    ...present("daily", num(r.ProxyDailyPrice)),
    ...present("dailyDiscounted", num(r.DiscountProxyDailyPrice)),
    bandwidthUnitPrices: (r.BandwidthUnitPrice ?? []).map((g) => ({
      from: num(g.BandwidthRange?.[0]) ?? 0,
      to: num(g.BandwidthRange?.[1]) ?? 0,
      price: num(g.BandwidthUnitPrice) ?? 0,
      ...present("discounted", num(g.DiscountBandwidthUnitPrice)),
    })),
    ...present("flowUnitPrice", num(r.FlowUnitPrice)),
    ...present("flowUnitPriceDiscounted", num(r.DiscountFlowUnitPrice)),
    ...present("cn2BandwidthPrice", num(r.Cn2BandwidthPrice)),
    ...present("cn2BandwidthPriceDiscounted", num(r.Cn2BandwidthPriceWithDiscount)),
    requestId: r.RequestId ?? "",
  };
}

/** The access regions that serve the origin, with their bandwidth and concurrency lists. */
export async function allowedLists(
  gaap: Gaap,
  where: { origin: string; accessRegion?: string; ipAddressVersion?: string; packageType?: string },
  signal?: AbortSignal,
): Promise<AllowedLists> {
  const set = await gaap.accessRegionsByDestRegion(
    { DestRegion: where.origin, ...present("IPAddressVersion", where.ipAddressVersion), ...present("PackageType", where.packageType) },
    { ...(signal ? { signal } : {}) },
  );
  const accessRegions = set.map(accessRegionFacts);
  const chosen = accessRegions.find((a) => a.regionId === where.accessRegion);
  return { origin: where.origin, accessRegions, ...present("chosen", chosen) };
}

/** A group's origin region (CreateProxy with GroupId uses it); undefined when the account has no such group. */
export async function groupOrigin(gaap: Gaap, groupId: string, signal?: AbortSignal): Promise<string | undefined> {
  const group = await gaap.findGroup(groupId, { ...(signal ? { signal } : {}) });
  return group ? group.RealServerRegionInfo?.RegionId || "" : undefined;
}

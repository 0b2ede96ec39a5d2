import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
import { ApiError } from "../../../src/core/errors/apiError";
import type { L4ProxyRule, OriginGroup } from "../../../src/core/client/teoTypes";
import type { PreflightCloud } from "../../../src/core/preflight/preflightCloud";

/** A small account for the preflight: what it offers, what is sold out, and the resources it holds. */
export interface FakeAccount {
  offers: { access: string; dest: string; area?: string; bandwidths: number[]; concurrents: number[] }[];
  /** CheckProxyCreate answers 0 for these. */
  soldOut?: (q: { AccessRegion: string; RealServerRegion: string; Bandwidth: number; Concurrent: number }) => boolean;
  groups?: Gaap.ProxyGroupInfo[];
  proxies?: Gaap.ProxyInfo[];
  zones?: Teo.Zone[];
  l4Proxies?: Teo.L4Proxy[];
  /** The L4 rules of each proxy, by ProxyId. */
  l4Rules?: ReadonlyMap<string, L4ProxyRule[]>;
  originGroups?: OriginGroup[];
  /** Actions that fail with this code. */
  failing?: Record<string, string>;
}

const apiError = (code: string, action: string, service: "gaap" | "teo" = "gaap") =>
  new ApiError({ code, message: code, requestId: `req-${action}`, action, service, retryable: false, ambiguous: false });

/** A PreflightCloud over a FakeAccount; `calls` lists every action asked, in order. */
export function fakeCloud(account: FakeAccount): PreflightCloud & { calls: string[] } {
  const calls: string[] = [];
  const enter = (action: string) => {
    calls.push(action);
    const code = account.failing?.[action];
    if (code) throw apiError(code, action);
  };
  const offer = (access: string, dest: string) => account.offers.find((o) => o.access === access && o.dest === dest);
  const sizesOk = (r: { AccessRegion: string; RealServerRegion?: string; Bandwidth: number; Concurrent?: number }, action: string) => {
    const o = offer(r.AccessRegion, r.RealServerRegion ?? "");
    if (!o) throw apiError("InvalidParameterValue.UnknownAccessRegion", action);
    if (!o.bandwidths.includes(r.Bandwidth)) throw apiError("InvalidParameterValue.InvalidBandwidth", action);
    if (!o.concurrents.includes(r.Concurrent ?? 0)) throw apiError("InvalidParameterValue.InvalidConcurrency", action);
  };
  return {
    calls,
    gaap: {
      async checkProxyCreate(req) {
        enter("CheckProxyCreate");
        sizesOk(req, "CheckProxyCreate");
        const q = { AccessRegion: req.AccessRegion, RealServerRegion: req.RealServerRegion, Bandwidth: req.Bandwidth, Concurrent: req.Concurrent };
        return { CheckFlag: account.soldOut?.(q) ? 0 : 1, RequestId: "req-check" };
      },
      async inquiryPriceCreateProxy(req) {
        enter("InquiryPriceCreateProxy");
        sizesOk(req, "InquiryPriceCreateProxy");
        const daily = req.Bandwidth * 0.8 + (req.Concurrent ?? 0) * 0.5;
        return {
          ProxyDailyPrice: daily,
          DiscountProxyDailyPrice: daily,
          Currency: "CNY",
          BandwidthUnitPrice: [{ BandwidthRange: [0, 50], BandwidthUnitPrice: 0.8, DiscountBandwidthUnitPrice: 0.8 }],
          RequestId: "req-price",
        };
      },
      async accessRegionsByDestRegion(req) {
        enter("DescribeAccessRegionsByDestRegion");
        return account.offers
          .filter((o) => o.dest === req.DestRegion)
          .map((o) => ({ RegionId: o.access, RegionName: `${o.access} name`, RegionArea: o.area ?? "", BandwidthList: o.bandwidths, ConcurrentList: o.concurrents, FeatureBitmap: 71, RegionAreaName: "", IDCType: "dc" }));
      },
      async describeProxyDetail(proxyId) {
        enter("DescribeProxyDetail");
        const p = account.proxies?.find((x) => x.ProxyId === proxyId);
        if (!p) throw apiError("ResourceNotFound", "DescribeProxyDetail");
        return p;
      },
      async findGroup(groupId) {
        calls.push("DescribeProxyGroupList");
        return (account.groups ?? []).find((g) => g.GroupId === groupId);
      },
    },
    teo: {
      async findZone(zoneId) {
        calls.push("DescribeZones");
        return (account.zones ?? []).find((z) => z.ZoneId === zoneId);
      },
      async findL4ProxiesByName(zoneId, name) {
        enter("DescribeL4Proxy");
        return (account.l4Proxies ?? []).filter((p) => p.ZoneId === zoneId && p.ProxyName === name);
      },
      async describeL4Proxy(zoneId, proxyId) {
        enter("DescribeL4Proxy");
        return (account.l4Proxies ?? []).find((p) => p.ZoneId === zoneId && p.ProxyId === proxyId);
      },
      rules: {
        async *list(_zoneId, proxyId) {
          enter("DescribeL4ProxyRules");
          const items = account.l4Rules?.get(proxyId) ?? [];
          yield { items, total: items.length, offset: 0 };
        },
        async listAll(_zoneId, proxyId) {
          enter("DescribeL4ProxyRules");
          return account.l4Rules?.get(proxyId) ?? [];
        },
        async *listOriginGroups() {
          enter("DescribeOriginGroup");
          const items = account.originGroups ?? [];
          yield { items, total: items.length, offset: 0 };
        },
      },
    },
  };
}

import type * as z from "../../core/zod";
import { ApiError } from "../apiError";
import { defineAction } from "../sandboxAction";
import { isMainlandRegion } from "../seeds/regionCatalog";
import { inquiryPriceCreateProxyParams } from "../validation/gaapSchemas";
import { validateSchema } from "../validation/validateSchema";
import { resolveOffer } from "./checkProxyConfig";

type Params = z.infer<typeof inquiryPriceCreateProxyParams>;

// A made-up but stable price list (CNY per day), so that the preflight panel has real numbers to show and tests
// can assert them: bandwidth is priced by gradient, concurrency per 10,000 connections.
const GRADIENTS = [
  { BandwidthRange: [0, 50], BandwidthUnitPrice: 0.8, DiscountBandwidthUnitPrice: 0.8 },
  { BandwidthRange: [50, 200], BandwidthUnitPrice: 0.7, DiscountBandwidthUnitPrice: 0.7 },
  { BandwidthRange: [200, 500], BandwidthUnitPrice: 0.6, DiscountBandwidthUnitPrice: 0.6 },
  { BandwidthRange: [500, 1000], BandwidthUnitPrice: 0.5, DiscountBandwidthUnitPrice: 0.5 },
];
const CONCURRENT_PRICE = { mainland: 0.5, overseas: 1.0 };
const FLOW_UNIT_PRICE = 0.8;
const CN2_PRICE = 1.2;

const round2 = (n: number): number => Math.round(n * 100) / 100;

function unitPrice(bandwidth: number): number {
  const gradient = GRADIENTS.find((g) => bandwidth > g.BandwidthRange[0]! && bandwidth <= g.BandwidthRange[1]!) ?? GRADIENTS[GRADIENTS.length - 1]!;
  return gradient.BandwidthUnitPrice;
}

/** RealServerRegion (new) or DestRegion (old), Concurrent (new) or Concurrency (old): one of each pair is required. */
function required(params: Params) {
  const dest = params.RealServerRegion ?? params.DestRegion;
  const concurrent = params.Concurrent ?? params.Concurrency;
  if (dest === undefined) throw new ApiError("MissingParameter", { name: "RealServerRegion" });
  if (concurrent === undefined) throw new ApiError("MissingParameter", { name: "Concurrent" });
  return { dest, concurrent };
}

export const inquiryPriceCreateProxy = defineAction({
  name: "InquiryPriceCreateProxy",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(inquiryPriceCreateProxyParams, body),
  handle(params, ctx) {
    const { dest, concurrent } = required(params);
    resolveOffer(ctx.state.catalog, { ...params, RealServerRegion: dest, Concurrent: concurrent });
    const byTraffic = params.BillingType === 1;
    const concurrentPrice = concurrent * (isMainlandRegion(params.AccessRegion) ? CONCURRENT_PRICE.mainland : CONCURRENT_PRICE.overseas);
    const cn2 = params.NetworkType === "cn2" ? CN2_PRICE : 0;
    const daily = round2(concurrentPrice + (byTraffic ? 0 : params.Bandwidth * (unitPrice(params.Bandwidth) + cn2)));
    return {
      ProxyDailyPrice: daily,
      BandwidthUnitPrice: byTraffic ? null : GRADIENTS,
      DiscountProxyDailyPrice: daily,
      Currency: "CNY",
      FlowUnitPrice: byTraffic ? FLOW_UNIT_PRICE : null,
      DiscountFlowUnitPrice: byTraffic ? FLOW_UNIT_PRICE : null,
      Cn2BandwidthPrice: cn2,
      Cn2BandwidthPriceWithDiscount: cn2,
    };
  },
});

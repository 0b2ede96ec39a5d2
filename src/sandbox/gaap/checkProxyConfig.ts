import { ApiError } from "../apiError";
import { FEATURE, findOffer, findRegion, hasFeature, isAccessRegion, isSoldOut } from "../state/regionLookup";
import type { AccessOffer, RegionCatalog } from "../state/sandboxState";

/** The parameters CheckProxyCreate, InquiryPriceCreateProxy and CreateProxy share about the line being bought. */
export interface ProxyConfig {
  AccessRegion: string;
  RealServerRegion: string;
  Bandwidth: number;
  Concurrent: number;
  IPAddressVersion?: string;
  NetworkType?: string;
  PackageType?: string;
}

/**
 * The access region's offer for the origin region, after the checks the docs list for these actions: the origin
 * region, then the access region (for that origin), then bandwidth and concurrency in the offer's lists.
 */
export function resolveOffer(catalog: RegionCatalog, config: ProxyConfig): AccessOffer {
  const { AccessRegion: access, RealServerRegion: dest } = config;
  if (!catalog.destRegions.includes(dest)) throw new ApiError("InvalidParameterValue.UnknownDestRegion", { region: dest });
  const offer = findOffer(catalog, access, dest);
  if (!offer) {
    const forDest = isAccessRegion(catalog, access) ? { forDest: ` for origin region ${dest}`, forDestZh: `（源站地域 ${dest}）` } : { forDest: "", forDestZh: "" };
    throw new ApiError("InvalidParameterValue.UnknownAccessRegion", { region: access, ...forDest });
  }
  checkSizes(offer, config.Bandwidth, config.Concurrent);
  return offer;
}

/** Bandwidth and concurrency must come from the access region's lists for the origin region. */
export function checkSizes(offer: AccessOffer, bandwidth: number, concurrent: number): void {
  if (!offer.BandwidthList.includes(bandwidth)) {
    throw new ApiError("InvalidParameterValue.InvalidBandwidth", { value: bandwidth, allowed: offer.BandwidthList.join(", ") });
  }
  if (!offer.ConcurrentList.includes(concurrent)) {
    throw new ApiError("InvalidParameterValue.InvalidConcurrency", { value: concurrent, allowed: offer.ConcurrentList.join(", ") });
  }
}

/** A feature the request asks for that the access region (or the pair, for CrossBorder) does not have. */
export function featureConflict(catalog: RegionCatalog, offer: AccessOffer, config: ProxyConfig): ApiError | undefined {
  const bitmap = findRegion(catalog, offer.access)?.FeatureBitmap ?? 0;
  const missing = (feature: string) => new ApiError("InvalidParameterValue.ProxyAndRegionFeatureConflict", { region: offer.access, feature });
  if (config.IPAddressVersion === "IPv6" && !hasFeature(bitmap, FEATURE.ipv6)) return missing("IPv6");
  if (config.NetworkType === "cn2" && !hasFeature(bitmap, FEATURE.cn2)) return missing("NetworkType cn2");
  if (config.NetworkType === "triple" && !hasFeature(bitmap, FEATURE.triple)) return missing("NetworkType triple");
  const packageType = config.PackageType ?? "Thunder";
  if (!offer.packageTypes.includes(packageType)) return missing(`PackageType ${packageType}`);
  return undefined;
}

export const soldOut = (catalog: RegionCatalog, config: ProxyConfig): boolean =>
  isSoldOut(catalog, config.AccessRegion, config.RealServerRegion, config.Bandwidth, config.Concurrent);

import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type { AccessRegionFacts } from "./liveSource";

/** An access region as DescribeAccessRegionsByDestRegion gives it, in the shape live checks and the preflight use. */
export function accessRegionFacts(d: Gaap.AccessRegionDetial): AccessRegionFacts {
  return {
    regionId: d.RegionId ?? "",
    ...(d.RegionName ? { regionName: d.RegionName } : {}),
    ...(d.RegionArea ? { regionArea: d.RegionArea } : {}),
    bandwidths: (d.BandwidthList ?? []).map(Number),
    concurrents: (d.ConcurrentList ?? []).map(Number),
    featureBitmap: Number(d.FeatureBitmap ?? 0),
  };
}

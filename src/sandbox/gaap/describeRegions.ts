import { ApiError } from "../apiError";
import { defineAction } from "../sandboxAction";
import { FEATURE, findRegion, hasFeature, regionDetail } from "../state/regionLookup";
import { describeAccessRegionsByDestRegionParams, describeDestRegionsParams } from "../validation/gaapSchemas";
import { validateSchema } from "../validation/validateSchema";

export const describeDestRegions = defineAction({
  name: "DescribeDestRegions",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeDestRegionsParams, body),
  handle(params, ctx) {
    const { catalog } = ctx.state;
    const ids = params.QualityType === 1 ? catalog.silverDestRegions : catalog.destRegions;
    const regions = ids.flatMap((id) => findRegion(catalog, id) ?? []);
    return { TotalCount: regions.length, DestRegionSet: regions.map((r) => regionDetail(r, ctx.language)) };
  },
});

export const describeAccessRegionsByDestRegion = defineAction({
  name: "DescribeAccessRegionsByDestRegion",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeAccessRegionsByDestRegionParams, body),
  handle(params, ctx) {
    const { catalog } = ctx.state;
    if (!catalog.destRegions.includes(params.DestRegion)) throw new ApiError("InvalidParameterValue.UnknownDestRegion", { region: params.DestRegion });
    const packageType = params.PackageType ?? "Thunder";
    const set = catalog.offers
      .filter((offer) => offer.dest === params.DestRegion && offer.packageTypes.includes(packageType))
      .flatMap((offer) => {
        const region = findRegion(catalog, offer.access);
        if (!region || (params.IPAddressVersion === "IPv6" && !hasFeature(region.FeatureBitmap, FEATURE.ipv6))) return [];
        const detail = regionDetail(region, ctx.language);
        return [
          {
            RegionId: detail.RegionId,
            RegionName: detail.RegionName,
            ConcurrentList: offer.ConcurrentList,
            BandwidthList: offer.BandwidthList,
            RegionArea: detail.RegionArea,
            RegionAreaName: detail.RegionAreaName,
            IDCType: detail.IDCType,
            FeatureBitmap: detail.FeatureBitmap,
          },
        ];
      });
    return { TotalCount: set.length, AccessRegionSet: set };
  },
});

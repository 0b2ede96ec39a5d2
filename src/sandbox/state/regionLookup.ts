import type { Language } from "../errorMessages";
import type { AccessOffer, RegionCatalog, RegionRecord } from "./sandboxState";

/** FeatureBitmap bits, counted from the right as the API documents them. */
export const FEATURE = { l4: 1, l7: 2, http3: 4, ipv6: 8, cn2: 16, triple: 32, qos: 64 } as const;

export const hasFeature = (bitmap: number, bit: number): boolean => (bitmap & bit) !== 0;

function networkTypesOf(bitmap: number): string[] {
  return ["normal", ...(hasFeature(bitmap, FEATURE.cn2) ? ["cn2"] : []), ...(hasFeature(bitmap, FEATURE.triple) ? ["triple"] : [])];
}

export const findRegion = (catalog: RegionCatalog, id: string): RegionRecord | undefined => catalog.regions.find((r) => r.RegionId === id);

export const findOffer = (catalog: RegionCatalog, access: string, dest: string): AccessOffer | undefined =>
  catalog.offers.find((o) => o.access === access && o.dest === dest);

export const isAccessRegion = (catalog: RegionCatalog, id: string): boolean => catalog.offers.some((o) => o.access === id);

export function isSoldOut(catalog: RegionCatalog, access: string, dest: string, bandwidth: number, concurrent: number): boolean {
  return catalog.sellOut.some(
    (rule) =>
      rule.access === access &&
      rule.dest === dest &&
      bandwidth >= (rule.minBandwidth ?? 0) &&
      concurrent >= (rule.minConcurrent ?? 0),
  );
}

/** RegionDetail as the API returns it, with names in the caller's language. */
export function regionDetail(region: RegionRecord, language: Language) {
  const zh = language === "zh-CN";
  return {
    RegionId: region.RegionId,
    RegionName: zh ? region.name.zh : region.name.en,
    RegionArea: region.RegionArea,
    RegionAreaName: zh ? region.areaName.zh : region.areaName.en,
    IDCType: region.IDCType,
    FeatureBitmap: region.FeatureBitmap,
    SupportFeature: { NetworkType: networkTypesOf(region.FeatureBitmap) },
  };
}

/** A region named by a record but missing from the catalog still gets a detail, rather than breaking a listing. */
export function regionDetailById(catalog: RegionCatalog, id: string, language: Language) {
  const region = findRegion(catalog, id);
  return region
    ? regionDetail(region, language)
    : { RegionId: id, RegionName: id, RegionArea: "", RegionAreaName: "", IDCType: "dc", FeatureBitmap: 0, SupportFeature: { NetworkType: ["normal"] } };
}

import type { Language } from "../errorMessages";
import { regionDetailById } from "../state/regionLookup";
import type { GroupRecord, ProxyRecord, RegionCatalog } from "../state/sandboxState";

/** ProxyInfo as DescribeProxies returns it: InstanceId mirrors ProxyId, region details in the caller's language. */
export function proxyInfo(proxy: ProxyRecord, catalog: RegionCatalog, language: Language) {
  const { sandbox, ...fields } = proxy;
  return {
    InstanceId: proxy.ProxyId,
    ...fields,
    AccessRegionInfo: regionDetailById(catalog, proxy.AccessRegion, language),
    RealServerRegionInfo: regionDetailById(catalog, proxy.RealServerRegion, language),
  };
}

/** ProxyGroupInfo as DescribeProxyGroupList returns it. */
export function groupInfo(group: GroupRecord, catalog: RegionCatalog, language: Language) {
  return {
    GroupId: group.GroupId,
    Domain: group.Domain,
    GroupName: group.GroupName,
    ProjectId: group.ProjectId,
    RealServerRegionInfo: regionDetailById(catalog, group.RealServerRegion, language),
    Status: group.Status,
    TagSet: group.TagSet,
    Version: group.Version,
    CreateTime: group.CreateTime,
    ProxyType: group.ProxyType,
    Http3Supported: group.Http3Supported,
    FeatureBitmap: group.FeatureBitmap,
  };
}

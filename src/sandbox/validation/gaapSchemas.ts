import * as z from "../../core/zod";
import { clientToken, filters, flagParam, idList, intParam, tagSet } from "./paramSchemas";

// Parameters of the GAAP actions the core's request model does not cover (tencent-api.md §2.1, §2.2).

const ids = { InstanceIds: idList().optional(), ProxyIds: idList().optional() };

export const describeProxiesParams = z.strictObject({
  ...ids,
  Offset: intParam(0).optional(),
  Limit: intParam(0, 100).optional(),
  Filters: filters(10, 5).optional(),
  TagSet: tagSet(5).optional(),
  Independent: flagParam().optional(),
  Order: z.enum(["asc", "desc"]).optional(),
  OrderField: z.enum(["create_time", "proxy_id", "bandwidth", "concurrent_connections"]).optional(),
});

export const describeProxiesStatusParams = z.strictObject(ids);

export const describeProxyGroupListParams = z.strictObject({
  Offset: intParam(0),
  Limit: intParam(0, 100),
  ProjectId: intParam(-1),
  Filters: filters(10, 5).optional(),
  TagSet: tagSet(5).optional(),
});

export const describeDestRegionsParams = z.strictObject({ QualityType: flagParam().optional() });

const ipAddressVersion = z.enum(["IPv4", "IPv6"]);
const packageType = z.enum(["Thunder", "Accelerator", "CrossBorder"]);

export const describeAccessRegionsByDestRegionParams = z.strictObject({
  DestRegion: z.string(),
  IPAddressVersion: ipAddressVersion.optional(),
  PackageType: packageType.optional(),
});

export const inquiryPriceCreateProxyParams = z.strictObject({
  AccessRegion: z.string(),
  Bandwidth: intParam(),
  DestRegion: z.string().optional(),
  Concurrency: intParam().optional(),
  RealServerRegion: z.string().optional(),
  Concurrent: intParam().optional(),
  BillingType: flagParam().optional(),
  IPAddressVersion: ipAddressVersion.optional(),
  NetworkType: z.enum(["normal", "cn2"]).optional(),
  PackageType: packageType.optional(),
  Http3Supported: flagParam().optional(),
});

export const modifyProxiesAttributeParams = z.strictObject({
  ...ids,
  ProxyName: z.string().max(32).optional(),
  ClientToken: clientToken().optional(),
});

export const openCloseProxiesParams = z.strictObject({ ...ids, ClientToken: clientToken().optional() });

export const destroyProxiesParams = z.strictObject({ ...ids, Force: flagParam(), ClientToken: clientToken().optional() });

export const describeTaskStatusParams = z.strictObject({ TaskId: z.string() });

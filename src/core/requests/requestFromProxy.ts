/** The fields of a live proxy that a request prefilled from it uses (shaped like the API's ProxyInfo). */
export interface GaapProxyFields {
  ProxyId: string;
  ProxyName?: string;
  ProjectId?: number;
  AccessRegion?: string;
  RealServerRegion?: string;
  Bandwidth?: number;
  Concurrent?: number;
  GroupId?: string | null;
  BillingType?: number;
  IPAddressVersion?: string;
  NetworkType?: string;
  PackageType?: string;
  TagSet?: { TagKey: string; TagValue: string }[];
}

export interface L4ProxyFields {
  ZoneId: string;
  ProxyName?: string;
  Area?: string;
  Ipv6?: string;
  StaticIp?: string;
  AccelerateMainland?: string;
}

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ""));

// CreateProxy documents only these network types; a live proxy may report others (secure_eip).
const CREATE_NETWORK_TYPES = new Set(["normal", "cn2", "triple"]);

/** A CreateProxy that replicates a live proxy (ClonedProxyId), its base parameters filled from it. */
export function cloneRequest(p: GaapProxyFields): Record<string, unknown> {
  return defined({
    Action: "CreateProxy",
    Version: "2018-05-29",
    ProjectId: p.ProjectId ?? 0,
    ProxyName: `${p.ProxyName ?? p.ProxyId}-copy`,
    AccessRegion: p.AccessRegion,
    RealServerRegion: p.GroupId ? undefined : p.RealServerRegion,
    GroupId: p.GroupId,
    Bandwidth: p.Bandwidth,
    Concurrent: p.Concurrent,
    ClonedProxyId: p.ProxyId,
    BillingType: p.BillingType,
    IPAddressVersion: p.IPAddressVersion,
    NetworkType: p.NetworkType && CREATE_NETWORK_TYPES.has(p.NetworkType) ? p.NetworkType : undefined,
    PackageType: p.PackageType,
    TagSet: p.TagSet && p.TagSet.length ? p.TagSet.map(({ TagKey, TagValue }) => ({ TagKey, TagValue })) : undefined,
  });
}

/** A ModifyProxyConfiguration of a live proxy, starting from its current size. */
export function modifyRequest(p: GaapProxyFields): Record<string, unknown> {
  return defined({ Action: "ModifyProxyConfiguration", Version: "2018-05-29", ProxyId: p.ProxyId, Bandwidth: p.Bandwidth, Concurrent: p.Concurrent });
}

/** A CheckProxyCreate for the same configuration as a live proxy. */
export function checkCreationRequest(p: GaapProxyFields): Record<string, unknown> {
  return defined({
    Action: "CheckProxyCreate",
    Version: "2018-05-29",
    AccessRegion: p.AccessRegion,
    RealServerRegion: p.RealServerRegion,
    Bandwidth: p.Bandwidth,
    Concurrent: p.Concurrent,
    GroupId: p.GroupId,
    IPAddressVersion: p.IPAddressVersion,
    NetworkType: p.NetworkType === "normal" || p.NetworkType === "cn2" ? p.NetworkType : undefined,
    PackageType: p.PackageType,
  });
}

/** A CreateL4Proxy like a live one, in the same zone, under a new name (names are unique in a zone). */
export function l4CloneRequest(p: L4ProxyFields): Record<string, unknown> {
  const base = (p.ProxyName ?? "proxy").slice(0, 45).replace(/-+$/, "");
  return defined({
    Action: "CreateL4Proxy",
    Version: "2022-09-01",
    ZoneId: p.ZoneId,
    ProxyName: `${base}-copy`,
    Area: p.Area,
    Ipv6: p.Ipv6,
    StaticIp: p.StaticIp,
    AccelerateMainland: p.AccelerateMainland,
  });
}

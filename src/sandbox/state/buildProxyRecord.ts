import { cryptoRandom, type Random } from "../seededRandom";
import { FEATURE, findRegion, hasFeature } from "./regionLookup";
import type { ProxyRecord, ProxyStatus, RegionCatalog, TagPair } from "./sandboxState";

/** What a proxy must be told; everything else gets the value a new proxy has in the cloud. */
export interface ProxyBasics {
  ProxyId: string;
  ProxyName: string;
  AccessRegion: string;
  RealServerRegion: string;
  Bandwidth: number;
  Concurrent: number;
  Status: ProxyStatus;
  createdMs: number;
  ProjectId?: number;
  GroupId?: string | null;
  TagSet?: TagPair[];
  BillingType?: number;
  IPAddressVersion?: string;
  NetworkType?: string;
  PackageType?: string;
  Scalarable?: number;
  Version?: string;
  BanStatus?: string;
  realServerBound?: boolean;
}

const octet = (random: Random, min = 1, max = 254): number => min + Math.floor(random() * (max - min + 1));

export const randomIpv4 = (random: Random, first: number): string => `${first}.${octet(random, 0, 255)}.${octet(random, 0, 255)}.${octet(random)}`;

const hex4 = (random: Random): string => Math.floor(random() * 0x10000).toString(16);

const randomIpv6 = (random: Random): string => `240e:${hex4(random)}:${hex4(random)}:${hex4(random)}::${hex4(random)}`;

/** A complete proxy record: the fields of ProxyInfo, plus what the sandbox keeps for itself. */
export function buildProxyRecord(catalog: RegionCatalog, basics: ProxyBasics, random: Random = cryptoRandom): ProxyRecord {
  const bitmap = findRegion(catalog, basics.AccessRegion)?.FeatureBitmap ?? 71;
  const ipVersion = basics.IPAddressVersion ?? "IPv4";
  const ip = ipVersion === "IPv6" ? randomIpv6(random) : randomIpv4(random, 119);
  const networkType = basics.NetworkType ?? "normal";
  return {
    ProxyId: basics.ProxyId,
    ProxyName: basics.ProxyName,
    CreateTime: Math.floor(basics.createdMs / 1000),
    ProjectId: basics.ProjectId ?? 0,
    AccessRegion: basics.AccessRegion,
    RealServerRegion: basics.RealServerRegion,
    Bandwidth: basics.Bandwidth,
    Concurrent: basics.Concurrent,
    Status: basics.Status,
    Domain: `${basics.ProxyId}.gaapqcloud.com.cn`,
    IP: ip,
    Version: basics.Version ?? "2.0",
    Scalarable: basics.Scalarable ?? 1,
    SupportProtocols: hasFeature(bitmap, FEATURE.l7) ? ["TCP", "UDP", "HTTP", "HTTPS"] : ["TCP", "UDP"],
    GroupId: basics.GroupId ?? null,
    PolicyId: null,
    ForwardIP: randomIpv4(random, 10),
    TagSet: basics.TagSet ?? [],
    SupportSecurity: 1,
    BillingType: basics.BillingType ?? 0,
    RelatedGlobalDomains: [],
    ModifyConfigTime: null,
    ProxyType: 100,
    ClientIPMethod: [0],
    IPAddressVersion: ipVersion,
    NetworkType: networkType,
    PackageType: basics.PackageType ?? "Thunder",
    BanStatus: basics.BanStatus ?? "RECOVER",
    IPList: [{ IP: ip, Provider: networkType === "triple" ? "CMCC" : "BGP", Bandwidth: basics.Bandwidth }],
    // HTTP/3 follows the IP version, whatever the deprecated Http3Supported parameter said.
    Http3Supported: ipVersion === "IPv4" && hasFeature(bitmap, FEATURE.http3) ? 1 : 0,
    InBanBlacklist: 0,
    FeatureBitmap: bitmap,
    IsAutoScaleProxy: 0,
    IsSupportTLSChoice: 1,
    sandbox: { createdMs: basics.createdMs, realServerBound: basics.realServerBound ?? false, pending: null },
  };
}

import type { L4ProxyRule } from "../client/teoTypes";

/**
 * The records the Proxies view shows, as the APIs return them (tencent-api.md §2.1, §3). Every field is optional and
 * loosely typed on purpose: the SDK's own model types are assignable to these, and a field the API adds later
 * still reaches the tooltip, which lists whatever the record holds.
 */
export interface RegionInfo {
  RegionId?: string;
  RegionName?: string;
}

/** GAAP ProxyInfo. */
export interface GaapProxyInfo {
  ProxyId?: string;
  /** Old name of ProxyId; some answers carry only this one. */
  InstanceId?: string;
  ProxyName?: string;
  Status?: string;
  GroupId?: string | null;
  AccessRegion?: string;
  RealServerRegion?: string;
  AccessRegionInfo?: RegionInfo | null;
  RealServerRegionInfo?: RegionInfo | null;
  Bandwidth?: number;
  Concurrent?: number;
  BanStatus?: string;
  Domain?: string;
  IP?: string;
  CreateTime?: number;
}

/** GAAP ProxyGroupInfo (a connection group). */
export interface GaapGroupInfo {
  GroupId?: string;
  GroupName?: string;
  Status?: string;
  RealServerRegionInfo?: RegionInfo | null;
  ProjectId?: number;
}

/** EdgeOne (TEO) Zone. */
export interface ZoneInfo {
  ZoneId?: string;
  ZoneName?: string;
  Status?: string;
  ActiveStatus?: string;
  Paused?: boolean;
  Area?: string;
  Type?: string;
}

/** EdgeOne L4Proxy. */
export interface L4ProxyInfo {
  ZoneId?: string;
  ProxyId?: string;
  ProxyName?: string;
  Area?: string;
  Status?: string;
  Ipv6?: string;
  StaticIp?: string;
  AccelerateMainland?: string;
  Cname?: string;
  Ips?: string[];
  /** How many forwarding rules it has: the tree shows it before the rules are fetched. */
  L4ProxyRuleCount?: number;
}

/**
 * EdgeOne L4ProxyRule as DescribeL4ProxyRules returns it: the client's type, less what the tree never reads (its
 * RuleId and Status stay read-only, as the API sets them).
 */
export type L4RuleInfo = Omit<L4ProxyRule, "BuId" | "RemoteAuth">;

export const gaapProxyId = (p: GaapProxyInfo): string => p.ProxyId || p.InstanceId || "";

/** The group a proxy belongs to; the API answers null, "" or nothing for proxies outside any group. */
export const gaapGroupOf = (p: GaapProxyInfo): string | undefined => p.GroupId || undefined;

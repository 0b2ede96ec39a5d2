import { dictionary } from "../dictionary";
import type { L4RuleState } from "./l4RuleState";
import { emptyListenerState, type ListenerState } from "./listenerState";

// The sandbox's account: plain JSON-friendly records so that the whole state can be written to a file and read back.
// Fields named like the API's (PascalCase) are returned as they are; `sandbox` holds what only the emulator knows.

export interface Named {
  en: string;
  zh: string;
}

export interface RegionRecord {
  RegionId: string;
  name: Named;
  RegionArea: string;
  areaName: Named;
  IDCType: "dc" | "ec";
  /** Bits from the right: 1 L4, 2 L7, 3 HTTP3, 4 IPv6, 5 premium BGP (cn2), 6 triple-ISP, 7 access-segment QoS. */
  FeatureBitmap: number;
}

/** What an access region offers for one origin (dest) region: DescribeAccessRegionsByDestRegion's lists. */
export interface AccessOffer {
  access: string;
  dest: string;
  BandwidthList: number[];
  ConcurrentList: number[];
  /** Package types this pair can be created with (CrossBorder only on cross-border pairs). */
  packageTypes: string[];
}

/** A sold-out line: the pair (at or above the given sizes, when given) answers CheckFlag 0 and ProxySellOut. */
export interface SellOutRule {
  access: string;
  dest: string;
  minBandwidth?: number;
  minConcurrent?: number;
}

export interface RegionCatalog {
  regions: RegionRecord[];
  /** DescribeDestRegions with QualityType 0 (gold, default). */
  destRegions: string[];
  /** DescribeDestRegions with QualityType 1 (silver). */
  silverDestRegions: string[];
  offers: AccessOffer[];
  sellOut: SellOutRule[];
}

export interface TagPair {
  TagKey: string;
  TagValue: string;
}

export type ProxyStatus =
  | "RUNNING"
  | "CREATING"
  | "DESTROYING"
  | "OPENING"
  | "CLOSING"
  | "CLOSED"
  | "ADJUSTING"
  | "ISOLATING"
  | "ISOLATED"
  | "CLONING"
  | "RECOVERING"
  | "MOVING";

/** A status change that happens at a time; "GONE" removes the record. */
export interface Transition<S extends string> {
  to: S | "GONE";
  at: number;
}

/** ProxyInfo (tencent-api.md §2.1) without InstanceId and the region details, which are derived when answering. */
export interface ProxyRecord {
  ProxyId: string;
  ProxyName: string;
  CreateTime: number;
  ProjectId: number;
  AccessRegion: string;
  RealServerRegion: string;
  Bandwidth: number;
  Concurrent: number;
  Status: ProxyStatus;
  Domain: string;
  IP: string;
  Version: string;
  Scalarable: number;
  SupportProtocols: string[];
  GroupId: string | null;
  PolicyId: string | null;
  ForwardIP: string;
  TagSet: TagPair[];
  SupportSecurity: number;
  BillingType: number;
  RelatedGlobalDomains: string[];
  ModifyConfigTime: number | null;
  ProxyType: number;
  ClientIPMethod: number[];
  IPAddressVersion: string;
  NetworkType: string;
  PackageType: string;
  BanStatus: string;
  IPList: { IP: string; Provider: string; Bandwidth: number }[];
  Http3Supported: number;
  InBanBlacklist: number;
  FeatureBitmap: number | null;
  IsAutoScaleProxy: number;
  IsSupportTLSChoice: number;
  sandbox: {
    /** Milliseconds, for a stable create_time order among proxies created in the same second. */
    createdMs: number;
    /** DestroyProxies with Force 0 refuses proxies with bound origin servers. */
    realServerBound: boolean;
    pending: Transition<ProxyStatus> | null;
  };
}

export interface GroupRecord {
  GroupId: string;
  GroupName: string;
  ProjectId: number;
  RealServerRegion: string;
  Status: string;
  Domain: string | null;
  TagSet: TagPair[];
  Version: string;
  CreateTime: number;
  ProxyType: number;
  Http3Supported: number;
  FeatureBitmap: number | null;
  PackageType: string;
}

export interface ZoneRecord {
  ZoneId: string;
  ZoneName: string;
  AliasZoneName: string;
  Area: string;
  Type: string;
  Status: string;
  CnameStatus: string;
  ActiveStatus: string;
  LockStatus: string;
  Paused: boolean;
  Tags: TagPair[];
  NameServers: string[];
  OriginalNameServers: string[];
  CreatedOn: string;
  ModifiedOn: string;
  sandbox: {
    /** CreateL4Proxy/ModifyL4Proxy with AccelerateMainland on: invite-only, refused unless allowed here. */
    accelerateMainlandAllowed: boolean;
    /** Areas where new L4 proxies are sold out (OperationDenied.L4LackOfResources). */
    l4SoldOutAreas: string[];
    /** Areas where StaticIp can be on (others: OperationDenied.StaticIpAreaConflict). */
    staticIpAreas: string[];
  };
}

export type L4Status = "online" | "offline" | "progress" | "stopping" | "banned" | "fail";

export interface DDosProtectionConfig {
  LevelMainland?: string;
  MaxBandwidthMainland?: number;
  LevelOverseas?: string;
}

/** L4Proxy (tencent-api.md §3). */
export interface L4Record {
  ZoneId: string;
  ProxyId: string;
  ProxyName: string;
  Area: string;
  Cname: string;
  Ips: string[];
  Status: L4Status;
  Ipv6: string;
  StaticIp: string;
  AccelerateMainland: string;
  DDosProtectionConfig: DDosProtectionConfig | null;
  L4ProxyRuleCount: number;
  UpdateTime: string;
  sandbox: { createdMs: number; pending: Transition<L4Status> | null };
}

/** An asynchronous GAAP operation, found by the RequestId of the call that started it. */
export interface TaskRecord {
  TaskId: string;
  proxyIds: string[];
  /** The status every proxy must reach (or GONE) for the task to succeed. */
  target: ProxyStatus | "GONE";
}

/** The first successful answer to a request that carried a ClientToken. */
export interface IdempotencyRecord {
  /** The action and parameters (without ClientToken), canonical JSON. */
  fingerprint: string;
  response: Record<string, unknown>;
  requestId: string;
}

export interface SandboxState {
  formatVersion: 1;
  projects: number[];
  catalog: RegionCatalog;
  groups: Record<string, GroupRecord>;
  proxies: Record<string, ProxyRecord>;
  zones: Record<string, ZoneRecord>;
  l4Proxies: Record<string, L4Record>;
  tasks: Record<string, TaskRecord>;
  /** Keyed by ClientToken: tokens are the account's, whichever key signed the request. */
  clientTokens: Record<string, IdempotencyRecord>;
  /** EdgeOne L4 rules and origin groups (l4RuleState.ts); absent in state files written before them. */
  l4Rules?: L4RuleState;
  /** GAAP TCP/UDP listeners, origin servers and bindings (listenerState.ts). */
  gaapListeners: ListenerState;
}

/** The collections keyed by IDs and ClientTokens: null-prototype tables (see dictionary.ts). */
export const STATE_TABLES = ["groups", "proxies", "zones", "l4Proxies", "tasks", "clientTokens"] as const;

export function emptyState(catalog: RegionCatalog): SandboxState {
  return {
    formatVersion: 1,
    projects: [0],
    catalog,
    groups: dictionary(),
    proxies: dictionary(),
    zones: dictionary(),
    l4Proxies: dictionary(),
    tasks: dictionary(),
    clientTokens: dictionary(),
    gaapListeners: emptyListenerState(),
  };
}

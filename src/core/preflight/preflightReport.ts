import type { AccessRegionFacts } from "../live/liveSource";
import type { L4RulesReport } from "./l4RuleReport";
import type { ListenerReport } from "./listenerReport";
import type { Part } from "./part";

/**
 * What the preflight found, as data: the VS Code layer words it. Nothing here is a sentence; codes and params are
 * worded like findings.
 */

/** Why the panel's Create or Apply stays disabled. `live-*` codes are worded by the finding messages. */
export interface Blocker {
  code: string;
  params: Record<string, string | number>;
}

/** The line a GAAP creation asks about: the parameters CheckProxyCreate and InquiryPriceCreateProxy share. */
export interface ProxyQuery {
  AccessRegion: string;
  RealServerRegion: string;
  Bandwidth: number;
  Concurrent: number;
  GroupId?: string;
  IPAddressVersion?: string;
  NetworkType?: string;
  PackageType?: string;
  BillingType?: number;
}

export interface PriceQuote {
  currency: string;
  /** Per day; undefined when the API gives none (billing by traffic has no daily bandwidth price). */
  daily?: number;
  dailyDiscounted?: number;
  bandwidthUnitPrices: { from: number; to: number; price: number; discounted?: number }[];
  /** Per GB, for billing by traffic. */
  flowUnitPrice?: number;
  flowUnitPriceDiscounted?: number;
  /** Per Mbps per day, for premium BGP (cn2). */
  cn2BandwidthPrice?: number;
  cn2BandwidthPriceDiscounted?: number;
  requestId: string;
}

/** An access region's offer for one origin region (DescribeAccessRegionsByDestRegion). */
/** An access region with the sizes it offers for the origin. */
export type AccessOffer = AccessRegionFacts;

export interface AllowedLists {
  origin: string;
  /** Every access region that serves the origin. */
  accessRegions: AccessOffer[];
  /** The access region the request names, when it serves the origin. */
  chosen?: AccessOffer;
}

export interface CheckAnswer {
  checkFlag: number;
  requestId: string;
  /** CheckProxyCreate takes only normal and cn2: a triple request was checked without its NetworkType. */
  networkTypeOmitted: boolean;
}

/** Another size or access region that CheckProxyCreate answered 1 for. */
export interface Alternative {
  kind: "size" | "region";
  query: ProxyQuery;
  regionName?: string;
}

export interface GaapCreateReport {
  kind: "gaap-create";
  action: "CreateProxy" | "CheckProxyCreate";
  /** Undefined when the origin region could not be worked out (an unknown group). */
  query?: ProxyQuery;
  check?: Part<CheckAnswer>;
  price?: Part<PriceQuote>;
  allowed?: Part<AllowedLists>;
  /** Filled only when the check says no (or refuses the sizes); each one was checked. */
  alternatives: Alternative[];
  blockers: Blocker[];
}

/** The live proxy's configuration, as much of it as the diff and the price need. */
export interface ProxySnapshot {
  proxyId: string;
  name: string;
  status: string;
  scalarable: number;
  accessRegion: string;
  realServerRegion: string;
  bandwidth: number;
  concurrent: number;
  billingType?: number;
  ipAddressVersion?: string;
  networkType?: string;
  packageType?: string;
  groupId?: string;
}

export interface DiffEntry {
  field: "Bandwidth" | "Concurrent" | "BillingType";
  current?: number;
  target?: number;
  changed: boolean;
}

export interface ModifyReport {
  kind: "gaap-modify";
  proxyId: string;
  /** Undefined value: no such proxy in the account. */
  proxy: Part<ProxySnapshot | undefined>;
  diff: DiffEntry[];
  allowed?: Part<AllowedLists>;
  currentPrice?: Part<PriceQuote>;
  targetPrice?: Part<PriceQuote>;
  blockers: Blocker[];
}

export interface ZoneSnapshot {
  zoneId: string;
  name: string;
  area?: string;
  type?: string;
  status?: string;
  activeStatus?: string;
  paused: boolean;
}

export interface NameCheck {
  taken: boolean;
  /** The L4 proxy that already has the name. */
  existing?: { proxyId: string; status?: string; area?: string };
}

/** One of CreateL4Proxy's documented rules and how the request stands against it. */
export interface RuleCheck {
  /** The finding code the rule reports. */
  code: string;
  state: "pass" | "fail" | "note";
}

export interface L4CreateReport {
  kind: "teo-l4-create";
  zoneId: string;
  proxyName: string;
  zone: Part<ZoneSnapshot | undefined>;
  name?: Part<NameCheck>;
  rules: RuleCheck[];
  blockers: Blocker[];
}

export type PreflightReport = GaapCreateReport | ModifyReport | L4CreateReport | L4RulesReport | ListenerReport;

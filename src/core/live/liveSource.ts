import type { L4RuleLiveSource } from "./l4RuleFacts";

/** The account facts live checks and completion need, whatever client fetches them. */

export interface AccessRegionFacts {
  regionId: string;
  regionName?: string;
  regionArea?: string;
  bandwidths: number[];
  concurrents: number[];
  /** Bits from the right: 1 L4, 2 L7, 3 HTTP3, 4 IPv6, 5 premium BGP (cn2), 6 triple-ISP. */
  featureBitmap: number;
}

export interface ProxyFacts {
  proxyId: string;
  name: string;
  status: string;
  accessRegion: string;
  realServerRegion: string;
  bandwidth: number;
  concurrent: number;
  scalarable: number;
  groupId?: string;
}

export interface GroupFacts {
  groupId: string;
  name: string;
  realServerRegion: string;
}

export interface ZoneFacts {
  zoneId: string;
  name: string;
  paused: boolean;
  status: string;
}

export interface LiveSource extends L4RuleLiveSource {
  destRegions(signal?: AbortSignal): Promise<readonly { regionId: string; regionName?: string }[]>;
  accessRegions(destRegion: string, options: { ipVersion?: string; packageType?: string }, signal?: AbortSignal): Promise<readonly AccessRegionFacts[]>;
  proxy(proxyId: string, signal?: AbortSignal): Promise<ProxyFacts | undefined>;
  group(groupId: string, signal?: AbortSignal): Promise<GroupFacts | undefined>;
  zone(zoneId: string, signal?: AbortSignal): Promise<ZoneFacts | undefined>;
  l4NameTaken(zoneId: string, name: string, signal?: AbortSignal): Promise<boolean>;
  /** For completion: the first page of each is enough to offer. */
  proxies(signal?: AbortSignal): Promise<readonly ProxyFacts[]>;
  groups(signal?: AbortSignal): Promise<readonly GroupFacts[]>;
  zones(signal?: AbortSignal): Promise<readonly ZoneFacts[]>;
}

export const FEATURE = { ipv6: 1 << 3, cn2: 1 << 4, triple: 1 << 5 } as const;

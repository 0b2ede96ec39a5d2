import type { GaapGroupInfo, GaapProxyInfo, L4ProxyInfo, ZoneInfo } from "./cloudResources";

/** One page of a listing; `total` is the API's TotalCount when it gave one. */
export interface Page<T> {
  items: readonly T[];
  total?: number;
}

/**
 * What the tree model asks of an account. The session adapts the API client to it; tests hand in a fake. Listings
 * are streams of pages so the first page can be shown before the last one arrives.
 */
export interface ProxyDirectory {
  gaapGroups(signal: AbortSignal): AsyncIterable<Page<GaapGroupInfo>>;
  gaapProxies(signal: AbortSignal): AsyncIterable<Page<GaapProxyInfo>>;
  zones(signal: AbortSignal): AsyncIterable<Page<ZoneInfo>>;
  l4Proxies(zoneId: string, signal: AbortSignal): AsyncIterable<Page<L4ProxyInfo>>;
  /** The current records of these proxies; a proxy that no longer exists is simply absent. */
  gaapProxiesById(proxyIds: readonly string[], signal: AbortSignal): Promise<GaapProxyInfo[]>;
  l4ProxiesById(zoneId: string, proxyIds: readonly string[], signal: AbortSignal): Promise<L4ProxyInfo[]>;
}

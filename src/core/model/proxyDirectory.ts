import type { GaapListenerInfo, GaapOriginInfo } from "./gaapListenerResources";
import type { GaapRealServerInfo } from "./gaapRealServerChildren";
import type { GaapGroupInfo, GaapProxyInfo, L4ProxyInfo, L4RuleInfo, ZoneInfo } from "./cloudResources";
import type { ListenerOwner } from "../client/listenerOwner";

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
  /** An L4 proxy's forwarding rules (listed when the proxy is expanded). */
  l4Rules(zoneId: string, proxyId: string, signal: AbortSignal): AsyncIterable<Page<L4RuleInfo>>;
  /** The current records of these rules; a rule (or proxy) that no longer exists is simply absent. */
  l4RulesById(zoneId: string, proxyId: string, ruleIds: readonly string[], signal: AbortSignal): Promise<L4RuleInfo[]>;
  /** A GAAP proxy's or group's TCP then UDP listeners (listed when it is expanded); absent: the tree shows none. */
  gaapListeners?(owner: ListenerOwner, signal: AbortSignal): AsyncIterable<Page<GaapListenerInfo>>;
  /** The origins bound to a listener (DescribeListenerRealServers' BindRealServerSet). */
  listenerOrigins?(listenerId: string, signal: AbortSignal): Promise<GaapOriginInfo[]>;
  /** The account's registered origin servers with their bind status; absent: the tree has no "Origin servers" node. */
  gaapRealServers?(signal: AbortSignal): AsyncIterable<Page<GaapRealServerInfo>>;
}

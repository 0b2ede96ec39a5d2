/** The EdgeOne facts the L4 rule checks, completion and preflight need, whatever client fetches them. */

export interface L4ProxyFacts {
  zoneId: string;
  proxyId: string;
  name: string;
  /** online, offline, progress (deploying), stopping, banned, fail. */
  status: string;
  /** L4ProxyRuleCount, when the listing gives it. */
  ruleCount?: number;
}

/** One live forwarding rule (L4ProxyRule), fields as the API gives them. */
export interface L4RuleFacts {
  ruleId: string;
  protocol: string;
  portRange: readonly string[];
  originType: string;
  originValue: readonly string[];
  originPortRange: string;
  clientIPPassThroughMode: string;
  sessionPersist: string;
  sessionPersistTime?: number;
  ruleTag: string;
  /** online, offline, progress, stopping, fail. */
  status: string;
}

export interface OriginGroupFacts {
  groupId: string;
  name: string;
  /** GENERAL serves L4 and L7; HTTP only L7. */
  type: string;
}

/** The L4 rule part of a LiveSource: each answer bounded by the client's listing limits. */
export interface L4RuleLiveSource {
  l4Proxy(zoneId: string, proxyId: string, signal?: AbortSignal): Promise<L4ProxyFacts | undefined>;
  /** Every rule of the proxy (DescribeL4ProxyRules, paged). */
  l4Rules(zoneId: string, proxyId: string, signal?: AbortSignal): Promise<readonly L4RuleFacts[]>;
  /** The zone's origin groups (DescribeOriginGroup, paged). */
  originGroups(zoneId: string, signal?: AbortSignal): Promise<readonly OriginGroupFacts[]>;
  /** For completion: the zone's L4 proxies. */
  l4Proxies(zoneId: string, signal?: AbortSignal): Promise<readonly L4ProxyFacts[]>;
}

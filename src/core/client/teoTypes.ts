/** The EdgeOne shapes the client speaks, from the SDK's model declarations (type-only). */
import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
export type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";

/** How the client came to know a write's result. */
export type TeoResolvedBy =
  /** The API answered this request. */
  | "response"
  /** An attempt failed ambiguously; the client looked at the zone instead of sending it again. */
  | "lookup";

export interface L4CreateOutcome {
  proxyId: string;
  /** "" when found by lookup. */
  requestId: string;
  resolvedBy: TeoResolvedBy;
}

export interface TeoWriteOutcome {
  requestId: string;
  resolvedBy: TeoResolvedBy;
}

export type TeoWaitTarget = "online" | "offline" | "gone";

/** L4 statuses on the way somewhere (deploying, stopping); fail and banned are where a proxy stays. */
export const TEO_TRANSITIONAL: ReadonlySet<string> = new Set(["progress", "stopping"]);

/** The transitional status that shows a status change to `target` was taken up. */
export const TEO_HEADING_TO: Record<"online" | "offline", string> = { online: "progress", offline: "stopping" };

/** L4ProxyRule values (teo.d.ts:14656). LB origins are allow-listed accounts only. */
export const L4_RULE_PROTOCOLS = ["TCP", "UDP"] as const;
export const L4_ORIGIN_TYPES = ["IP_DOMAIN", "ORIGIN_GROUP", "LB"] as const;
export const L4_CLIENT_IP_MODES = ["TOA", "PPV1", "PPV2", "SPP", "OFF"] as const;
export const L4_SESSION_PERSIST = ["on", "off"] as const;
export const L4_RULE_STATUSES = ["online", "offline", "progress", "stopping", "fail"] as const;
/** Rules per Create/Modify/ModifyStatus/Delete call. */
export const MAX_L4_RULES_PER_CALL = 200;

/**
 * One EdgeOne L4 forwarding rule, as written and as read. Values from an answer are unchecked text: compare them
 * against the lists above rather than trusting the union.
 */
export interface L4ProxyRule {
  /** Set by the API; required on modify, never on create. */
  readonly RuleId?: string;
  /** TCP | UDP. */
  Protocol?: string;
  /** "80" or "81-85" (inclusive). */
  PortRange?: string[];
  /** IP_DOMAIN | ORIGIN_GROUP | LB. */
  OriginType?: string;
  /** IPs or one domain (IP_DOMAIN), one origin group ID (ORIGIN_GROUP), an LB instance ID (LB). */
  OriginValue?: string[];
  /** One port, or a range as long as the forwarding range. */
  OriginPortRange?: string;
  /** TOA | PPV1 (TCP only), PPV2, SPP (UDP only), OFF (default). */
  ClientIPPassThroughMode?: string;
  /** on | off (default). */
  SessionPersist?: string;
  /** 30–3600 s, used only with SessionPersist on (default 3600). */
  SessionPersistTime?: number;
  /** 1–50 characters. */
  RuleTag?: string;
  /** online | offline | progress | stopping | fail; never written. */
  readonly Status?: string;
  readonly BuId?: string;
  /** Ignored by Create/Modify; absent when remote authentication is off. */
  readonly RemoteAuth?: Teo.L4ProxyRemoteAuth | null;
}

/** What a rule is written with (everything but the read-only fields). */
export type L4ProxyRuleFields = Omit<L4ProxyRule, "RuleId" | "Status" | "BuId" | "RemoteAuth">;

/** A rule to create: Protocol, PortRange, OriginType, OriginValue and OriginPortRange are required. */
export type L4ProxyRuleCreate = L4ProxyRuleFields & Required<Pick<L4ProxyRuleFields, "Protocol" | "PortRange" | "OriginType" | "OriginValue" | "OriginPortRange">>;

/** A change to one rule: its RuleId, and the fields to change (absent ones stay). */
export type L4ProxyRuleChange = Partial<L4ProxyRuleFields> & { RuleId: string };

export interface L4ProxyRulesCreateRequest {
  ZoneId: string;
  ProxyId: string;
  L4ProxyRules: readonly L4ProxyRuleCreate[];
}

export interface L4ProxyRulesModifyRequest {
  ZoneId: string;
  ProxyId: string;
  L4ProxyRules: readonly L4ProxyRuleChange[];
}

export interface L4ProxyRulesStatusRequest {
  ZoneId: string;
  ProxyId: string;
  RuleIds: readonly string[];
  Status: "online" | "offline";
}

export interface L4ProxyRulesDeleteRequest {
  ZoneId: string;
  ProxyId: string;
  RuleIds: readonly string[];
}

export interface L4RulesCreateOutcome {
  /** In the order of the request's rules. */
  ruleIds: string[];
  /** "" when found by lookup. */
  requestId: string;
  resolvedBy: TeoResolvedBy;
}

/** An origin group of a zone (DescribeOriginGroup). Only GENERAL groups can serve L4 proxies. */
export interface OriginGroup {
  GroupId?: string;
  Name?: string;
  /** GENERAL | HTTP. */
  Type?: string;
  Records?: Teo.OriginRecord[];
  /** Who uses the group; InstanceType `application-proxy` is an L4 proxy. */
  References?: Teo.OriginGroupReference[];
  CreateTime?: string;
  UpdateTime?: string;
  HostHeader?: string;
}

/** Where a rule wait ends: every rule online, offline, either of the two ("settled"), or no longer listed. */
export type L4RuleWaitTarget = "online" | "offline" | "settled" | "gone";

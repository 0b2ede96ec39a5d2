export type { RetryPolicy } from "./backoff";
export { systemClock, type Clock } from "./clock";
export { createCloud, DEFAULT_RATE_LIMIT_PER_SECOND, DEFAULT_TIMEOUT_MS, type Cloud, type CloudOptions } from "./createCloud";
export type { EndpointSetting } from "./endpoint";
export { GAAP_TOKEN_ACTIONS, type GaapClient } from "./gaapClient";
export { GAAP_LISTENER_WRITE_ACTIONS, type GaapListenerClient } from "./gaapListenerClient";
export type * from "./gaapListenerTypes";
export { LISTENER_STATUS } from "./gaapListenerTypes";
export type { BatchOutcome, CreateProxyOutcome, Gaap, GaapWaitTarget, ResolvedBy, WriteOutcome } from "./gaapTypes";
export { silentLogger, type Logger } from "../logger";
export { collectPages, type Page } from "./pageStream";
export type { WaitOptions, WaitPolicy } from "./poll";
export { RateLimiter, type Release } from "./rateLimiter";
export type { CallSignal } from "./serviceClient";
export type { TeoClient } from "./teoClient";
export type { L4RuleListFilters, OriginGroupListFilters, TeoRuleClient } from "./teoRuleClient";
export type { L4CreateOutcome, Teo, TeoResolvedBy, TeoWaitTarget, TeoWriteOutcome } from "./teoTypes";
export {
  L4_CLIENT_IP_MODES,
  L4_ORIGIN_TYPES,
  L4_RULE_PROTOCOLS,
  L4_RULE_STATUSES,
  L4_SESSION_PERSIST,
  MAX_L4_RULES_PER_CALL,
  type L4ProxyRule,
  type L4ProxyRuleChange,
  type L4ProxyRuleCreate,
  type L4ProxyRuleFields,
  type L4ProxyRulesCreateRequest,
  type L4ProxyRulesDeleteRequest,
  type L4ProxyRulesModifyRequest,
  type L4ProxyRulesStatusRequest,
  type L4RulesCreateOutcome,
  type L4RuleWaitTarget,
  type OriginGroup,
} from "./teoTypes";

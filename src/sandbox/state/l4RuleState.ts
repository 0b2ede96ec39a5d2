import { dictionary } from "../dictionary";
import type { SandboxState, Transition } from "./sandboxState";

// EdgeOne L4 forwarding rules and origin groups: what only this part of the emulator keeps, hung on the state by
// one field. Plain JSON, so the state file holds them like the rest.

export type L4RuleStatus = "online" | "offline" | "progress" | "stopping" | "fail";

/** L4ProxyRule (teo_models.d.ts) as DescribeL4ProxyRules returns it, plus what only the sandbox knows. */
export interface L4RuleRecord {
  RuleId: string;
  Protocol: string;
  PortRange: string[];
  OriginType: string;
  OriginValue: string[];
  OriginPortRange: string;
  ClientIPPassThroughMode: string;
  SessionPersist: string;
  SessionPersistTime: number;
  RuleTag: string;
  Status: L4RuleStatus;
  sandbox: {
    createdMs: number;
    pending: Transition<L4RuleStatus> | null;
  };
}

export interface OriginRecordEntry {
  Record: string;
  Type: string;
  RecordId: string;
  Weight: number | null;
  Private: boolean;
}

/** OriginGroup without References, which are derived from the rules when answering. */
export interface OriginGroupRecord {
  ZoneId: string;
  GroupId: string;
  Name: string;
  Type: "GENERAL" | "HTTP";
  Records: OriginRecordEntry[];
  CreateTime: string;
  UpdateTime: string;
  HostHeader: string;
}

export interface L4RuleState {
  /** Each L4 proxy's rules, in creation order, keyed by ProxyId. */
  rulesByProxy: Record<string, L4RuleRecord[]>;
  /** Origin groups of every zone, keyed by GroupId. */
  originGroups: Record<string, OriginGroupRecord>;
}

/** A proxy has at most this many rules in the sandbox (LimitExceeded.RuleLimitExceeded past it; the real number is not documented). */
export const MAX_RULES_PER_PROXY = 5000;

/**
 * The rule state of `state`, created when missing (a state file written before rules existed) and its tables made
 * null-prototype again when it came from a file, where JSON.parse gave them Object.prototype.
 */
export function l4RuleStateOf(state: SandboxState): L4RuleState {
  const current = state.l4Rules;
  if (!current || typeof current !== "object") {
    const fresh: L4RuleState = { rulesByProxy: dictionary(), originGroups: dictionary() };
    state.l4Rules = fresh;
    return fresh;
  }
  if (Object.getPrototypeOf(current.rulesByProxy) !== null) current.rulesByProxy = dictionary(Object.entries(current.rulesByProxy ?? {}));
  if (Object.getPrototypeOf(current.originGroups) !== null) current.originGroups = dictionary(Object.entries(current.originGroups ?? {}));
  return current;
}

/** The rules of one L4 proxy (an empty list when it has none). */
export function rulesOfProxy(state: SandboxState, proxyId: string): L4RuleRecord[] {
  const { rulesByProxy } = l4RuleStateOf(state);
  return Object.hasOwn(rulesByProxy, proxyId) ? rulesByProxy[proxyId]! : [];
}

/** Replaces a proxy's rules and keeps L4Proxy.L4ProxyRuleCount equal to their number. */
export function setRulesOfProxy(state: SandboxState, proxyId: string, rules: L4RuleRecord[]): void {
  const { rulesByProxy } = l4RuleStateOf(state);
  if (rules.length) rulesByProxy[proxyId] = rules;
  else delete rulesByProxy[proxyId];
  const l4 = Object.hasOwn(state.l4Proxies, proxyId) ? state.l4Proxies[proxyId] : undefined;
  if (l4) l4.L4ProxyRuleCount = rules.length;
}

/** Forgets the rules of a proxy that no longer exists. */
export function dropRulesOfProxy(state: SandboxState, proxyId: string): void {
  delete l4RuleStateOf(state).rulesByProxy[proxyId];
}

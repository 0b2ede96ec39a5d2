import type { L4ProxyRule } from "../client/teoTypes";
import type { PathFinding } from "../validation/finding";
import type { L4RuleDiff } from "./l4RuleDiff";
import type { Part } from "./part";
import type { Blocker, ZoneSnapshot } from "./preflightReport";

/** The four L4 rule writes the panel sends. */
export type L4RuleAction = "CreateL4ProxyRules" | "ModifyL4ProxyRules" | "ModifyL4ProxyRulesStatus" | "DeleteL4ProxyRules";

/** The L4 proxy a rule write goes to, as the panel shows it. */
export interface L4ProxySnapshot {
  proxyId: string;
  name: string;
  status: string;
  area?: string;
  ruleCount?: number;
}

/**
 * What the panel gathers before an L4 rule write: the zone, the proxy, and the proxy's live rules the diff beside the
 * file's rules, and the conflicts. Nothing here is a sentence.
 */
export interface L4RulesReport {
  kind: "teo-l4-rules";
  action: L4RuleAction;
  zoneId: string;
  proxyId: string;
  zone: Part<ZoneSnapshot | undefined>;
  /** Absent when the zone could not be read or does not exist. */
  proxy?: Part<L4ProxySnapshot | undefined>;
  /** The proxy's rules now; absent without a proxy. */
  liveRules?: Part<L4ProxyRule[]>;
  /** The live rules beside the file's; absent without them. */
  diff?: L4RuleDiff;
  /** The live checks over the same facts (errors also block); absent when they could not run. */
  conflicts?: PathFinding[];
  blockers: Blocker[];
}

import type { GaapGroupInfo, GaapProxyInfo, L4ProxyInfo, L4RuleInfo, ZoneInfo } from "./cloudResources";

/**
 * What a status means for the view: which icon, and whether to keep polling. `transitional` states settle by
 * themselves (CREATING → RUNNING, progress → online); the others do not change unless someone acts.
 */
export type StatusClass = "running" | "transitional" | "stopped" | "failed" | "unknown";

const GAAP_PROXY: Record<string, StatusClass> = {
  RUNNING: "running",
  CREATING: "transitional",
  DESTROYING: "transitional",
  OPENING: "transitional",
  CLOSING: "transitional",
  ADJUSTING: "transitional",
  ISOLATING: "transitional",
  CLONING: "transitional",
  RECOVERING: "transitional",
  MOVING: "transitional",
  CLOSED: "stopped",
  ISOLATED: "failed",
};

/** Ban states of cross-border proxies; BANNING/RECOVERING move on by themselves. */
const BAN: Record<string, StatusClass | undefined> = {
  BANNED: "failed",
  BAN_FAILED: "failed",
  RECOVER_FAILED: "failed",
  BANNING: "transitional",
  RECOVERING: "transitional",
};

const GAAP_GROUP: Record<string, StatusClass> = {
  ...GAAP_PROXY,
  CHANGING: "transitional",
};

const L4: Record<string, StatusClass> = {
  online: "running",
  progress: "transitional",
  stopping: "transitional",
  offline: "stopped",
  banned: "failed",
  fail: "failed",
};

/** An L4 forwarding rule: `fail` is where a deploy that did not work stops (it does not move on by itself). */
const L4_RULE: Record<string, StatusClass> = {
  online: "running",
  progress: "transitional",
  stopping: "transitional",
  offline: "stopped",
  fail: "failed",
};

const ZONE: Record<string, StatusClass> = {
  active: "running",
  pending: "transitional",
  initializing: "transitional",
  moved: "stopped",
  deactivated: "stopped",
};

const lookup = (table: Record<string, StatusClass>, status: string | undefined): StatusClass =>
  (status !== undefined && Object.hasOwn(table, status) ? table[status] : undefined) ?? "unknown";

export function classifyGaapProxy(p: Pick<GaapProxyInfo, "Status" | "BanStatus">): StatusClass {
  const own = lookup(GAAP_PROXY, p.Status);
  // A ban outranks a healthy status (a banned proxy still says RUNNING); a transition of its own comes first.
  const ban = p.BanStatus !== undefined && Object.hasOwn(BAN, p.BanStatus) ? BAN[p.BanStatus] : undefined;
  if (own === "transitional" || !ban) return own;
  return ban;
}

export const classifyGaapGroup = (g: Pick<GaapGroupInfo, "Status">): StatusClass => lookup(GAAP_GROUP, g.Status);

export const classifyL4Proxy = (p: Pick<L4ProxyInfo, "Status">): StatusClass => lookup(L4, p.Status);

export const classifyL4Rule = (r: Pick<L4RuleInfo, "Status">): StatusClass => lookup(L4_RULE, r.Status);

export function classifyZone(z: Pick<ZoneInfo, "Status" | "Paused" | "ActiveStatus">): StatusClass {
  if (z.Paused || z.ActiveStatus === "paused") return "stopped";
  return lookup(ZONE, z.Status);
}

export const isSettled = (c: StatusClass): boolean => c !== "transitional";

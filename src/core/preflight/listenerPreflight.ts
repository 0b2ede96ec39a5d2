import type { RequestParams } from "../actions/actionDefinition";
import { MAX_LIST_ENTRIES_CHECKED } from "../validation/boundLists";
import type { PathFinding } from "../validation/finding";
import type { ListenerReport } from "./listenerReport";
import type { PreflightCloud } from "./preflightCloud";
import type { RuleCheck } from "./preflightReport";
import { stringParam } from "./requestValues";

/** The listener rule codes (listenerRules.ts) the panel lists, in the order it lists them. */
const LISTENER_RULE_CODES: readonly string[] = [
  "listener-proxy-or-group-required",
  "listener-proxy-and-group",
  "listener-duplicate-port",
  "listener-connect-timeout-not-below-delay-loop",
  "listener-domain-scheduler",
  "listener-failover-domain",
  "listener-client-ip-tcp-only",
  "listener-udp-check-type-required",
  "listener-udp-probe-without-port",
  "bind-empty-set",
  "bind-duplicate-origin",
  "real-server-duplicate-address",
];

/** How the request stands against each listener rule that concerns it: an error breaks it, a warning or info is a note. */
function ruleChecks(findings: readonly Pick<PathFinding, "code" | "severity">[]): RuleCheck[] {
  const worst = new Map<string, RuleCheck["state"]>();
  for (const f of findings) {
    if (!LISTENER_RULE_CODES.includes(f.code)) continue;
    if (f.severity === "error") worst.set(f.code, "fail");
    else if (worst.get(f.code) !== "fail") worst.set(f.code, "note");
  }
  return LISTENER_RULE_CODES.filter((c) => worst.has(c)).map((code) => ({ code, state: worst.get(code)! }));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.slice(0, MAX_LIST_ENTRIES_CHECKED).filter((x): x is string => typeof x === "string") : []);

/** The IDs a listener or origin-server request names. */
function idsOf(params: RequestParams): string[] {
  if (Array.isArray(params.ListenerIds)) return strings(params.ListenerIds);
  if (Array.isArray(params.RealServerIds)) return strings(params.RealServerIds);
  if (Array.isArray(params.RealServerIP)) return strings(params.RealServerIP);
  if (Array.isArray(params.RealServerBindSet)) {
    return params.RealServerBindSet.slice(0, MAX_LIST_ENTRIES_CHECKED).flatMap((e) => {
      const id = typeof e === "object" && e !== null ? (e as Record<string, unknown>).RealServerId : undefined;
      return typeof id === "string" ? [id] : [];
    });
  }
  const one = stringParam(params.ListenerId);
  return one ? [one] : [];
}

/**
 * The preflight of the eight listener and origin-server writes: offline only for now (no look-up, so no blocker of
 * its own; the file's errors block the send, as for every action). Engineer gaapui adds the live checks and the
 * bind diff here.
 */
export async function listenerPreflight(
  action: string,
  params: RequestParams,
  findings: readonly PathFinding[],
  _cloud: PreflightCloud,
  _signal?: AbortSignal,
): Promise<ListenerReport> {
  const proxyId = stringParam(params.ProxyId);
  const groupId = stringParam(params.GroupId);
  const listenerId = stringParam(params.ListenerId) ?? strings(params.ListenerIds)[0];
  return {
    kind: "gaap-listener",
    action,
    target: { ...(proxyId ? { proxyId } : {}), ...(groupId ? { groupId } : {}), ...(listenerId ? { listenerId } : {}), ids: idsOf(params) },
    rules: ruleChecks(findings),
    blockers: [],
  };
}

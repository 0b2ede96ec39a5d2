import type { RequestParams } from "../actions/actionDefinition";
import { LISTENER_PANEL_RULE_CODES } from "../actions/listenerRules";
import { cloudListenerSource } from "../live/cloudListenerSource";
import { LISTENER_QUOTA, transportsOf, type ListenerSource } from "../live/listenerSource";
import { isListenerWithOrigins, listenerStepIds } from "../steps/listenerWithOrigins";
import { MAX_LIST_ENTRIES_CHECKED } from "../validation/boundLists";
import type { PathFinding } from "../validation/finding";
import { bindDiff, bindEntries } from "./bindDiff";
import type { ListenerReport, PortCheck } from "./listenerReport";
import { part } from "./part";
import type { PreflightCloud } from "./preflightCloud";
import type { Blocker, RuleCheck } from "./preflightReport";
import { stringParam } from "./requestValues";
import { ownerOfRequest, type ListenerOwner } from "../client/listenerOwner";

/** How the request stands against each listener rule that concerns it: an error breaks it, a warning or info is a note. */
function ruleChecks(findings: readonly Pick<PathFinding, "code" | "severity">[]): RuleCheck[] {
  const worst = new Map<string, RuleCheck["state"]>();
  for (const f of findings) {
    if (!LISTENER_PANEL_RULE_CODES.includes(f.code)) continue;
    if (f.severity === "error") worst.set(f.code, "fail");
    else if (worst.get(f.code) !== "fail") worst.set(f.code, "note");
  }
  return LISTENER_PANEL_RULE_CODES.filter((c) => worst.has(c)).map((code) => ({ code, state: worst.get(code)! }));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.slice(0, MAX_LIST_ENTRIES_CHECKED).filter((x): x is string => typeof x === "string") : []);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.slice(0, MAX_LIST_ENTRIES_CHECKED).filter((x): x is number => typeof x === "number") : []);

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

const CREATES: Readonly<Record<string, "TCP" | "UDP">> = { CreateTCPListeners: "TCP", CreateUDPListeners: "UDP" };
const MODIFIES = new Set(["ModifyTCPListenerAttribute", "ModifyUDPListenerAttribute", "BindListenerRealServers"]);

/** Creates: the proxy's state and protocols, each port against the owner's listeners, the quota. */
async function createParts(protocol: "TCP" | "UDP", params: RequestParams, owner: ListenerOwner, source: ListenerSource, blockers: Blocker[], signal?: AbortSignal): Promise<Partial<ListenerReport>> {
  const { proxyId, groupId } = owner;
  const [proxy, group, listeners] = await Promise.all([
    proxyId ? part(() => source.listenerProxy(proxyId, signal)) : Promise.resolve(undefined),
    groupId ? part(() => source.listenerGroup(groupId, signal)) : Promise.resolve(undefined),
    part(() => source.listeners(owner, signal)),
  ]);
  if (group?.ok && !group.value) {
    blockers.push({ code: "live-group-not-found", params: { id: groupId! } });
    return {};
  }
  if (group && !group.ok) blockers.push({ code: "check-failed", params: { code: group.error.code } });
  else if (group?.ok && group.value && group.value.status !== "RUNNING") blockers.push({ code: "live-listener-group-not-running", params: { id: groupId!, status: group.value.status } });
  if (proxy && !proxy.ok) blockers.push({ code: "check-failed", params: { code: proxy.error.code } });
  else if (proxy?.ok && !proxy.value) blockers.push({ code: "live-proxy-not-found", params: { id: proxyId! } });
  else if (proxy?.ok && proxy.value && proxy.value.status !== "RUNNING") blockers.push({ code: "live-listener-proxy-not-running", params: { id: proxyId!, status: proxy.value.status } });
  else if (proxy?.ok && proxy.value && proxy.value.supportProtocols.length > 0 && !proxy.value.supportProtocols.includes(protocol)) {
    blockers.push({ code: "live-protocol-unsupported", params: { id: proxyId!, protocol, allowed: proxy.value.supportProtocols.join(", ") } });
  }
  if (proxy?.ok && !proxy.value) return { proxy };
  if (!listeners.ok) {
    blockers.push({ code: "check-failed", params: { code: listeners.error.code } });
    return { ...(proxy ? { proxy } : {}), ports: listeners };
  }
  const transport = transportsOf(protocol)[0] === "udp" ? "UDP" : "TCP";
  const space = transport.toLowerCase() as "tcp" | "udp";
  const held = new Map<number, PortCheck["holder"]>();
  for (const l of listeners.value) if (transportsOf(l.protocol, l.http3).includes(space) && !held.has(l.port)) held.set(l.port, { listenerId: l.listenerId, protocol: l.protocol, name: l.name });
  const ports: PortCheck[] = numbers(params.Ports).map((port) => ({ port, transport, ...(held.get(port) ? { holder: held.get(port)! } : {}) }));
  for (const p of ports) if (p.holder) blockers.push({ code: "live-port-taken", params: { port: p.port, transport, protocol: p.holder.protocol, listener: p.holder.listenerId } });
  const count = listeners.value.length;
  if (count + ports.length > LISTENER_QUOTA) blockers.push({ code: "live-listener-quota", params: { existing: count, adding: ports.length, max: LISTENER_QUOTA } });
  return { ...(proxy ? { proxy } : {}), ports: { ok: true, value: ports }, listenerCount: count };
}

/** Modify and Bind: the listener as it is; Bind also its live origins beside the file's. */
async function listenerParts(action: string, params: RequestParams, listenerId: string, source: ListenerSource, blockers: Blocker[], signal?: AbortSignal): Promise<Partial<ListenerReport>> {
  const bind = action === "BindListenerRealServers";
  const [listener, live] = await Promise.all([part(() => source.listener(listenerId, signal)), bind ? part(() => source.boundOrigins(listenerId, signal)) : Promise.resolve(undefined)]);
  if (!listener.ok) blockers.push({ code: "check-failed", params: { code: listener.error.code } });
  else if (!listener.value) blockers.push({ code: "live-listener-not-found", params: { id: listenerId } });
  // No such listener: its origins (a refused listing) mean nothing.
  if (!live || (listener.ok && !listener.value)) return { listener };
  if (!live.ok) {
    // Without the live set the diff cannot be shown, and a replace-style bind is not sent blind.
    blockers.push({ code: "check-failed", params: { code: live.error.code } });
    return { listener, bind: live };
  }
  const values = [...live.value];
  return { listener, bind: { ok: true, value: { live: values, diff: bindDiff(values, bindEntries(params.RealServerBindSet)) } } };
}

/**
 * The preflight of the eight listener and origin-server writes: the offline rules, and from the account the proxy
 * and ports of a create, the live listener of a modify, and the bind's diff. Each look-up fails on its own; a
 * blocker says what keeps the send disabled (the file's live findings, which block too, come from the editor).
 */
export async function listenerPreflight(action: string, params: RequestParams, findings: readonly PathFinding[], cloud: PreflightCloud, signal?: AbortSignal): Promise<ListenerReport> {
  const proxyId = stringParam(params.ProxyId);
  const groupId = stringParam(params.GroupId);
  const listenerId = stringParam(params.ListenerId) ?? strings(params.ListenerIds)[0];
  const blockers: Blocker[] = [];
  const report: ListenerReport = {
    kind: "gaap-listener",
    action,
    target: { ...(proxyId ? { proxyId } : {}), ...(groupId ? { groupId } : {}), ...(listenerId ? { listenerId } : {}), ids: idsOf(params) },
    rules: ruleChecks(findings),
    blockers,
  };
  const gaap = cloud.gaap;
  if (!gaap.listeners) return report;
  const source = cloudListenerSource({ describeProxyDetail: (id, o) => gaap.describeProxyDetail(id, o), findGroup: (id, o) => gaap.findGroup(id, o), listeners: gaap.listeners });
  const protocol = Object.hasOwn(CREATES, action) ? CREATES[action] : undefined;
  const owner = ownerOfRequest(params);
  if (protocol && owner) Object.assign(report, await createParts(protocol, params, owner, source, blockers, signal));
  if (protocol && isListenerWithOrigins(action, params)) {
    report.steps = listenerStepIds(numbers(params.Ports).length);
    report.bind = { ok: true, value: { live: [], diff: bindDiff([], bindEntries(params.RealServerBindSet)) } };
  }
  if (MODIFIES.has(action) && listenerId) Object.assign(report, await listenerParts(action, params, listenerId, source, blockers, signal));
  return report;
}

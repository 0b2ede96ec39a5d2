import type { RequestParams } from "../actions/actionDefinition";
import { numberParam, stringParam } from "../preflight/requestValues";
import type { PathFinding } from "../validation/finding";
import { LISTENER_QUOTA, addressType, transportsOf, type ListenerFacts, type ListenerSource, type RealServerFacts } from "./listenerSource";
import { fieldsOf, liveFinding } from "./liveFinding";
import type { LiveSource } from "./liveSource";
import { ownerOfRequest } from "../client/listenerOwner";

const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** Which listener already takes each transport port, so a port is looked up once however long the request. */
function portsInUse(listeners: readonly ListenerFacts[]): Map<string, ListenerFacts> {
  const taken = new Map<string, ListenerFacts>();
  for (const l of listeners) for (const t of transportsOf(l.protocol, l.http3)) if (!taken.has(`${t}:${l.port}`)) taken.set(`${t}:${l.port}`, l);
  return taken;
}

/** A group's listeners are added only while the group exists and is RUNNING (the API's ProxyStatusNotInRuning). */
async function groupFindings(groupId: string, source: ListenerSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const group = await source.listenerGroup(groupId, signal);
  if (!group) return [liveFinding("/GroupId", "live-group-not-found", "error", { id: groupId })];
  return group.status === "RUNNING" ? [] : [liveFinding("/GroupId", "live-listener-group-not-running", "error", { id: groupId, status: group.status })];
}

/** The proxy (or group) runs; a proxy offers the protocol and takes RealServerPorts and the ClientIPMethod asked for. */
async function proxyFindings(request: RequestParams, protocol: "TCP" | "UDP", source: ListenerSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const proxyId = stringParam(request.ProxyId);
  const groupId = stringParam(request.GroupId);
  if (groupId && !proxyId) return groupFindings(groupId, source, signal);
  if (!proxyId || groupId) return [];
  const proxy = await source.listenerProxy(proxyId, signal);
  if (!proxy) return [liveFinding("/ProxyId", "live-proxy-not-found", "error", { id: proxyId })];
  const found: PathFinding[] = [];
  if (proxy.status !== "RUNNING") found.push(liveFinding("/ProxyId", "live-listener-proxy-not-running", "error", { id: proxyId, status: proxy.status }));
  if (proxy.supportProtocols.length > 0 && !proxy.supportProtocols.some((p) => p.toUpperCase() === protocol)) {
    found.push(liveFinding("/ProxyId", "live-protocol-unsupported", "error", { id: proxyId, protocol, allowed: [...proxy.supportProtocols] }));
  }
  if (arr(request.RealServerPorts).length > 0 && proxy.version !== "1.0") {
    found.push({ ...liveFinding("/RealServerPorts", "live-real-server-ports-v1", "error", { id: proxyId, version: proxy.version || "?" }, { kind: "remove-parameter" }), target: "key" });
  }
  const method = numberParam(request.ClientIPMethod);
  if (protocol === "TCP" && method !== undefined && proxy.clientIpMethods.length > 0 && !proxy.clientIpMethods.includes(method)) {
    const allowed = [...proxy.clientIpMethods];
    found.push(liveFinding("/ClientIPMethod", "live-client-ip-method", "error", { id: proxyId, value: method, allowed }, allowed.length === 1 ? { kind: "replace-value", value: allowed[0] } : undefined));
  }
  return found;
}

/** CreateTCPListeners and CreateUDPListeners: the proxy, each port free in its transport space, the quota. */
export function listenerCreateLiveChecks(protocol: "TCP" | "UDP") {
  return async (request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> => {
    const listeners = source.listeners;
    const owner = ownerOfRequest(request);
    if (!listeners || !owner) return [];
    const found = await proxyFindings(request, protocol, listeners, signal);
    // Without the proxy (or group) its listeners mean nothing (the listing of a missing one is empty or refused).
    if (found.some((f) => f.code === "live-proxy-not-found" || f.code === "live-group-not-found")) return found;
    const existing = await listeners.listeners(owner, signal);
    const taken = portsInUse(existing);
    const transport = transportsOf(protocol)[0];
    const ports = arr(request.Ports);
    ports.forEach((p, i) => {
      const port = numberParam(p);
      const holder = port === undefined ? undefined : taken.get(`${transport}:${port}`);
      if (holder) found.push(liveFinding(`/Ports/${i}`, "live-port-taken", "error", { port: port!, protocol: holder.protocol, listener: holder.listenerId, transport: transport.toUpperCase() }));
    });
    if (existing.length + ports.length > LISTENER_QUOTA) {
      found.push(liveFinding("/Ports", "live-listener-quota", "error", { existing: existing.length, adding: ports.length, max: LISTENER_QUOTA }));
    }
    // A listener with origins (listenerWithOrigins.ts): its set is checked as the bind will be.
    const set = arr(request.RealServerBindSet);
    if (set.length > 0) {
      const proxy = owner.proxyId !== undefined ? await listeners.listenerProxy(owner.proxyId, signal) : undefined;
      const servers = new Map((await listeners.realServers(signal)).map((s) => [s.realServerId, s]));
      const type = stringParam(request.RealServerType);
      const planned = type ? ({ realServerType: type } as ListenerFacts) : undefined;
      found.push(...set.flatMap((e, i) => bindEntryFindings(i, fieldsOf(e), servers, planned, proxy?.projectId)));
    }
    return found;
  };
}

/** ModifyTCPListenerAttribute and ModifyUDPListenerAttribute: the listener exists, has that protocol, can change now. */
export function listenerModifyLiveChecks(protocol: "TCP" | "UDP") {
  return async (request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> => {
    const listenerId = stringParam(request.ListenerId);
    if (!source.listeners || !listenerId) return [];
    const listener = await source.listeners.listener(listenerId, signal);
    if (!listener) return [liveFinding("/ListenerId", "live-listener-not-found", "error", { id: listenerId })];
    const found: PathFinding[] = [];
    if (listener.protocol !== protocol) found.push(liveFinding("/ListenerId", "live-listener-protocol", "error", { id: listenerId, protocol: listener.protocol, expected: protocol }));
    const owner = stringParam(request.ProxyId) ?? stringParam(request.GroupId);
    const actual = listener.proxyId ?? listener.groupId;
    if (owner && actual && owner !== actual) found.push(liveFinding(stringParam(request.ProxyId) ? "/ProxyId" : "/GroupId", "live-listener-owner", "error", { id: listenerId, owner: actual }, { kind: "replace-value", value: actual }));
    if (listener.status !== 0) found.push(liveFinding("/ListenerId", "live-listener-busy", "warning", { id: listenerId, status: listener.status }));
    return found;
  };
}

/** One origin entry of a bind against the account's origins and the listener's type and project. */
function bindEntryFindings(i: number, entry: Record<string, unknown>, servers: Map<string, RealServerFacts>, listener: ListenerFacts | undefined, projectId: number | undefined): PathFinding[] {
  const id = stringParam(entry.RealServerId);
  if (!id) return [];
  const base = `/RealServerBindSet/${i}`;
  const server = servers.get(id);
  if (!server) return [liveFinding(`${base}/RealServerId`, "live-real-server-not-found", "error", { id })];
  const found: PathFinding[] = [];
  const ip = stringParam(entry.RealServerIP);
  if (ip !== undefined && ip !== server.address) found.push(liveFinding(`${base}/RealServerIP`, "live-real-server-ip", "error", { id, value: ip, address: server.address }, { kind: "replace-value", value: server.address }));
  const type = addressType(server.address);
  if (listener?.realServerType && listener.realServerType !== type) found.push(liveFinding(`${base}/RealServerId`, "live-real-server-type", "error", { id, type, listenerType: listener.realServerType }));
  if (projectId !== undefined && server.projectId !== projectId) found.push(liveFinding(`${base}/RealServerId`, "live-real-server-project", "error", { id, project: server.projectId, proxyProject: projectId }));
  if (server.inBanBlacklist) found.push(liveFinding(`${base}/RealServerId`, "live-real-server-banned", "warning", { id }));
  return found;
}

/** BindListenerRealServers: the listener exists; each origin exists, has that IP, the listener's type and project. */
export async function bindLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const listenerId = stringParam(request.ListenerId);
  const listeners = source.listeners;
  if (!listeners || !listenerId) return [];
  const listener = await listeners.listener(listenerId, signal);
  if (!listener) return [liveFinding("/ListenerId", "live-listener-not-found", "error", { id: listenerId })];
  const proxy = listener.proxyId ? await listeners.listenerProxy(listener.proxyId, signal) : undefined;
  const servers = new Map((await listeners.realServers(signal)).map((s) => [s.realServerId, s]));
  return arr(request.RealServerBindSet).flatMap((e, i) => bindEntryFindings(i, fieldsOf(e), servers, listener, proxy?.projectId));
}

/** AddRealServers: an address already registered is refused (InvalidParameterValue.DuplicateRS). */
export async function addRealServersLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const addresses = arr(request.RealServerIP);
  if (!source.listeners || addresses.length === 0) return [];
  const registered = new Map<string, RealServerFacts>();
  for (const s of await source.listeners.realServers(signal)) registered.set(s.address, s);
  const found: PathFinding[] = [];
  addresses.forEach((a, i) => {
    const address = stringParam(a);
    const known = address === undefined ? undefined : registered.get(address);
    if (known) found.push(liveFinding(`/RealServerIP/${i}`, "live-real-server-registered", "error", { address: address!, id: known.realServerId }));
  });
  return found;
}

/** RemoveRealServers: an origin still bound is refused (FailedOperation.RealServerAlreadyBound); an unknown one is a no-op. */
export async function removeRealServersLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const ids = arr(request.RealServerIds).map(stringParam);
  const wanted = ids.filter((id): id is string => id !== undefined);
  if (!source.listeners || wanted.length === 0) return [];
  const [servers, bindings] = await Promise.all([source.listeners.realServers(signal), source.listeners.realServerBindings(wanted, signal)]);
  const known = new Set(servers.map((s) => s.realServerId));
  const bound = new Map(bindings.filter((b) => b.bound).map((b) => [b.realServerId, b]));
  const found: PathFinding[] = [];
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (!known.has(id)) found.push(liveFinding(`/RealServerIds/${i}`, "live-real-server-not-found", "error", { id }));
    const b = bound.get(id);
    if (b) found.push(liveFinding(`/RealServerIds/${i}`, "live-real-server-bound", "error", { id, owner: b.proxyId ?? b.groupId ?? "" }));
  });
  return found;
}

/** At most this many listeners of a DeleteListeners are looked up one by one (a proxy holds at most 50). */
const DELETE_LOOKUPS = 50;

/**
 * DeleteListeners: each listener exists and belongs to the owner named; without Force 1 one with origins bound is
 * not deleted (the API lists it in OperationFailedListenerSet), so say so before the send.
 */
export async function deleteListenersLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const listeners = source.listeners;
  const ids = arr(request.ListenerIds).slice(0, DELETE_LOOKUPS);
  if (!listeners || ids.length === 0) return [];
  const owner = stringParam(request.ProxyId) ?? stringParam(request.GroupId);
  const found: PathFinding[] = [];
  for (const [i, value] of ids.entries()) {
    const id = stringParam(value);
    if (!id) continue;
    const listener = await listeners.listener(id, signal);
    if (!listener) {
      found.push(liveFinding(`/ListenerIds/${i}`, "live-listener-not-found", "warning", { id }));
      continue;
    }
    const actual = listener.proxyId ?? listener.groupId;
    if (owner && actual && owner !== actual) found.push(liveFinding(`/ListenerIds/${i}`, "live-listener-owner", "error", { id, owner: actual }));
    if (request.Force !== 1 && (await listeners.boundOrigins(id, signal)).length > 0) found.push(liveFinding(`/ListenerIds/${i}`, "live-listener-has-origins", "warning", { id }));
  }
  return found;
}

import { ApiError } from "../apiError";
import { ownEntry } from "../dictionary";
import { reason } from "../errorMessages";
import { listenersOfGroup, listenersOfProxy, type ListenerRecord, type ListenerState, type RealServerRecord } from "../state/listenerState";
import type { GroupRecord, ProxyRecord, SandboxState } from "../state/sandboxState";
import { ruleError } from "./listenerRules";
import { requireGroup, requireProxy } from "./proxyTargets";

/** What a listener hangs on: a proxy, or a group (whose listeners every proxy of the group carries). */
export type ListenerOwner = { kind: "proxy"; proxy: ProxyRecord } | { kind: "group"; group: GroupRecord };

export const ownerId = (owner: ListenerOwner): string => (owner.kind === "proxy" ? owner.proxy.ProxyId : owner.group.GroupId);

/** "ProxyId and GroupId: exactly one" (the field comments of every listener request). */
export function requireOwner(state: SandboxState, params: { ProxyId?: string | undefined; GroupId?: string | undefined }): ListenerOwner {
  const { ProxyId, GroupId } = params;
  if (ProxyId !== undefined && GroupId !== undefined) throw ruleError("listener-proxy-and-group");
  if (ProxyId !== undefined) return { kind: "proxy", proxy: requireProxy(state, ProxyId) };
  if (GroupId !== undefined) return { kind: "group", group: requireGroup(state, GroupId) };
  throw ruleError("listener-proxy-or-group-required");
}

/** The API's answer for a listener that does not exist (or no longer does): TF treats it as gone after a delete. */
export const listenerNotFound = (id: string) => new ApiError("InvalidParameter", reason(`ListenerId(${id}) Not Exist.`, `ListenerId(${id}) Not Exist.`));

export function requireListener(listeners: ListenerState, id: string): ListenerRecord {
  const listener = ownEntry(listeners.listeners, id);
  if (!listener) throw listenerNotFound(id);
  return listener;
}

/** A given ProxyId/GroupId must be the listener's own (as DescribeTCPListeners checks it). */
export function checkBelongs(listener: ListenerRecord, params: { ProxyId?: string | undefined; GroupId?: string | undefined }): void {
  const wrongProxy = params.ProxyId !== undefined && listener.ProxyId !== params.ProxyId;
  const wrongGroup = params.GroupId !== undefined && listener.GroupId !== params.GroupId;
  if (wrongProxy || wrongGroup) throw listenerNotFound(listener.ListenerId);
}

/** The listeners on the owner; for a proxy in a group also the group's, for a group also its proxies' (they share ports). */
export function listenersSharingPorts(state: SandboxState, owner: ListenerOwner): ListenerRecord[] {
  const listeners = state.gaapListeners;
  if (owner.kind === "proxy") {
    const { ProxyId, GroupId } = owner.proxy;
    return [...listenersOfProxy(listeners, ProxyId), ...(GroupId !== null ? listenersOfGroup(listeners, GroupId) : [])];
  }
  const groupId = owner.group.GroupId;
  const members = membersOf(state, groupId).flatMap((p) => listenersOfProxy(listeners, p.ProxyId));
  return [...listenersOfGroup(listeners, groupId), ...members];
}

export const listenersOn = (state: SandboxState, owner: ListenerOwner): ListenerRecord[] =>
  owner.kind === "proxy" ? listenersOfProxy(state.gaapListeners, owner.proxy.ProxyId) : listenersOfGroup(state.gaapListeners, owner.group.GroupId);

const membersOf = (state: SandboxState, groupId: string): ProxyRecord[] => Object.values(state.proxies).filter((p) => p.GroupId === groupId);

/** TCP, HTTP and HTTPS listeners share the TCP ports; UDP listeners (and HTTPS with HTTP/3) the UDP ports. */
export const TRANSPORT_OF = new Map<string, "TCP" | "UDP">([
  ["TCP", "TCP"],
  ["HTTP", "TCP"],
  ["HTTPS", "TCP"],
  ["UDP", "UDP"],
]);

/** The project a listener's origins must be in: its proxy's or its group's. */
export function listenerProject(state: SandboxState, listener: ListenerRecord): number {
  if (listener.ProxyId !== null) return ownEntry(state.proxies, listener.ProxyId)?.ProjectId ?? 0;
  return listener.GroupId !== null ? (ownEntry(state.groups, listener.GroupId)?.ProjectId ?? 0) : 0;
}

export function requireRealServer(listeners: ListenerState, id: string): RealServerRecord {
  const server = ownEntry(listeners.realServers, id);
  if (!server) throw new ApiError("ResourceNotFound", { id });
  return server;
}

/** The listeners an origin is bound to. */
export const listenersBinding = (listeners: ListenerState, realServerId: string): ListenerRecord[] =>
  Object.values(listeners.listeners).filter((l) => l.bindings.some((b) => b.RealServerId === realServerId));

/** DestroyProxies Force 0 refuses a proxy with origins bound: keeps that flag in step with the listener's proxies. */
export function markBound(state: SandboxState, listener: ListenerRecord): void {
  const own = listener.ProxyId !== null ? ownEntry(state.proxies, listener.ProxyId) : undefined;
  const proxies = own ? [own] : listener.GroupId !== null ? membersOf(state, listener.GroupId) : [];
  for (const proxy of proxies) {
    proxy.sandbox.realServerBound = listenersSharingPorts(state, { kind: "proxy", proxy }).some((l) => l.bindings.length > 0);
  }
}

/** Listener writes must wait while another operation is under way on it (ListenerStatus 1–4). */
export function refuseBusy(listener: ListenerRecord): void {
  if (listener.ListenerStatus !== 0) throw new ApiError("FailedOperation.ListenerHasTask", { id: listener.ListenerId, status: listener.ListenerStatus });
}

import { dictionary, ownEntry } from "../dictionary";
import type { TagPair } from "./sandboxState";

// GAAP layer-4 listeners, the account's registered origin servers and the bindings between them (traffic-api.md §1,
// §3). Plain JSON like the rest of the state; fields named like the API's are answered as they are.

/** ListenerStatus: 0 running, 1 creating, 2 destroying, 3 origins being adjusted, 4 configuration changing. */
export type ListenerStatus = 0 | 1 | 2 | 3 | 4;

export type ListenerProtocol = "TCP" | "UDP";

/** One origin in a listener's set: BindListenerRealServers replaces the whole list. */
export interface BindingRecord {
  RealServerId: string;
  RealServerPort: number;
  RealServerWeight: number;
  /** master | slave, only with FailoverSwitch 1; "" otherwise. */
  RealServerFailoverRole: string;
}

export interface ListenerRecord {
  ListenerId: string;
  ListenerName: string;
  Protocol: ListenerProtocol;
  Port: number;
  /** Only on Version 1.0 proxies and group listeners; null elsewhere. */
  RealServerPort: number | null;
  RealServerType: "IP" | "DOMAIN";
  ListenerStatus: ListenerStatus;
  Scheduler: string;
  ConnectTimeout: number;
  DelayLoop: number;
  HealthCheck: number;
  /** TCP only (0 TOA, 1 Proxy Protocol). */
  ClientIPMethod: number;
  HealthyThreshold: number;
  UnhealthyThreshold: number;
  FailoverSwitch: number;
  SessionPersist: number;
  /** UDP health check (CheckType PORT | PING and the port probe); null on TCP listeners. */
  udpCheck: { CheckType: string; CheckPort: number; ContextType: string; SendContext: string; RecvContext: string } | null;
  /** Exactly one of ProxyId and GroupId is set. */
  ProxyId: string | null;
  GroupId: string | null;
  CreateTime: number;
  bindings: BindingRecord[];
  sandbox: {
    createdMs: number;
    /** The status change under way (to 0, or GONE after a delete); null when settled or held by the seed. */
    pending: { to: 0 | "GONE"; at: number } | null;
  };
}

export interface RealServerRecord {
  RealServerId: string;
  /** An IP address or a domain name. */
  RealServerIP: string;
  RealServerName: string;
  ProjectId: number;
  TagSet: TagPair[];
  InBanBlacklist: number;
  sandbox: {
    type: "IP" | "DOMAIN";
    /** What the health checks of every listener it is bound to see. */
    healthy: boolean;
  };
}

export interface ListenerState {
  listeners: Record<string, ListenerRecord>;
  realServers: Record<string, RealServerRecord>;
}

export const emptyListenerState = (): ListenerState => ({ listeners: dictionary(), realServers: dictionary() });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The listener part of a state read from a file, in null-prototype tables; an older file without one gets an empty
 * one (so state files written before listeners existed still load).
 */
export function reviveListenerState(value: unknown): ListenerState {
  if (!isRecord(value)) return emptyListenerState();
  const table = <T>(v: unknown) => dictionary<T>(isRecord(v) ? (Object.entries(v) as [string, T][]) : []);
  const revived = { listeners: table<ListenerRecord>(value.listeners), realServers: table<RealServerRecord>(value.realServers) };
  indexOf(revived);
  return revived;
}

/**
 * The listeners of each proxy and of each group (ids in creation order), so a request about one owner does not scan
 * the account's listeners. Held beside the table, not in it: the state file keeps only the records, and the index
 * is built again from them when a file is loaded (or a seed has filled the table). Every later change goes through
 * `putListener` and `dropListener`, which keep it in step.
 */
interface OwnerIndex {
  byProxy: Map<string, Set<string>>;
  byGroup: Map<string, Set<string>>;
  /** The latest `createdMs` the table has held, so a new listener sorts after every one before it. */
  latestCreatedMs: number;
}

const indexes = new WeakMap<Record<string, ListenerRecord>, OwnerIndex>();

function indexOf(state: ListenerState): OwnerIndex {
  let index = indexes.get(state.listeners);
  if (!index) {
    index = { byProxy: new Map(), byGroup: new Map(), latestCreatedMs: -Infinity };
    for (const [id, listener] of Object.entries(state.listeners)) addToIndex(index, id, listener);
    indexes.set(state.listeners, index);
  }
  return index;
}

/** Where a listener is indexed; a record a state file got wrong (no owner id) is in no owner's list. */
function ownerList(index: OwnerIndex, listener: ListenerRecord | undefined): [Map<string, Set<string>>, string] | undefined {
  if (typeof listener?.ProxyId === "string") return [index.byProxy, listener.ProxyId];
  if (typeof listener?.GroupId === "string") return [index.byGroup, listener.GroupId];
  return undefined;
}

/** By the table's key, which a state file could set apart from the record's ListenerId. */
function addToIndex(index: OwnerIndex, id: string, listener: ListenerRecord): void {
  const createdMs = listener?.sandbox?.createdMs;
  if (typeof createdMs === "number") index.latestCreatedMs = Math.max(index.latestCreatedMs, createdMs);
  const owner = ownerList(index, listener);
  if (!owner) return;
  const [map, key] = owner;
  let ids = map.get(key);
  if (!ids) map.set(key, (ids = new Set()));
  ids.add(id);
}

function removeFromIndex(index: OwnerIndex, id: string, listener: ListenerRecord): void {
  const owner = ownerList(index, listener);
  if (!owner) return;
  const [map, key] = owner;
  const ids = map.get(key);
  ids?.delete(id);
  if (ids?.size === 0) map.delete(key);
}

/** Adds (or replaces) a listener under its id. */
export function putListener(state: ListenerState, listener: ListenerRecord): void {
  const index = indexOf(state);
  const old = ownEntry(state.listeners, listener.ListenerId);
  if (old) removeFromIndex(index, listener.ListenerId, old);
  state.listeners[listener.ListenerId] = listener;
  addToIndex(index, listener.ListenerId, listener);
}

export function dropListener(state: ListenerState, id: string): void {
  const old = ownEntry(state.listeners, id);
  if (!old) return;
  removeFromIndex(indexOf(state), id, old);
  delete state.listeners[id];
}

const listed = (state: ListenerState, ids: Set<string> | undefined): ListenerRecord[] => (ids ? [...ids].map((id) => state.listeners[id]!) : []);

/** The listeners of one proxy (not those of its group), oldest first. */
export const listenersOfProxy = (state: ListenerState, proxyId: string): ListenerRecord[] => listed(state, indexOf(state).byProxy.get(proxyId));

/** The listeners of one group (not those of its proxies), oldest first. */
export const listenersOfGroup = (state: ListenerState, groupId: string): ListenerRecord[] => listed(state, indexOf(state).byGroup.get(groupId));

/** The latest creation time of any listener the table has held (-Infinity for none). */
export const latestListenerCreatedMs = (state: ListenerState): number => indexOf(state).latestCreatedMs;

/**
 * Applies the listener transitions due at `now` (1/3/4 → 0, 2 → gone) and drops the listeners of proxies that are gone
 * (destroyed); returns whether anything changed.
 */
export function settleListeners(state: ListenerState, now: number, proxyExists: (id: string) => boolean): boolean {
  let changed = false;
  for (const [proxyId, ids] of indexOf(state).byProxy) {
    if (proxyExists(proxyId)) continue;
    for (const id of [...ids]) dropListener(state, id);
    changed = true;
  }
  for (const [id, listener] of Object.entries(state.listeners)) {
    const pending = listener.sandbox.pending;
    if (!pending || pending.at > now) continue;
    changed = true;
    if (pending.to === "GONE") dropListener(state, id);
    else {
      listener.ListenerStatus = pending.to;
      listener.sandbox.pending = null;
    }
  }
  return changed;
}

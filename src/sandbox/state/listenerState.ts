import { dictionary } from "../dictionary";
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
  return { listeners: table<ListenerRecord>(value.listeners), realServers: table<RealServerRecord>(value.realServers) };
}

/**
 * Applies the listener transitions due at `now` (1/3/4 → 0, 2 → gone) and drops the listeners of proxies that are gone
 * (destroyed); returns whether anything changed.
 */
export function settleListeners(state: ListenerState, now: number, proxyExists: (id: string) => boolean): boolean {
  let changed = false;
  for (const [id, listener] of Object.entries(state.listeners)) {
    if (listener.ProxyId !== null && !proxyExists(listener.ProxyId)) {
      delete state.listeners[id];
      changed = true;
      continue;
    }
    const pending = listener.sandbox.pending;
    if (!pending || pending.at > now) continue;
    changed = true;
    if (pending.to === "GONE") delete state.listeners[id];
    else {
      listener.ListenerStatus = pending.to;
      listener.sandbox.pending = null;
    }
  }
  return changed;
}

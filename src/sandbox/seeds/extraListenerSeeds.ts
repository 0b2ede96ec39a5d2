import { newId } from "../newId";
import { seededRandom } from "../seededRandom";
import { putListener, type ListenerRecord, type ListenerState } from "../state/listenerState";
import type { SandboxState } from "../state/sandboxState";

/** Listener and origin names a view must show as text, never run (the hostile seed's, beside HOSTILE_STRINGS). */
export const HOSTILE_LISTENER_STRINGS = {
  listenerName: "<img src=x onerror=alert(3)>",
  realServerName: '"><svg onload=alert(4)>',
  tagValue: "**bold** [link](command:workbench.action.quit)",
} as const;

function tcpListener(state: ListenerState, owner: { ProxyId: string; createdMs: number }, fields: Partial<ListenerRecord> & { ListenerId: string }): ListenerRecord {
  const record: ListenerRecord = {
    ListenerName: "tcp",
    Protocol: "TCP",
    Port: 80,
    RealServerPort: null,
    RealServerType: "IP",
    ListenerStatus: 0,
    Scheduler: "rr",
    ConnectTimeout: 2,
    DelayLoop: 5,
    HealthCheck: 1,
    ClientIPMethod: 0,
    HealthyThreshold: 3,
    UnhealthyThreshold: 3,
    FailoverSwitch: 0,
    SessionPersist: 0,
    udpCheck: null,
    ProxyId: owner.ProxyId,
    GroupId: null,
    CreateTime: Math.floor(owner.createdMs / 1000),
    bindings: [],
    sandbox: { createdMs: owner.createdMs, pending: null },
    ...fields,
  };
  putListener(state, record);
  return record;
}

/** The hostile seed's ungrouped proxy gets a listener and an origin with hostile names (seeded directly, as there). */
export function addHostileListeners(state: SandboxState, hostileProxyName: string): void {
  const proxy = Object.values(state.proxies).find((p) => p.ProxyName === hostileProxyName && p.GroupId === null);
  if (!proxy) return;
  const random = seededRandom(0xbad + 16);
  const listeners = state.gaapListeners;
  const RealServerId = newId("realServer", (id) => Object.hasOwn(listeners.realServers, id), random);
  listeners.realServers[RealServerId] = {
    RealServerId,
    RealServerIP: "203.0.113.66",
    RealServerName: HOSTILE_LISTENER_STRINGS.realServerName,
    ProjectId: proxy.ProjectId,
    TagSet: [{ TagKey: "note", TagValue: HOSTILE_LISTENER_STRINGS.tagValue }],
    InBanBlacklist: 1,
    sandbox: { type: "IP", healthy: false },
  };
  const ListenerId = newId("listener", (id) => Object.hasOwn(listeners.listeners, id), random);
  tcpListener(listeners, { ProxyId: proxy.ProxyId, createdMs: proxy.sandbox.createdMs }, {
    ListenerId,
    ListenerName: HOSTILE_LISTENER_STRINGS.listenerName,
    bindings: [{ RealServerId, RealServerPort: 80, RealServerWeight: 1, RealServerFailoverRole: "" }],
  });
  proxy.sandbox.realServerBound = true;
}

/**
 * A scale account's listeners, for benchmarks that list the listeners of every proxy: every tenth proxy that runs
 * gets one TCP listener (no origins), so most answers are empty and some are not. Bounded by the proxies (≤ 10,000).
 */
export function addScaleListeners(state: SandboxState): void {
  const random = seededRandom(7 + 16);
  const listeners = state.gaapListeners;
  Object.values(state.proxies)
    .filter((p) => p.Status === "RUNNING" && p.GroupId === null)
    .forEach((proxy, i) => {
      if (i % 10 !== 0) return;
      const ListenerId = newId("listener", (id) => Object.hasOwn(listeners.listeners, id), random);
      tcpListener(listeners, { ProxyId: proxy.ProxyId, createdMs: proxy.sandbox.createdMs }, { ListenerId, ListenerName: `tcp-${i}`, HealthCheck: 0 });
    });
}

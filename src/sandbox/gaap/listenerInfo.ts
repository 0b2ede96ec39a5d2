import { ownEntry } from "../dictionary";
import type { BindingRecord, ListenerRecord, ListenerState } from "../state/listenerState";

// The answer shapes of gaap_models.d.ts: TCPListener, UDPListener and BindRealServer. Health codes differ per type
// (traffic-api.md §3 "Status-code trap"): TCPListener.BindStatus 1 is normal, UDPListener.BindStatus 0 is normal (1 IP
// abnormal, 2 DNS abnormal), BindRealServer.RealServerStatus 0 is normal.

/** Whether an origin bound to the listener is seen healthy: always, when the listener has no health check. */
function bindingHealthy(listeners: ListenerState, listener: ListenerRecord, binding: BindingRecord): boolean {
  if (listener.HealthCheck !== 1) return true;
  return ownEntry(listeners.realServers, binding.RealServerId)?.sandbox.healthy ?? false;
}

export function bindRealServer(listeners: ListenerState, listener: ListenerRecord, binding: BindingRecord) {
  const server = ownEntry(listeners.realServers, binding.RealServerId);
  const healthy = bindingHealthy(listeners, listener, binding);
  return {
    RealServerId: binding.RealServerId,
    RealServerIP: server?.RealServerIP ?? "",
    RealServerWeight: binding.RealServerWeight,
    RealServerStatus: healthy ? 0 : 1,
    RealServerPort: binding.RealServerPort,
    DownIPList: healthy || !server || server.sandbox.type === "DOMAIN" ? [] : [server.RealServerIP],
    RealServerFailoverRole: binding.RealServerFailoverRole,
  };
}

/**
 * Whether every bound origin is healthy. A listener with no origin forwards nothing, so it is not called normal [I:
 * no source says what the API answers for an empty set].
 */
function allHealthy(listeners: ListenerState, listener: ListenerRecord): boolean {
  return listener.bindings.length > 0 && listener.bindings.every((b) => bindingHealthy(listeners, listener, b));
}

function common(listeners: ListenerState, listener: ListenerRecord) {
  return {
    ListenerId: listener.ListenerId,
    ListenerName: listener.ListenerName,
    Port: listener.Port,
    RealServerPort: listener.RealServerPort,
    RealServerType: listener.RealServerType,
    Protocol: listener.Protocol,
    ListenerStatus: listener.ListenerStatus,
    Scheduler: listener.Scheduler,
    RealServerSet: listener.bindings.map((b) => bindRealServer(listeners, listener, b)),
    CreateTime: listener.CreateTime,
    SessionPersist: listener.SessionPersist,
    DelayLoop: listener.DelayLoop,
    ConnectTimeout: listener.ConnectTimeout,
    HealthyThreshold: listener.HealthyThreshold,
    UnhealthyThreshold: listener.UnhealthyThreshold,
    FailoverSwitch: listener.FailoverSwitch,
    HealthCheck: listener.HealthCheck,
    ProxyId: listener.ProxyId,
    GroupId: listener.GroupId,
  };
}

export function tcpListener(listeners: ListenerState, listener: ListenerRecord) {
  return { ...common(listeners, listener), BindStatus: allHealthy(listeners, listener) ? 1 : 0, ClientIPMethod: listener.ClientIPMethod };
}

export function udpListener(listeners: ListenerState, listener: ListenerRecord) {
  const domain = listener.RealServerType === "DOMAIN";
  const check = listener.udpCheck ?? { CheckType: "PORT", CheckPort: -1, ContextType: "", SendContext: "", RecvContext: "" };
  return { ...common(listeners, listener), BindStatus: allHealthy(listeners, listener) ? 0 : domain ? 2 : 1, ...check };
}

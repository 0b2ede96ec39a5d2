/** A live GAAP listener as the API returned it (TCPListener / UDPListener): every field unchecked. */
export interface ListenerFields {
  ListenerId?: unknown;
  ListenerName?: unknown;
  Scheduler?: unknown;
  HealthCheck?: unknown;
  DelayLoop?: unknown;
  ConnectTimeout?: unknown;
  HealthyThreshold?: unknown;
  UnhealthyThreshold?: unknown;
  FailoverSwitch?: unknown;
  CheckType?: unknown;
  CheckPort?: unknown;
  ContextType?: unknown;
  SendContext?: unknown;
  RecvContext?: unknown;
}

/** An origin bound to a listener as the API returned it (BindRealServer): every field unchecked. */
export interface BoundOriginFields {
  RealServerId?: unknown;
  RealServerIP?: unknown;
  RealServerPort?: unknown;
  RealServerWeight?: unknown;
  RealServerFailoverRole?: unknown;
}

const GAAP_VERSION = "2018-05-29";

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * A Modify{TCP,UDP}ListenerAttribute pre-filled from the live listener and naming its owner (ProxyId or GroupId, as
 * given): its name, scheduler and health check as they are, so the user edits what should change. The probe fields go only where the offline rules take them: the
 * health-check timings with HealthCheck 1, UDP's port-probe fields only with CheckType PORT.
 */
export function modifyListenerRequest(protocol: "TCP" | "UDP", owner: { ProxyId: string } | { GroupId: string }, listener: ListenerFields): Record<string, unknown> {
  const checking = num(listener.HealthCheck) === 1;
  const udpPort = protocol === "UDP" && checking && text(listener.CheckType) === "PORT";
  return defined({
    Action: protocol === "TCP" ? "ModifyTCPListenerAttribute" : "ModifyUDPListenerAttribute",
    Version: GAAP_VERSION,
    ...owner,
    ListenerId: text(listener.ListenerId),
    ListenerName: text(listener.ListenerName),
    Scheduler: text(listener.Scheduler),
    HealthCheck: num(listener.HealthCheck),
    DelayLoop: checking ? num(listener.DelayLoop) : undefined,
    ConnectTimeout: checking ? num(listener.ConnectTimeout) : undefined,
    HealthyThreshold: checking ? num(listener.HealthyThreshold) : undefined,
    UnhealthyThreshold: checking ? num(listener.UnhealthyThreshold) : undefined,
    FailoverSwitch: num(listener.FailoverSwitch),
    CheckType: protocol === "UDP" && checking ? text(listener.CheckType) : undefined,
    CheckPort: udpPort ? num(listener.CheckPort) : undefined,
    ContextType: udpPort ? text(listener.ContextType) : undefined,
    SendContext: udpPort ? text(listener.SendContext) : undefined,
    RecvContext: udpPort ? text(listener.RecvContext) : undefined,
  });
}

/**
 * A BindListenerRealServers holding the listener's current origin set (the call replaces the whole set: the user
 * adds, edits or removes entries, and the preflight shows the diff). Weights go with wrr only, roles with
 * FailoverSwitch 1 only, as the offline rules want them.
 */
export function bindListenerRequest(listenerId: string, origins: readonly BoundOriginFields[], listener: Pick<ListenerFields, "Scheduler" | "FailoverSwitch"> = {}): Record<string, unknown> {
  const weighted = text(listener.Scheduler) === "wrr";
  const failover = num(listener.FailoverSwitch) === 1;
  const set = origins
    .filter((o) => text(o.RealServerId) !== undefined)
    .map((o) =>
      defined({
        RealServerId: text(o.RealServerId),
        RealServerPort: num(o.RealServerPort),
        RealServerIP: text(o.RealServerIP),
        RealServerWeight: weighted ? num(o.RealServerWeight) : undefined,
        RealServerFailoverRole: failover ? text(o.RealServerFailoverRole) : undefined,
      }),
    );
  return { Action: "BindListenerRealServers", Version: GAAP_VERSION, ListenerId: listenerId, RealServerBindSet: set };
}

import { newId } from "../newId";
import { seededRandom, type Random } from "../seededRandom";
import { putListener, type BindingRecord, type ListenerRecord, type ListenerStatus, type RealServerRecord } from "../state/listenerState";
import type { ProxyRecord, SandboxState } from "../state/sandboxState";

const DAY = 86_400_000;

type Origin = [name: string, address: string, project: number, healthy: boolean];

/** Registered origins (documentation addresses, RFC 5737), healthy and not; the spare ones are bound to nothing. */
const ORIGINS: Record<string, Origin> = {
  web1: ["web-origin-1", "203.0.113.11", 0, true],
  web2: ["web-origin-2", "203.0.113.12", 0, true],
  webDown: ["web-origin-down", "203.0.113.13", 0, false],
  webDomain: ["web-domain", "origin.example.com", 0, true],
  legacy: ["legacy-db", "203.0.113.41", 0, true],
  game1: ["game-origin-1", "198.51.100.21", 1250001, true],
  gameDown: ["game-origin-down", "198.51.100.22", 1250001, false],
  api1: ["api-origin-1", "192.0.2.31", 1250002, true],
  spare1: ["spare-1", "203.0.113.91", 0, true],
  spare2: ["spare-2", "203.0.113.92", 0, true],
  spareDomain: ["spare-domain", "spare.example.net", 0, true],
  spareGame: ["spare-game", "198.51.100.93", 1250001, true],
};

interface ListenerSpec {
  on: string;
  group?: boolean;
  name: string;
  protocol: "TCP" | "UDP";
  port: number;
  bind: [origin: keyof typeof ORIGINS, port: number, weight?: number, role?: "master" | "slave"][];
  status?: ListenerStatus;
  scheduler?: string;
  healthCheck?: number;
  domain?: boolean;
  realServerPort?: number;
  failover?: boolean;
}

/**
 * Listeners on some demo proxies (by name) and one group. edge-sh, legacy-fixed, traffic-gz and the other independent
 * RUNNING proxies have none: they forward nothing. api-tls holds ListenerStatus 4, as seeded transitional proxies do.
 */
const LISTENERS: ListenerSpec[] = [
  { on: "web-sh", name: "web-http", protocol: "TCP", port: 80, scheduler: "wrr", bind: [["web1", 80, 10], ["web2", 80, 20]] },
  { on: "web-sh", name: "web-https", protocol: "TCP", port: 443, bind: [["web1", 443], ["webDown", 443]] },
  { on: "web-sh", name: "quic-udp", protocol: "UDP", port: 443, bind: [["web2", 4433], ["webDown", 4433]] },
  { on: "web-sh", name: "dns-udp", protocol: "UDP", port: 53, domain: true, bind: [["webDomain", 53]] },
  { on: "web-south", group: true, name: "group-tcp", protocol: "TCP", port: 8080, realServerPort: 8081, bind: [["web1", 8081]] },
  { on: "web-bj", name: "ssh", protocol: "TCP", port: 22, healthCheck: 0, bind: [["web2", 22]] },
  { on: "game-cq", name: "game-udp", protocol: "UDP", port: 7000, scheduler: "lc", bind: [["game1", 7000], ["gameDown", 7000]] },
  { on: "game-cq", name: "game-tcp", protocol: "TCP", port: 7001, failover: true, bind: [["game1", 7001, 1, "master"], ["gameDown", 7001, 1, "slave"]] },
  { on: "game-sgp", name: "game-tcp", protocol: "TCP", port: 7001, bind: [["game1", 7001]] },
  { on: "api-tokyo", name: "api-tls", protocol: "TCP", port: 443, status: 4, bind: [["api1", 8443]] },
  { on: "api-tokyo", name: "api-empty", protocol: "TCP", port: 9000, bind: [] },
  { on: "bound-origin", name: "db", protocol: "TCP", port: 3306, bind: [["legacy", 3306]] },
  { on: "v1-legacy", name: "legacy-http", protocol: "TCP", port: 80, realServerPort: 8080, bind: [["web1", 8080]] },
];

function buildListener(spec: ListenerSpec, owner: { ProxyId: string | null; GroupId: string | null }, id: string, createdMs: number, bindings: BindingRecord[]): ListenerRecord {
  const udp = spec.protocol === "UDP";
  return {
    ListenerId: id,
    ListenerName: spec.name,
    Protocol: spec.protocol,
    Port: spec.port,
    RealServerPort: spec.realServerPort ?? null,
    RealServerType: spec.domain ? "DOMAIN" : "IP",
    ListenerStatus: spec.status ?? 0,
    Scheduler: spec.scheduler ?? "rr",
    ConnectTimeout: 2,
    DelayLoop: 5,
    HealthCheck: spec.healthCheck ?? 1,
    ClientIPMethod: 0,
    HealthyThreshold: 3,
    UnhealthyThreshold: 3,
    FailoverSwitch: spec.failover ? 1 : 0,
    SessionPersist: 0,
    udpCheck: udp ? { CheckType: spec.domain ? "PING" : "PORT", CheckPort: spec.domain ? -1 : spec.port, ContextType: "", SendContext: "", RecvContext: "" } : null,
    ...owner,
    CreateTime: Math.floor(createdMs / 1000),
    bindings,
    sandbox: { createdMs, pending: null },
  };
}

/**
 * Adds the demo account's listeners, origins and bindings. Its own seeded generator (and no draw from the demo's)
 * keeps every proxy, group, zone and L4 ID of the demo seed as it was.
 */
export function addListenerSeed(state: SandboxState, now: number): void {
  const random: Random = seededRandom(20180529 + 16);
  const { listeners, realServers } = state.gaapListeners;
  const originIds = new Map<string, string>();
  for (const [key, [name, address, project, healthy]] of Object.entries(ORIGINS)) {
    const RealServerId = newId("realServer", (id) => Object.hasOwn(realServers, id), random);
    const server: RealServerRecord = {
      RealServerId,
      RealServerIP: address,
      RealServerName: name,
      ProjectId: project,
      TagSet: project === 0 ? [{ TagKey: "env", TagValue: "prod" }] : [],
      InBanBlacklist: 0,
      sandbox: { type: /^[\d.]+$/.test(address) ? "IP" : "DOMAIN", healthy },
    };
    realServers[RealServerId] = server;
    originIds.set(key, RealServerId);
  }
  const proxies = Object.values(state.proxies);
  const groups = Object.values(state.groups);
  LISTENERS.forEach((spec, i) => {
    const proxy = spec.group ? undefined : proxies.find((p) => p.ProxyName === spec.on);
    const group = spec.group ? groups.find((g) => g.GroupName === spec.on) : undefined;
    if (!proxy && !group) return;
    const bindings = spec.bind.map(([origin, port, weight, role]) => ({
      RealServerId: originIds.get(origin)!,
      RealServerPort: port,
      RealServerWeight: weight ?? 1,
      RealServerFailoverRole: role ?? "",
    }));
    const id = newId("listener", (candidate) => Object.hasOwn(listeners, candidate), random);
    const owner = { ProxyId: proxy?.ProxyId ?? null, GroupId: proxy ? null : group!.GroupId };
    putListener(state.gaapListeners, buildListener(spec, owner, id, now - Math.round((30 - i) * DAY), bindings));
    if (bindings.length > 0) markBound(proxies, owner);
  });
}

/** DestroyProxies Force 0 refuses proxies with origins bound. */
function markBound(proxies: readonly ProxyRecord[], owner: { ProxyId: string | null; GroupId: string | null }): void {
  for (const proxy of proxies) if (proxy.ProxyId === owner.ProxyId || (owner.GroupId !== null && proxy.GroupId === owner.GroupId)) proxy.sandbox.realServerBound = true;
}

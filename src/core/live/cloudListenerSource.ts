import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type { GaapClient } from "../client/gaapClient";
import type { GaapListenerClient } from "../client/gaapListenerClient";
import { isListenerGone } from "../client/gaapListenerWaits";
import { collectPages } from "../client/pageStream";
import { ApiError } from "../errors/apiError";
import type { BoundOriginFacts, ListenerFacts, ListenerProtocol, ListenerProxyFacts, ListenerSource, RealServerFacts } from "./listenerSource";
import { ownerScope, type ListenerOwner } from "../client/listenerOwner";

const options = (signal?: AbortSignal) => (signal ? { signal } : {});
/** A proxy holds at most 50 listeners: one page of 50 per HTTP(S) listing is all there is. */
const HTTP_PAGE = 50;
/** DescribeRealServersStatus is asked this many IDs at a time. */
const STATUS_CHUNK = 50;

const PROXY_GONE = new Set(["ResourceNotFound", "InvalidParameter", "InvalidParameterValue", "FailedOperation.ProxyNotExist"]);

function listenerFacts(protocol: ListenerProtocol, l: Gaap.TCPListener | Gaap.UDPListener | Gaap.HTTPListener | Gaap.HTTPSListener): ListenerFacts {
  const l4 = l as Partial<Gaap.TCPListener>;
  const http3 = (l as { Http3Supported?: number }).Http3Supported === 1;
  return {
    listenerId: l.ListenerId ?? "",
    name: l.ListenerName ?? "",
    protocol,
    port: Number(l.Port ?? 0),
    status: Number(l.ListenerStatus ?? 0),
    ...(l4.RealServerType ? { realServerType: l4.RealServerType } : {}),
    ...(http3 ? { http3 } : {}),
    ...(l4.FailoverSwitch !== undefined ? { failoverSwitch: l4.FailoverSwitch } : {}),
    ...(l4.Scheduler ? { scheduler: l4.Scheduler } : {}),
    ...(l.ProxyId ? { proxyId: l.ProxyId } : {}),
    ...(l.GroupId ? { groupId: l.GroupId } : {}),
  };
}

function proxyFacts(p: Gaap.ProxyInfo): ListenerProxyFacts {
  return {
    proxyId: p.ProxyId ?? p.InstanceId ?? "",
    status: p.Status ?? "",
    version: p.Version ?? "",
    projectId: Number(p.ProjectId ?? 0),
    supportProtocols: Array.isArray(p.SupportProtocols) ? p.SupportProtocols.filter((x): x is string => typeof x === "string") : [],
    clientIpMethods: Array.isArray(p.ClientIPMethod) ? p.ClientIPMethod.map(Number).filter(Number.isInteger) : [],
    ...(p.GroupId ? { groupId: p.GroupId } : {}),
  };
}

/** The reads the listener facts need: no write is in this list (the preflight hands in its narrow cloud). */
export type ListenerReadClient = Pick<GaapListenerClient, "listTcpListeners" | "listUdpListeners" | "findListener" | "listRealServers" | "listenerRealServers" | "realServersStatus">;
export type ListenerReadGaap = Pick<GaapClient, "describeProxyDetail" | "findGroup"> & Partial<Pick<GaapClient, "request">> & { listeners: ListenerReadClient };

/**
 * HTTP and HTTPS listeners hold TCP (and HTTP/3 UDP) ports too; an endpoint without the action (the sandbox) has
 * none, and without `request` (the preflight's read-only cloud) they are not asked.
 */
async function httpListeners(gaap: ListenerReadGaap, protocol: "HTTP" | "HTTPS", owner: ListenerOwner, signal?: AbortSignal): Promise<ListenerFacts[]> {
  if (!gaap.request) return [];
  try {
    const r = await gaap.request<{ ListenerSet?: unknown }>(protocol === "HTTP" ? "DescribeHTTPListeners" : "DescribeHTTPSListeners", { ...ownerScope(owner), Offset: 0, Limit: HTTP_PAGE }, options(signal));
    const set = Array.isArray(r.ListenerSet) ? (r.ListenerSet.slice(0, HTTP_PAGE) as Gaap.HTTPListener[]) : [];
    return set.map((l) => listenerFacts(protocol, l));
  } catch (e) {
    if (e instanceof ApiError && e.code === "InvalidAction") return [];
    throw e;
  }
}

/** The listener and origin facts of live checks and completion, asked of GAAP through the client. */
export function cloudListenerSource(gaap: ListenerReadGaap): ListenerSource {
  const l4 = gaap.listeners;
  const find = async (protocol: "TCP" | "UDP", id: string, signal?: AbortSignal) => {
    try {
      const l = await l4.findListener(protocol, id, options(signal));
      return l ? listenerFacts(protocol, l) : undefined;
    } catch (e) {
      if (isListenerGone(e) || (e instanceof ApiError && e.code === "InvalidParameterValue")) return undefined;
      throw e;
    }
  };
  return {
    listenerProxy: async (id, signal) => {
      try {
        return proxyFacts(await gaap.describeProxyDetail(id, options(signal)));
      } catch (e) {
        if (e instanceof ApiError && PROXY_GONE.has(e.code)) return undefined;
        throw e;
      }
    },
    listenerGroup: async (id, signal) => {
      const g = await gaap.findGroup(id, options(signal));
      return g ? { groupId: g.GroupId ?? id, status: g.Status ?? "" } : undefined;
    },
    listeners: async (owner, signal) => {
      const scope = ownerScope(owner);
      const [tcp, udp, http, https] = await Promise.all([
        collectPages(l4.listTcpListeners(scope, {}, options(signal))),
        collectPages(l4.listUdpListeners(scope, {}, options(signal))),
        httpListeners(gaap, "HTTP", owner, signal),
        httpListeners(gaap, "HTTPS", owner, signal),
      ]);
      return [...tcp.map((l) => listenerFacts("TCP", l)), ...udp.map((l) => listenerFacts("UDP", l)), ...http, ...https];
    },
    listener: async (id, signal) => (await find("TCP", id, signal)) ?? (await find("UDP", id, signal)),
    realServers: async (signal) =>
      (await collectPages(l4.listRealServers({}, options(signal)))).map(
        (s): RealServerFacts => ({
          realServerId: s.RealServerId ?? "",
          address: s.RealServerIP ?? "",
          name: s.RealServerName ?? "",
          projectId: Number(s.ProjectId ?? 0),
          inBanBlacklist: (s as { InBanBlacklist?: number }).InBanBlacklist === 1,
        }),
      ),
    boundOrigins: async (id, signal) =>
      (await l4.listenerRealServers(id, options(signal))).bound.map(
        (b): BoundOriginFacts => ({
          realServerId: b.RealServerId ?? "",
          address: b.RealServerIP ?? "",
          port: Number(b.RealServerPort ?? 0),
          ...(b.RealServerWeight !== undefined ? { weight: b.RealServerWeight } : {}),
          ...(b.RealServerFailoverRole ? { role: b.RealServerFailoverRole } : {}),
          ...(b.RealServerStatus !== undefined ? { health: b.RealServerStatus } : {}),
        }),
      ),
    realServerBindings: async (ids, signal) => {
      const out = [];
      for (let i = 0; i < ids.length; i += STATUS_CHUNK) {
        for (const s of await l4.realServersStatus(ids.slice(i, i + STATUS_CHUNK), options(signal))) {
          out.push({ realServerId: s.RealServerId ?? "", bound: s.BindStatus === 1, ...(s.ProxyId ? { proxyId: s.ProxyId } : {}), ...(s.GroupId ? { groupId: s.GroupId } : {}) });
        }
      }
      return out;
    },
  };
}

import type { ListenerOwner } from "../client/listenerOwner";

/** The account facts the listener and origin checks need (GAAP layer-4), whatever client fetches them. */

/** A proxy as DescribeProxyDetail gives it, in the shape the listener checks use. */
export interface ListenerProxyFacts {
  proxyId: string;
  status: string;
  /** "1.0", "2.0" or "3.0"; RealServerPorts is taken only on 1.0. */
  version: string;
  projectId: number;
  /** Empty when the API gives none: then the protocol is not checked. */
  supportProtocols: readonly string[];
  /** Empty when the API gives none: then ClientIPMethod is not checked. */
  clientIpMethods: readonly number[];
  groupId?: string;
}

/** A connection group as DescribeProxyGroupList gives it: its listeners are added only while it is RUNNING. */
export interface ListenerGroupFacts {
  groupId: string;
  status: string;
}

export type ListenerProtocol = "TCP" | "UDP" | "HTTP" | "HTTPS";

/** One listener of a proxy or group, of any protocol (the port check needs them all). */
export interface ListenerFacts {
  listenerId: string;
  name: string;
  protocol: ListenerProtocol;
  port: number;
  /** ListenerStatus: 0 running, 1 creating, 2 destroying, 3 origins being adjusted, 4 configuration changing. */
  status: number;
  /** IP or DOMAIN (layer-4 listeners only). */
  realServerType?: string;
  /** HTTPS with Http3Supported=1 also takes the UDP port. */
  http3?: boolean;
  failoverSwitch?: number;
  scheduler?: string;
  proxyId?: string;
  groupId?: string;
}

/** An origin server registered in the account (DescribeRealServers). */
export interface RealServerFacts {
  realServerId: string;
  /** The IP or domain it was registered with. */
  address: string;
  name: string;
  projectId: number;
  inBanBlacklist: boolean;
}

/** An origin bound to a listener (DescribeListenerRealServers' BindRealServerSet). */
export interface BoundOriginFacts {
  realServerId: string;
  address: string;
  port: number;
  weight?: number;
  role?: string;
  /** RealServerStatus: 0 normal, 1 abnormal. */
  health?: number;
}

/** Where an origin is bound (DescribeRealServersStatus). */
export interface RealServerBinding {
  realServerId: string;
  bound: boolean;
  proxyId?: string;
  groupId?: string;
}


export interface ListenerSource {
  /** Undefined: no such proxy. */
  listenerProxy(proxyId: string, signal?: AbortSignal): Promise<ListenerProxyFacts | undefined>;
  /** Undefined: no such connection group. */
  listenerGroup(groupId: string, signal?: AbortSignal): Promise<ListenerGroupFacts | undefined>;
  /** Every listener of the proxy or group, of every protocol. */
  listeners(owner: ListenerOwner, signal?: AbortSignal): Promise<readonly ListenerFacts[]>;
  /** Undefined: no such listener (of a layer-4 protocol). */
  listener(listenerId: string, signal?: AbortSignal): Promise<ListenerFacts | undefined>;
  /** The origins registered in the account (every project). */
  realServers(signal?: AbortSignal): Promise<readonly RealServerFacts[]>;
  boundOrigins(listenerId: string, signal?: AbortSignal): Promise<readonly BoundOriginFacts[]>;
  realServerBindings(realServerIds: readonly string[], signal?: AbortSignal): Promise<readonly RealServerBinding[]>;
}

/** At most this many listeners on one proxy (quota page 608/70498). */
export const LISTENER_QUOTA = 50;

/** The transport ports a listener takes: TCP, HTTP and HTTPS share the TCP ports; UDP and HTTP/3 HTTPS the UDP ports. */
export function transportsOf(protocol: string, http3 = false): ("tcp" | "udp")[] {
  if (protocol === "UDP") return ["udp"];
  if (protocol === "HTTPS" && http3) return ["tcp", "udp"];
  return ["tcp"];
}

/** IP or DOMAIN, as the listener's RealServerType names it, from an origin's address. */
export function addressType(address: string): "IP" | "DOMAIN" {
  return /^[0-9.]+$/.test(address) || address.includes(":") ? "IP" : "DOMAIN";
}

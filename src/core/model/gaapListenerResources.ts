import type { ListenerOwner } from "../client/listenerOwner";

/**
 * A GAAP TCP or UDP listener as the tree keeps it (gaap.d.ts TCPListener / UDPListener, the fields shown).
 * `Protocol` is the API's ("TCP" | "UDP"); the listing also sets it from the call it came from.
 */
export interface GaapListenerInfo {
  ListenerId?: string;
  ListenerName?: string;
  Protocol?: string;
  Port?: number;
  RealServerPort?: number;
  RealServerType?: string;
  Scheduler?: string;
  /** 0 running, 1 creating, 2 destroying, 3 origins adjusting, 4 configuration changing. */
  ListenerStatus?: number;
  /** The origins' health, coded per protocol (listenerHealth.ts): TCP 1 normal / 0 abnormal; UDP 0 normal / 1 IP / 2 DNS abnormal. */
  BindStatus?: number;
  HealthCheck?: number;
  /** The bound origins, when the listing includes them (an empty list: none bound). */
  RealServerSet?: unknown[];
  ProxyId?: string;
  GroupId?: string;
  CreateTime?: number;
}

/** An origin bound to a listener (gaap.d.ts BindRealServer, DescribeListenerRealServers.BindRealServerSet). */
export interface GaapOriginInfo {
  RealServerId?: string;
  RealServerIP?: string;
  RealServerPort?: number;
  RealServerWeight?: number;
  /** 0 normal, 1 abnormal (the opposite of TCPListener.BindStatus). */
  RealServerStatus?: number;
  RealServerFailoverRole?: string;
  DownIPList?: string[];
}

/** A listener, as the parent of its bound origins. */
export interface ListenerRef {
  owner: ListenerOwner;
  listenerId: string;
  protocol: string;
}

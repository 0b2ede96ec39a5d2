import type { GaapListenerInfo, GaapOriginInfo } from "./gaapListenerResources";
import type { StatusClass } from "./statusClass";

/** What a health code means, whichever API field carried it. */
export type Health = "healthy" | "unhealthy" | "ipUnhealthy" | "dnsUnhealthy" | "noOrigins" | "unknown";

/**
 * The status-code trap (traffic-api.md §3): each field codes health its own way.
 * - TCPListener.BindStatus: 0 abnormal, 1 normal (gaap.d.ts TCPListener).
 * - UDPListener.BindStatus: 0 normal, 1 IP abnormal, 2 DNS abnormal (gaap.d.ts UDPListener).
 * - BindRealServer.RealServerStatus: 0 normal, 1 abnormal (gaap.d.ts BindRealServer).
 */
export function tcpListenerHealth(bindStatus: unknown): Health {
  return bindStatus === 1 ? "healthy" : bindStatus === 0 ? "unhealthy" : "unknown";
}

export function udpListenerHealth(bindStatus: unknown): Health {
  if (bindStatus === 0) return "healthy";
  if (bindStatus === 1) return "ipUnhealthy";
  return bindStatus === 2 ? "dnsUnhealthy" : "unknown";
}

export function boundOriginHealth(realServerStatus: unknown): Health {
  return realServerStatus === 0 ? "healthy" : realServerStatus === 1 ? "unhealthy" : "unknown";
}

/**
 * A listener's origins' health, read by its protocol's own code. A listing that names no bound origin says "no
 * origins" (a TCP listener then reads BindStatus 0, which is not a fault of an origin).
 */
export function listenerHealth(l: Pick<GaapListenerInfo, "Protocol" | "BindStatus" | "RealServerSet">): Health {
  if (Array.isArray(l.RealServerSet) && l.RealServerSet.length === 0) return "noOrigins";
  return l.Protocol === "UDP" ? udpListenerHealth(l.BindStatus) : tcpListenerHealth(l.BindStatus);
}

/** ListenerStatus: 0 running; 1 creating, 2 destroying, 3 origins adjusting, 4 configuration changing (all pass by). */
export function classifyListener(l: Pick<GaapListenerInfo, "ListenerStatus">): StatusClass {
  const s = l.ListenerStatus;
  if (s === 0) return "running";
  return s === 1 || s === 2 || s === 3 || s === 4 ? "transitional" : "unknown";
}

/** A bound origin: running when healthy, failed when the health check says it is down. */
export function classifyOrigin(o: Pick<GaapOriginInfo, "RealServerStatus">): StatusClass {
  const h = boundOriginHealth(o.RealServerStatus);
  return h === "healthy" ? "running" : h === "unhealthy" ? "failed" : "unknown";
}

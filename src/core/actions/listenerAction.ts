import { listenerPreflight } from "../preflight/listenerPreflight";
import type { Preflight } from "./actionDefinition";

/**
 * Listener and origin-server writes are not billed of their own: GAAP bills the connection (its bandwidth or
 * traffic, daily, tencentcloud.com/document/product/608/70498, traffic-api.md §intro), whatever listeners it has. They
 * change what carries traffic, so they are still sent only from the preflight panel.
 */
export const LISTENER_BILLABLE = false;

/** The preflight every listener action uses for now (listenerPreflight.ts). */
export const listenerPreflightOf =
  (action: string): Preflight =>
  (params, findings, cloud, signal) =>
    listenerPreflight(action, params, findings, cloud, signal);

/**
 * A Create*Listeners template: one port on a connection, round robin to IP origins, health checks on. `health`
 * follows HealthCheck and `rest` ends it, so each protocol keeps the key order of its new request file.
 */
export const createListenersTemplate = <P extends "TCP" | "UDP">(protocol: P, port: number, health: Readonly<Record<string, unknown>>, rest: Readonly<Record<string, unknown>> = {}) => ({
  Action: `Create${protocol}Listeners` as const,
  Version: "2018-05-29",
  ProxyId: "link-xxxxxxxx",
  ListenerName: `${protocol.toLowerCase()}-${port}`,
  Ports: [port],
  Scheduler: "rr",
  RealServerType: "IP",
  HealthCheck: 1,
  ...health,
  DelayLoop: 5,
  ConnectTimeout: 2,
  HealthyThreshold: 3,
  UnhealthyThreshold: 3,
  ...rest,
});

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

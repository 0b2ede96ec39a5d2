import type { RequestParams } from "../actions/actionDefinition";
import { getAction } from "../actions/registry";
import type { GaapClient } from "../client/gaapClient";
import type { GaapListenerClient } from "../client/gaapListenerClient";
import type { TeoClient } from "../client/teoClient";
import type { TeoRuleClient } from "../client/teoRuleClient";
import { followListeners } from "./listenerFollow";

/** The listener and origin-server writes the panel sends (listenerWrites.ts), and the listener wait. */
export type ListenerSendClient = Pick<
  GaapListenerClient,
  | "createTcpListeners"
  | "createUdpListeners"
  | "modifyTcpListener"
  | "modifyUdpListener"
  | "deleteListeners"
  | "addRealServers"
  | "removeRealServers"
  | "bindListenerRealServers"
  | "findListener"
  | "waitForListener"
>;

/** The writes the preflight panel sends, and the waits that follow them. */
export interface SendCloud {
  gaap: Pick<GaapClient, "createProxy" | "modifyProxyConfiguration" | "waitForProxy"> & { listeners: ListenerSendClient };
  teo: Pick<TeoClient, "createL4Proxy" | "waitForL4Proxy"> & { rules: Pick<TeoRuleClient, "create" | "modify" | "modifyStatus" | "delete" | "waitFor"> };
}

/** What a send did: the resource to follow and the identifiers to show. */
export interface Sent {
  resource: "gaap-proxy" | "l4-proxy" | "l4-rules" | "gaap-listener" | "gaap-real-server";
  /** The new proxy's ID, or the changed one's (for "l4-rules", the L4 proxy's). */
  id: string;
  /** "l4-rules": the rules written (created, changed, switched or deleted). */
  ruleIds?: string[];
  zoneId?: string;
  /** "" when the client found the outcome by looking (after an ambiguous failure) rather than by an answer. */
  requestId: string;
  clientToken?: string;
  resolvedBy: string;
  /**
   * The status the resource settles in ("settled": rules online or offline; "gone": deleted rules unlisted or listeners
   * deleted; "running": ListenerStatus 0; "done": nothing to wait for).
   */
  target: "RUNNING" | "online" | "offline" | "settled" | "running" | "gone" | "done";
  /** Listener and origin-server writes: every ID the write concerns (`id` shows them joined). */
  ids?: string[];
  protocol?: "TCP" | "UDP";
  /** DeleteListeners: the listeners the API did not delete. */
  skipped?: { failed: string[]; invalidStatus: string[] };
}

/**
 * Sends a checked request once, through its action's write (`ActionDefinition.send.write`); an action without one
 * is not sent from the panel, and asking is a programming error.
 */
export function sendChecked(action: string, params: RequestParams, cloud: SendCloud, clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const route = getAction(action)?.send;
  if (route?.kind !== "preflight" || !route.write) return Promise.reject(new RangeError(`${action} is not sent from the preflight panel`));
  return route.write.send(params, cloud, clientToken, signal);
}

const signalOption = (signal?: AbortSignal) => (signal ? { signal } : {});

/** Waits until what was sent has settled (RUNNING, online; rules: their target); returns the status it settled in. */
export async function followSent(sent: Sent, cloud: SendCloud, signal?: AbortSignal): Promise<string> {
  const options = signalOption(signal);
  if (sent.resource === "gaap-listener" || sent.resource === "gaap-real-server") return followListeners(sent, cloud, signal);
  if (sent.resource === "l4-rules") {
    const target = sent.target === "offline" || sent.target === "gone" || sent.target === "settled" ? sent.target : "online";
    await cloud.teo.rules.waitFor(sent.zoneId ?? "", sent.id, sent.ruleIds ?? [], target, options);
    return target;
  }
  if (sent.resource === "l4-proxy") {
    const p = await cloud.teo.waitForL4Proxy(sent.zoneId ?? "", sent.id, "online", options);
    return p?.Status ?? "online";
  }
  // The write's RequestId is also its task: wait for the task first, as Terraform does, when there is one.
  const s = await cloud.gaap.waitForProxy(sent.id, "RUNNING", { ...options, ...(sent.requestId ? { taskId: sent.requestId } : {}) });
  return s?.Status ?? "RUNNING";
}

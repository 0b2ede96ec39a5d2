import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
import type { RequestParams } from "../actions/actionDefinition";
import type { GaapClient } from "../client/gaapClient";
import type { TeoClient } from "../client/teoClient";

/** The writes the preflight panel sends, and the waits that follow them. */
export interface SendCloud {
  gaap: Pick<GaapClient, "createProxy" | "modifyProxyConfiguration" | "waitForProxy">;
  teo: Pick<TeoClient, "createL4Proxy" | "waitForL4Proxy">;
}

/** What a send did: the resource to follow and the identifiers to show. */
export interface Sent {
  resource: "gaap-proxy" | "l4-proxy";
  /** The new proxy's ID, or the changed one's. */
  id: string;
  zoneId?: string;
  /** "" when the client found the outcome by looking (after an ambiguous failure) rather than by an answer. */
  requestId: string;
  clientToken?: string;
  resolvedBy: string;
  /** The status the resource settles in. */
  target: "RUNNING" | "online";
}

/** The billable actions the panel can send; anything else is a programming error. */
export const SENDABLE_ACTIONS: ReadonlySet<string> = new Set(["CreateProxy", "ModifyProxyConfiguration", "CreateL4Proxy"]);

/**
 * Sends a checked request once, through the client: GAAP writes carry `clientToken` (the file's own when it has
 * one), the same on every retry, so a retry cannot create a second proxy; CreateL4Proxy, which has no token, is
 * never resent after an ambiguous failure (the client looks the name up instead).
 */
export async function sendChecked(action: string, params: RequestParams, cloud: SendCloud, clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const options = signal ? { signal } : {};
  const token = typeof params.ClientToken === "string" && params.ClientToken ? params.ClientToken : clientToken;
  switch (action) {
    case "CreateProxy": {
      const out = await cloud.gaap.createProxy({ ...(params as unknown as Gaap.CreateProxyRequest), ClientToken: token }, options);
      return { resource: "gaap-proxy", id: out.proxyId, requestId: out.requestId, clientToken: out.clientToken, resolvedBy: out.resolvedBy, target: "RUNNING" };
    }
    case "ModifyProxyConfiguration": {
      const req = params as unknown as Gaap.ModifyProxyConfigurationRequest;
      const out = await cloud.gaap.modifyProxyConfiguration({ ...req, ClientToken: token }, options);
      return { resource: "gaap-proxy", id: req.ProxyId || req.InstanceId || "", requestId: out.requestId, clientToken: out.clientToken, resolvedBy: out.resolvedBy, target: "RUNNING" };
    }
    case "CreateL4Proxy": {
      const req = params as unknown as Teo.CreateL4ProxyRequest;
      const out = await cloud.teo.createL4Proxy(req, options);
      return { resource: "l4-proxy", id: out.proxyId, zoneId: req.ZoneId, requestId: out.requestId, resolvedBy: out.resolvedBy, target: "online" };
    }
    default:
      throw new RangeError(`${action} is not sent from the preflight panel`);
  }
}

/** Waits until what was sent has settled (RUNNING, online); returns the status it settled in. */
export async function followSent(sent: Sent, cloud: SendCloud, signal?: AbortSignal): Promise<string> {
  const options = signal ? { signal } : {};
  if (sent.resource === "l4-proxy") {
    const p = await cloud.teo.waitForL4Proxy(sent.zoneId ?? "", sent.id, "online", options);
    return p?.Status ?? "online";
  }
  // The write's RequestId is also its task: wait for the task first, as Terraform does, when there is one.
  const s = await cloud.gaap.waitForProxy(sent.id, "RUNNING", { ...options, ...(sent.requestId ? { taskId: sent.requestId } : {}) });
  return s?.Status ?? "RUNNING";
}

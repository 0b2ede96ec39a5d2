import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
import type { SendCloud, Sent } from "./sendChecked";

// The preflight panel's writes, typed by the SDK's requests (each action's `send.write` calls one). GAAP writes
// carry a ClientToken (the file's own when it has one), the same on every retry, so a retry cannot create a second
// proxy; CreateL4Proxy, which has no token, is never resent after an ambiguous failure (the client looks the name
// up instead).

const tokenFor = (own: string | undefined, clientToken: string): string => (own ? own : clientToken);
const signalOption = (signal?: AbortSignal) => (signal ? { signal } : {});

export async function sendCreateProxy(req: Gaap.CreateProxyRequest, cloud: SendCloud, clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.createProxy({ ...req, ClientToken: tokenFor(req.ClientToken, clientToken) }, signalOption(signal));
  return { resource: "gaap-proxy", id: out.proxyId, requestId: out.requestId, clientToken: out.clientToken, resolvedBy: out.resolvedBy, target: "RUNNING" };
}

export async function sendModifyProxyConfiguration(req: Gaap.ModifyProxyConfigurationRequest, cloud: SendCloud, clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.modifyProxyConfiguration({ ...req, ClientToken: tokenFor(req.ClientToken, clientToken) }, signalOption(signal));
  return { resource: "gaap-proxy", id: req.ProxyId || req.InstanceId || "", requestId: out.requestId, clientToken: out.clientToken, resolvedBy: out.resolvedBy, target: "RUNNING" };
}

export async function sendCreateL4Proxy(req: Teo.CreateL4ProxyRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.teo.createL4Proxy(req, signalOption(signal));
  return { resource: "l4-proxy", id: out.proxyId, zoneId: req.ZoneId, requestId: out.requestId, resolvedBy: out.resolvedBy, target: "online" };
}


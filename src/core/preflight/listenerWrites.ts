import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type { SendCloud, Sent } from "./sendChecked";

// The preflight panel's listener and origin-server writes, typed by the SDK's requests (each action's `send.write`
// calls one). None of these actions takes a ClientToken, so the panel's token is not sent; a create is never resent
// after an ambiguous failure (the client looks the listeners up instead, gaapListenerClient.ts), and writes to one
// proxy go one after another.

const signalOption = (signal?: AbortSignal) => (signal ? { signal } : {});
const shown = (ids: readonly string[]) => ids.join(", ");

export async function sendCreateTcpListeners(req: Gaap.CreateTCPListenersRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.createTcpListeners(req, signalOption(signal));
  return { resource: "gaap-listener", protocol: "TCP", id: shown(out.listenerIds), ids: out.listenerIds, requestId: out.requestId, resolvedBy: out.resolvedBy, target: "running" };
}

export async function sendCreateUdpListeners(req: Gaap.CreateUDPListenersRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.createUdpListeners(req, signalOption(signal));
  return { resource: "gaap-listener", protocol: "UDP", id: shown(out.listenerIds), ids: out.listenerIds, requestId: out.requestId, resolvedBy: out.resolvedBy, target: "running" };
}

export async function sendModifyTcpListener(req: Gaap.ModifyTCPListenerAttributeRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.modifyTcpListener(req, signalOption(signal));
  return { resource: "gaap-listener", protocol: "TCP", id: req.ListenerId, ids: [req.ListenerId], requestId: out.requestId, resolvedBy: out.resolvedBy, target: "running" };
}

export async function sendModifyUdpListener(req: Gaap.ModifyUDPListenerAttributeRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.modifyUdpListener(req, signalOption(signal));
  return { resource: "gaap-listener", protocol: "UDP", id: req.ListenerId, ids: [req.ListenerId], requestId: out.requestId, resolvedBy: out.resolvedBy, target: "running" };
}

/** Waits for the deleted ones to go; the ones the API skipped are reported beside them. */
export async function sendDeleteListeners(req: Gaap.DeleteListenersRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.deleteListeners(req, signalOption(signal));
  return {
    resource: "gaap-listener",
    id: shown(req.ListenerIds),
    ids: out.succeeded,
    skipped: { failed: out.failed, invalidStatus: out.invalidStatus },
    requestId: out.requestId,
    resolvedBy: out.resolvedBy,
    target: "gone",
  };
}

export async function sendAddRealServers(req: Gaap.AddRealServersRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.addRealServers(req, signalOption(signal));
  const ids = out.realServers.map((s) => s.RealServerId ?? "").filter(Boolean);
  return { resource: "gaap-real-server", id: shown(ids), ids, requestId: out.requestId, resolvedBy: out.resolvedBy, target: "done" };
}

export async function sendRemoveRealServers(req: Gaap.RemoveRealServersRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.removeRealServers(req, signalOption(signal));
  return { resource: "gaap-real-server", id: shown(req.RealServerIds), ids: req.RealServerIds, requestId: out.requestId, resolvedBy: out.resolvedBy, target: "done" };
}

/** The listener's protocol is not in the request: the wait finds it (TCP first, then UDP). */
export async function sendBindListenerRealServers(req: Gaap.BindListenerRealServersRequest, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.gaap.listeners.bindListenerRealServers(req, signalOption(signal));
  return { resource: "gaap-listener", id: req.ListenerId, ids: [req.ListenerId], requestId: out.requestId, resolvedBy: out.resolvedBy, target: "running" };
}

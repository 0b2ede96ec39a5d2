import type { GaapListenerProtocol } from "../client/gaapListenerTypes";
import { isListenerGone } from "../client/gaapListenerWaits";
import type { SendCloud, Sent } from "./sendChecked";

/**
 * After a listener write: each listener until ListenerStatus 0 (or gone, after a delete). A write that does not name
 * the protocol (Bind, Delete) is followed as TCP when DescribeTCPListeners lists the listener, else as UDP. Origin
 * server writes have nothing to wait for.
 */
export async function followListeners(sent: Sent, cloud: Pick<SendCloud, "gaap">, signal?: AbortSignal): Promise<string> {
  if (sent.resource === "gaap-real-server") return "done";
  const listeners = cloud.gaap.listeners;
  const options = signal ? { signal } : {};
  const target = sent.target === "gone" ? "gone" : "running";
  for (const id of sent.ids ?? []) {
    const protocols: GaapListenerProtocol[] = sent.protocol ? [sent.protocol] : target === "gone" ? ["TCP", "UDP"] : [await protocolOf(cloud, id, signal)];
    for (const protocol of protocols) await listeners.waitForListener(protocol, id, target, options);
  }
  return target;
}

/** TCP when DescribeTCPListeners lists the listener; UDP otherwise (a UDP listener's ID may be "Not Exist." there). */
async function protocolOf(cloud: Pick<SendCloud, "gaap">, listenerId: string, signal?: AbortSignal): Promise<GaapListenerProtocol> {
  try {
    return (await cloud.gaap.listeners.findListener("TCP", listenerId, signal ? { signal } : {})) ? "TCP" : "UDP";
  } catch (e) {
    if (isListenerGone(e)) return "UDP";
    throw e;
  }
}

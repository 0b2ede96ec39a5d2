import type { Cloud } from "../client/createCloud";
import { ApiError } from "../errors/apiError";
import { isListenerGone } from "../client/gaapListenerWaits";
import type { GaapListenerInfo, GaapOriginInfo } from "./gaapListenerResources";
import type { Page, ProxyDirectory } from "./proxyDirectory";

const PROTOCOLS = ["TCP", "UDP"] as const;

/** The proxy (or the listener) is gone: so are its children. */
const gone = (e: unknown): boolean => (e instanceof ApiError && e.code === "ResourceNotFound") || isListenerGone(e);

/** TCP listeners, then UDP ones; each record carries the protocol of the call it came from. */
async function* listenersOf(cloud: Pick<Cloud, "gaap">, proxyId: string, signal: AbortSignal): AsyncGenerator<Page<GaapListenerInfo>> {
  for (const protocol of PROTOCOLS) {
    try {
      for await (const page of cloud.gaap.listeners.listListeners(protocol, { ProxyId: proxyId }, {}, { signal })) {
        // No total: the TCP count is not the whole (UDP follows).
        yield { items: page.items.map((l) => ({ ...(l as GaapListenerInfo), Protocol: protocol })) };
      }
    } catch (e) {
      if (gone(e)) return;
      throw e;
    }
  }
}

async function originsOf(cloud: Pick<Cloud, "gaap">, listenerId: string, signal: AbortSignal): Promise<GaapOriginInfo[]> {
  try {
    return (await cloud.gaap.listeners.listenerRealServers(listenerId, { signal })).bound as GaapOriginInfo[];
  } catch (e) {
    if (gone(e)) return [];
    throw e;
  }
}

/** The listener part of the tree's directory, through the listener client (paging, rate limit and retries are its). */
export function gaapListenerDirectory(cloud: Pick<Cloud, "gaap">): Required<Pick<ProxyDirectory, "gaapListeners" | "listenerOrigins">> {
  return {
    gaapListeners: (proxyId, signal) => listenersOf(cloud, proxyId, signal),
    listenerOrigins: (listenerId, signal) => originsOf(cloud, listenerId, signal),
  };
}

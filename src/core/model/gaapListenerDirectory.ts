import type { Cloud } from "../client/createCloud";
import { ApiError } from "../errors/apiError";
import { isListenerGone } from "../client/gaapListenerWaits";
import { isCancelled } from "../errors/cancelledError";
import { type GaapListenerInfo, type GaapOriginInfo } from "./gaapListenerResources";
import type { GaapRealServerInfo } from "./gaapRealServerChildren";
import type { Page, ProxyDirectory } from "./proxyDirectory";
import { type ListenerOwner, ownerScope } from "../client/listenerOwner";

const PROTOCOLS = ["TCP", "UDP"] as const;

/** The proxy, group or listener is gone: so are its children. */
const gone = (e: unknown): boolean => (e instanceof ApiError && e.code === "ResourceNotFound") || isListenerGone(e);

/** One protocol's listeners, page by page; each record carries the protocol of the call it came from. */
async function* protocolListeners(cloud: Pick<Cloud, "gaap">, protocol: (typeof PROTOCOLS)[number], owner: ListenerOwner, signal: AbortSignal): AsyncGenerator<Page<GaapListenerInfo>> {
  for await (const page of cloud.gaap.listeners.listListeners(protocol, ownerScope(owner), {}, { signal })) {
    // No total: one protocol's count is not the whole.
    yield { items: page.items.map((l) => ({ ...(l as GaapListenerInfo), Protocol: protocol })) };
  }
}

/** Every page of a listing, or what stopped it (kept, so a listing nobody waits for yet never rejects unhandled). */
async function collected<T>(pages: AsyncIterable<T>): Promise<{ pages: T[] } | { error: unknown }> {
  const out: T[] = [];
  try {
    for await (const page of pages) out.push(page);
    return { pages: out };
  } catch (error) {
    return { error };
  }
}

/**
 * TCP listeners, then UDP ones. The UDP listing starts with the TCP one, so an expand waits for one round trip, not
 * two; its pages are held until the TCP rows are out (a proxy holds at most 50 listeners, the client bounds pages).
 */
async function* listenersOf(cloud: Pick<Cloud, "gaap">, owner: ListenerOwner, signal: AbortSignal): AsyncGenerator<Page<GaapListenerInfo>> {
  const [first, second] = PROTOCOLS;
  const later = collected(protocolListeners(cloud, second, owner, signal));
  try {
    yield* protocolListeners(cloud, first, owner, signal);
  } catch (e) {
    if (gone(e)) return;
    throw e;
  }
  const rest = await later;
  if ("error" in rest) {
    if (gone(rest.error)) return;
    throw rest.error;
  }
  yield* rest.pages;
}

async function originsOf(cloud: Pick<Cloud, "gaap">, listenerId: string, signal: AbortSignal): Promise<GaapOriginInfo[]> {
  try {
    return (await cloud.gaap.listeners.listenerRealServers(listenerId, { signal })).bound as GaapOriginInfo[];
  } catch (e) {
    if (gone(e)) return [];
    throw e;
  }
}

/**
 * The account's origin servers, a page (50) at a time, each page with one DescribeRealServersStatus for its IDs. A
 * failed status call leaves the page's bind status unknown rather than hiding the origins.
 */
async function* realServersOf(cloud: Pick<Cloud, "gaap">, signal: AbortSignal): AsyncGenerator<Page<GaapRealServerInfo>> {
  for await (const page of cloud.gaap.listeners.listRealServers({}, { signal })) {
    const items = page.items.map((s): GaapRealServerInfo => ({ ...s }));
    const ids = items.flatMap((s) => (s.RealServerId ? [s.RealServerId] : []));
    if (ids.length) {
      try {
        const byId = new Map((await cloud.gaap.listeners.realServersStatus(ids, { signal })).map((st) => [st.RealServerId ?? "", st]));
        for (const s of items) {
          const st = byId.get(s.RealServerId ?? "");
          if (typeof st?.BindStatus === "number") s.BindStatus = st.BindStatus;
          if (st?.ProxyId) s.BoundProxyId = st.ProxyId;
          if (st?.GroupId) s.BoundGroupId = st.GroupId;
        }
      } catch (e) {
        if (isCancelled(e) || signal.aborted) throw e;
      }
    }
    yield { items, ...(page.total !== undefined ? { total: page.total } : {}) };
  }
}

/** The listener part of the tree's directory, through the listener client (paging, rate limit and retries are its). */
export function gaapListenerDirectory(cloud: Pick<Cloud, "gaap">): Required<Pick<ProxyDirectory, "gaapListeners" | "listenerOrigins" | "gaapRealServers">> {
  return {
    gaapListeners: (owner, signal) => listenersOf(cloud, owner, signal),
    listenerOrigins: (listenerId, signal) => originsOf(cloud, listenerId, signal),
    gaapRealServers: (signal) => realServersOf(cloud, signal),
  };
}

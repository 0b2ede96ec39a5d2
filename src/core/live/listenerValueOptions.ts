import type { RequestParams } from "../actions/actionDefinition";
import type { LiveSource } from "./liveSource";
import { addressType, transportsOf, type ListenerFacts } from "./listenerSource";
import type { ValueOption } from "./liveValueOptions";
import { ownerOfRequest, type ListenerOwner } from "../client/listenerOwner";

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** Ports people put listeners on, offered first when free. */
const COMMON_PORTS = [80, 443, 8080, 8443, 22, 53, 3306, 5432, 6379, 3389, 1935, 7000, 9000] as const;
/** How many free ports after the highest one in use are offered too. */
const NEXT_FREE = 5;
/** A completion list longer than this helps nobody; an account's origins are cut there. */
const MAX_OPTIONS = 500;
/** Without a ProxyId or GroupId, the listeners of at most this many proxies are offered (two listings each). */
const PROXIES_FOR_LISTENERS = 10;

const CREATE: Readonly<Record<string, "TCP" | "UDP">> = { CreateTCPListeners: "TCP", CreateUDPListeners: "UDP" };
const LISTENER_ACTIONS = new Set(["ModifyTCPListenerAttribute", "ModifyUDPListenerAttribute", "BindListenerRealServers", "DeleteListeners"]);

/** Free ports of the proxy in the listener's transport space: common ones first, then those after the highest used. */
async function freePorts(protocol: "TCP" | "UDP", request: RequestParams, source: NonNullable<LiveSource["listeners"]>, signal?: AbortSignal): Promise<ValueOption[] | undefined> {
  const owner = ownerOfRequest(request);
  if (!owner) return undefined;
  const transport = transportsOf(protocol)[0]!;
  const taken = new Set<number>();
  for (const l of await source.listeners(owner, signal)) if (transportsOf(l.protocol, l.http3).includes(transport)) taken.add(l.port);
  if (Array.isArray(request.Ports)) for (const p of request.Ports.slice(0, 100)) if (typeof p === "number") taken.add(p);
  const detail = `${transport.toUpperCase()} · free`;
  const out: ValueOption[] = COMMON_PORTS.filter((p) => !taken.has(p)).map((p) => ({ value: p, detail }));
  let next = 1024;
  for (const p of taken) if (p > next && p <= 65535) next = p;
  next++;
  for (let n = 0; n < NEXT_FREE && next <= 65535; next++) {
    if (taken.has(next) || out.some((o) => o.value === next)) continue;
    out.push({ value: next, detail });
    n++;
  }
  return out;
}

async function listenerOptions(action: string, request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<ValueOption[]> {
  const listeners = source.listeners!;
  const owner = ownerOfRequest(request);
  const owners: ListenerOwner[] = owner ? [owner] : (await source.proxies(signal)).slice(0, PROXIES_FOR_LISTENERS).map((p) => ({ proxyId: p.proxyId }));
  const found: ListenerFacts[] = [];
  for (const o of owners) found.push(...(await listeners.listeners(o, signal)));
  const only = action === "ModifyTCPListenerAttribute" ? "TCP" : action === "ModifyUDPListenerAttribute" ? "UDP" : undefined;
  return found
    .slice(0, MAX_OPTIONS)
    .filter((l) => (only ? l.protocol === only : l.protocol === "TCP" || l.protocol === "UDP"))
    .map((l) => ({ value: l.listenerId, detail: `${l.protocol} ${l.port} · ${l.name}${l.proxyId ? ` · ${l.proxyId}` : l.groupId ? ` · ${l.groupId}` : ""}` }));
}

/** Origins that fit the listener (its type, its proxy's project) when it is known; every origin otherwise. */
async function originOptions(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<ValueOption[]> {
  const listeners = source.listeners!;
  const servers = await listeners.realServers(signal);
  const listenerId = str(request.ListenerId);
  const listener = listenerId ? await listeners.listener(listenerId, signal) : undefined;
  const proxy = listener?.proxyId ? await listeners.listenerProxy(listener.proxyId, signal) : undefined;
  return servers
    .filter((s) => !listener?.realServerType || addressType(s.address) === listener.realServerType)
    .filter((s) => !proxy || s.projectId === proxy.projectId)
    .slice(0, MAX_OPTIONS)
    .map((s) => ({ value: s.realServerId, detail: `${s.address} · ${s.name}`, fills: { RealServerIP: s.address } }));
}

/**
 * Completion of listener and origin requests, at any depth: free ports in Ports, listener IDs, origin IDs (choosing
 * one fills RealServerIP of the same entry) and an entry's IP from its ID. Undefined: nothing of the listener kind.
 */
export async function listenerValueOptions(action: string, path: readonly (string | number)[], request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<ValueOption[] | undefined> {
  if (!source.listeners) return undefined;
  const [top, index, field] = path;
  const protocol = Object.hasOwn(CREATE, action) ? CREATE[action] : undefined;
  if (protocol && top === "Ports" && path.length === 2) return freePorts(protocol, request, source.listeners, signal);
  if (LISTENER_ACTIONS.has(action) && ((top === "ListenerId" && path.length === 1) || (top === "ListenerIds" && path.length === 2))) return listenerOptions(action, request, source, signal);
  const bindSet = (action === "BindListenerRealServers" || protocol) && top === "RealServerBindSet" && typeof index === "number" && path.length === 3;
  if (bindSet && field === "RealServerId") return originOptions(request, source, signal);
  if (bindSet && field === "RealServerIP") {
    const set = Array.isArray(request.RealServerBindSet) ? request.RealServerBindSet : [];
    const entry = set[index] as Record<string, unknown> | undefined;
    const id = str(entry?.RealServerId);
    const server = id ? (await source.listeners.realServers(signal)).find((s) => s.realServerId === id) : undefined;
    return server ? [{ value: server.address, detail: `${server.realServerId} · ${server.name}` }] : undefined;
  }
  if (action === "RemoveRealServers" && top === "RealServerIds" && path.length === 2) {
    return (await source.listeners.realServers(signal)).slice(0, MAX_OPTIONS).map((s) => ({ value: s.realServerId, detail: `${s.address} · ${s.name}` }));
  }
  return undefined;
}

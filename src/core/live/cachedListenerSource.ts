import type { ListenerSource } from "./listenerSource";

/**
 * Remembers each answer of a ListenerSource for `ttlMs`, as `cachedLiveSource` does for the rest: failures are not
 * remembered, a call in flight is shared, `clear()` forgets everything (after a send).
 */
export function cachedListenerSource(source: ListenerSource, ttlMs = 60_000, now: () => number = Date.now): ListenerSource & { clear(): void } {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  function cached<A, R>(name: string, call: (arg: A, signal?: AbortSignal) => Promise<R>) {
    return (arg: A, signal?: AbortSignal): Promise<R> => {
      const key = `${name}\u0000${JSON.stringify(arg)}`;
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value as Promise<R>;
      const value = call(arg, signal);
      entries.set(key, { at: now(), value });
      value.catch(() => entries.delete(key));
      return value;
    };
  }
  const realServers = cached("realServers", (_: null, s?: AbortSignal) => source.realServers(s));
  return {
    listenerProxy: cached("listenerProxy", (id: string, s?: AbortSignal) => source.listenerProxy(id, s)),
    listenerGroup: cached("listenerGroup", (id: string, s?: AbortSignal) => source.listenerGroup(id, s)),
    listeners: cached("listeners", (o: Parameters<ListenerSource["listeners"]>[0], s?: AbortSignal) => source.listeners(o, s)),
    listener: cached("listener", (id: string, s?: AbortSignal) => source.listener(id, s)),
    realServers: (s?: AbortSignal) => realServers(null, s),
    boundOrigins: cached("boundOrigins", (id: string, s?: AbortSignal) => source.boundOrigins(id, s)),
    realServerBindings: cached("realServerBindings", (ids: readonly string[], s?: AbortSignal) => source.realServerBindings(ids, s)),
    clear: () => entries.clear(),
  };
}

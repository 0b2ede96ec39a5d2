import { cachedListenerSource } from "./cachedListenerSource";
import type { LiveSource } from "./liveSource";

const L4_TTL_MS = 5_000;

/**
 * Remembers each answer of a LiveSource for `ttlMs`, so typing in a request file does not call the API on every
 * keystroke. Failures are not remembered; a call in flight is shared. L4 proxies and their rules change status
 * within seconds of a write (from the panel, the tree or the console), so theirs are kept for `L4_TTL_MS` at most.
 */
export function cachedLiveSource(source: LiveSource, ttlMs = 60_000, now: () => number = Date.now): LiveSource & { clear(): void } {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  const listeners = source.listeners ? cachedListenerSource(source.listeners, ttlMs, now) : undefined;
  function cached<A extends unknown[], R>(name: keyof LiveSource, call: (...args: A) => Promise<R>, ttl = ttlMs) {
    return (...args: A): Promise<R> => {
      const signal = args.at(-1) instanceof AbortSignal ? args.pop() : undefined;
      const key = `${name}\u0000${JSON.stringify(args)}`;
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttl) return hit.value as Promise<R>;
      const value = call(...([...args, signal] as A));
      entries.set(key, { at: now(), value });
      value.catch(() => entries.delete(key));
      return value;
    };
  }
  return {
    destRegions: cached("destRegions", (s?: AbortSignal) => source.destRegions(s)),
    accessRegions: cached("accessRegions", (d: string, o: { ipVersion?: string; packageType?: string }, s?: AbortSignal) => source.accessRegions(d, o, s)),
    proxy: cached("proxy", (id: string, s?: AbortSignal) => source.proxy(id, s)),
    group: cached("group", (id: string, s?: AbortSignal) => source.group(id, s)),
    zone: cached("zone", (id: string, s?: AbortSignal) => source.zone(id, s)),
    l4NameTaken: cached("l4NameTaken", (z: string, n: string, s?: AbortSignal) => source.l4NameTaken(z, n, s)),
    l4Proxy: cached("l4Proxy", (z: string, p: string, s?: AbortSignal) => source.l4Proxy(z, p, s), Math.min(ttlMs, L4_TTL_MS)),
    l4Rules: cached("l4Rules", (z: string, p: string, s?: AbortSignal) => source.l4Rules(z, p, s), Math.min(ttlMs, L4_TTL_MS)),
    originGroups: cached("originGroups", (z: string, s?: AbortSignal) => source.originGroups(z, s)),
    l4Proxies: cached("l4Proxies", (z: string, s?: AbortSignal) => source.l4Proxies(z, s)),
    proxies: cached("proxies", (s?: AbortSignal) => source.proxies(s)),
    groups: cached("groups", (s?: AbortSignal) => source.groups(s)),
    zones: cached("zones", (s?: AbortSignal) => source.zones(s)),
    ...(listeners ? { listeners } : {}),
    clear: () => {
      entries.clear();
      listeners?.clear();
    },
  };
}

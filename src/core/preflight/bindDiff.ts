import type { BoundOriginFacts } from "../live/listenerSource";

/** One origin as a bind names it (RealServerBindSet) or as the listener has it now. */
export interface BindEntry {
  realServerId: string;
  address: string;
  port: number;
  weight?: number;
  role?: string;
}

export type BindChangeKind = "added" | "removed" | "changed" | "kept";

export interface BindChange {
  kind: BindChangeKind;
  realServerId: string;
  address: string;
  port: number;
  current?: { weight?: number; role?: string };
  target?: { weight?: number; role?: string };
  /** The index in the file's RealServerBindSet (not for removed origins). */
  index?: number;
  /** Health of the live origin (0 normal, 1 abnormal), for removed and kept ones. */
  health?: number;
}

export interface BindDiff {
  changes: BindChange[];
  added: number;
  removed: number;
  changed: number;
  kept: number;
  /** The bind leaves the listener without origins. */
  empty: boolean;
}

// An unset weight is 1 (the API's default), an unset role is "master" only when failover is on: compare as sent.
const sameWeight = (a: number | undefined, b: number | undefined) => (a ?? 1) === (b ?? 1);
const sameRole = (a: string | undefined, b: string | undefined) => (a ?? "") === (b ?? "");
const keyOf = (e: { realServerId: string; port: number }) => `${e.realServerId}\u0000${e.port}`;

/**
 * BindListenerRealServers replaces the listener's whole origin set: what it adds, removes and changes, origin by
 * origin (an origin is its RealServerId and port; a new port is a removal and an addition, because that is what the
 * listener sees). Linear in both sets.
 */
export function bindDiff(live: readonly BoundOriginFacts[], wanted: readonly BindEntry[]): BindDiff {
  const current = new Map<string, BoundOriginFacts>();
  for (const o of live) current.set(keyOf(o), o);
  const seen = new Set<string>();
  const changes: BindChange[] = [];
  wanted.forEach((w, index) => {
    const key = keyOf(w);
    seen.add(key);
    const now = current.get(key);
    const target = { ...(w.weight !== undefined ? { weight: w.weight } : {}), ...(w.role ? { role: w.role } : {}) };
    if (!now) {
      changes.push({ kind: "added", realServerId: w.realServerId, address: w.address, port: w.port, target, index });
      return;
    }
    const was = { ...(now.weight !== undefined ? { weight: now.weight } : {}), ...(now.role ? { role: now.role } : {}) };
    const kind = sameWeight(now.weight, w.weight) && sameRole(now.role, w.role) ? "kept" : "changed";
    changes.push({ kind, realServerId: w.realServerId, address: w.address, port: w.port, current: was, target, index, ...(now.health !== undefined ? { health: now.health } : {}) });
  });
  for (const o of live) {
    if (seen.has(keyOf(o))) continue;
    seen.add(keyOf(o));
    const was = { ...(o.weight !== undefined ? { weight: o.weight } : {}), ...(o.role ? { role: o.role } : {}) };
    changes.push({ kind: "removed", realServerId: o.realServerId, address: o.address, port: o.port, current: was, ...(o.health !== undefined ? { health: o.health } : {}) });
  }
  const count = (k: BindChangeKind) => changes.filter((c) => c.kind === k).length;
  return { changes, added: count("added"), removed: count("removed"), changed: count("changed"), kept: count("kept"), empty: wanted.length === 0 };
}

/** The file's RealServerBindSet as bind entries; entries without an ID or a port are left to the offline rules. */
export function bindEntries(set: unknown): BindEntry[] {
  if (!Array.isArray(set)) return [];
  const out: BindEntry[] = [];
  for (const e of set as unknown[]) {
    if (typeof e !== "object" || e === null) continue;
    const r = e as Record<string, unknown>;
    if (typeof r.RealServerId !== "string" || typeof r.RealServerPort !== "number") continue;
    out.push({
      realServerId: r.RealServerId,
      address: typeof r.RealServerIP === "string" ? r.RealServerIP : "",
      port: r.RealServerPort,
      ...(typeof r.RealServerWeight === "number" ? { weight: r.RealServerWeight } : {}),
      ...(typeof r.RealServerFailoverRole === "string" ? { role: r.RealServerFailoverRole } : {}),
    });
  }
  return out;
}

import { gaapProxyId, type GaapGroupInfo, type GaapProxyInfo, type L4ProxyInfo, type ZoneInfo } from "./cloudResources";
import { IDLE, type LoadState } from "./loadState";

/**
 * A keyed collection that remembers which keys the current load has seen, so that a refresh can keep showing the
 * old records while new pages arrive and drop only the ones the account no longer has once the load completes.
 */
export class Keyed<T> {
  private items = new Map<string, T>();
  private seen = new Set<string>();

  get size(): number {
    return this.items.size;
  }

  values(): IterableIterator<T> {
    return this.items.values();
  }

  get(key: string): T | undefined {
    return this.items.get(key);
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  /** Adds or replaces; a new key goes last (API order), or first when `front` (a record just created). */
  upsert(key: string, item: T, front = false): void {
    this.seen.add(key);
    if (front && !this.items.has(key)) this.items = new Map([[key, item], ...this.items]);
    else this.items.set(key, item);
  }

  delete(key: string): boolean {
    this.seen.delete(key);
    return this.items.delete(key);
  }

  beginLoad(): void {
    this.seen.clear();
  }

  /**
   * After a complete load: forget what it did not return, and take the load's order (a refresh appended the records
   * new to the view; the API's order puts the newest first). Returns the keys dropped.
   */
  sweep(): string[] {
    const gone = [...this.items.keys()].filter((k) => !this.seen.has(k));
    const ordered = new Map<string, T>();
    for (const k of this.seen) {
      const item = this.items.get(k);
      if (item !== undefined) ordered.set(k, item);
    }
    this.items = ordered;
    return gone;
  }

  clear(): void {
    this.items.clear();
    this.seen.clear();
  }
}

/** Everything the view knows about one account, and how far each listing got. */
export class ProxyInventory {
  readonly groups = new Keyed<GaapGroupInfo>();
  readonly gaapProxies = new Keyed<GaapProxyInfo>();
  readonly zones = new Keyed<ZoneInfo>();
  /** L4 proxies per zone ID. */
  readonly l4 = new Map<string, Keyed<L4ProxyInfo>>();

  groupsState: LoadState = IDLE;
  gaapProxiesState: LoadState = IDLE;
  zonesState: LoadState = IDLE;
  readonly l4States = new Map<string, LoadState>();

  l4Of(zoneId: string): Keyed<L4ProxyInfo> {
    let keyed = this.l4.get(zoneId);
    if (!keyed) this.l4.set(zoneId, (keyed = new Keyed()));
    return keyed;
  }

  l4State(zoneId: string): LoadState {
    return this.l4States.get(zoneId) ?? IDLE;
  }

  upsertGaapProxy(p: GaapProxyInfo, front = false): void {
    const id = gaapProxyId(p);
    if (id) this.gaapProxies.upsert(id, p, front);
  }

  upsertL4Proxy(zoneId: string, p: L4ProxyInfo, front = false): void {
    if (p.ProxyId) this.l4Of(zoneId).upsert(p.ProxyId, { ...p, ZoneId: p.ZoneId || zoneId }, front);
  }

  /** The zone an L4 proxy ID is in, when the view has it. */
  zoneOfL4(proxyId: string): string | undefined {
    for (const [zoneId, keyed] of this.l4) if (keyed.has(proxyId)) return zoneId;
    return undefined;
  }

  getL4(zoneId: string, proxyId: string): L4ProxyInfo | undefined {
    return this.l4.get(zoneId)?.get(proxyId);
  }

  /** Proxy counts for the view's summary. */
  counts(): { groups: number; gaapProxies: number; zones: number; l4Proxies: number } {
    let l4Proxies = 0;
    for (const [zoneId, keyed] of this.l4) if (this.zones.has(zoneId)) l4Proxies += keyed.size;
    return { groups: this.groups.size, gaapProxies: this.gaapProxies.size, zones: this.zones.size, l4Proxies };
  }

  clearGaap(): void {
    this.groups.clear();
    this.gaapProxies.clear();
    this.groupsState = IDLE;
    this.gaapProxiesState = IDLE;
  }

  clearEdgeOne(): void {
    this.zones.clear();
    this.l4.clear();
    this.l4States.clear();
    this.zonesState = IDLE;
  }
}

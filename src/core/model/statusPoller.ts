import type { Logger } from "../logger";
import { gaapProxyId, type GaapProxyInfo, type L4ProxyInfo } from "./cloudResources";
import { PollSchedule } from "./pollSchedule";
import type { ProxyDirectory } from "./proxyDirectory";
import type { ProxyInventory } from "./proxyInventory";
import { classifyGaapProxy, classifyL4Proxy, isSettled } from "./statusClass";
import type { Timer } from "./timer";

/** A proxy to watch: GAAP by ID, EdgeOne by zone and ID. */
export type ProxyRef = { service: "gaap"; proxyId: string } | { service: "edgeOne"; zoneId: string; proxyId: string };

/** When a follow is over besides "settled": a target status (e.g. after Close, CLOSED) or the proxy's removal. */
export type FollowUntil = "settled" | "gone" | readonly string[];

export type FollowOutcome =
  | { outcome: "settled"; proxy: GaapProxyInfo | L4ProxyInfo }
  | { outcome: "gone" }
  /** Still not settled after the schedule's give-up time (or never seen at all); the view keeps what it last saw. */
  | { outcome: "gaveUp" }
  /** The account changed or the view closed. */
  | { outcome: "cancelled" };

interface Watch {
  ref: ProxyRef;
  since: number;
  seen: boolean;
  /** `asked` is the poll count when the follow began: an answer to a poll sent before it cannot end it. */
  followers: { until: FollowUntil; resolve: (o: FollowOutcome) => void; asked: number }[];
}

const refKey = (ref: ProxyRef): string => (ref.service === "gaap" ? ref.proxyId : `${ref.zoneId}/${ref.proxyId}`);

/** DescribeProxies takes ≤100 ProxyIds; DescribeL4Proxy's proxy-id filter ≤20 values. */
const GAAP_BATCH = 100;
const L4_BATCH = 20;
/** A followed ID that never shows up (a typo, or a create that did not happen) is given up sooner. */
const UNSEEN_GIVE_UP_MS = 2 * 60_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Polls proxies in transitional states (and followed ones) until they settle, all in one loop with one backoff:
 * a status change brings the delay back to its start, quiet polls stretch it. Results go into the inventory.
 * Paused (the view is hidden), it polls only the proxies someone follows, since a caller waits for their outcome;
 * the others keep their watch and are polled again on resume.
 */
export class StatusPoller {
  private readonly watches = new Map<string, Watch>();
  private readonly abort = new AbortController();
  private handle: unknown;
  private running = false;
  private again = false;
  private disposed = false;
  private paused = false;
  /** Polls sent so far. */
  private polls = 0;

  constructor(
    private readonly directory: ProxyDirectory,
    private readonly inventory: ProxyInventory,
    private readonly onChange: () => void,
    private readonly timer: Timer,
    private readonly log: Logger,
    private readonly schedule = new PollSchedule(),
  ) {}

  get watching(): number {
    return this.watches.size;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Stops polling what nobody follows (the view was hidden); nothing is forgotten. */
  pause(): void {
    if (this.paused || this.disposed) return;
    this.paused = true;
    if (!this.running && this.due().length === 0) this.cancelPlanned();
  }

  /** Polls again, at once: statuses may have moved while nobody looked. */
  resume(): void {
    if (!this.paused || this.disposed) return;
    this.paused = false;
    if (this.watches.size === 0) return;
    this.schedule.reset();
    this.plan(0);
  }

  /** Watches a proxy the listing showed in a transitional state, until it settles. */
  watch(ref: ProxyRef): void {
    if (this.disposed || this.watches.has(refKey(ref))) return;
    this.watches.set(refKey(ref), { ref, since: this.timer.now(), seen: true, followers: [] });
    if (this.paused) return;
    this.schedule.reset();
    this.plan(this.schedule.delay());
  }

  /** Polls a proxy at once and then until `until`; resolves with how it ended. */
  follow(ref: ProxyRef, until: FollowUntil = "settled"): Promise<FollowOutcome> {
    if (this.disposed) return Promise.resolve({ outcome: "cancelled" });
    return new Promise((resolve) => {
      const key = refKey(ref);
      const existing = this.watches.get(key);
      const watch = existing ?? { ref, since: this.timer.now(), seen: false, followers: [] };
      // A new follow restarts the clock: the action behind it has just started a new transition.
      watch.since = this.timer.now();
      watch.followers.push({ until, resolve, asked: this.polls });
      this.watches.set(key, watch);
      this.schedule.reset();
      this.plan(0);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.abort.abort();
    this.cancelPlanned();
    for (const w of this.watches.values()) for (const f of w.followers) f.resolve({ outcome: "cancelled" });
    this.watches.clear();
  }

  private plan(delayMs: number): void {
    if (this.disposed) return;
    if (this.running) {
      if (delayMs === 0) this.again = true;
      return;
    }
    if (this.handle !== undefined) this.timer.clearTimeout(this.handle);
    this.handle = this.timer.setTimeout(() => void this.tick(), delayMs);
  }

  private cancelPlanned(): void {
    if (this.handle !== undefined) this.timer.clearTimeout(this.handle);
    this.handle = undefined;
  }

  /** The watches a poll asks about now: all of them, or while paused only the followed ones. */
  private due(): [string, Watch][] {
    const all = [...this.watches];
    return this.paused ? all.filter(([, w]) => w.followers.length > 0) : all;
  }

  private async tick(): Promise<void> {
    this.handle = undefined;
    // Only the watches asked about: one added while the request was out is not missing from its answer.
    const asked = this.due();
    if (this.disposed || asked.length === 0) return;
    this.running = true;
    let moved = false;
    let touched = false;
    try {
      const poll = ++this.polls;
      const found = await this.fetch(asked.map(([, w]) => w));
      if (this.disposed) return;
      for (const [key, watch] of asked) {
        if (this.watches.get(key) !== watch) continue;
        const current = found.get(key);
        const result = current ? this.store(watch.ref, current) : this.remove(watch.ref);
        touched ||= result !== "unchanged";
        moved ||= result === "moved";
        if (current) watch.seen = true;
        this.settle(key, watch, current, result === "removed" || (watch.seen && !current), poll);
      }
    } catch (e) {
      if (this.disposed) return;
      this.log.warn(`Polling ${this.watches.size} proxies failed, will retry: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.running = false;
    }
    if (touched) this.onChange();
    if (moved) this.schedule.reset();
    else this.schedule.quiet();
    if (this.again) {
      this.again = false;
      this.plan(0);
    } else if (this.due().length) this.plan(this.schedule.delay());
  }

  /** Current records by watch key; a proxy that no longer exists is missing from the map. */
  private async fetch(watches: Watch[]): Promise<Map<string, GaapProxyInfo | L4ProxyInfo>> {
    const signal = this.abort.signal;
    const found = new Map<string, GaapProxyInfo | L4ProxyInfo>();
    const gaapIds = watches.flatMap((w) => (w.ref.service === "gaap" ? [w.ref.proxyId] : []));
    const byZone = new Map<string, string[]>();
    for (const w of watches) if (w.ref.service === "edgeOne") byZone.set(w.ref.zoneId, [...(byZone.get(w.ref.zoneId) ?? []), w.ref.proxyId]);
    const requests: Promise<void>[] = chunks(gaapIds, GAAP_BATCH).map(async (ids) => {
      for (const p of await this.directory.gaapProxiesById(ids, signal)) found.set(gaapProxyId(p), p);
    });
    for (const [zoneId, ids] of byZone) {
      for (const batch of chunks(ids, L4_BATCH)) {
        requests.push(
          (async () => {
            for (const p of await this.directory.l4ProxiesById(zoneId, batch, signal)) if (p.ProxyId) found.set(`${zoneId}/${p.ProxyId}`, { ...p, ZoneId: zoneId });
          })(),
        );
      }
    }
    await Promise.all(requests);
    return found;
  }

  private store(ref: ProxyRef, current: GaapProxyInfo | L4ProxyInfo): "moved" | "updated" | "unchanged" {
    if (ref.service === "gaap") {
      const before = this.inventory.gaapProxies.get(ref.proxyId);
      const p = current as GaapProxyInfo;
      this.inventory.upsertGaapProxy(p, !before);
      if (!before || before.Status !== p.Status || before.BanStatus !== p.BanStatus) return "moved";
      return JSON.stringify(before) === JSON.stringify(p) ? "unchanged" : "updated";
    }
    const before = this.inventory.getL4(ref.zoneId, ref.proxyId);
    const p = current as L4ProxyInfo;
    this.inventory.upsertL4Proxy(ref.zoneId, p, !before);
    if (!before || before.Status !== p.Status) return "moved";
    return JSON.stringify(before) === JSON.stringify({ ...p, ZoneId: p.ZoneId || ref.zoneId }) ? "unchanged" : "updated";
  }

  private remove(ref: ProxyRef): "removed" | "unchanged" {
    const removed = ref.service === "gaap" ? this.inventory.gaapProxies.delete(ref.proxyId) : (this.inventory.l4.get(ref.zoneId)?.delete(ref.proxyId) ?? false);
    return removed ? "removed" : "unchanged";
  }

  /** Ends the watch, and answers its followers, when the proxy settled, went away, or took too long. */
  private settle(key: string, watch: Watch, current: GaapProxyInfo | L4ProxyInfo | undefined, gone: boolean, poll: number): void {
    const now = this.timer.now();
    const status = current?.Status ?? "";
    const settled = current !== undefined && isSettled(watch.ref.service === "gaap" ? classifyGaapProxy(current as GaapProxyInfo) : classifyL4Proxy(current));
    const expired = now - watch.since > (watch.seen ? this.schedule.giveUpAfterMs : UNSEEN_GIVE_UP_MS);
    const remaining = watch.followers.filter((f) => {
      if (f.asked >= poll) return true;
      let outcome: FollowOutcome | undefined;
      if (gone) outcome = { outcome: "gone" };
      else if (current && settled && (f.until === "settled" || (Array.isArray(f.until) && f.until.includes(status)))) outcome = { outcome: "settled", proxy: current };
      else if (expired) outcome = { outcome: "gaveUp" };
      if (outcome) f.resolve(outcome);
      return !outcome;
    });
    watch.followers = remaining;
    const doneWatching = (gone || expired || settled) && remaining.length === 0;
    if (doneWatching) {
      for (const f of remaining) f.resolve(gone ? { outcome: "gone" } : { outcome: "gaveUp" });
      this.watches.delete(key);
    }
  }
}

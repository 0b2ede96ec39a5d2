import type { Logger } from "../logger";
import type { ChildListing } from "./childListing";
import { PollSchedule } from "./pollSchedule";
import type { ProxyDirectory } from "./proxyDirectory";
import { isSettled } from "./statusClass";
import type { FollowUntil } from "./statusPoller";
import type { Timer } from "./timer";

/** How the follow of one child ended. A child that settles in a failed status (a rule's `fail`) is "settled" too. */
export type ChildFollowOutcome<C = unknown> =
  | { id: string; outcome: "settled"; item: C }
  | { id: string; outcome: "gone" }
  | { id: string; outcome: "gaveUp" }
  | { id: string; outcome: "cancelled" };

interface Follower<C> {
  until: FollowUntil;
  resolve: (o: ChildFollowOutcome<C>) => void;
  /** The poll count when the follow began: an answer to a poll sent before it cannot end it. */
  asked: number;
}

interface Watch<P, C> {
  parent: P;
  id: string;
  since: number;
  seen: boolean;
  followers: Follower<C>[];
}

/** A followed child that never shows up (a create that did not happen) is given up sooner. */
const UNSEEN_GIVE_UP_MS = 2 * 60_000;
/** Watches at most: beyond it, new ones wait for a later listing (each is a request's worth of IDs). */
const MAX_WATCHES = 2_000;

/**
 * Polls the children of one kind that are in transition (and the followed ones) until they settle, in one loop with
 * one backoff, parent by parent in batches of the kind's `batch`. Paused, it polls only the followed children.
 */
export class ChildPoller<P, C> {
  private readonly watches = new Map<string, Watch<P, C>>();
  private readonly abort = new AbortController();
  private handle: unknown;
  private running = false;
  private again = false;
  private disposed = false;
  private paused = false;
  private polls = 0;

  constructor(
    private readonly listing: ChildListing<P, C>,
    private readonly directory: ProxyDirectory,
    private readonly onChange: () => void,
    private readonly timer: Timer,
    private readonly log: Logger,
    private readonly schedule = new PollSchedule(),
  ) {}

  get watching(): number {
    return this.watches.size;
  }

  pause(): void {
    if (this.paused || this.disposed) return;
    this.paused = true;
    if (!this.running && this.due().length === 0) this.cancelPlanned();
  }

  resume(): void {
    if (!this.paused || this.disposed) return;
    this.paused = false;
    if (this.watches.size === 0) return;
    this.schedule.reset();
    this.plan(0);
  }

  /** Watches a child a listing showed in a transitional state, until it settles. */
  watch(parent: P, id: string): void {
    const key = this.key(parent, id);
    if (this.disposed || this.watches.has(key) || this.watches.size >= MAX_WATCHES) return;
    this.watches.set(key, { parent, id, since: this.timer.now(), seen: true, followers: [] });
    if (this.paused) return;
    this.schedule.reset();
    this.plan(this.schedule.delay());
  }

  /**
   * Polls these children at once and then until `until`; resolves with how each ended, in the order asked. `known`
   * are the IDs that existed when the action began (a deleted one that is missing from the first poll is gone,
   * where a just-created one that is missing may simply not be listed yet).
   */
  follow(parent: P, ids: readonly string[], until: FollowUntil = "settled", known: ReadonlySet<string> = new Set()): Promise<ChildFollowOutcome<C>[]> {
    if (this.disposed) return Promise.resolve(ids.map((id) => ({ id, outcome: "cancelled" as const })));
    const outcomes = ids.map(
      (id) =>
        new Promise<ChildFollowOutcome<C>>((resolve) => {
          const key = this.key(parent, id);
          const watch = this.watches.get(key) ?? { parent, id, since: this.timer.now(), seen: false, followers: [] };
          // A new follow restarts the clock: the action behind it has just started a new transition.
          watch.since = this.timer.now();
          watch.seen ||= known.has(id);
          watch.followers.push({ until, resolve, asked: this.polls });
          this.watches.set(key, watch);
        }),
    );
    this.schedule.reset();
    this.plan(0);
    return Promise.all(outcomes);
  }

  dispose(): void {
    this.disposed = true;
    this.abort.abort();
    this.cancelPlanned();
    for (const w of this.watches.values()) for (const f of w.followers) f.resolve({ id: w.id, outcome: "cancelled" });
    this.watches.clear();
  }

  private key(parent: P, id: string): string {
    return `${this.listing.kind.keyOf(parent)}\u0000${id}`;
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

  private due(): [string, Watch<P, C>][] {
    const all = [...this.watches];
    return this.paused ? all.filter(([, w]) => w.followers.length > 0) : all;
  }

  private async tick(): Promise<void> {
    this.handle = undefined;
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
        const change = this.listing.store(watch.parent, watch.id, current);
        touched ||= change !== "unchanged";
        moved ||= change === "moved" || change === "removed";
        if (current) watch.seen = true;
        this.settle(key, watch, current, change === "removed" || (watch.seen && !current), poll);
      }
    } catch (e) {
      if (this.disposed) return;
      this.log.warn(`Polling ${asked.length} ${this.listing.kind.name} failed, will retry: ${e instanceof Error ? e.message : String(e)}`);
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

  /** Current records by watch key, parent by parent in batches; a child that no longer exists is missing. */
  private async fetch(watches: Watch<P, C>[]): Promise<Map<string, C>> {
    const kind = this.listing.kind;
    const byParent = new Map<string, { parent: P; ids: string[] }>();
    for (const w of watches) {
      const k = kind.keyOf(w.parent);
      const group = byParent.get(k);
      if (group) group.ids.push(w.id);
      else byParent.set(k, { parent: w.parent, ids: [w.id] });
    }
    const found = new Map<string, C>();
    const requests: Promise<void>[] = [];
    for (const { parent, ids } of byParent.values()) {
      for (let i = 0; i < ids.length; i += kind.batch) {
        const batch = ids.slice(i, i + kind.batch);
        requests.push(
          (async () => {
            for (const child of await kind.byId(this.directory, parent, batch, this.abort.signal)) {
              const id = kind.idOf(child);
              if (id && batch.includes(id)) found.set(this.key(parent, id), child);
            }
          })(),
        );
      }
    }
    await Promise.all(requests);
    return found;
  }

  /** Ends the watch, and answers its followers, when the child settled, went away, or took too long. */
  private settle(key: string, watch: Watch<P, C>, current: C | undefined, gone: boolean, poll: number): void {
    const kind = this.listing.kind;
    const status = current && typeof current === "object" ? String((current as { Status?: unknown }).Status ?? "") : "";
    const settled = current !== undefined && isSettled(kind.classify(current));
    const expired = this.timer.now() - watch.since > (watch.seen ? this.schedule.giveUpAfterMs : UNSEEN_GIVE_UP_MS);
    watch.followers = watch.followers.filter((f) => {
      if (f.asked >= poll) return true;
      let outcome: ChildFollowOutcome<C> | undefined;
      if (gone) outcome = { id: watch.id, outcome: "gone" };
      else if (current && f.until === "settled" && settled) outcome = { id: watch.id, outcome: "settled", item: current };
      // A target status (["offline"]) ends the follow when reached, and a failure ends it too (it will not get there).
      else if (current && Array.isArray(f.until) && settled && (f.until.includes(status) || kind.classify(current) === "failed"))
        outcome = { id: watch.id, outcome: "settled", item: current };
      else if (expired) outcome = { id: watch.id, outcome: "gaveUp" };
      if (outcome) f.resolve(outcome);
      return !outcome;
    });
    if ((gone || expired || settled) && watch.followers.length === 0) this.watches.delete(key);
  }
}

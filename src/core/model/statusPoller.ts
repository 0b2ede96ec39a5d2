import type { Logger } from "../logger";
import type { GaapProxyInfo, L4ProxyInfo } from "./cloudResources";
import { PollSchedule } from "./pollSchedule";
import { isSettled, type StatusClass } from "./statusClass";
import type { Timer } from "./timer";

/** When a follow is over besides "settled": target statuses (e.g. after Close, CLOSED) or the record's removal. */
export type FollowUntil = "settled" | "gone" | readonly string[];

export type PollOutcome<C> =
  | { outcome: "settled"; item: C }
  | { outcome: "gone" }
  /** Still not settled after the schedule's give-up time (or never seen at all); the view keeps what it last saw. */
  | { outcome: "gaveUp" }
  /** The account changed or the view closed. */
  | { outcome: "cancelled" };

/** How the follow of a proxy ended (the view's proxy actions read it). */
export type FollowOutcome = PollOutcome<GaapProxyInfo | L4ProxyInfo>;

/** What storing a poll's answer did: a move (or a removal) starts the backoff over, any change redraws. */
export type PollChange = "moved" | "updated" | "unchanged" | "removed";

/**
 * What is polled (`R` names one record, `C` is the record): everything that differs between proxies and the
 * children of each kind. The loop, the backoff, the follows and the pause are the poller's.
 */
export interface PollTarget<R, C> {
  /** What the logs call the records ("proxies", "l4Rules"). */
  readonly name: string;
  /** Watches at most: beyond it, new ones wait for a later listing (follows are always taken). */
  readonly maxWatches?: number;
  /** One stable key per record; `lookUp` answers by it. */
  keyOf(ref: R): string;
  /** Records with the same batch key are looked up together, `size` at a time (one request each). */
  batchOf(ref: R): { key: string; size: number };
  /** The current records of one batch, by key; one that no longer exists is simply absent. */
  lookUp(refs: readonly R[], signal: AbortSignal): Promise<(readonly [key: string, record: C])[]>;
  /** Puts what a poll found (or its absence) where the tree reads it. */
  store(ref: R, current: C | undefined): PollChange;
  classify(record: C, ref: R): StatusClass;
  /** A settled record ends a follow that waits for one of `targets`. */
  reached(record: C, targets: readonly string[]): boolean;
}

interface Follower<C> {
  until: FollowUntil;
  resolve: (o: PollOutcome<C>) => void;
  /** The poll count when the follow began: an answer to a poll sent before it cannot end it. */
  asked: number;
}

interface Watch<R, C> {
  ref: R;
  since: number;
  seen: boolean;
  followers: Follower<C>[];
}

/** A followed record that never shows up (a typo, or a create that did not happen) is given up sooner. */
const UNSEEN_GIVE_UP_MS = 2 * 60_000;

/**
 * Polls records in transitional states (and followed ones) until they settle, all in one loop with one backoff:
 * a status change brings the delay back to its start, quiet polls stretch it. Results go where the target stores them.
 * Paused (the view is hidden), it polls only the records someone follows, since a caller waits for their outcome;
 * the others keep their watch and are polled again on resume.
 */
export class StatusPoller<R, C> {
  private readonly watches = new Map<string, Watch<R, C>>();
  private readonly abort = new AbortController();
  private handle: unknown;
  private running = false;
  private again = false;
  private disposed = false;
  private paused = false;
  /** Polls sent so far. */
  private polls = 0;

  constructor(
    private readonly target: PollTarget<R, C>,
    private readonly onChange: () => void,
    private readonly timer: Timer,
    private readonly log: Logger,
    private readonly schedule = new PollSchedule(),
  ) {}

  get watching(): number {
    return this.watches.size;
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

  /** Watches a record a listing showed in a transitional state, until it settles. */
  watch(ref: R): void {
    const key = this.target.keyOf(ref);
    if (this.disposed || this.watches.has(key) || this.watches.size >= (this.target.maxWatches ?? Infinity)) return;
    this.watches.set(key, { ref, since: this.timer.now(), seen: true, followers: [] });
    if (this.paused) return;
    this.schedule.reset();
    this.plan(this.schedule.delay());
  }

  /**
   * Polls these records at once and then until `until`; resolves with how each ended, in the order asked. `known`
   * tells the ones that existed when the action began (a deleted one missing from the first poll is gone, where a
   * just-created one that is missing may simply not be listed yet).
   */
  follow(refs: readonly R[], until: FollowUntil = "settled", known: (ref: R) => boolean = () => false): Promise<PollOutcome<C>[]> {
    if (this.disposed) return Promise.resolve(refs.map(() => ({ outcome: "cancelled" as const })));
    const outcomes = refs.map(
      (ref) =>
        new Promise<PollOutcome<C>>((resolve) => {
          const key = this.target.keyOf(ref);
          const watch = this.watches.get(key) ?? { ref, since: this.timer.now(), seen: false, followers: [] };
          // A new follow restarts the clock: the action behind it has just started a new transition.
          watch.since = this.timer.now();
          watch.seen ||= known(ref);
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
  private due(): [string, Watch<R, C>][] {
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
      const found = await this.lookUp(asked);
      if (this.disposed) return;
      for (const [key, watch] of asked) {
        if (this.watches.get(key) !== watch) continue;
        const current = found.get(key);
        const change = this.target.store(watch.ref, current);
        touched ||= change !== "unchanged";
        moved ||= change === "moved" || change === "removed";
        if (current) watch.seen = true;
        this.settle(key, watch, current, change === "removed" || (watch.seen && !current), poll);
      }
    } catch (e) {
      if (this.disposed) return;
      this.log.warn(`Polling ${asked.length} ${this.target.name} failed, will retry: ${e instanceof Error ? e.message : String(e)}`);
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

  /** Current records by watch key, batch by batch, all at once; a record that no longer exists is missing. */
  private async lookUp(asked: readonly [string, Watch<R, C>][]): Promise<Map<string, C>> {
    const batches = new Map<string, { size: number; keys: string[]; refs: R[] }>();
    for (const [key, { ref }] of asked) {
      const { key: batchKey, size } = this.target.batchOf(ref);
      const batch = batches.get(batchKey) ?? { size, keys: [], refs: [] };
      batch.keys.push(key);
      batch.refs.push(ref);
      batches.set(batchKey, batch);
    }
    const found = new Map<string, C>();
    const requests: Promise<void>[] = [];
    for (const { size, keys, refs } of batches.values()) {
      for (let i = 0; i < refs.length; i += size) {
        // An answer may hold records nobody asked about: only the batch's own are taken.
        const wanted = new Set(keys.slice(i, i + size));
        requests.push(
          this.target.lookUp(refs.slice(i, i + size), this.abort.signal).then((records) => {
            for (const [key, record] of records) if (wanted.has(key)) found.set(key, record);
          }),
        );
      }
    }
    await Promise.all(requests);
    return found;
  }

  /** Ends the watch, and answers its followers, when the record settled, went away, or took too long. */
  private settle(key: string, watch: Watch<R, C>, current: C | undefined, gone: boolean, poll: number): void {
    const settled = current !== undefined && isSettled(this.target.classify(current, watch.ref));
    const expired = this.timer.now() - watch.since > (watch.seen ? this.schedule.giveUpAfterMs : UNSEEN_GIVE_UP_MS);
    watch.followers = watch.followers.filter((f) => {
      if (f.asked >= poll) return true;
      let outcome: PollOutcome<C> | undefined;
      if (gone) outcome = { outcome: "gone" };
      else if (current !== undefined && settled && (f.until === "settled" || (Array.isArray(f.until) && this.target.reached(current, f.until))))
        outcome = { outcome: "settled", item: current };
      else if (expired) outcome = { outcome: "gaveUp" };
      if (outcome) f.resolve(outcome);
      return !outcome;
    });
    if ((gone || expired || settled) && watch.followers.length === 0) this.watches.delete(key);
  }
}

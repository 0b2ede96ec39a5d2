import { CancelledError } from "../errors/cancelledError";
import type { Clock } from "./clock";

export interface RateLimiterOptions {
  /** Requests per second and key. The APIs allow 20 per second per action. */
  perSecond: number;
  /** Extra milliseconds on top of the one-second window, against clock granularity. Default 10. */
  guardMs?: number;
  clock: Clock;
}

/** Call when the request has its answer (or failed); the slot frees one window later. Calling twice is harmless. */
export type Release = () => void;

interface Waiter {
  grant(release: Release): void;
  reject(e: Error): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Lane {
  /** One entry per slot: when it frees (Infinity while its request is in flight). At most `perSecond` slots. */
  slots: number[];
  queue: Waiter[];
  pumping: boolean;
}

/**
 * At most `perSecond` requests per window per key (service and action), counted the way a server counts them.
 *
 * A slot is held from the moment a request leaves until one window after its answer came back. The server
 * counts a request when it arrives, which is somewhere between those two moments; so the next request on the
 * same slot arrives at least a window after the previous one did, and no window of the server's, sliding or
 * by clock second, ever sees more than `perSecond`. Timing from departures alone is not enough: a slow or
 * queued server lets arrivals bunch up. Callers beyond the limit wait in line, first come first served; a
 * caller that cancels leaves the line at once.
 */
export class RateLimiter {
  private readonly lanes = new Map<string, Lane>();
  private readonly windowMs: number;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.perSecond >= 1)) throw new RangeError(`perSecond must be at least 1, got ${options.perSecond}`);
    this.windowMs = 1000 + (options.guardMs ?? 10);
  }

  get perSecond(): number {
    return this.options.perSecond;
  }

  /** Resolves with the slot's release when the caller may send; rejects with CancelledError if `signal` aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const lane = this.lane(key);
    return new Promise<Release>((grant, reject) => {
      const waiter: Waiter = { grant, reject };
      if (signal) {
        waiter.signal = signal;
        waiter.onAbort = () => {
          const i = lane.queue.indexOf(waiter);
          if (i >= 0) lane.queue.splice(i, 1);
          reject(new CancelledError());
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      lane.queue.push(waiter);
      void this.pump(lane);
    });
  }

  /** How many are waiting for a key (for tests and diagnostics). */
  queued(key: string): number {
    return this.lanes.get(key)?.queue.length ?? 0;
  }

  private lane(key: string): Lane {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { slots: [], queue: [], pumping: false };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private freeSlot(lane: Lane, now: number): number {
    const free = lane.slots.findIndex((until) => until <= now);
    if (free >= 0) return free;
    if (lane.slots.length < this.options.perSecond) return lane.slots.push(Infinity) - 1;
    return -1;
  }

  /**
   * One pump per lane hands out slots in order. It sleeps until the earliest slot frees; when every slot is in
   * flight it stops, and the next release starts it again. A release never frees a slot earlier than one already
   * freeing, so a sleeping pump never needs waking.
   */
  private async pump(lane: Lane): Promise<void> {
    if (lane.pumping) return;
    lane.pumping = true;
    try {
      while (lane.queue.length > 0) {
        const now = this.options.clock.now();
        const slot = this.freeSlot(lane, now);
        if (slot < 0) {
          const next = Math.min(...lane.slots);
          if (next === Infinity) return;
          await this.options.clock.sleep(next - now);
          continue;
        }
        const waiter = lane.queue.shift()!;
        if (waiter.onAbort) waiter.signal!.removeEventListener("abort", waiter.onAbort);
        lane.slots[slot] = Infinity;
        let released = false;
        waiter.grant(() => {
          if (released) return;
          released = true;
          lane.slots[slot] = this.options.clock.now() + this.windowMs;
          void this.pump(lane);
        });
      }
    } finally {
      lane.pumping = false;
    }
  }
}

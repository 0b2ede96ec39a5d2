import { CancelledError } from "../errors/cancelledError";
import type { Clock } from "./clock";

export interface RateLimiterOptions {
  /** Requests that may start per window and key. The APIs allow 20 per second per action. */
  perSecond: number;
  /**
   * Extra milliseconds added to the one-second window. The server counts arrivals, not our departures, and
   * arrivals jitter by a few milliseconds; without a guard, the 21st request of a sliding second can land inside
   * the server's second. 50 ms costs 5 % of throughput and covers a loaded two-core machine.
   */
  guardMs?: number;
  clock: Clock;
}

interface Waiter {
  resolve(): void;
  reject(e: Error): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Lane {
  /** Start times of the last `perSecond` requests, oldest first. */
  starts: number[];
  queue: Waiter[];
  pumping: boolean;
}

/**
 * A sliding-window limiter per key (service and action): at most `perSecond` starts in any window of
 * 1 s + guard. Callers beyond that wait in line, first come first served, instead of failing; a caller that
 * cancels leaves the line at once.
 */
export class RateLimiter {
  private readonly lanes = new Map<string, Lane>();
  private readonly windowMs: number;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.perSecond >= 1)) throw new RangeError(`perSecond must be at least 1, got ${options.perSecond}`);
    this.windowMs = 1000 + (options.guardMs ?? 50);
  }

  get perSecond(): number {
    return this.options.perSecond;
  }

  /** Resolves when the caller may send; rejects with CancelledError if `signal` aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const lane = this.lane(key);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
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
      lane = { starts: [], queue: [], pumping: false };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  /** One pump per lane hands out slots in order; it sleeps only until the oldest start leaves the window. */
  private async pump(lane: Lane): Promise<void> {
    if (lane.pumping) return;
    lane.pumping = true;
    try {
      while (lane.queue.length > 0) {
        const now = this.options.clock.now();
        if (lane.starts.length >= this.options.perSecond) {
          const freeAt = lane.starts[0]! + this.windowMs;
          if (now < freeAt) {
            await this.options.clock.sleep(freeAt - now);
            continue;
          }
          lane.starts.shift();
        }
        const waiter = lane.queue.shift()!;
        if (waiter.onAbort) waiter.signal!.removeEventListener("abort", waiter.onAbort);
        lane.starts.push(now);
        waiter.resolve();
      }
    } finally {
      lane.pumping = false;
    }
  }
}

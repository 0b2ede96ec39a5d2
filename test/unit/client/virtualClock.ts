import { CancelledError } from "../../../src/core/errors/cancelledError";
import type { Clock } from "../../../src/core/client/clock";

interface Timer {
  at: number;
  seq: number;
  resolve(): void;
}

/**
 * Virtual time for deterministic tests: a sleep never waits for real; once the process is idle (setImmediate,
 * after every pending promise ran), time jumps to the earliest timer and fires it. Fakes used with it must
 * answer through promises only, never through real timers or I/O.
 */
export class VirtualClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: Timer[] = [];
  private scheduled = false;

  constructor(start = 1_700_000_000_000) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = { at: this.t + Math.max(0, ms), seq: this.seq++, resolve: () => resolve() };
      this.timers.push(timer);
      signal?.addEventListener(
        "abort",
        () => {
          this.timers = this.timers.filter((x) => x !== timer);
          reject(new CancelledError());
        },
        { once: true },
      );
      this.schedule();
    });
  }

  /** Timers still waiting (a finished test should leave none but cancelled ones). */
  get pending(): number {
    return this.timers.length;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.timers.length === 0) return;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift()!;
      this.t = Math.max(this.t, next.at);
      next.resolve();
      if (this.timers.length > 0) this.schedule();
    });
  }
}

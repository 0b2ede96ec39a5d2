import { systemTimer, type Timer } from "../model/timer";

/** When the run that a Debouncer finally makes was asked for. */
export interface Requested {
  /** The last request, the one the delay counted from (for a document: the keystroke that ended the burst). */
  last: number;
  /** The first request since the previous run (the start of the burst). */
  first: number;
}

/**
 * Runs `run(key)` once, `delayMs` after the last of a burst of `schedule(key)` calls; keys are independent.
 * An error thrown by `run` goes to `onError` and never reaches the timer (nor the extension host).
 */
export class Debouncer<K> {
  private readonly pending = new Map<K, { handle: unknown; requested: Requested }>();

  constructor(
    private readonly delayMs: number,
    private readonly run: (key: K, requested: Requested) => void,
    private readonly onError: (key: K, error: unknown) => void,
    private readonly clock: Timer = systemTimer,
  ) {}

  /** (Re)starts the key's delay; `delayMs` overrides the default for this call (0: on the next turn). */
  schedule(key: K, delayMs = this.delayMs): void {
    const now = this.clock.now();
    const previous = this.pending.get(key);
    if (previous) this.clock.clearTimeout(previous.handle);
    const requested = { last: now, first: previous?.requested.first ?? now };
    const handle = this.clock.setTimeout(() => this.fire(key), delayMs);
    this.pending.set(key, { handle, requested });
  }

  isPending(key: K): boolean {
    return this.pending.has(key);
  }

  /** Drops the key's pending run, if any (the document was closed, or was just checked on demand). */
  cancel(key: K): void {
    const previous = this.pending.get(key);
    if (!previous) return;
    this.clock.clearTimeout(previous.handle);
    this.pending.delete(key);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }

  private fire(key: K): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    this.pending.delete(key);
    try {
      this.run(key, entry.requested);
    } catch (e) {
      this.onError(key, e);
    }
  }
}

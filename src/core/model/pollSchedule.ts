export interface PollScheduleOptions {
  /** Delay before the first poll after a change was seen, in ms. */
  initialMs: number;
  /** Each poll that sees no change multiplies the delay by this. */
  factor: number;
  maxMs: number;
  /** A watched record is given up after this long without settling (it is still shown, just not polled). */
  giveUpAfterMs: number;
}

/**
 * GAAP and EdgeOne transitions take seconds to minutes: poll often right after a change, then back off so a
 * long ISOLATING or a slow deploy costs a request every half minute, not every second.
 */
export const DEFAULT_POLL_SCHEDULE: PollScheduleOptions = { initialMs: 2_000, factor: 1.5, maxMs: 30_000, giveUpAfterMs: 30 * 60_000 };

/** The delays between polls: `next()` after a quiet poll, `reset()` when something moved. */
export class PollSchedule {
  private quietPolls = 0;

  constructor(private readonly options: PollScheduleOptions = DEFAULT_POLL_SCHEDULE) {}

  get giveUpAfterMs(): number {
    return this.options.giveUpAfterMs;
  }

  /** The delay before the next poll. */
  delay(): number {
    const { initialMs, factor, maxMs } = this.options;
    return Math.min(maxMs, Math.round(initialMs * factor ** this.quietPolls));
  }

  /** A poll saw nothing change: wait longer next time. */
  quiet(): void {
    this.quietPolls++;
  }

  /** Something changed (or a new record is watched): poll soon again. */
  reset(): void {
    this.quietPolls = 0;
  }
}

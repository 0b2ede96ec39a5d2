/** How hard the client tries before it reports a failure. */
export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** The first retry waits up to this long; each further retry doubles it. */
  baseDelayMs: number;
  /** No single wait is longer. */
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt (the wait included). */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 300, maxDelayMs: 8_000, maxTotalMs: 60_000 };

/**
 * "Full jitter" exponential backoff: a uniform wait in [0, min(max, base·2^retry)). Spreading retries over the
 * whole interval keeps many clients that failed together (a rate limit, a 5xx burst) from coming back together.
 */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(retry, 30));
  return Math.floor(random() * ceiling);
}

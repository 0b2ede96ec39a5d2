/**
 * A sliding one-second window per key (`SecretId|Action`): at most `limit` requests in any second, which is what
 * "20 requests per second per action" promises and what a client that paces itself never exceeds.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1000,
  ) {}

  /** Takes a slot if one is free at `now` (ms); a refused request takes none. `limit` 0 or less never refuses. */
  tryAcquire(key: string, now: number): boolean {
    if (!(this.limit > 0) || !Number.isFinite(this.limit)) return true;
    const recent = (this.windows.get(key) ?? []).filter((t) => t > now - this.windowMs && t <= now);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.windows.set(key, recent);
    return allowed;
  }
}

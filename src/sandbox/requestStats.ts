import { dictionary } from "./dictionary";

/** Requests to one action. */
export interface ActionStats {
  /** Every request that named the action, whatever the answer. */
  total: number;
  /** Requests refused by the rate limit (not injected faults). */
  rateLimited: number;
  /** The most requests that arrived in one clock second. */
  peakPerSecond: number;
  /** Requests per clock second (Unix seconds as keys), for the last hour. */
  perSecond: Record<string, number>;
}

export interface ClientTokenStats {
  /** Requests that carried the token. */
  requests: number;
  /** Resources created by them; a client whose retries reuse the token correctly never gets more than 1. */
  creations: number;
}

/** What the sandbox saw, so tests can assert a client's pacing and its idempotent retries. */
export interface SandboxStats {
  readonly actions: Readonly<Record<string, ActionStats>>;
  readonly clientTokens: Readonly<Record<string, ClientTokenStats>>;
  /** The highest requests-per-second of one action, or of any action when none is named. */
  peakRate(action?: string): number;
  reset(): void;
}

const KEEP_SECONDS = 3600;

// Both tables are keyed by what requests carry (action names, ClientTokens): null-prototype objects.

export class RequestStats implements SandboxStats {
  actions = dictionary<ActionStats>();
  clientTokens = dictionary<ClientTokenStats>();

  record(action: string, nowMs: number): void {
    const stats = (this.actions[action] ??= { total: 0, rateLimited: 0, peakPerSecond: 0, perSecond: dictionary() });
    const second = Math.floor(nowMs / 1000);
    const count = (stats.perSecond[second] ?? 0) + 1;
    stats.perSecond[second] = count;
    stats.total++;
    stats.peakPerSecond = Math.max(stats.peakPerSecond, count);
    // Bounded memory for a sandbox left running: old seconds only matter through the peak, which is kept.
    if (stats.total % 1000 === 0) {
      for (const key of Object.keys(stats.perSecond)) if (Number(key) < second - KEEP_SECONDS) delete stats.perSecond[key];
    }
  }

  recordRateLimited(action: string): void {
    const stats = this.actions[action];
    if (stats) stats.rateLimited++;
  }

  private token(token: string): ClientTokenStats {
    return (this.clientTokens[token] ??= { requests: 0, creations: 0 });
  }

  recordTokenRequest(token: string): void {
    this.token(token).requests++;
  }

  recordCreation(token: string): void {
    this.token(token).creations++;
  }

  peakRate(action?: string): number {
    const all = action === undefined ? Object.values(this.actions) : [this.actions[action]];
    return Math.max(0, ...all.map((s) => s?.peakPerSecond ?? 0));
  }

  reset(): void {
    this.actions = dictionary();
    this.clientTokens = dictionary();
  }
}

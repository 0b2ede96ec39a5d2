import { clientError } from "./clientError";
import type { Service } from "../actions/actionDefinition";
import type { Clock } from "./clock";

export interface WaitPolicy {
  /** First pause between two looks. */
  initialDelayMs: number;
  /** Each pause grows by this factor... */
  factor: number;
  /** ...up to this. */
  maxDelayMs: number;
  /** Give up (ClientError.WaitTimeout) after this long. */
  timeoutMs: number;
}

/** Creation takes seconds to minutes (Terraform waits 3 s before its first look); 10 minutes is generous. */
export const DEFAULT_WAIT_POLICY: WaitPolicy = { initialDelayMs: 1_000, factor: 1.5, maxDelayMs: 10_000, timeoutMs: 10 * 60_000 };

/** What a wait needs besides its probe. */
export interface WaitContext {
  clock: Clock;
  policy: WaitPolicy;
  signal?: AbortSignal;
}

/** What a caller may tune on one wait. */
export interface WaitOptions {
  signal?: AbortSignal;
  policy?: Partial<WaitPolicy>;
}

export type Probe<T> = { done: true; value: T } | { done: false; status: string };

export interface PollContext {
  clock: Clock;
  policy: WaitPolicy;
  signal?: AbortSignal;
  /** For the WaitTimeout error. */
  service: Service;
  action: string;
  resource: string;
  target: string;
}

/**
 * Looks, then waits a growing pause, until `probe` says done, the time is up or the caller cancels. Bounded by
 * the policy's timeout; each look is a normal client call (rate-limited, retried).
 */
export async function pollUntil<T>(probe: () => Promise<Probe<T>>, ctx: PollContext): Promise<T> {
  const started = ctx.clock.now();
  let delay = ctx.policy.initialDelayMs;
  for (;;) {
    const result = await probe();
    if (result.done) return result.value;
    const waited = ctx.clock.now() - started;
    if (waited + delay > ctx.policy.timeoutMs) {
      throw clientError({
        code: "ClientError.WaitTimeout",
        action: ctx.action,
        service: ctx.service,
        details: { resource: ctx.resource, target: ctx.target, status: result.status, waitedMs: waited },
      });
    }
    await ctx.clock.sleep(delay, ctx.signal);
    delay = Math.min(ctx.policy.maxDelayMs, delay * ctx.policy.factor);
  }
}

import { ApiError } from "../errors/apiError";
import { backoffDelay, type RetryPolicy } from "./backoff";
import type { Clock } from "./clock";

/**
 * What to do when a request failed in a way that may have taken effect. Reads and writes that are safe to
 * repeat (GAAP writes carry a ClientToken; setting a status twice is harmless) need none of this.
 */
export interface Recovery<T> {
  /**
   * Resends are recognised by the server as the same request (a ClientToken), so the last answer is the
   * whole truth: a clean refusal then means nothing happened, and the failure is not reported as ambiguous.
   */
  idempotent?: boolean;
  /**
   * Called instead of sending again after an ambiguous failure, for writes that must never be sent twice
   * (CreateL4Proxy has no ClientToken): find out what happened and report it.
   */
  instead?: (failure: ApiError) => Promise<T>;
  /**
   * A resend after an ambiguous failure was refused for good (e.g. FailedOperation.DuplicatedRequest, or
   * ResourceNotFound when deleting): find the first attempt's outcome, or return undefined to report the refusal.
   */
  refused?: (refusal: ApiError, firstFailure: ApiError) => Promise<T | undefined>;
}

export interface RetryContext {
  policy: RetryPolicy;
  clock: Clock;
  random: () => number;
  signal?: AbortSignal;
  /** Told before each wait, for the log. */
  onRetry?: (failure: ApiError, attempt: number, delayMs: number) => void;
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the policy's attempts or time run out.
 * Only ApiErrors are retried; cancellation and programming errors pass straight through.
 * If any attempt was ambiguous, the error finally thrown says so, whatever the last attempt's code.
 */
export async function retryLoop<T>(attempt: (n: number) => Promise<T>, ctx: RetryContext, recovery: Recovery<T> = {}): Promise<T> {
  const started = ctx.clock.now();
  let firstAmbiguous: ApiError | undefined;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (firstAmbiguous && !e.retryable && recovery.refused) {
        const outcome = await recovery.refused(e, firstAmbiguous);
        if (outcome !== undefined) return outcome;
      }
      if (e.ambiguous) {
        firstAmbiguous ??= e;
        if (recovery.instead) return recovery.instead(e);
      }
      // A definite answer to an idempotent resend settles the question; a passing refusal (rate limit) does not.
      const settled = recovery.idempotent && !e.retryable;
      const failure = firstAmbiguous && !e.ambiguous && !settled ? e.with({ ambiguous: true }) : e;
      if (!e.retryable || n >= ctx.policy.maxAttempts) throw failure;
      const delay = backoffDelay(n - 1, ctx.policy, ctx.random);
      if (ctx.clock.now() - started + delay > ctx.policy.maxTotalMs) throw failure;
      ctx.onRetry?.(e, n, delay);
      await ctx.clock.sleep(delay, ctx.signal);
    }
  }
}

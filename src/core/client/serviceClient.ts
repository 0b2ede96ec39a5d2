import type { Service } from "../actions/actionDefinition";
import type { ApiError } from "../errors/apiError";
import { CancelledError, throwIfAborted } from "../errors/cancelledError";
import { fromSdkError } from "../errors/fromSdkError";
import type { RetryPolicy } from "./backoff";
import type { Clock } from "./clock";
import type { Logger } from "../logger";
import type { RateLimiter } from "./rateLimiter";
import { redactBody } from "./redactBody";
import { retryLoop, type Recovery } from "./retryLoop";
import type { Transport } from "./sdkTransport";
import { isWriteAction, type WriteDone } from "./writeAction";

export interface ServiceClientOptions {
  service: Service;
  /** The endpoint's host, named in errors about what it answered. */
  host: string;
  transport: Transport;
  limiter: RateLimiter;
  retry: RetryPolicy;
  /** Per attempt; the request is aborted and counted as ClientError.Timeout (ambiguous) after it. */
  timeoutMs: number;
  logger: Logger;
  clock: Clock;
  random: () => number;
  /** The common Region parameter, for the log only: GAAP and EdgeOne do not need one. */
  region?: string;
  /** Told after every write ends, however it ended: the one place the extension learns that its reads are stale. */
  onWrite?: (write: WriteDone) => void;
}

/** Every client method takes one: cancelling it stops the request, its retries and its place in line. */
export interface CallSignal {
  signal?: AbortSignal;
}

export interface CallOptions<T> extends CallSignal {
  recovery?: Recovery<T>;
  retry?: Partial<RetryPolicy>;
}

/**
 * One service (GAAP or EdgeOne) as the rest of the core sees it: every call waits its turn at the rate limiter,
 * has a timeout, is cancellable, is retried when that is safe, logs what it did, and fails with an ApiError.
 */
export class ServiceClient {
  constructor(private readonly options: ServiceClientOptions) {}

  get service(): Service {
    return this.options.service;
  }

  get host(): string {
    return this.options.host;
  }

  async call<T>(action: string, params: Readonly<Record<string, unknown>>, callOptions: CallOptions<T> = {}): Promise<T> {
    const { onWrite } = this.options;
    if (!onWrite || !isWriteAction(action)) return this.retried(action, params, callOptions);
    try {
      return await this.retried(action, params, callOptions);
    } finally {
      onWrite({ service: this.options.service, action });
    }
  }

  private retried<T>(action: string, params: Readonly<Record<string, unknown>>, callOptions: CallOptions<T>): Promise<T> {
    const { signal } = callOptions;
    throwIfAborted(signal);
    const policy = { ...this.options.retry, ...callOptions.retry };
    return retryLoop<T>(
      async (attempt) => (await this.attempt(action, params, attempt, signal)) as T,
      {
        policy,
        clock: this.options.clock,
        random: this.options.random,
        ...(signal ? { signal } : {}),
        onRetry: (failure, attempt, delayMs) =>
          this.options.logger.info(`${this.options.service}.${action}: ${failure.code}, attempt ${attempt} of ${policy.maxAttempts}, retrying in ${delayMs} ms`, {
            requestId: failure.requestId,
            ambiguous: failure.ambiguous,
          }),
      },
      callOptions.recovery,
    );
  }

  private async attempt(action: string, params: Readonly<Record<string, unknown>>, attempt: number, signal?: AbortSignal) {
    const { service, logger, clock, limiter, timeoutMs } = this.options;
    const label = `${service}.${action}`;
    const release = await limiter.acquire(`${service}:${action}`, signal);

    // One controller aborts the request when the caller cancels or our timer fires; which of the two it was
    // decides between CancelledError and a (retryable, ambiguous) timeout.
    const controller = new AbortController();
    const timer = new AbortController();
    let timedOut = false;
    const onCallerAbort = () => controller.abort();
    signal?.addEventListener("abort", onCallerAbort, { once: true });
    clock.sleep(timeoutMs, timer.signal).then(
      () => {
        timedOut = true;
        controller.abort();
      },
      () => {},
    );

    const started = clock.now();
    const region = this.options.region ?? "-";
    logger.debug(`${label} request`, { attempt, region, body: redactBody(params) });
    try {
      const response = await this.options.transport(action, params, controller.signal);
      const requestId = typeof response.RequestId === "string" ? response.RequestId : "";
      const durationMs = clock.now() - started;
      logger.debug(`${label} ok in ${durationMs} ms`, { action, region, durationMs, requestId, attempt });
      return response;
    } catch (e) {
      if (signal?.aborted) throw new CancelledError();
      const error: ApiError = fromSdkError(e, { action, service, timedOut });
      const failed = timedOut ? error.with({ details: { timeoutMs } }) : error;
      const durationMs = clock.now() - started;
      logger.debug(`${label} failed in ${durationMs} ms: ${failed.code}`, {
        action,
        region,
        durationMs,
        requestId: failed.requestId,
        attempt,
        retryable: failed.retryable,
        ambiguous: failed.ambiguous,
      });
      throw failed;
    } finally {
      release();
      timer.abort();
      signal?.removeEventListener("abort", onCallerAbort);
    }
  }
}

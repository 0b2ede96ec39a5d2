import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from "../../../src/core/client/backoff";
import { retryLoop } from "../../../src/core/client/retryLoop";
import { ApiError } from "../../../src/core/errors/apiError";
import { isCancelled } from "../../../src/core/errors/cancelledError";
import { VirtualClock } from "./virtualClock";

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxTotalMs: 10_000 };

const apiError = (code: string, flags: { retryable?: boolean; ambiguous?: boolean } = {}) =>
  new ApiError({ code, message: code, requestId: "r", action: "CreateProxy", service: "gaap", retryable: flags.retryable ?? true, ambiguous: flags.ambiguous ?? false });

/** An attempt function that fails with the given errors in turn, then succeeds. */
function failing(errors: ApiError[]) {
  let n = 0;
  const attempt = async () => {
    const e = errors[n++];
    if (e) throw e;
    return "ok";
  };
  return { attempt, attempts: () => n };
}

describe("backoffDelay (full jitter)", () => {
  it("draws uniformly below a ceiling that doubles per retry and stops at the cap", () => {
    assert.equal(backoffDelay(0, policy, () => 0), 0);
    assert.equal(backoffDelay(0, policy, () => 0.999999), 99);
    assert.equal(backoffDelay(1, policy, () => 0.5), 100);
    assert.equal(backoffDelay(2, policy, () => 0.5), 200);
    assert.equal(backoffDelay(3, policy, () => 0.5), 400);
    assert.equal(backoffDelay(10, policy, () => 0.5), 500, "capped at maxDelayMs");
    assert.equal(backoffDelay(5000, policy, () => 0.999999), 999, "no overflow for huge retry counts");
  });

  it("has sane defaults", () => {
    assert.ok(DEFAULT_RETRY_POLICY.maxAttempts >= 3 && DEFAULT_RETRY_POLICY.maxAttempts <= 10);
    assert.ok(DEFAULT_RETRY_POLICY.maxTotalMs <= 120_000);
  });
});

describe("retryLoop", () => {
  it("retries retryable failures with growing pauses, then succeeds", async () => {
    const clock = new VirtualClock();
    const start = clock.now();
    const f = failing([apiError("RequestLimitExceeded"), apiError("InternalError"), apiError("ClientError.NetworkError")]);
    const delays: number[] = [];
    const result = await retryLoop(f.attempt, { policy, clock, random: () => 0.5, onRetry: (_e, _n, d) => delays.push(d) });
    assert.equal(result, "ok");
    assert.equal(f.attempts(), 4);
    assert.deepEqual(delays, [50, 100, 200]);
    assert.equal(clock.now() - start, 350);
  });

  it("gives up after maxAttempts with the last error", async () => {
    const clock = new VirtualClock();
    const f = failing(Array.from({ length: 10 }, () => apiError("RequestLimitExceeded")));
    await assert.rejects(retryLoop(f.attempt, { policy, clock, random: () => 0.5 }), (e: ApiError) => e.code === "RequestLimitExceeded");
    assert.equal(f.attempts(), 5);
  });

  it("gives up when the next pause would pass maxTotalMs", async () => {
    const clock = new VirtualClock();
    const f = failing(Array.from({ length: 10 }, () => apiError("ServiceUnavailable")));
    const tight = { ...policy, maxAttempts: 100, maxTotalMs: 400 };
    await assert.rejects(retryLoop(f.attempt, { policy: tight, clock, random: () => 0.99 }));
    // Pauses ~99, ~198, then ~396 would pass 400 ms: three attempts.
    assert.equal(f.attempts(), 3);
  });

  it("does not retry a non-retryable failure", async () => {
    const f = failing([apiError("InvalidParameterValue.InvalidBandwidth", { retryable: false })]);
    await assert.rejects(retryLoop(f.attempt, { policy, clock: new VirtualClock(), random: () => 0.5 }));
    assert.equal(f.attempts(), 1);
  });

  it("reports a later clean failure as ambiguous when an earlier attempt may have acted", async () => {
    const errors = [apiError("ClientError.NetworkError", { ambiguous: true }), ...Array.from({ length: 4 }, () => apiError("RequestLimitExceeded"))];
    const f = failing(errors);
    await assert.rejects(retryLoop(f.attempt, { policy, clock: new VirtualClock(), random: () => 0.5 }), (e: ApiError) => e.code === "RequestLimitExceeded" && e.ambiguous);
  });

  it("trusts a definite answer to an idempotent resend, but not a rate limit", async () => {
    const definite = failing([apiError("InternalError", { ambiguous: true }), apiError("FailedOperation.ProxySellOut", { retryable: false })]);
    await assert.rejects(
      retryLoop(definite.attempt, { policy, clock: new VirtualClock(), random: () => 0.5 }, { idempotent: true }),
      (e: ApiError) => e.code === "FailedOperation.ProxySellOut" && !e.ambiguous,
    );
    const limited = failing([apiError("InternalError", { ambiguous: true }), ...Array.from({ length: 4 }, () => apiError("RequestLimitExceeded"))]);
    await assert.rejects(
      retryLoop(limited.attempt, { policy, clock: new VirtualClock(), random: () => 0.5 }, { idempotent: true }),
      (e: ApiError) => e.code === "RequestLimitExceeded" && e.ambiguous,
    );
  });

  it("calls `instead` rather than resending after an ambiguous failure", async () => {
    const f = failing([apiError("RequestLimitExceeded"), apiError("ClientError.Timeout", { ambiguous: true })]);
    const result = await retryLoop(f.attempt, { policy, clock: new VirtualClock(), random: () => 0.5 }, { instead: async (e) => `looked after ${e.code}` });
    assert.equal(result, "looked after ClientError.Timeout");
    assert.equal(f.attempts(), 2, "the clean refusal was retried, the ambiguous failure was not");
  });

  it("asks `refused` for the first outcome when a resend after an ambiguous failure is refused", async () => {
    const f = failing([apiError("ClientError.NetworkError", { ambiguous: true }), apiError("FailedOperation.DuplicatedRequest", { retryable: false })]);
    const seen: string[] = [];
    const result = await retryLoop(
      f.attempt,
      { policy, clock: new VirtualClock(), random: () => 0.5 },
      {
        refused: async (refusal, first) => {
          seen.push(`${refusal.code} after ${first.code}`);
          return "first outcome";
        },
      },
    );
    assert.equal(result, "first outcome");
    assert.deepEqual(seen, ["FailedOperation.DuplicatedRequest after ClientError.NetworkError"]);
    // Without an earlier ambiguous failure, a refusal is just an error.
    const plain = failing([apiError("FailedOperation.DuplicatedRequest", { retryable: false })]);
    await assert.rejects(retryLoop(plain.attempt, { policy, clock: new VirtualClock(), random: () => 0.5 }, { refused: async () => "never" }));
  });

  it("stops waiting when cancelled", async () => {
    const controller = new AbortController();
    const f = failing(Array.from({ length: 10 }, () => apiError("RequestLimitExceeded")));
    const clock = new VirtualClock();
    // Cancelled while it waits before the second attempt.
    const run = retryLoop(f.attempt, { policy, clock, random: () => 0.5, signal: controller.signal, onRetry: () => controller.abort() });
    await assert.rejects(run, (e) => isCancelled(e));
    assert.equal(f.attempts(), 1);
  });
});

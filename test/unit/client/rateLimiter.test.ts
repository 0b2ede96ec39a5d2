import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { RateLimiter } from "../../../src/core/client/rateLimiter";
import { isCancelled } from "../../../src/core/errors/cancelledError";
import { VirtualClock } from "./virtualClock";

/** The most grants that fall in any window of `windowMs` (a sliding count, the strictest reading of "per second"). */
function peakInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

describe("RateLimiter", () => {
  it("lets 20 a second through per key, queues the rest in order, and never fails a caller", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ perSecond: 20, clock });
    const start = clock.now();
    const granted: { i: number; at: number }[] = [];
    // Answers come back at once: each slot frees one window (1 s + 10 ms guard) after its grant.
    await Promise.all(Array.from({ length: 100 }, (_, i) => limiter.acquire("gaap:DescribeProxies").then((release) => (granted.push({ i, at: clock.now() }), release()))));

    assert.deepEqual(granted.map((g) => g.i), Array.from({ length: 100 }, (_, i) => i), "first come, first served");
    assert.equal(peakInWindow(granted.map((g) => g.at), 1000), 20);
    assert.equal(granted.at(-1)!.at - start, 4 * 1010);
    assert.equal(granted.filter((g) => g.at === start).length, 20, "the first 20 go at once");
  });

  it("keeps keys apart: one busy action does not slow another", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ perSecond: 20, clock });
    const start = clock.now();
    const busy = Promise.all(Array.from({ length: 60 }, () => limiter.acquire("gaap:DescribeProxies").then((release) => release())));
    (await limiter.acquire("teo:DescribeZones"))();
    assert.equal(clock.now(), start);
    await busy;
  });

  it("is configurable", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ perSecond: 5, guardMs: 0, clock });
    const times: number[] = [];
    await Promise.all(Array.from({ length: 12 }, () => limiter.acquire("k").then((release) => (times.push(clock.now()), release()))));
    assert.equal(peakInWindow(times, 1000), 5);
    assert.equal(times.at(-1)! - times[0]!, 2000);
    assert.throws(() => new RateLimiter({ perSecond: 0, clock }), RangeError);
  });

  it("holds a slot until one window after the answer, so a slow server never sees a burst", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ perSecond: 2, guardMs: 0, clock });
    const start = clock.now();
    const [a, b] = await Promise.all([limiter.acquire("k"), limiter.acquire("k")]);
    const third = limiter.acquire("k").then((release) => (release(), clock.now() - start));
    await clock.sleep(3_000); // the answers take 3 s
    a!();
    await clock.sleep(500);
    b!();
    b!(); // twice is harmless
    assert.equal(await third, 4_000, "one window after the first answer, not after the first departure");
    const fourth = await limiter.acquire("k");
    assert.equal(clock.now() - start, 4_500);
    fourth();
  });

  it("lets a cancelled caller leave the line at once without holding up the others", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ perSecond: 2, clock });
    for (const release of await Promise.all([limiter.acquire("k"), limiter.acquire("k")])) release();
    const controller = new AbortController();
    const cancelled = limiter.acquire("k", controller.signal);
    const next = limiter.acquire("k");
    assert.equal(limiter.queued("k"), 2);
    controller.abort();
    await assert.rejects(cancelled, (e) => isCancelled(e));
    assert.equal(limiter.queued("k"), 1);
    (await next)();
    assert.equal(limiter.queued("k"), 0);
    await assert.rejects(limiter.acquire("k", AbortSignal.abort()), (e) => isCancelled(e));
  });
});

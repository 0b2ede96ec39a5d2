import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, withSandbox } from "./sandboxHarness";

const outcome = (call: Promise<unknown>) =>
  call.then(
    () => "ok",
    (e: unknown) => (e instanceof TencentCloudSDKHttpException ? (e.code ?? "transport") : "other"),
  );

describe("rate limit: 20 requests per second per action per SecretId", () => {
  it("refuses the 21st request of a second with RequestLimitExceeded, per action, and frees up after a second", async () => {
    // On a whole second, so that the stats' per-second buckets are predictable.
    const clock = createManualClock(Math.floor(Date.now() / 1000) * 1000);
    await withSandbox({ clock, rateLimit: 20 }, async ({ sandbox, gaap, teo }) => {
      const burst = await Promise.all(Array.from({ length: 25 }, () => outcome(gaap.DescribeProxies({ Limit: 1 }))));
      assert.equal(burst.filter((o) => o === "ok").length, 20);
      assert.equal(burst.filter((o) => o === "RequestLimitExceeded").length, 5);
      // Another action has its own budget.
      assert.ok((await teo.DescribeZones({})).Zones);
      await expectApiError(gaap.DescribeProxies({}), "RequestLimitExceeded");
      clock.advance(999);
      await expectApiError(gaap.DescribeProxies({}), "RequestLimitExceeded");
      clock.advance(1);
      await gaap.DescribeProxies({});
      const stats = sandbox.stats.actions["DescribeProxies"]!;
      assert.equal(stats.total, 28);
      assert.equal(stats.rateLimited, 7);
      assert.equal(sandbox.stats.peakRate("DescribeProxies"), 27);
      assert.equal(sandbox.stats.peakRate(), 27);
      assert.deepEqual(Object.values(stats.perSecond).sort((a, b) => a - b), [1, 27]);
    });
  });

  it("a client that paces itself to 20/s is never refused, and the stats show its peak", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, rateLimit: 20 }, async ({ sandbox, teo }) => {
      const zoneId = Object.keys(sandbox.state.zones)[0]!;
      for (let second = 0; second < 3; second++) {
        const results = await Promise.all(Array.from({ length: 20 }, () => outcome(teo.DescribeL4Proxy({ ZoneId: zoneId }))));
        assert.ok(results.every((r) => r === "ok"));
        clock.advance(1000);
      }
      assert.equal(sandbox.stats.peakRate("DescribeL4Proxy"), 20);
      assert.equal(sandbox.stats.actions["DescribeL4Proxy"]!.rateLimited, 0);
      sandbox.stats.reset();
      assert.equal(sandbox.stats.peakRate(), 0);
    });
  });

  it("rateLimit 0 turns the limit off", () =>
    withSandbox({ rateLimit: 0, clock: createManualClock() }, async ({ gaap }) => {
      const results = await Promise.all(Array.from({ length: 30 }, () => outcome(gaap.DescribeDestRegions({}))));
      assert.ok(results.every((r) => r === "ok"));
    }));
});

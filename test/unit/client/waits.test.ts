import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import { isCancelled } from "../../../src/core/errors/cancelledError";
import { assertWorded } from "./assertWorded";
import { fakeCloud, sdkApiError } from "./fakeSdk";

/** A handler that answers the given values in turn, then keeps answering the last. */
const sequence = (...answers: Record<string, unknown>[]) => (_p: unknown, n: number) => answers[Math.min(n, answers.length) - 1]!;
const status = (Status: string) => ({ InstanceStatusSet: [{ InstanceId: "link-1", Status }] });
const l4 = (Status: string) => ({ TotalCount: 1, L4Proxies: [{ ZoneId: "zone-1", ProxyId: "sid-1", Status }] });

describe("waits after writes", () => {
  it("follows the task, then the status until RUNNING, with growing pauses", async () => {
    const f = fakeCloud({
      DescribeTaskStatus: sequence({ Status: "RUNNING" }, { Status: "RUNNING" }, { Status: "SUCCESS" }),
      DescribeProxiesStatus: sequence(status("CREATING"), status("RUNNING")),
    });
    const started = f.clock.now();
    const s = await f.cloud.gaap.waitForProxy("link-1", "RUNNING", { taskId: "rid-create" });
    assert.equal(s?.Status, "RUNNING");
    assert.deepEqual(f.callsOf("DescribeTaskStatus").map((c) => [c.params.TaskId, c.at - started]), [
      ["rid-create", 0],
      ["rid-create", 1_000],
      ["rid-create", 2_500],
    ]);
    assert.deepEqual(f.callsOf("DescribeProxiesStatus").map((c) => c.params.ProxyIds), [["link-1"], ["link-1"]]);
  });

  it("fails a task that failed, and a proxy that settles elsewhere", async () => {
    const f = fakeCloud({ DescribeTaskStatus: () => ({ Status: "FAIL" }), DescribeProxiesStatus: sequence(status("OPENING"), status("CLOSED")) });
    await assert.rejects(f.cloud.gaap.waitForTask("rid-x"), (e: ApiError) => (assertWorded(e), e.code === "ClientError.TaskFailed" && e.details?.taskId === "rid-x"));
    await assert.rejects(f.cloud.gaap.waitForProxy("link-1", "RUNNING"), (e: ApiError) => (assertWorded(e), e.code === "ClientError.UnexpectedStatus" && e.details?.status === "CLOSED"));
  });

  it("counts ResourceNotFound or an empty answer as gone", async () => {
    const f = fakeCloud({
      DescribeProxiesStatus: (_p, n) => {
        if (n === 1) return status("DESTROYING");
        throw sdkApiError("ResourceNotFound");
      },
    });
    assert.equal(await f.cloud.gaap.waitForProxy("link-1", "gone"), undefined);
    const g = fakeCloud({ DescribeProxiesStatus: () => ({ InstanceStatusSet: [] }) });
    await assert.rejects(g.cloud.gaap.waitForProxy("link-1", "RUNNING"), (e: ApiError) => e.details?.status === "gone");
    assert.equal(g.callsOf("DescribeProxiesStatus").length, 3, "a proxy not listed yet gets a few looks");
  });

  it("gives up after the wait's time limit", async () => {
    const f = fakeCloud({ DescribeProxiesStatus: () => status("CREATING") });
    await assert.rejects(f.cloud.gaap.waitForProxy("link-1", "RUNNING", { policy: { timeoutMs: 20_000 } }), (e: ApiError) => {
      assert.equal(e.code, "ClientError.WaitTimeout");
      assertWorded(e);
      assert.deepEqual([e.details?.resource, e.details?.target, e.details?.status], ["proxy link-1", "RUNNING", "CREATING"]);
      return true;
    });
    // 0, 1, 2.5, 4.75, 8.125, 13.1875 s: the next pause would pass 20 s.
    assert.equal(f.callsOf("DescribeProxiesStatus").length, 6);
  });

  it("is cancellable", async () => {
    const controller = new AbortController();
    const f = fakeCloud({
      DescribeProxiesStatus: (_p, n) => {
        if (n === 3) controller.abort();
        return status("CREATING");
      },
    });
    await assert.rejects(f.cloud.gaap.waitForProxy("link-1", "RUNNING", { signal: controller.signal }), (e) => isCancelled(e));
    assert.equal(f.callsOf("DescribeProxiesStatus").length, 3);
    assert.equal(f.clock.pending, 0, "no timer is left behind");
  });

  it("waits for EdgeOne L4 proxies: progress → online, stopping → offline, fail is unexpected", async () => {
    const f = fakeCloud({ DescribeL4Proxy: sequence(l4("progress"), l4("online")) });
    assert.equal((await f.cloud.teo.waitForL4Proxy("zone-1", "sid-1", "online"))?.Status, "online");
    assert.deepEqual(f.callsOf("DescribeL4Proxy")[0]!.params, { ZoneId: "zone-1", Filters: [{ Name: "proxy-id", Values: ["sid-1"] }] });
    const g = fakeCloud({ DescribeL4Proxy: sequence(l4("progress"), l4("fail")) });
    await assert.rejects(g.cloud.teo.waitForL4Proxy("zone-1", "sid-1", "online"), (e: ApiError) => e.code === "ClientError.UnexpectedStatus" && e.details?.status === "fail");
    const h = fakeCloud({ DescribeL4Proxy: sequence(l4("offline"), { TotalCount: 0, L4Proxies: [] }) });
    assert.equal(await h.cloud.teo.waitForL4Proxy("zone-1", "sid-1", "gone"), undefined);
  });
});

describe("one request: timeout and cancellation", () => {
  it("times out a request that gets no answer, counts it ambiguous, and retries it", async () => {
    const f = fakeCloud({ DescribeProxyDetail: (_p, n) => (n < 3 ? new Promise(() => {}) : { ProxyDetail: { ProxyId: "link-1" } }) }, { timeoutMs: 2_000 });
    const started = f.clock.now();
    assert.equal((await f.cloud.gaap.describeProxyDetail("link-1")).ProxyId, "link-1");
    const times = f.callsOf("DescribeProxyDetail").map((c) => c.at - started);
    assert.equal(times.length, 3);
    assert.ok(times[1]! >= 2_000 && times[2]! >= 4_000, `attempts at ${times.join(", ")} ms`);

    const g = fakeCloud({ CreateL4Proxy: () => new Promise(() => {}), DescribeL4Proxy: () => ({ TotalCount: 0, L4Proxies: [] }) }, { timeoutMs: 1_000 });
    await assert.rejects(g.cloud.teo.createL4Proxy({ ZoneId: "zone-1", ProxyName: "a", Area: "global" }), (e: ApiError) => {
      assert.equal(e.code, "ClientError.NotApplied");
      assert.equal((e.cause as ApiError).code, "ClientError.Timeout");
      assert.equal((e.cause as ApiError).details?.timeoutMs, 1_000);
      assertWorded(e);
      assertWorded(e.cause as ApiError);
      return true;
    });
  });

  it("cancels a request in flight and one waiting at the rate limiter", async () => {
    const f = fakeCloud({ DescribeProxyDetail: () => new Promise(() => {}) });
    const controller = new AbortController();
    const inFlight = f.cloud.gaap.describeProxyDetail("link-1", { signal: controller.signal });
    const queued = Promise.allSettled(Array.from({ length: 30 }, () => f.cloud.gaap.describeProxyDetail("link-2", { signal: controller.signal })));
    // Promise turns only: a macrotask would let virtual time run on.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    assert.equal(f.cloud.limiter.queued("gaap:DescribeProxyDetail"), 11);
    controller.abort();
    await assert.rejects(inFlight, (e) => isCancelled(e));
    assert.ok((await queued).every((r) => r.status === "rejected" && isCancelled(r.reason)));
    assert.equal(f.cloud.limiter.queued("gaap:DescribeProxyDetail"), 0);
    assert.equal(f.calls.length, 20);
    await assert.rejects(f.cloud.gaap.describeProxyDetail("x", { signal: controller.signal }), (e) => isCancelled(e));
  });
});

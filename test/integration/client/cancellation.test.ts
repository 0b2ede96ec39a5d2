import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { isCancelled } from "../../../src/core/errors/cancelledError";
import { figure, sandboxCloud, type SandboxCloud } from "./sandboxCloud";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("cancellation", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  before(async () => {
    // Creations take a minute, so a wait on one can only end by being cancelled.
    env = await sandboxCloud({ seed: { scale: { proxies: 10_000, zones: 1, l4PerZone: 1 } }, delays: { create: 60_000 } });
  });
  after(() => env.close());

  it("stops a listing: no page is asked for after the cancel", async () => {
    const controller = new AbortController();
    let pages = 0;
    const started = Date.now();
    await assert.rejects(
      (async () => {
        for await (const _ of env.cloud.gaap.listProxies({}, { signal: controller.signal })) {
          void _;
          if (++pages === 2) controller.abort();
        }
      })(),
      (e) => isCancelled(e),
    );
    const stoppedAfter = Date.now() - started;
    // Requests already on the wire when the cancel came are still read by the (busy, in-process) sandbox: wait
    // until its count holds still for 1.5 s (at most 15 s), then check nothing beyond the first batch came.
    const count = () => env.sandbox.stats.actions.DescribeProxies!.total;
    let last = -1;
    for (let i = 0; i < 10 && count() !== last; i++) {
      last = count();
      await pause(1_500);
    }
    figure("listing cancelled after pages", pages);
    figure("listing requests that reached the sandbox, of 100", count());
    figure("listing cancelled after (ms)", stoppedAfter);
    assert.equal(count(), last, "the count held still");
    assert.ok(count() <= 20, `only the first second's batch went out (${count()})`);
  });

  it("stops a wait at once and sends nothing more", async () => {
    const { gaap } = env.cloud;
    const created = await gaap.createProxy({ ProjectId: 0, ProxyName: "slow-to-create", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 });
    const controller = new AbortController();
    const waiting = gaap.waitForProxy(created.proxyId, "RUNNING", { taskId: created.requestId, signal: controller.signal, policy: { initialDelayMs: 200, maxDelayMs: 400 } });
    await pause(1_000);
    const cancelledAt = Date.now();
    controller.abort();
    await assert.rejects(waiting, (e) => isCancelled(e));
    const took = Date.now() - cancelledAt;
    const looks = () => env.sandbox.stats.actions.DescribeTaskStatus?.total ?? 0;
    const atCancel = looks();
    await pause(1_000);
    figure("wait: task looks before the cancel", atCancel);
    figure("wait cancelled within (ms)", took);
    assert.ok(atCancel >= 2, "the wait was polling");
    assert.equal(looks(), atCancel);
    assert.ok(took < 500, `cancelled in ${took} ms`);
  });
});

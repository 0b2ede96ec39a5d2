import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, proxyNamed, withSandbox } from "./sandboxHarness";

const create = { ProjectId: 0, ProxyName: "idem", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 };

describe("ClientToken idempotency", () => {
  it("the same token with the same parameters answers the first result and creates nothing new", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 1000 }, async ({ sandbox, gaap }) => {
      const count = () => Object.keys(sandbox.state.proxies).length;
      const before = count();
      const first = await gaap.CreateProxy({ ...create, ClientToken: "tok-1" });
      // The doc examples send integers as strings: the same request, however written.
      const again = await gaap.request("CreateProxy", { ...create, Bandwidth: "10", Concurrent: "2", ClientToken: "tok-1" });
      assert.equal(again.InstanceId, first.InstanceId);
      assert.notEqual(again.RequestId, first.RequestId);
      assert.equal(count(), before + 1);
      assert.deepEqual(sandbox.stats.clientTokens["tok-1"], { requests: 2, creations: 1 });
      // The replay's RequestId follows the same creation.
      assert.equal((await gaap.DescribeTaskStatus({ TaskId: again.RequestId })).Status, "RUNNING");
      clock.advance(1000);
      assert.equal((await gaap.DescribeTaskStatus({ TaskId: again.RequestId })).Status, "SUCCESS");
    });
  });

  it("the same token with other parameters, or for another action → FailedOperation.DuplicatedRequest", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      await gaap.CreateProxy({ ...create, ClientToken: "tok-2" });
      await expectApiError(gaap.CreateProxy({ ...create, Bandwidth: 20, ClientToken: "tok-2" }), "FailedOperation.DuplicatedRequest");
      await expectApiError(gaap.CloseProxies({ ProxyIds: [proxyNamed(sandbox, "edge-sh").ProxyId], ClientToken: "tok-2" }), "FailedOperation.DuplicatedRequest");
      assert.deepEqual(sandbox.stats.clientTokens["tok-2"], { requests: 3, creations: 1 });
    }));

  it("a failed attempt is not remembered: the token stays usable", () =>
    withSandbox({}, async ({ gaap }) => {
      await expectApiError(gaap.CreateProxy({ ...create, Bandwidth: 15, ClientToken: "tok-3" }), "InvalidParameterValue.InvalidBandwidth");
      assert.ok((await gaap.CreateProxy({ ...create, ClientToken: "tok-3" })).InstanceId);
    }));

  it("writes other than CreateProxy honour it too, and requests without a token are never deduplicated", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const id = proxyNamed(sandbox, "edge-sh").ProxyId;
      const first = await gaap.CloseProxies({ ProxyIds: [id], ClientToken: "close-1" });
      const replay = await gaap.CloseProxies({ ProxyIds: [id], ClientToken: "close-1" });
      assert.deepEqual(replay.InvalidStatusInstanceSet, first.InvalidStatusInstanceSet);
      assert.deepEqual(replay.InvalidStatusInstanceSet, []);
      const before = Object.keys(sandbox.state.proxies).length;
      await gaap.CreateProxy(create);
      await gaap.CreateProxy(create);
      assert.equal(Object.keys(sandbox.state.proxies).length, before + 2);
    }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, groupNamed, proxyNamed, withSandbox } from "./sandboxHarness";

describe("ModifyProxyConfiguration", () => {
  it("scales a RUNNING proxy through ADJUSTING back to RUNNING", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: { adjust: 10_000 } }, async ({ sandbox, gaap }) => {
      const id = proxyNamed(sandbox, "edge-sh").ProxyId;
      // The doc example writes the integers as strings.
      const reply = await gaap.request("ModifyProxyConfiguration", { ProxyId: id, Concurrent: "5", Bandwidth: "20" });
      assert.deepEqual(Object.keys(reply), ["RequestId"]);
      const detail = async () => (await gaap.DescribeProxyDetail({ ProxyId: id })).ProxyDetail!;
      const adjusting = await detail();
      assert.deepEqual([adjusting.Status, adjusting.Bandwidth, adjusting.Concurrent], ["ADJUSTING", 20, 5]);
      assert.equal(adjusting.ModifyConfigTime, Math.floor(clock.now() / 1000));
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: id, Bandwidth: 50 }), "FailedOperation.ActionIsDoing");
      clock.advance(10_000);
      assert.equal((await detail()).Status, "RUNNING");
      // The deprecated InstanceId still works (a warning in the editor, accepted by the API).
      await gaap.ModifyProxyConfiguration({ InstanceId: id, Bandwidth: 50 });
      assert.equal((await detail()).Bandwidth, 50);
    });
  });

  it("Scalarable 0 → FailedOperation.NotSupportScalar; other refusals", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: proxyNamed(sandbox, "legacy-fixed").ProxyId, Bandwidth: 20 }), "FailedOperation.NotSupportScalar");
      const running = proxyNamed(sandbox, "edge-sh").ProxyId;
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: running, Bandwidth: 15 }), "InvalidParameterValue.InvalidBandwidth");
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: running, Concurrent: 3 }), "InvalidParameterValue.InvalidConcurrency");
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: running }), "MissingParameter");
      await expectApiError(gaap.ModifyProxyConfiguration({ Bandwidth: 20 }), "MissingParameter");
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: running, InstanceId: "link-00000000", Bandwidth: 20 }), "InvalidParameter");
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: "link-00000000", Bandwidth: 20 }), "ResourceNotFound");
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: proxyNamed(sandbox, "paused-cq").ProxyId, Bandwidth: 20 }), "ResourceUnavailable");
      await expectApiError(gaap.ModifyProxyConfiguration({ ProxyId: proxyNamed(sandbox, "new-north").ProxyId, Bandwidth: 20 }), "FailedOperation.ActionIsDoing");
      // A target equal to the current configuration changes nothing.
      await gaap.ModifyProxyConfiguration({ ProxyId: running, Bandwidth: 10, Concurrent: 2 });
      assert.equal(sandbox.state.proxies[running]!.Status, "RUNNING");
    }));
});

describe("ModifyProxiesAttribute", () => {
  it("renames proxies (≤ 32 characters)", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const ids = [proxyNamed(sandbox, "edge-sh").ProxyId, proxyNamed(sandbox, "paused-cq").ProxyId];
      await gaap.ModifyProxiesAttribute({ ProxyIds: ids, ProxyName: "renamed" });
      assert.deepEqual(ids.map((id) => sandbox.state.proxies[id]!.ProxyName), ["renamed", "renamed"]);
      await expectApiError(gaap.ModifyProxiesAttribute({ ProxyIds: ids, ProxyName: "x".repeat(33) }), "InvalidParameterValue");
      await expectApiError(gaap.ModifyProxiesAttribute({ ProxyName: "y" }), "MissingParameter");
      await expectApiError(gaap.ModifyProxiesAttribute({ ProxyIds: ["link-00000000"], ProxyName: "y" }), "ResourceNotFound");
    }));
});

describe("CloseProxies, OpenProxies, DestroyProxies", () => {
  it("close → CLOSING → CLOSED → open → OPENING → RUNNING, with InvalidStatusInstanceSet for the others", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 2000 }, async ({ sandbox, gaap }) => {
      const running = proxyNamed(sandbox, "edge-sh").ProxyId;
      const closed = proxyNamed(sandbox, "paused-cq").ProxyId;
      const status = async (id: string) => (await gaap.DescribeProxiesStatus({ ProxyIds: [id] })).InstanceStatusSet![0]!.Status;
      const close = await gaap.CloseProxies({ ProxyIds: [running, closed] });
      assert.deepEqual([close.InvalidStatusInstanceSet, close.OperationFailedInstanceSet], [[closed], []]);
      assert.equal(await status(running), "CLOSING");
      assert.equal((await gaap.DescribeTaskStatus({ TaskId: close.RequestId! })).Status, "RUNNING");
      clock.advance(2000);
      assert.equal(await status(running), "CLOSED");
      assert.equal((await gaap.DescribeTaskStatus({ TaskId: close.RequestId! })).Status, "SUCCESS");
      const open = await gaap.OpenProxies({ InstanceIds: [running] });
      assert.deepEqual(open.InvalidStatusInstanceSet, []);
      assert.equal(await status(running), "OPENING");
      clock.advance(2000);
      assert.equal(await status(running), "RUNNING");
      assert.deepEqual((await gaap.OpenProxies({ ProxyIds: [running] })).InvalidStatusInstanceSet, [running]);
    });
  });

  it("old-version proxies cannot be opened or closed; unknown IDs → ResourceNotFound; no IDs → MissingParameter", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      await expectApiError(gaap.CloseProxies({ ProxyIds: [proxyNamed(sandbox, "v1-legacy").ProxyId] }), "FailedOperation.NotSupportOldVersionProxy");
      await expectApiError(gaap.OpenProxies({ ProxyIds: ["link-00000000"] }), "ResourceNotFound");
      await expectApiError(gaap.CloseProxies({}), "MissingParameter");
    }));

  it("destroy → DESTROYING → gone; Force 0 refuses bound proxies; no batches across groups", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 3000 }, async ({ sandbox, gaap }) => {
      const bound = proxyNamed(sandbox, "bound-origin").ProxyId;
      await expectApiError(gaap.DestroyProxies({ Force: 0, ProxyIds: [bound] }), "FailedOperation.RealServerAlreadyBound");
      const web = groupNamed(sandbox, "web-south");
      const inGroup = Object.values(sandbox.state.proxies).find((p) => p.GroupId === web.GroupId)!.ProxyId;
      await expectApiError(gaap.DestroyProxies({ Force: 1, ProxyIds: [bound, inGroup] }), "FailedOperation.BelongDifferentGroup");
      await expectApiError(gaap.request("DestroyProxies", { ProxyIds: [bound] }), "MissingParameter");
      await expectApiError(gaap.DestroyProxies({ Force: 2, ProxyIds: [bound] }), "InvalidParameterValue");

      const creating = proxyNamed(sandbox, "new-north").ProxyId;
      const destroy = await gaap.DestroyProxies({ Force: 1, ProxyIds: [bound, creating] });
      assert.deepEqual(destroy.InvalidStatusInstanceSet, [creating]);
      assert.equal((await gaap.DescribeProxyDetail({ ProxyId: bound })).ProxyDetail!.Status, "DESTROYING");
      clock.advance(3000);
      await expectApiError(gaap.DescribeProxyDetail({ ProxyId: bound }), "ResourceNotFound");
      await expectApiError(gaap.DescribeProxies({ ProxyIds: [bound] }), "ResourceNotFound");
      assert.equal((await gaap.DescribeTaskStatus({ TaskId: destroy.RequestId! })).Status, "SUCCESS");
    });
  });
});

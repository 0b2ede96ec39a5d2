import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import { assertWorded } from "./assertWorded";
import { fakeCloud, sdkApiError, sdkHttpError, sdkNetworkError } from "./fakeSdk";

const createReq = { ProjectId: 0, ProxyName: "edge-sh", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 };

describe("GAAP writes and their ClientToken", () => {
  it("always sends a ClientToken, the same on every retry of one request, a new one per request", async () => {
    const f = fakeCloud({
      CreateProxy: (_p, n) => {
        if (n === 1) throw sdkApiError("RequestLimitExceeded");
        if (n === 2) throw sdkNetworkError("socket hang up");
        if (n === 3) throw sdkHttpError(503);
        return { InstanceId: `link-${n}` };
      },
    });
    const out = await f.cloud.gaap.createProxy(createReq);
    assert.deepEqual(out, { proxyId: "link-4", requestId: "rid-CreateProxy-4", clientToken: "token-1", resolvedBy: "response" });
    assert.deepEqual(f.callsOf("CreateProxy").map((c) => c.params.ClientToken), ["token-1", "token-1", "token-1", "token-1"]);

    const second = await f.cloud.gaap.createProxy(createReq);
    assert.equal(second.clientToken, "token-2");
    const mine = await f.cloud.gaap.createProxy({ ...createReq, ClientToken: "caller-token" });
    assert.equal(f.callsOf("CreateProxy").at(-1)!.params.ClientToken, "caller-token");
    assert.equal(mine.clientToken, "caller-token");
  });

  it("adds a token to every GAAP write sent through `request`, never to reads", async () => {
    const f = fakeCloud({ ModifyProxiesAttribute: () => ({}), DescribeProxies: () => ({ TotalCount: 0, ProxySet: [] }) });
    await f.cloud.gaap.request("ModifyProxiesAttribute", { ProxyIds: ["link-1"], ProxyName: "x" });
    await f.cloud.gaap.request("DescribeProxies", {});
    assert.equal(f.callsOf("ModifyProxiesAttribute")[0]!.params.ClientToken, "token-1");
    assert.equal(f.callsOf("DescribeProxies")[0]!.params.ClientToken, undefined);
  });

  it("`request` retries a write as a tokened write, and cannot settle a duplicate without knowing the action", async () => {
    const f = fakeCloud({
      ModifyProxiesAttribute: (_p, n) => {
        throw n === 1 ? sdkNetworkError() : sdkApiError("FailedOperation.DuplicatedRequest");
      },
    });
    await assert.rejects(f.cloud.gaap.request("ModifyProxiesAttribute", { ProxyIds: ["link-1"], ProxyName: "x" }), (e: ApiError) => {
      assert.deepEqual([e.code, e.ambiguous, e.details?.clientToken], ["ClientError.OutcomeUnknown", true, "token-1"]);
      return true;
    });
    assert.deepEqual(f.callsOf("ModifyProxiesAttribute").map((c) => c.params.ClientToken), ["token-1", "token-1"]);
  });

  it("resolves DuplicatedRequest after an ambiguous failure to the proxy the first attempt created", async () => {
    const f = fakeCloud({
      CreateProxy: (_p, n) => {
        throw n === 1 ? sdkNetworkError("socket hang up") : sdkApiError("FailedOperation.DuplicatedRequest");
      },
      DescribeProxies: (p) => {
        assert.deepEqual(p.Filters, [{ Name: "AccessRegion", Values: ["Shanghai"] }]);
        const now = Math.floor(f.clock.now() / 1000);
        return {
          TotalCount: 3,
          ProxySet: [
            { ProxyId: "link-old", ProxyName: "edge-sh", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", CreateTime: now - 86_400 },
            { ProxyId: "link-other", ProxyName: "other", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", CreateTime: now },
            { ProxyId: "link-new", ProxyName: "edge-sh", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", CreateTime: now },
          ],
        };
      },
    });
    const out = await f.cloud.gaap.createProxy(createReq);
    assert.deepEqual(out, { proxyId: "link-new", requestId: "", clientToken: "token-1", resolvedBy: "duplicate" });
    assert.equal(f.callsOf("CreateProxy").length, 2);
  });

  it("says the outcome is unknown when the lookup finds nothing, and keeps the token for a safe resend", async () => {
    const f = fakeCloud({
      CreateProxy: (_p, n) => {
        throw n === 1 ? sdkApiError("InternalError") : sdkApiError("FailedOperation.DuplicatedRequest");
      },
      DescribeProxies: () => ({ TotalCount: 0, ProxySet: [] }),
    });
    await assert.rejects(f.cloud.gaap.createProxy(createReq), (e: ApiError) => {
      assert.deepEqual([e.code, e.ambiguous, e.details?.clientToken, e.details?.firstFailure], ["ClientError.OutcomeUnknown", true, "token-1", "InternalError"]);
      assertWorded(e);
      return true;
    });
    assert.equal(f.callsOf("DescribeProxies").length, 3, "looked, then looked again twice");
  });

  it("a DuplicatedRequest with no earlier ambiguity is the caller's reused token: an error on /ClientToken", async () => {
    const f = fakeCloud({ CreateProxy: () => { throw sdkApiError("FailedOperation.DuplicatedRequest"); } });
    await assert.rejects(f.cloud.gaap.createProxy({ ...createReq, ClientToken: "reused" }), (e: ApiError) => e.path === "/ClientToken" && !e.ambiguous);
    assert.equal(f.callsOf("DescribeProxies").length, 0);
  });

  it("when retries run out after an ambiguous failure, the error is ambiguous and carries the token", async () => {
    const f = fakeCloud(
      { CreateProxy: (_p, n) => { throw n === 1 ? sdkNetworkError() : sdkApiError("RequestLimitExceeded"); } },
      { retry: { maxAttempts: 3 } },
    );
    await assert.rejects(f.cloud.gaap.createProxy(createReq), (e: ApiError) => e.code === "RequestLimitExceeded" && e.ambiguous && e.details?.clientToken === "token-1");
  });

  it("settles a duplicated batch write from the proxies' statuses", async () => {
    const f = fakeCloud({
      CloseProxies: (_p, n) => {
        throw n === 1 ? sdkApiError("InternalError") : sdkApiError("FailedOperation.DuplicatedRequest");
      },
      DescribeProxiesStatus: () => ({ InstanceStatusSet: [{ InstanceId: "link-a", Status: "CLOSING" }, { InstanceId: "link-b", Status: "RUNNING" }] }),
    });
    const out = await f.cloud.gaap.closeProxies({ ProxyIds: ["link-a", "link-b"] });
    assert.deepEqual(out, { requestId: "", clientToken: "token-1", resolvedBy: "duplicate", invalidStatus: ["link-b"], operationFailed: [] });
  });

  it("settles a duplicated configuration change when the proxy is adjusting", async () => {
    const f = fakeCloud({
      ModifyProxyConfiguration: (_p, n) => {
        throw n === 1 ? sdkNetworkError() : sdkApiError("FailedOperation.DuplicatedRequest");
      },
      DescribeProxyDetail: () => ({ ProxyDetail: { ProxyId: "link-a", Status: "ADJUSTING", Bandwidth: 10, Concurrent: 2 } }),
    });
    const out = await f.cloud.gaap.modifyProxyConfiguration({ ProxyId: "link-a", Bandwidth: 20 });
    assert.equal(out.resolvedBy, "duplicate");
  });

  it("passes batch answers through and destroys without Force unless asked", async () => {
    const f = fakeCloud({ DestroyProxies: () => ({ InvalidStatusInstanceSet: ["link-x"], OperationFailedInstanceSet: [] }) });
    const out = await f.cloud.gaap.destroyProxies({ ProxyIds: ["link-x", "link-y"] });
    assert.deepEqual([out.invalidStatus, out.resolvedBy], [["link-x"], "response"]);
    assert.equal(f.callsOf("DestroyProxies")[0]!.params.Force, 0);
    await f.cloud.gaap.destroyProxies({ ProxyIds: ["link-y"], Force: 1 });
    assert.equal(f.callsOf("DestroyProxies")[1]!.params.Force, 1);
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import { assertWorded } from "./assertWorded";
import { fakeCloud, sdkApiError, sdkNetworkError } from "./fakeSdk";

const createReq = { ZoneId: "zone-1", ProxyName: "game-eu", Area: "overseas" };
const l4 = (ProxyId: string, ProxyName: string, Status = "progress") => ({ ZoneId: "zone-1", ProxyId, ProxyName, Area: "overseas", Status });

describe("CreateL4Proxy has no ClientToken", () => {
  it("retries refusals that cannot have acted", async () => {
    const f = fakeCloud({
      CreateL4Proxy: (_p, n) => {
        if (n === 1) throw sdkApiError("RequestLimitExceeded");
        if (n === 2) throw sdkApiError("OperationDenied.L4ProxyInProcessStatus");
        return { ProxyId: "sid-1" };
      },
    });
    assert.deepEqual(await f.cloud.teo.createL4Proxy(createReq), { proxyId: "sid-1", requestId: "rid-CreateL4Proxy-3", resolvedBy: "response" });
  });

  it("is never sent twice after an ambiguous failure: the name is looked up in the zone and found", async () => {
    const f = fakeCloud({
      CreateL4Proxy: () => {
        throw sdkNetworkError("socket hang up");
      },
      DescribeL4Proxy: (p) => {
        assert.equal(p.ZoneId, "zone-1");
        return { TotalCount: 2, L4Proxies: [l4("sid-other", "other"), l4("sid-mine", "game-eu")] };
      },
    });
    assert.deepEqual(await f.cloud.teo.createL4Proxy(createReq), { proxyId: "sid-mine", requestId: "", resolvedBy: "lookup" });
    assert.equal(f.callsOf("CreateL4Proxy").length, 1);
  });

  it("is never sent twice through `request` either", async () => {
    const f = fakeCloud({
      CreateL4Proxy: () => {
        throw sdkNetworkError();
      },
      DescribeL4Proxy: () => ({ TotalCount: 1, L4Proxies: [l4("sid-mine", "game-eu")] }),
    });
    assert.deepEqual(await f.cloud.teo.request("CreateL4Proxy", createReq), { ProxyId: "sid-mine", RequestId: "" });
    assert.equal(f.callsOf("CreateL4Proxy").length, 1);
  });

  it("reports NotApplied when the name is still absent after looking again", async () => {
    const f = fakeCloud({
      CreateL4Proxy: () => {
        throw sdkApiError("InternalError", "rid-first");
      },
      DescribeL4Proxy: () => ({ TotalCount: 1, L4Proxies: [l4("sid-other", "other")] }),
    });
    const started = f.clock.now();
    await assert.rejects(f.cloud.teo.createL4Proxy(createReq), (e: ApiError) => {
      assertWorded(e);
      assert.deepEqual([e.code, e.ambiguous, e.requestId, e.details], ["ClientError.NotApplied", false, "rid-first", { name: "game-eu", zoneId: "zone-1", firstFailure: "InternalError" }]);
      return true;
    });
    assert.equal(f.callsOf("CreateL4Proxy").length, 1);
    assert.equal(f.callsOf("DescribeL4Proxy").length, 3);
    assert.equal(f.clock.now() - started, 3_000);
  });

  it("reports OutcomeUnknown when the lookup itself fails", async () => {
    const f = fakeCloud(
      {
        CreateL4Proxy: () => {
          throw sdkNetworkError();
        },
        DescribeL4Proxy: () => {
          throw sdkApiError("UnauthorizedOperation.NoPermission");
        },
      },
      { retry: { maxAttempts: 2 } },
    );
    await assert.rejects(f.cloud.teo.createL4Proxy(createReq), (e: ApiError) => (assertWorded(e), e.code === "ClientError.OutcomeUnknown" && e.ambiguous && e.details?.lookupFailure === "UnauthorizedOperation.NoPermission"));
    assert.equal(f.callsOf("CreateL4Proxy").length, 1);
  });

  it("ProxyNameDuplicating on a first attempt is the user's error on /ProxyName", async () => {
    const f = fakeCloud({ CreateL4Proxy: () => { throw sdkApiError("InvalidParameter.ProxyNameDuplicating"); } });
    await assert.rejects(f.cloud.teo.createL4Proxy(createReq), (e: ApiError) => e.path === "/ProxyName" && !e.retryable);
  });
});

describe("other EdgeOne writes", () => {
  it("DeleteL4Proxy: ResourceNotFound after an ambiguous attempt means the first one deleted it", async () => {
    const f = fakeCloud({
      DeleteL4Proxy: (_p, n) => {
        throw n === 1 ? sdkNetworkError() : sdkApiError("ResourceNotFound");
      },
    });
    assert.deepEqual(await f.cloud.teo.deleteL4Proxy({ ZoneId: "zone-1", ProxyId: "sid-1" }), { requestId: "", resolvedBy: "lookup" });
    // Without the ambiguity, ResourceNotFound is an error on /ProxyId.
    const g = fakeCloud({ DeleteL4Proxy: () => { throw sdkApiError("ResourceNotFound"); } });
    await assert.rejects(g.cloud.teo.deleteL4Proxy({ ZoneId: "zone-1", ProxyId: "sid-1" }), (e: ApiError) => e.path === "/ProxyId");
  });

  it("ModifyL4ProxyStatus: resent through ConfigLocked and 'in process', settled by the proxy's status after a refusal", async () => {
    const f = fakeCloud({
      ModifyL4ProxyStatus: (_p, n) => {
        if (n === 1) throw sdkApiError("InternalError.ConfigLocked");
        if (n === 2) throw sdkNetworkError();
        if (n === 3) throw sdkApiError("OperationDenied.L4ProxyInProcessStatus");
        throw sdkApiError("OperationDenied");
      },
      DescribeL4Proxy: () => ({ TotalCount: 1, L4Proxies: [l4("sid-1", "x", "stopping")] }),
    });
    const out = await f.cloud.teo.modifyL4ProxyStatus({ ZoneId: "zone-1", ProxyId: "sid-1", Status: "offline" });
    assert.deepEqual(out, { requestId: "", resolvedBy: "lookup" });
    assert.equal(f.callsOf("ModifyL4ProxyStatus").length, 4);
    assert.deepEqual(f.callsOf("DescribeL4Proxy")[0]!.params.Filters, [{ Name: "proxy-id", Values: ["sid-1"] }]);
  });
});

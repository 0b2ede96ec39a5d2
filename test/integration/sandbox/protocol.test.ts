import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { AbstractClient } from "tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client";
import { createManualClock, SANDBOX_ACTIONS, startSandbox, type Sandbox } from "../../../src/sandbox/index";
import { assertRequestId, expectApiError, gaapClient, rawRequest, sdkConfig, teoClient } from "./sandboxHarness";

describe("sandbox protocol: TC3 signatures, envelope, actions (real SDK)", () => {
  const clock = createManualClock(Date.now());
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startSandbox({ delays: 0, rateLimit: 0, clock, log: () => undefined });
  });
  after(() => sandbox.close());

  it("answers a correctly signed request in the envelope, with a uuid RequestId", async () => {
    const reply = await gaapClient(sandbox).DescribeProxies({ Limit: 1 });
    assert.equal(typeof reply.TotalCount, "number");
    assertRequestId(reply.RequestId);
  });

  it("generates an AKID-looking SecretId and a key when none is given", () => {
    assert.match(sandbox.secretId, /^AKID[A-Za-z0-9]{32}$/);
    assert.match(sandbox.secretKey, /^[A-Za-z0-9]{32}$/);
    assert.equal(sandbox.endpoint, `127.0.0.1:${sandbox.port}`);
  });

  it("tells GAAP from EdgeOne by X-TC-Version on one endpoint", async () => {
    assert.ok((await teoClient(sandbox).DescribeZones({})).Zones);
    assert.ok((await gaapClient(sandbox).DescribeDestRegions({})).DestRegionSet);
  });

  it("wrong SecretKey → AuthFailure.SignatureFailure", async () => {
    await expectApiError(gaapClient(sandbox, { secretKey: "not-the-key" }).DescribeProxies({}), "AuthFailure.SignatureFailure");
  });

  it("unknown SecretId → AuthFailure.SecretIdNotFound", async () => {
    await expectApiError(gaapClient(sandbox, { secretId: "AKIDunknownunknownunknownunknown1" }).DescribeProxies({}), "AuthFailure.SecretIdNotFound");
  });

  it("timestamp more than 300 s from the server's time → AuthFailure.SignatureExpire, both ways", async () => {
    // Relative to the real time now: the SDK stamps requests with the system clock.
    try {
      clock.set(Date.now() + 310_000);
      await expectApiError(gaapClient(sandbox).DescribeProxies({}), "AuthFailure.SignatureExpire");
      clock.set(Date.now() - 310_000);
      await expectApiError(teoClient(sandbox).DescribeZones({}), "AuthFailure.SignatureExpire");
      clock.set(Date.now() + 250_000);
      await gaapClient(sandbox).DescribeProxies({});
    } finally {
      clock.set(Date.now());
    }
  });

  it("a body other than the signed one → AuthFailure.SignatureFailure", async () => {
    const honest = await rawRequest(sandbox, { body: '{"Limit":1}' });
    assert.equal(honest.json().Response.Error, undefined);
    const tampered = await rawRequest(sandbox, { body: '{"Limit":2}', signedBody: '{"Limit":1}' });
    assert.equal(tampered.status, 200);
    assert.equal(tampered.json().Response.Error?.Code, "AuthFailure.SignatureFailure");
  });

  it("malformed or missing Authorization → AuthFailure.InvalidAuthorization, with HTTP 200 and a RequestId", async () => {
    const variants: Record<string, string>[] = [{ Authorization: "Basic dXNlcjpwYXNz" }, {}];
    for (const headers of variants) {
      const reply = await rawRequest(sandbox, { sign: false, headers });
      assert.equal(reply.status, 200);
      const { Response } = reply.json();
      assert.equal(Response.Error?.Code, "AuthFailure.InvalidAuthorization");
      assertRequestId(Response.RequestId);
    }
  });

  it("an unknown action → InvalidAction; an unknown version → NoSuchVersion", async () => {
    await expectApiError(gaapClient(sandbox).request("DescribeNothing", {}), "InvalidAction");
    // A TEO action under the GAAP version does not exist either.
    await expectApiError(gaapClient(sandbox).request("DescribeZones", {}), "InvalidAction");
    const future = new (class extends AbstractClient {
      constructor() {
        super("gaap.tencentcloudapi.com", "2099-01-01", sdkConfig(sandbox));
      }
    })();
    await expectApiError(future.request("DescribeProxies", {}), "NoSuchVersion");
  });

  it("missing X-TC-Action → MissingParameter; PUT → UnsupportedProtocol; bad JSON → InvalidParameter", async () => {
    const noAction = await rawRequest(sandbox, { headers: { "X-TC-Action": "" } });
    assert.equal(noAction.json().Response.Error?.Code, "MissingParameter");
    const put = await rawRequest(sandbox, { method: "PUT" });
    assert.equal(put.json().Response.Error?.Code, "UnsupportedProtocol");
    const badJson = await rawRequest(sandbox, { body: "{not json" });
    assert.equal(badJson.json().Response.Error?.Code, "InvalidParameter");
    const array = await rawRequest(sandbox, { body: "[1]" });
    assert.equal(array.json().Response.Error?.Code, "InvalidParameter");
  });

  it("a body over 10 MB → RequestSizeLimitExceeded", async () => {
    const reply = await rawRequest(sandbox, { body: "x".repeat(10 * 1024 * 1024 + 1) });
    assert.equal(reply.json().Response.Error?.Code, "RequestSizeLimitExceeded");
  });

  it("a SecretId without its key is a mistake of the caller", async () => {
    await assert.rejects(startSandbox({ secretId: "AKIDalone" }), /secretId and secretKey go together/);
  });

  it("GET requests (the SDK's reqMethod GET, flattened parameters) are verified and answered too", async () => {
    const get = gaapClient(sandbox, { reqMethod: "GET" });
    const reply = await get.DescribeProxies({ Filters: [{ Name: "AccessRegion", Values: ["Shanghai"] }], Limit: 2 });
    assert.ok((reply.TotalCount ?? 0) > 0);
    assert.ok(reply.ProxySet!.every((p) => p.AccessRegion === "Shanghai"));
    await expectApiError(gaapClient(sandbox, { reqMethod: "GET", secretKey: "wrong" }).DescribeProxies({}), "AuthFailure.SignatureFailure");
  });

  it("echoes X-TC-TraceId so the SDK's exception carries it", async () => {
    const error = await expectApiError(gaapClient(sandbox).request("DescribeProxyDetail", { ProxyId: "link-00000000" }, { headers: { "X-TC-TraceId": "trace-123" } }), "ResourceNotFound");
    assert.equal(error.traceId, "trace-123");
  });

  it("every emulated action answers (no InvalidAction) through the typed clients", async () => {
    const gaap = gaapClient(sandbox);
    const teo = teoClient(sandbox);
    for (const action of SANDBOX_ACTIONS) {
      const client = action.product === "gaap" ? gaap : teo;
      assert.equal(typeof (client as unknown as Record<string, unknown>)[action.name], "function", `${action.name} is not an SDK method`);
      const outcome = await client.request(action.name, {}).then(
        () => "ok",
        (e: { code?: string }) => e.code,
      );
      assert.notEqual(outcome, "InvalidAction", action.name);
    }
  });
});

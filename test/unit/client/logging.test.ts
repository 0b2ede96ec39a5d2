import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { redactBody } from "../../../src/core/client/redactBody";
import { CaptureLogger } from "./captureLogger";
import { fakeCloud, sdkApiError, sdkNetworkError } from "./fakeSdk";

const SECRET_ID = "AKIDfakefakefake1234";
const SECRET_KEY = "fake-secret-key-value";

describe("logging", () => {
  it("logs action, region, duration and RequestId at debug; never the SecretKey; the SecretId only masked", async () => {
    const logger = new CaptureLogger();
    const f = fakeCloud(
      {
        DescribeProxies: () => ({ TotalCount: 1, ProxySet: [{ ProxyId: "link-1" }] }),
        CreateProxy: (_p, n) => {
          if (n === 1) throw sdkNetworkError();
          if (n === 2) throw sdkApiError("RequestLimitExceeded", "rid-limit");
          return { InstanceId: "link-2" };
        },
      },
      { logger, region: "ap-guangzhou" },
    );
    for await (const _ of f.cloud.gaap.listProxies()) void _;
    await f.cloud.gaap.createProxy({ ProjectId: 0, ProxyName: "n", AccessRegion: "a", RealServerRegion: "b", Bandwidth: 10, Concurrent: 2 });

    const all = logger.text();
    assert.ok(!all.includes(SECRET_KEY), "the SecretKey never appears");
    assert.ok(!all.includes(SECRET_ID), "the SecretId never appears whole");
    assert.match(all, /AKID\*\*\*\*1234/);

    const ok = logger.entries.find((e) => e.level === "debug" && e.message.startsWith("gaap.DescribeProxies ok"));
    assert.ok(ok, "a debug line per answered request");
    assert.deepEqual(Object.keys(ok.data[0] as object).sort(), ["action", "attempt", "durationMs", "region", "requestId"]);
    assert.deepEqual(ok.data[0], { action: "DescribeProxies", region: "ap-guangzhou", durationMs: 0, requestId: "rid-DescribeProxies-1", attempt: 1 });
    const failed = logger.entries.find((e) => e.message.startsWith("gaap.CreateProxy failed") && (e.data[0] as { requestId: string }).requestId === "rid-limit");
    assert.equal(failed?.level, "debug");

    // Bodies only at debug; retries are worth an info line, without the body.
    const bodies = logger.entries.filter((e) => JSON.stringify(e.data).includes('"ProxyName":"n"'));
    assert.ok(bodies.length > 0 && bodies.every((e) => e.level === "debug"));
    assert.ok(logger.entries.some((e) => e.level === "info" && /CreateProxy: ClientError\.NetworkError, attempt 1 of 6, retrying/.test(e.message)));
    assert.ok(!/ProxyName/.test(logger.text(["info", "warn", "error"])));
  });

  it("redacts anything secret-looking from bodies, at any depth", () => {
    assert.deepEqual(redactBody({ ClientToken: "t", Nested: [{ SecretKey: "k", Password: "p", Token: "sts", Name: "x" }] }), {
      ClientToken: "t",
      Nested: [{ SecretKey: "***", Password: "***", Token: "***", Name: "x" }],
    });
  });
});

import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { createCloud } from "../../../src/core/client/createCloud";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index";

const sdkLoaded = () => Object.keys(require.cache).some((file) => file.includes(`${"tencentcloud-sdk-nodejs"}`));

describe("the SDK behind the client", () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startSandbox({ port: 0, seed: "demo", log: () => {} });
  });
  after(() => sandbox.close());

  it("is loaded on the first call, not when the client is imported or built", async () => {
    assert.ok(!sdkLoaded(), "importing the client does not load the SDK");
    const cloud = createCloud({ credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey }, endpoint: { kind: "sandbox", host: sandbox.endpoint } });
    assert.ok(!sdkLoaded(), "building the client does not load it either");
    const regions = await cloud.gaap.destRegions();
    assert.ok(regions.length > 0);
    assert.ok(sdkLoaded());
    const loaded = Object.keys(require.cache).filter((f) => f.includes("tencentcloud-sdk-nodejs/tencentcloud/services/"));
    assert.ok(loaded.length > 0 && loaded.every((f) => /services\/(gaap|teo)\//.test(f)), "deep imports only: no other service is loaded");
    cloud.close();
  });

  it("is not hijacked by an http_proxy variable: the explicit agent goes straight to loopback", async () => {
    const saved = process.env.http_proxy;
    // Nothing listens there; the SDK would route every request through it without an explicit agent.
    process.env.http_proxy = "http://127.0.0.1:9";
    try {
      const cloud = createCloud({ credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey }, endpoint: { kind: "sandbox", host: sandbox.endpoint }, retry: { maxAttempts: 1 } });
      const zones: unknown[] = [];
      for await (const page of cloud.teo.listZones()) zones.push(...page.items);
      assert.ok(zones.length > 0);
      cloud.close();
    } finally {
      if (saved === undefined) delete process.env.http_proxy;
      else process.env.http_proxy = saved;
    }
  });
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFaultSpec } from "../../../src/sandbox/index";
import { expectApiError, expectTransportError, gaapClient, proxyNamed, withSandbox } from "./sandboxHarness";

const create = { ProjectId: 0, ProxyName: "faulty", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 };

describe("fault injection", () => {
  it("reset-before: the connection drops and nothing happens; the next call goes through", () =>
    withSandbox({ faults: { rules: [{ action: "CreateProxy", script: ["reset-before"] }] } }, async ({ sandbox, gaap }) => {
      const before = Object.keys(sandbox.state.proxies).length;
      const error = await expectTransportError(gaap.CreateProxy(create));
      assert.match(error.message, /socket hang up|ECONNRESET/);
      assert.equal(Object.keys(sandbox.state.proxies).length, before);
      assert.ok((await gaap.CreateProxy(create)).InstanceId);
    }));

  it("reset-after: the proxy is created but the answer is lost; a retry with the same ClientToken gets it", () =>
    withSandbox({ faults: { rules: [{ action: "CreateProxy", script: ["reset-after"] }] } }, async ({ sandbox, gaap }) => {
      const before = new Set(Object.keys(sandbox.state.proxies));
      await expectTransportError(gaap.CreateProxy({ ...create, ClientToken: "retry-me" }));
      const created = Object.keys(sandbox.state.proxies).filter((id) => !before.has(id));
      assert.equal(created.length, 1, "the state changed before the reset");
      const retry = await gaap.CreateProxy({ ...create, ClientToken: "retry-me" });
      assert.equal(retry.InstanceId, created[0]);
      assert.deepEqual(sandbox.stats.clientTokens["retry-me"], { requests: 2, creations: 1 });
    }));

  it("http5xx: a bare HTTP status the SDK reports as httpCode, without the envelope", () =>
    withSandbox({ faults: { rules: [{ action: "DescribeProxies", fault: "http503", probability: 1 }] } }, async ({ gaap }) => {
      const error = await expectTransportError(gaap.DescribeProxies({}));
      assert.equal(error.httpCode, 503);
      assert.equal(error.requestId, "");
      // Other actions are untouched.
      assert.ok((await gaap.DescribeDestRegions({})).DestRegionSet);
    }));

  it("InternalError and RequestLimitExceeded come in the envelope and change nothing", () =>
    withSandbox({ faults: { rules: [{ action: "CloseProxies", script: ["InternalError", "RequestLimitExceeded", "ok"] }] } }, async ({ sandbox, gaap }) => {
      const id = proxyNamed(sandbox, "edge-sh").ProxyId;
      await expectApiError(gaap.CloseProxies({ ProxyIds: [id] }), "InternalError");
      await expectApiError(gaap.CloseProxies({ ProxyIds: [id] }), "RequestLimitExceeded");
      assert.equal(sandbox.state.proxies[id]!.Status, "RUNNING");
      await gaap.CloseProxies({ ProxyIds: [id] });
      assert.notEqual(sandbox.state.proxies[id]!.Status, "RUNNING");
      // Injected limits are not counted as real ones.
      assert.equal(sandbox.stats.actions["CloseProxies"]!.rateLimited, 0);
    }));

  it("slow: the action takes effect, the reply comes too late for a 1 s client timeout", () =>
    withSandbox({ delays: 60_000, faults: { slowMs: 5000, rules: [{ action: "CloseProxies", fault: "slow", probability: 1 }] } }, async ({ sandbox }) => {
      const id = proxyNamed(sandbox, "edge-sh").ProxyId;
      const impatient = gaapClient(sandbox, { reqTimeout: 1 });
      const started = Date.now();
      const error = await expectTransportError(impatient.CloseProxies({ ProxyIds: [id] }));
      assert.match(error.message, /timeout/i);
      assert.ok(Date.now() - started < 4000, "the client gave up before the reply");
      assert.equal(sandbox.state.proxies[id]!.Status, "CLOSING");
    }));

  it("a SPEC string, the * wildcard, probability 1 and 0, and setFaults at run time", () =>
    withSandbox({ faults: parseFaultSpec("*:InternalError:1,DescribeZones:http500:0") }, async ({ sandbox, gaap, teo }) => {
      await expectApiError(gaap.DescribeDestRegions({}), "InternalError");
      await expectApiError(teo.DescribeZones({}), "InternalError");
      sandbox.setFaults(parseFaultSpec("DescribeDestRegions:script:ok/http502"));
      assert.ok((await gaap.DescribeDestRegions({})).DestRegionSet);
      assert.equal((await expectTransportError(gaap.DescribeDestRegions({}))).httpCode, 502);
      assert.ok((await gaap.DescribeDestRegions({})).DestRegionSet, "after the script's end, no fault");
      sandbox.setFaults(undefined);
      assert.ok((await teo.DescribeZones({})).Zones);
    }));

  it("seeded probabilities repeat exactly from run to run", async () => {
    const run = async () => {
      const outcomes: string[] = [];
      await withSandbox({ faults: { seed: 42, rules: [{ action: "DescribeDestRegions", fault: "InternalError", probability: 0.5 }] } }, async ({ gaap }) => {
        for (let i = 0; i < 16; i++) outcomes.push(await gaap.DescribeDestRegions({}).then(() => "ok", (e: { code?: string }) => e.code ?? "?"));
      });
      return outcomes;
    };
    const first = await run();
    assert.deepEqual(await run(), first);
    assert.ok(first.includes("ok") && first.includes("InternalError"), first.join(","));
  });

  it("latency: fixed or jittered, added to every reply", async () => {
    await withSandbox({ latency: 150 }, async ({ gaap }) => {
      const started = Date.now();
      await gaap.DescribeDestRegions({});
      assert.ok(Date.now() - started >= 140);
    });
    await withSandbox({ latency: { min: 50, max: 120, seed: 3 } }, async ({ gaap }) => {
      const started = Date.now();
      await gaap.DescribeDestRegions({});
      const took = Date.now() - started;
      assert.ok(took >= 45, String(took));
    });
  });

  it("close() does not wait for slow replies", async () => {
    let closedIn = 0;
    await withSandbox({ faults: { slowMs: 30_000, rules: [{ action: "DescribeDestRegions", fault: "slow", probability: 1 }] } }, async ({ sandbox, gaap }) => {
      const pending = gaap.DescribeDestRegions({}).then(() => "ok", () => "failed");
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await sandbox.close();
      closedIn = Date.now() - started;
      assert.equal(await pending, "failed");
    });
    assert.ok(closedIn < 1000, `close took ${closedIn} ms`);
  });
});

import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { createCloud } from "../../../src/core/client/createCloud";
import { collectPages } from "../../../src/core/client/pageStream";
import { ApiError } from "../../../src/core/errors/apiError";
import { explainApiError } from "../../../src/core/errors/explainError";
import { sandboxCloud, type SandboxCloud } from "./sandboxCloud";

const fastWaits = { initialDelayMs: 50, factor: 1.5, maxDelayMs: 200, timeoutMs: 10_000 };

describe("the client against the sandbox, with the real SDK", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: fastWaits });
  });
  after(() => env.close());

  it("creates a GAAP proxy and follows it through close, open, resize and destroy", async () => {
    const { gaap } = env.cloud;
    const created = await gaap.createProxy({ ProjectId: 0, ProxyName: "lifecycle", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 });
    assert.match(created.proxyId, /^link-/);
    assert.equal(created.resolvedBy, "response");
    assert.ok(created.requestId && created.clientToken);
    assert.equal((await gaap.waitForProxy(created.proxyId, "RUNNING", { taskId: created.requestId }))?.Status, "RUNNING");

    const closed = await gaap.closeProxies({ ProxyIds: [created.proxyId] });
    assert.deepEqual(closed.invalidStatus, []);
    await gaap.waitForProxy(created.proxyId, "CLOSED");
    await gaap.openProxies({ ProxyIds: [created.proxyId] });
    await gaap.waitForProxy(created.proxyId, "RUNNING");

    await gaap.modifyProxyConfiguration({ ProxyId: created.proxyId, Bandwidth: 20 });
    await gaap.waitForProxy(created.proxyId, "RUNNING");
    assert.equal((await gaap.describeProxyDetail(created.proxyId)).Bandwidth, 20);

    await gaap.destroyProxies({ ProxyIds: [created.proxyId], Force: 1 });
    assert.equal(await gaap.waitForProxy(created.proxyId, "gone"), undefined);
  });

  it("reads what the tree and the preflight need", async () => {
    const { gaap } = env.cloud;
    const groups = await collectPages(gaap.listGroups());
    assert.ok(groups.length > 0);
    const dest = await gaap.destRegions();
    assert.ok(dest.some((r) => r.RegionId === "Guangzhou"));
    const access = await gaap.accessRegionsByDestRegion({ DestRegion: "Guangzhou" });
    const shanghai = access.find((r) => r.RegionId === "Shanghai");
    assert.ok(shanghai?.BandwidthList?.includes(10));
    const price = await gaap.inquiryPriceCreateProxy({ AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 });
    assert.equal(typeof price.ProxyDailyPrice, "number");
    const statuses = await gaap.proxiesStatus((await collectPages(gaap.listProxies())).slice(0, 3).map((p) => p.ProxyId!));
    assert.equal(statuses.length, 3);
  });

  it("turns the API's refusals into ApiErrors with RequestId, path and an explanation", async () => {
    const { gaap } = env.cloud;
    await assert.rejects(
      gaap.createProxy({ ProjectId: 0, ProxyName: "bad-bw", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 7, Concurrent: 2 }),
      (e: ApiError) => {
        assert.equal(e.code, "InvalidParameterValue.InvalidBandwidth");
        assert.equal(e.path, "/Bandwidth");
        assert.equal(e.action, "CreateProxy");
        assert.ok(e.requestId.length > 0);
        assert.ok(!e.retryable && !e.ambiguous);
        assert.match(explainApiError(e, "zh-CN").todo, /BandwidthList/);
        return true;
      },
    );
    await assert.rejects(gaap.checkProxyCreate({ AccessRegion: "Shanghai", RealServerRegion: "Atlantis", Bandwidth: 10, Concurrent: 2 }), (e: ApiError) => e.path === "/RealServerRegion");
  });

  it("asks for the server's messages in the chosen language", async () => {
    const zh = await sandboxCloud({ seed: "demo" }, { language: "zh-CN" });
    try {
      await assert.rejects(zh.cloud.gaap.describeProxyDetail("link-nope"), (e: ApiError) => e.code === "ResourceNotFound" && /[\u4e00-\u9fff]/.test(e.message));
      assert.match(zh.cloud.explain({ code: "ResourceNotFound" }).what, /资源不存在/);
    } finally {
      await zh.close();
    }
  });

  it("reports wrong keys as AuthFailure, without retrying", async () => {
    const wrong = await sandboxCloud({ seed: "demo" });
    try {
      const cloud = createCloud({ credential: { secretId: wrong.sandbox.secretId, secretKey: "not-the-key" }, endpoint: { kind: "sandbox", host: wrong.sandbox.endpoint } });
      await assert.rejects(cloud.gaap.destRegions(), (e: ApiError) => e.code === "AuthFailure.SignatureFailure" && !e.retryable);
      assert.equal(wrong.sandbox.stats.actions.DescribeDestRegions?.total, 1);
      cloud.close();
    } finally {
      await wrong.close();
    }
  });
});

describe("EdgeOne L4 proxies against the sandbox", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  let zoneId: string;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: fastWaits });
    zoneId = (await collectPages(env.cloud.teo.listZones())).find((z) => z.ZoneName === "example.com")!.ZoneId!;
  });
  after(() => env.close());

  const named = (name: string) => Object.values(env.sandbox.state.l4Proxies).filter((p) => p.ProxyName === name);

  it("after a reset that followed the creation, finds the proxy by name instead of sending again", async () => {
    env.sandbox.setFaults({ rules: [{ action: "CreateL4Proxy", script: ["reset-after"] }] });
    const before = env.sandbox.stats.actions.CreateL4Proxy?.total ?? 0;
    const out = await env.cloud.teo.createL4Proxy({ ZoneId: zoneId, ProxyName: "after-reset", Area: "overseas" });
    assert.equal(out.resolvedBy, "lookup");
    assert.equal(env.sandbox.stats.actions.CreateL4Proxy!.total - before, 1, "sent once");
    assert.deepEqual(named("after-reset").map((p) => p.ProxyId), [out.proxyId]);
    env.sandbox.setFaults(undefined);
  });

  it("after a reset before the creation, reports NotApplied and creates nothing", async () => {
    env.sandbox.setFaults({ rules: [{ action: "CreateL4Proxy", script: ["reset-before"] }] });
    const before = env.sandbox.stats.actions.CreateL4Proxy?.total ?? 0;
    await assert.rejects(env.cloud.teo.createL4Proxy({ ZoneId: zoneId, ProxyName: "before-reset", Area: "overseas" }), (e: ApiError) => e.code === "ClientError.NotApplied");
    assert.equal(env.sandbox.stats.actions.CreateL4Proxy!.total - before, 1, "sent once");
    assert.equal(named("before-reset").length, 0);
    env.sandbox.setFaults(undefined);
  });

  it("takes an L4 proxy online, offline and away", async () => {
    const { teo } = env.cloud;
    const out = await teo.createL4Proxy({ ZoneId: zoneId, ProxyName: "round-trip", Area: "overseas" });
    assert.equal(out.resolvedBy, "response");
    assert.equal((await teo.waitForL4Proxy(zoneId, out.proxyId, "online"))?.Status, "online");
    await teo.modifyL4ProxyStatus({ ZoneId: zoneId, ProxyId: out.proxyId, Status: "offline" });
    assert.equal((await teo.waitForL4Proxy(zoneId, out.proxyId, "offline"))?.Status, "offline");
    await teo.deleteL4Proxy({ ZoneId: zoneId, ProxyId: out.proxyId });
    assert.equal(await teo.waitForL4Proxy(zoneId, out.proxyId, "gone"), undefined);
    await assert.rejects(teo.createL4Proxy({ ZoneId: zoneId, ProxyName: "game-tcp", Area: "global" }), (e: ApiError) => e.path === "/ProxyName");
  });
});

import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import type { GaapCreateReport, L4CreateReport, ModifyReport } from "../../../src/core/preflight/preflightReport";
import { runPreflight } from "../../../src/core/preflight/runPreflight";
import { followSent, sendChecked } from "../../../src/core/preflight/sendChecked";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";

/** The preflight and the send against the demo sandbox through the real SDK, as the panel runs them. */
describe("preflight against the sandbox", () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: { initialDelayMs: 50, maxDelayMs: 200, timeoutMs: 20_000 }, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  });
  after(() => env.close());

  const proxyNamed = (name: string) => Object.values(env.sandbox.state.proxies).find((p) => p.ProxyName === name)!;
  const create = { ProjectId: 0, ProxyName: "pf-edge", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 20, Concurrent: 5 };

  it("CreateProxy: CheckFlag 1, a price in CNY and the pair's lists", async () => {
    const report = (await runPreflight({ action: "CreateProxy", params: create, findings: [] }, env.cloud)) as GaapCreateReport;
    assert.equal(report.check?.ok && report.check.value.checkFlag, 1);
    assert.ok(report.check?.ok && report.check.value.requestId, "the check's RequestId is kept");
    assert.equal(report.price?.ok && report.price.value.currency, "CNY");
    assert.ok(report.price?.ok && report.price.value.daily! > 0);
    assert.deepEqual(report.allowed?.ok && report.allowed.value.chosen?.bandwidths, [10, 20, 50, 100, 200, 500, 1000]);
    assert.deepEqual(report.blockers, []);
  });

  it("a sold-out line answers CheckFlag 0 and gets alternatives that CheckProxyCreate accepts", async () => {
    const params = { ...create, AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 500, Concurrent: 5 };
    const report = (await runPreflight({ action: "CreateProxy", params, findings: [] }, env.cloud)) as GaapCreateReport;
    assert.deepEqual(report.blockers, [{ code: "check-refused", params: { flag: 0 } }]);
    assert.ok(report.alternatives.length > 0);
    for (const a of report.alternatives) {
      const again = await env.cloud.gaap.checkProxyCreate(a.query);
      assert.equal(again.CheckFlag, 1, JSON.stringify(a.query));
    }
    assert.ok(report.alternatives.some((a) => a.kind === "size" && a.query.AccessRegion === "Hongkong" && a.query.Bandwidth < 500));
  });

  it("Create sends once with its ClientToken, even when the answer is lost, and follows to RUNNING", async () => {
    const before = Object.keys(env.sandbox.state.proxies).length;
    // The first attempt takes effect and then the connection is reset: the retry must not create a second proxy.
    env.sandbox.setFaults({ rules: [{ action: "CreateProxy", script: ["reset-after"] }] });
    try {
      const sent = await sendChecked("CreateProxy", { ...create, ProxyName: "pf-once" }, env.cloud, "pf-token-1");
      assert.equal(sent.clientToken, "pf-token-1");
      assert.match(sent.id, /^link-/);
      assert.equal(await followSent(sent, env.cloud), "RUNNING");
    } finally {
      env.sandbox.setFaults(undefined);
    }
    assert.equal(Object.keys(env.sandbox.state.proxies).length, before + 1);
    assert.equal(Object.values(env.sandbox.state.proxies).filter((p) => p.ProxyName === "pf-once").length, 1);
  });

  it("a server refusal carries the parameter it concerns", async () => {
    env.sandbox.state.catalog.sellOut.push({ access: "Beijing", dest: "Guangzhou" });
    const refused = await sendChecked("CreateProxy", { ...create, AccessRegion: "Beijing", ProxyName: "pf-sold" }, env.cloud, "pf-token-2").catch((e: unknown) => e);
    assert.ok(refused instanceof ApiError);
    assert.equal(refused.code, "FailedOperation.ProxySellOut");
    assert.equal(refused.path, "/AccessRegion");
    assert.ok(refused.requestId);
  });

  it("ModifyProxyConfiguration: the live proxy beside the target, both prices, and Apply", async () => {
    const proxy = proxyNamed("edge-sh");
    const report = (await runPreflight({ action: "ModifyProxyConfiguration", params: { ProxyId: proxy.ProxyId, Bandwidth: 50 }, findings: [] }, env.cloud)) as ModifyReport;
    assert.deepEqual(report.diff[0], { field: "Bandwidth", current: 10, target: 50, changed: true });
    assert.ok(report.targetPrice?.ok && report.currentPrice?.ok && report.targetPrice.value.daily! > report.currentPrice.value.daily!);
    assert.deepEqual(report.blockers, []);
    const sent = await sendChecked("ModifyProxyConfiguration", { ProxyId: proxy.ProxyId, Bandwidth: 50 }, env.cloud, "pf-token-3");
    assert.equal(await followSent(sent, env.cloud), "RUNNING");
    assert.equal(proxyNamed("edge-sh").Bandwidth, 50);

    const fixed = proxyNamed("legacy-fixed");
    const blocked = (await runPreflight({ action: "ModifyProxyConfiguration", params: { ProxyId: fixed.ProxyId, Bandwidth: 50 }, findings: [] }, env.cloud)) as ModifyReport;
    assert.deepEqual(blocked.blockers.map((b) => b.code), ["live-not-scalarable"]);
  });

  it("CreateL4Proxy: the zone, its state and the name check; a taken name blocks, a free one is created", async () => {
    const zone = Object.values(env.sandbox.state.zones).find((z) => z.ZoneName === "example.com")!;
    const taken = (await runPreflight({ action: "CreateL4Proxy", params: { ZoneId: zone.ZoneId, ProxyName: "game-tcp", Area: "global" }, findings: [] }, env.cloud)) as L4CreateReport;
    assert.equal(taken.zone.ok && taken.zone.value?.name, "example.com");
    assert.deepEqual(taken.blockers.map((b) => b.code), ["live-l4-name-taken"]);

    const paused = Object.values(env.sandbox.state.zones).find((z) => z.Paused)!;
    const onPaused = (await runPreflight({ action: "CreateL4Proxy", params: { ZoneId: paused.ZoneId, ProxyName: "x", Area: "overseas" }, findings: [] }, env.cloud)) as L4CreateReport;
    assert.deepEqual(onPaused.blockers.map((b) => b.code), ["live-zone-paused"]);

    const params = { ZoneId: zone.ZoneId, ProxyName: "pf-l4", Area: "global" };
    const free = (await runPreflight({ action: "CreateL4Proxy", params, findings: [] }, env.cloud)) as L4CreateReport;
    assert.deepEqual(free.blockers, []);
    const sent = await sendChecked("CreateL4Proxy", params, env.cloud, "unused");
    assert.match(sent.id, /^sid-/);
    assert.equal(await followSent(sent, env.cloud), "online");
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { CancelledError } from "../../../src/core/errors/cancelledError";
import { regionCandidates, sizeCandidates } from "../../../src/core/preflight/alternatives";
import type { GaapCreateReport, L4CreateReport, ModifyReport } from "../../../src/core/preflight/preflightReport";
import { runPreflight } from "../../../src/core/preflight/runPreflight";
import { followSent, sendChecked, type SendCloud } from "../../../src/core/preflight/sendChecked";
import type { PathFinding } from "../../../src/core/validation/finding";
import { fakeCloud, type FakeAccount } from "./fakeCloud";

const MAINLAND = { bandwidths: [10, 20, 50, 100, 200, 500], concurrents: [2, 5, 10, 20] };
const ACCOUNT: FakeAccount = {
  offers: [
    { access: "Shanghai", dest: "Guangzhou", area: "EastChina", ...MAINLAND },
    { access: "Beijing", dest: "Guangzhou", area: "NorthChina", ...MAINLAND },
    { access: "Hangzhou", dest: "Guangzhou", area: "EastChina", ...MAINLAND },
    { access: "Hongkong", dest: "NorthAmerica", area: "HMT", bandwidths: [10, 20, 50, 100, 200, 500], concurrents: [2, 5, 10] },
    { access: "SGP", dest: "NorthAmerica", area: "SEA", bandwidths: [10, 20, 50, 100, 200, 500], concurrents: [2, 5, 10] },
  ],
  // Sold out from 500 Mbps up between Hong Kong and North America, and everything from Shanghai to Guangzhou.
  soldOut: (q) => (q.AccessRegion === "Hongkong" && q.Bandwidth >= 500) || (q.AccessRegion === "Shanghai" && q.RealServerRegion === "Guangzhou"),
  groups: [{ GroupId: "lg-sh", GroupName: "sh", RealServerRegionInfo: { RegionId: "NorthAmerica" } } as never],
  proxies: [
    { ProxyId: "link-ok", ProxyName: "ok", Status: "RUNNING", Scalarable: 1, AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 10, Concurrent: 2 },
    { ProxyId: "link-fixed", ProxyName: "fixed", Status: "RUNNING", Scalarable: 0, AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 10, Concurrent: 2 },
    { ProxyId: "link-busy", ProxyName: "busy", Status: "ADJUSTING", Scalarable: 1, AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 10, Concurrent: 2 },
  ],
  zones: [
    { ZoneId: "zone-live", ZoneName: "example.com", Area: "global", Status: "active", ActiveStatus: "active", Paused: false },
    { ZoneId: "zone-paused", ZoneName: "paused.com", Area: "global", Status: "active", ActiveStatus: "paused", Paused: true },
  ],
  l4Proxies: [{ ZoneId: "zone-live", ProxyId: "sid-taken", ProxyName: "taken", Status: "online", Area: "global" }],
};

const create = (params: Record<string, unknown>, findings: PathFinding[] = [], account = ACCOUNT) => {
  const cloud = fakeCloud(account);
  return { cloud, run: () => runPreflight({ action: "CreateProxy", params, findings }, cloud) as Promise<GaapCreateReport> };
};

const request = { ProjectId: 0, ProxyName: "edge", AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 100, Concurrent: 5 };

describe("preflight of CreateProxy", () => {
  it("gathers the check, the price and the allowed lists, and blocks nothing when the check passes", async () => {
    const { cloud, run } = create(request);
    const report = await run();
    assert.equal(report.check?.ok && report.check.value.checkFlag, 1);
    assert.equal(report.price?.ok && report.price.value.daily, 100 * 0.8 + 5 * 0.5);
    assert.equal(report.price?.ok && report.price.value.currency, "CNY");
    assert.deepEqual(report.allowed?.ok && report.allowed.value.chosen?.bandwidths, [10, 20, 50, 100, 200, 500]);
    assert.deepEqual(report.allowed?.ok && report.allowed.value.accessRegions.map((a) => a.regionId), ["Hongkong", "SGP"]);
    assert.deepEqual(report.blockers, []);
    assert.deepEqual(report.alternatives, []);
    assert.deepEqual([...cloud.calls].sort(), ["CheckProxyCreate", "DescribeAccessRegionsByDestRegion", "InquiryPriceCreateProxy"]);
  });

  it("on CheckFlag 0 blocks the send and offers checked alternatives: smaller sizes, then other access regions", async () => {
    const { run } = create({ ...request, Bandwidth: 500, Concurrent: 5 });
    const report = await run();
    assert.deepEqual(report.blockers, [{ code: "check-refused", params: { flag: 0 } }]);
    const sizes = report.alternatives.filter((a) => a.kind === "size");
    const regions = report.alternatives.filter((a) => a.kind === "region");
    assert.ok(sizes.length > 0 && sizes.every((a) => a.query.AccessRegion === "Hongkong" && a.query.Bandwidth < 500), JSON.stringify(sizes));
    assert.deepEqual(regions.map((a) => [a.query.AccessRegion, a.query.Bandwidth, a.query.Concurrent, a.regionName]), [["SGP", 500, 5, "SGP name"]]);
  });

  it("offers nothing it has not checked: a pair sold out at every size gets other regions only", async () => {
    const { run } = create({ ...request, AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 50, Concurrent: 5 });
    const report = await run();
    assert.deepEqual(report.alternatives.filter((a) => a.kind === "size"), []);
    // Same area (East China) first.
    assert.deepEqual(report.alternatives.map((a) => a.query.AccessRegion), ["Hangzhou", "Beijing"]);
  });

  it("keeps the other parts when one fails, and a failed check blocks the send", async () => {
    const { run } = create(request, [], { ...ACCOUNT, failing: { InquiryPriceCreateProxy: "InternalError", CheckProxyCreate: "AuthFailure.UnauthorizedOperation" } });
    const report = await run();
    assert.equal(report.price?.ok, false);
    assert.equal(!report.price?.ok && report.price?.error.code, "InternalError");
    assert.equal(report.allowed?.ok, true);
    assert.deepEqual(report.blockers, [{ code: "check-failed", params: { code: "AuthFailure.UnauthorizedOperation" } }]);
  });

  it("suggests sizes from the lists when the API refuses the bandwidth", async () => {
    const { run } = create({ ...request, Bandwidth: 30 });
    const report = await run();
    assert.equal(!report.check?.ok && report.check?.error.code, "InvalidParameterValue.InvalidBandwidth");
    assert.ok(report.alternatives.some((a) => a.kind === "size" && [20, 50].includes(a.query.Bandwidth)));
  });

  it("puts the file's errors first among the blockers", async () => {
    const error: PathFinding = { path: "/ProxyName", severity: "error", code: "invalid-type", params: {}, target: "value" };
    const warning: PathFinding = { ...error, severity: "warning" };
    const report = await create(request, [error, warning]).run();
    assert.deepEqual(report.blockers, [{ code: "file-errors", params: { count: 1 } }]);
  });

  it("uses the group's origin region with GroupId, and blocks an unknown group", async () => {
    const inGroup = await create({ ...request, RealServerRegion: undefined, GroupId: "lg-sh" }).run();
    assert.equal(inGroup.query?.RealServerRegion, "NorthAmerica");
    assert.equal(inGroup.query?.GroupId, "lg-sh");
    assert.deepEqual(inGroup.blockers, []);
    const unknown = await create({ ...request, GroupId: "lg-none" }).run();
    assert.deepEqual(unknown.blockers, [{ code: "live-group-not-found", params: { id: "lg-none" } }]);
  });

  it("checks a triple-ISP request without NetworkType, which CheckProxyCreate does not take", async () => {
    const report = await create({ ...request, NetworkType: "triple" }).run();
    assert.equal(report.check?.ok && report.check.value.networkTypeOmitted, true);
  });

  it("lets cancellation through instead of turning it into a failed part", async () => {
    const cloud = fakeCloud(ACCOUNT);
    cloud.gaap.checkProxyCreate = async () => {
      throw new CancelledError();
    };
    await assert.rejects(runPreflight({ action: "CreateProxy", params: request, findings: [] }, cloud), { name: "AbortError" });
  });
});

describe("alternative candidates", () => {
  const offer = { regionId: "Hongkong", bandwidths: [10, 20, 50, 100], concurrents: [2, 5, 10], featureBitmap: 0 };
  const q = { AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 50, Concurrent: 5 };

  it("orders sizes nearest first, smaller before larger, keeping the bandwidth when it can", () => {
    const sizes = sizeCandidates(q, offer).map((c) => [c.Bandwidth, c.Concurrent]);
    assert.deepEqual(sizes.slice(0, 4), [
      [50, 2],
      [20, 5],
      [100, 5],
      [50, 10],
    ]);
    assert.ok(!sizes.some(([b, c]) => b === 50 && c === 5), "never the request itself");
  });

  it("snaps sizes to each region's own lists", () => {
    const candidates = regionCandidates({ ...q, Bandwidth: 1000 }, { origin: "NorthAmerica", accessRegions: [offer, { ...offer, regionId: "SGP" }], chosen: offer });
    assert.deepEqual(candidates.map((c) => [c.q.AccessRegion, c.q.Bandwidth]), [["SGP", 100]]);
  });
});

describe("preflight of ModifyProxyConfiguration", () => {
  const modify = (params: Record<string, unknown>) => runPreflight({ action: "ModifyProxyConfiguration", params, findings: [] }, fakeCloud(ACCOUNT)) as Promise<ModifyReport>;

  it("shows the live proxy beside the target and prices both", async () => {
    const report = await modify({ ProxyId: "link-ok", Bandwidth: 50 });
    assert.deepEqual(report.diff, [
      { field: "Bandwidth", current: 10, target: 50, changed: true },
      { field: "Concurrent", current: 2, changed: false },
    ]);
    assert.equal(report.currentPrice?.ok && report.currentPrice.value.daily, 10 * 0.8 + 2 * 0.5);
    assert.equal(report.targetPrice?.ok && report.targetPrice.value.daily, 50 * 0.8 + 2 * 0.5);
    assert.deepEqual(report.blockers, []);
  });

  it("blocks a proxy that cannot scale, one that is busy, and a target equal to now", async () => {
    assert.deepEqual((await modify({ ProxyId: "link-fixed", Bandwidth: 50 })).blockers, [{ code: "live-not-scalarable", params: { id: "link-fixed" } }]);
    assert.deepEqual((await modify({ ProxyId: "link-busy", Bandwidth: 50 })).blockers, [{ code: "live-proxy-not-running", params: { id: "link-busy", status: "ADJUSTING" } }]);
    assert.deepEqual((await modify({ InstanceId: "link-ok", Bandwidth: 10, Concurrent: 2 })).blockers, [
      { code: "live-no-change", params: { id: "link-ok", bandwidth: 10, concurrent: 2 } },
    ]);
  });

  it("says when there is no such proxy", async () => {
    const report = await modify({ ProxyId: "link-none", Bandwidth: 50 });
    assert.equal(report.proxy.ok && report.proxy.value, undefined);
    assert.deepEqual(report.blockers, [{ code: "live-proxy-not-found", params: { id: "link-none" } }]);
  });
});

describe("preflight of CreateL4Proxy", () => {
  const l4 = (params: Record<string, unknown>, findings: PathFinding[] = []) =>
    runPreflight({ action: "CreateL4Proxy", params: { Area: "global", ...params }, findings }, fakeCloud(ACCOUNT)) as Promise<L4CreateReport>;

  it("shows the zone and a free name, with every rule passing", async () => {
    const report = await l4({ ZoneId: "zone-live", ProxyName: "fresh" });
    assert.equal(report.zone.ok && report.zone.value?.name, "example.com");
    assert.deepEqual(report.name?.ok && report.name.value, { taken: false });
    assert.ok(report.rules.every((r) => r.state === "pass"));
    assert.deepEqual(report.blockers, []);
  });

  it("blocks a name taken in the zone, naming the proxy that has it", async () => {
    const report = await l4({ ZoneId: "zone-live", ProxyName: "taken" });
    assert.deepEqual(report.name?.ok && report.name.value.existing, { proxyId: "sid-taken", status: "online", area: "global" });
    assert.deepEqual(report.blockers, [{ code: "live-l4-name-taken", params: { name: "taken", zone: "example.com" } }]);
  });

  it("blocks a paused or missing zone", async () => {
    assert.deepEqual((await l4({ ZoneId: "zone-paused", ProxyName: "x" })).blockers, [{ code: "live-zone-paused", params: { id: "zone-paused", name: "paused.com" } }]);
    const missing = await l4({ ZoneId: "zone-none", ProxyName: "x" });
    assert.deepEqual(missing.blockers, [{ code: "live-zone-not-found", params: { id: "zone-none" } }]);
    assert.equal(missing.name, undefined, "no name check without a zone");
  });

  it("reports the documented rules from the file's findings", async () => {
    const conflict: PathFinding = { path: "/StaticIp", severity: "error", code: "ipv6-static-ip-conflict", params: {}, target: "value" };
    const note: PathFinding = { path: "/AccelerateMainland", severity: "info", code: "accelerate-mainland-allowlist", params: {}, target: "value" };
    const report = await l4({ ZoneId: "zone-live", ProxyName: "fresh" }, [conflict, note]);
    const states = Object.fromEntries(report.rules.map((r) => [r.code, r.state]));
    assert.equal(states["ipv6-static-ip-conflict"], "fail");
    assert.equal(states["accelerate-mainland-allowlist"], "note");
    assert.equal(states["l4-name-format"], "pass");
    assert.equal(report.blockers[0]?.code, "file-errors");
  });
});

describe("sending a checked request", () => {
  const fakeSend = () => {
    const sent: { action: string; req: Record<string, unknown> }[] = [];
    const cloud: SendCloud = {
      gaap: {
        createProxy: async (req) => (sent.push({ action: "CreateProxy", req: { ...req } }), { proxyId: "link-new", requestId: "r-1", clientToken: req.ClientToken ?? "", resolvedBy: "response" as const }),
        modifyProxyConfiguration: async (req) => (sent.push({ action: "ModifyProxyConfiguration", req: { ...req } }), { requestId: "r-2", clientToken: req.ClientToken ?? "", resolvedBy: "response" as const }),
        waitForProxy: async (id, target, options) => (sent.push({ action: "wait", req: { id, target, taskId: options?.taskId } }), { InstanceId: id, Status: "RUNNING" }),
        listeners: {} as SendCloud["gaap"]["listeners"],
      },
      teo: {
        createL4Proxy: async (req) => (sent.push({ action: "CreateL4Proxy", req: { ...req } }), { proxyId: "sid-new", requestId: "r-3", resolvedBy: "response" as const }),
        waitForL4Proxy: async (zoneId, id) => (sent.push({ action: "waitL4", req: { zoneId, id } }), { ProxyId: id, Status: "online" }),
        rules: {
          create: async (req) => (sent.push({ action: "CreateL4ProxyRules", req: { ...req } }), { ruleIds: req.L4ProxyRules.map((_, i) => `rule-${i}`), requestId: "r-4", resolvedBy: "response" as const }),
          modify: async (req) => (sent.push({ action: "ModifyL4ProxyRules", req: { ...req } }), { requestId: "r-5", resolvedBy: "response" as const }),
          modifyStatus: async (req) => (sent.push({ action: "ModifyL4ProxyRulesStatus", req: { ...req } }), { requestId: "r-6", resolvedBy: "response" as const }),
          delete: async (req) => (sent.push({ action: "DeleteL4ProxyRules", req: { ...req } }), { requestId: "r-7", resolvedBy: "response" as const }),
          waitFor: async (zoneId, id, ruleIds, target) => (sent.push({ action: "waitRules", req: { zoneId, id, ruleIds, target } }), []),
        },
      },
    };
    return { cloud, sent };
  };

  it("gives a GAAP write the preflight's ClientToken, or the file's own when it has one", async () => {
    const { cloud, sent } = fakeSend();
    const out = await sendChecked("CreateProxy", request, cloud, "preflight-token");
    assert.equal(sent[0]!.req.ClientToken, "preflight-token");
    assert.deepEqual([out.id, out.requestId, out.clientToken, out.target], ["link-new", "r-1", "preflight-token", "RUNNING"]);
    await sendChecked("CreateProxy", { ...request, ClientToken: "file-token" }, cloud, "preflight-token");
    assert.equal(sent[1]!.req.ClientToken, "file-token");
    const modify = await sendChecked("ModifyProxyConfiguration", { InstanceId: "link-old", Bandwidth: 20 }, cloud, "t");
    assert.equal(modify.id, "link-old", "the old parameter name still names the proxy to follow");
  });

  it("follows a GAAP write through its task, and an L4 proxy in its zone", async () => {
    const { cloud, sent } = fakeSend();
    assert.equal(await followSent(await sendChecked("CreateProxy", request, cloud, "t"), cloud), "RUNNING");
    assert.deepEqual(sent.at(-1), { action: "wait", req: { id: "link-new", target: "RUNNING", taskId: "r-1" } });
    const l4 = await sendChecked("CreateL4Proxy", { ZoneId: "zone-1", ProxyName: "x", Area: "global" }, cloud, "unused");
    assert.equal(l4.clientToken, undefined, "CreateL4Proxy takes no ClientToken");
    assert.equal(await followSent(l4, cloud), "online");
    assert.deepEqual(sent.at(-1), { action: "waitL4", req: { zoneId: "zone-1", id: "sid-new" } });
  });

  it("sends only the billable actions the panel knows", async () => {
    await assert.rejects(sendChecked("DestroyProxies", {}, fakeSend().cloud, "t"), RangeError);
  });
});

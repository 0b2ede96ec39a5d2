import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index";
import { expectApiError, gaapClient, groupNamed, proxyNamed } from "./sandboxHarness";

/** Every ProxyInfo field of tencent-api.md §2.1. */
const PROXY_INFO_FIELDS = [
  "InstanceId", "ProxyId", "ProxyName", "CreateTime", "ProjectId", "AccessRegion", "RealServerRegion", "AccessRegionInfo",
  "RealServerRegionInfo", "Bandwidth", "Concurrent", "Status", "Domain", "IP", "Version", "Scalarable", "SupportProtocols",
  "GroupId", "PolicyId", "ForwardIP", "TagSet", "SupportSecurity", "BillingType", "RelatedGlobalDomains", "ModifyConfigTime",
  "ProxyType", "ClientIPMethod", "IPAddressVersion", "NetworkType", "PackageType", "BanStatus", "IPList", "Http3Supported",
  "InBanBlacklist", "FeatureBitmap", "IsAutoScaleProxy", "IsSupportTLSChoice",
];
const REGION_DETAIL_FIELDS = ["RegionId", "RegionName", "RegionArea", "RegionAreaName", "IDCType", "FeatureBitmap", "SupportFeature"];

describe("GAAP reads against the demo seed", () => {
  let sandbox: Sandbox;
  let gaap: ReturnType<typeof gaapClient>;
  before(async () => {
    sandbox = await startSandbox({ delays: 0, rateLimit: 0, log: () => undefined });
    gaap = gaapClient(sandbox, { language: "en-US" });
  });
  after(() => sandbox.close());

  it("DescribeProxies: TotalCount, default page of 20, InstanceSet = ProxySet, full ProxyInfo, real-looking IDs", async () => {
    const reply = await gaap.DescribeProxies({});
    const total = Object.keys(sandbox.state.proxies).length;
    assert.equal(reply.TotalCount, total);
    assert.equal(reply.ProxySet!.length, Math.min(20, total));
    assert.deepEqual(reply.InstanceSet, reply.ProxySet);
    for (const proxy of reply.ProxySet!) {
      assert.deepEqual(Object.keys(proxy).sort(), [...PROXY_INFO_FIELDS].sort());
      assert.equal(proxy.InstanceId, proxy.ProxyId);
      assert.match(proxy.ProxyId!, /^link-[a-z0-9]{8}$/);
      assert.deepEqual(Object.keys(proxy.AccessRegionInfo!).sort(), [...REGION_DETAIL_FIELDS].sort());
      if (proxy.GroupId !== null) assert.match(proxy.GroupId!, /^lg-[a-z0-9]{8}$/);
    }
  });

  it("the demo has proxies in every status, one with Scalarable 0, and groups", async () => {
    const all = await gaap.DescribeProxies({ Limit: 100 });
    const statuses = new Set(all.ProxySet!.map((p) => p.Status));
    for (const s of ["RUNNING", "CREATING", "DESTROYING", "OPENING", "CLOSING", "CLOSED", "ADJUSTING", "ISOLATING", "ISOLATED", "CLONING", "RECOVERING", "MOVING"]) {
      assert.ok(statuses.has(s), `no ${s} proxy`);
    }
    assert.ok(all.ProxySet!.some((p) => p.Scalarable === 0));
    assert.ok(all.ProxySet!.some((p) => p.GroupId) && all.ProxySet!.some((p) => p.GroupId === null));
  });

  it("pages by Offset/Limit without overlap; Limit > 100 → InvalidParameterValue", async () => {
    const first = await gaap.DescribeProxies({ Offset: 0, Limit: 10 });
    const second = await gaap.DescribeProxies({ Offset: 10, Limit: 10 });
    const ids = [...first.ProxySet!, ...second.ProxySet!].map((p) => p.ProxyId);
    assert.equal(new Set(ids).size, 20);
    await expectApiError(gaap.DescribeProxies({ Limit: 101 }), "InvalidParameterValue");
    await expectApiError(gaap.DescribeProxies({ Offset: -1 }), "InvalidParameterValue");
  });

  it("ProxyIds/InstanceIds with Filters → InvalidParameter", async () => {
    const id = proxyNamed(sandbox, "edge-sh").ProxyId;
    await expectApiError(gaap.DescribeProxies({ ProxyIds: [id], Filters: [{ Name: "AccessRegion", Values: ["Shanghai"] }] }), "InvalidParameter");
    await expectApiError(gaap.DescribeProxies({ InstanceIds: [id], Filters: [{ Name: "AccessRegion", Values: ["Shanghai"] }] }), "InvalidParameter");
  });

  it("ProxyIds and the old InstanceIds select proxies; only unknown IDs → ResourceNotFound", async () => {
    const id = proxyNamed(sandbox, "edge-sh").ProxyId;
    assert.deepEqual((await gaap.DescribeProxies({ ProxyIds: [id] })).ProxySet!.map((p) => p.ProxyId), [id]);
    assert.deepEqual((await gaap.DescribeProxies({ InstanceIds: [id, "link-00000000"] })).ProxySet!.map((p) => p.ProxyId), [id]);
    await expectApiError(gaap.DescribeProxies({ ProxyIds: ["link-00000000"] }), "ResourceNotFound");
  });

  it("filters by every documented name; unknown filter names are refused", async () => {
    const web = groupNamed(sandbox, "web-south");
    const cases: [string, string, (p: { [k: string]: unknown }) => boolean][] = [
      ["AccessRegion", "Shanghai", (p) => p.AccessRegion === "Shanghai"],
      ["RealServerRegion", "Guangzhou", (p) => p.RealServerRegion === "Guangzhou"],
      ["GroupId", web.GroupId, (p) => p.GroupId === web.GroupId],
      ["ProjectId", "1250001", (p) => p.ProjectId === 1250001],
      ["IPAddressVersion", "IPv6", (p) => p.IPAddressVersion === "IPv6"],
      ["PackageType", "CrossBorder", (p) => p.PackageType === "CrossBorder"],
    ];
    for (const [name, value, check] of cases) {
      const reply = await gaap.DescribeProxies({ Filters: [{ Name: name, Values: [value] }], Limit: 100 });
      assert.ok(reply.TotalCount! > 0, `${name}=${value} matched nothing`);
      assert.ok(reply.ProxySet!.every((p) => check(p as { [k: string]: unknown })), `${name}=${value}`);
    }
    await expectApiError(gaap.DescribeProxies({ Filters: [{ Name: "Colour", Values: ["red"] }] }), "InvalidParameterValue");
  });

  it("TagSet (OR), Independent, Order and OrderField", async () => {
    const tagged = await gaap.DescribeProxies({ TagSet: [{ TagKey: "env", TagValue: "prod" }, { TagKey: "nope", TagValue: "x" }], Limit: 100 });
    assert.ok(tagged.TotalCount! > 0 && tagged.ProxySet!.every((p) => p.TagSet!.some((t) => t.TagKey === "env")));
    const independent = await gaap.DescribeProxies({ Independent: 1, Limit: 100 });
    const grouped = await gaap.DescribeProxies({ Independent: 0, Limit: 100 });
    assert.ok(independent.ProxySet!.every((p) => p.GroupId === null));
    assert.ok(grouped.ProxySet!.every((p) => p.GroupId !== null));
    assert.equal(independent.TotalCount! + grouped.TotalCount!, Object.keys(sandbox.state.proxies).length);
    const byBandwidth = await gaap.DescribeProxies({ OrderField: "bandwidth", Order: "asc", Limit: 100 });
    const bandwidths = byBandwidth.ProxySet!.map((p) => p.Bandwidth!);
    assert.deepEqual(bandwidths, [...bandwidths].sort((a, b) => a - b));
    const newestFirst = await gaap.DescribeProxies({ Limit: 100 });
    const times = newestFirst.ProxySet!.map((p) => p.CreateTime!);
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    await expectApiError(gaap.DescribeProxies({ OrderField: "name" }), "InvalidParameterValue");
    await expectApiError(gaap.DescribeProxies({ Order: "up" }), "InvalidParameterValue");
  });

  it("integers as decimal strings are accepted, unknown parameters are not", async () => {
    assert.equal((await gaap.request("DescribeProxies", { Limit: "5", Offset: "0" })).ProxySet.length, 5);
    await expectApiError(gaap.request("DescribeProxies", { Limitt: 5 }), "UnknownParameter");
  });

  it("DescribeProxiesStatus and DescribeProxyDetail", async () => {
    const closed = proxyNamed(sandbox, "paused-cq");
    const status = await gaap.DescribeProxiesStatus({ ProxyIds: [closed.ProxyId] });
    assert.deepEqual(status.InstanceStatusSet, [{ InstanceId: closed.ProxyId, Status: "CLOSED" }]);
    await expectApiError(gaap.DescribeProxiesStatus({}), "MissingParameter");
    const detail = await gaap.DescribeProxyDetail({ ProxyId: closed.ProxyId });
    assert.equal(detail.ProxyDetail!.ProxyName, "paused-cq");
    assert.deepEqual(Object.keys(detail.ProxyDetail!).sort(), [...PROXY_INFO_FIELDS].sort());
    await expectApiError(gaap.DescribeProxyDetail({ ProxyId: "link-00000000" }), "ResourceNotFound");
    await expectApiError(gaap.request("DescribeProxyDetail", {}), "MissingParameter");
  });

  it("DescribeProxyGroupList: ProjectId -1 for all, filters, required parameters, Limit ≤ 100", async () => {
    const all = await gaap.DescribeProxyGroupList({ Offset: 0, Limit: 20, ProjectId: -1 });
    assert.equal(all.TotalCount, Object.keys(sandbox.state.groups).length);
    const group = all.ProxyGroupList![0]!;
    for (const field of ["GroupId", "Domain", "GroupName", "ProjectId", "RealServerRegionInfo", "Status", "TagSet", "Version", "CreateTime", "ProxyType", "Http3Supported", "FeatureBitmap"]) {
      assert.ok(field in group, field);
    }
    assert.equal((await gaap.DescribeProxyGroupList({ Offset: 0, Limit: 20, ProjectId: 1250001 })).TotalCount, 1);
    const accelerator = await gaap.DescribeProxyGroupList({ Offset: 0, Limit: 20, ProjectId: -1, Filters: [{ Name: "PackageType", Values: ["Accelerator"] }] });
    assert.deepEqual(accelerator.ProxyGroupList!.map((g) => g.GroupName), ["game-east"]);
    await expectApiError(gaap.request("DescribeProxyGroupList", { Offset: 0, Limit: 20 }), "MissingParameter");
    await expectApiError(gaap.DescribeProxyGroupList({ Offset: 0, Limit: 101, ProjectId: -1 }), "InvalidParameterValue");
  });

  it("DescribeDestRegions: gold (default) and silver lists", async () => {
    const gold = await gaap.DescribeDestRegions({});
    const silver = await gaap.DescribeDestRegions({ QualityType: 1 });
    const ids = gold.DestRegionSet!.map((r) => r.RegionId);
    for (const id of ["Guangzhou", "Shanghai", "SouthChina", "EastChina", "NorthAmerica"]) assert.ok(ids.includes(id), id);
    assert.ok(silver.TotalCount! > 0 && silver.TotalCount! < gold.TotalCount!);
    assert.deepEqual(gold.DestRegionSet![0]!.SupportFeature!.NetworkType.includes("normal"), true);
  });

  it("DescribeAccessRegionsByDestRegion: the doc's Chongqing example, IPv6 and CrossBorder narrowing, unknown origin", async () => {
    const reply = await gaap.DescribeAccessRegionsByDestRegion({ DestRegion: "Guangzhou" });
    const chongqing = reply.AccessRegionSet!.find((r) => r.RegionId === "Chongqing")!;
    assert.deepEqual(chongqing.ConcurrentList, [2, 5, 10, 20, 30]);
    assert.deepEqual(chongqing.BandwidthList, [10, 20, 50, 100, 200, 500, 1000]);
    assert.equal(chongqing.FeatureBitmap, 71);
    assert.equal(reply.TotalCount, reply.AccessRegionSet!.length);
    const ipv6 = await gaap.DescribeAccessRegionsByDestRegion({ DestRegion: "Guangzhou", IPAddressVersion: "IPv6" });
    assert.ok(ipv6.TotalCount! > 0 && ipv6.AccessRegionSet!.every((r) => (r.FeatureBitmap! & 8) !== 0));
    const crossBorder = await gaap.DescribeAccessRegionsByDestRegion({ DestRegion: "SGP", PackageType: "CrossBorder" });
    assert.ok(crossBorder.AccessRegionSet!.some((r) => r.RegionId === "Shanghai"));
    assert.ok(!crossBorder.AccessRegionSet!.some((r) => r.RegionId === "Tokyo"));
    await expectApiError(gaap.DescribeAccessRegionsByDestRegion({ DestRegion: "Atlantis" }), "InvalidParameterValue.UnknownDestRegion");
    await expectApiError(gaap.DescribeAccessRegionsByDestRegion({ DestRegion: "Guangzhou", IPAddressVersion: "IPv5" }), "InvalidParameterValue");
  });
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, groupNamed, proxyNamed, withSandbox } from "./sandboxHarness";

const line = { AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 };
const create = { ProjectId: 0, ProxyName: "new-proxy", ...line };

describe("CheckProxyCreate", () => {
  it("answers CheckFlag 1 for a creatable line, 0 for sold-out sizes and missing region features", () =>
    withSandbox({}, async ({ gaap }) => {
      assert.equal((await gaap.CheckProxyCreate(line)).CheckFlag, 1);
      // The doc example: EastChina → SouthChina, integers as strings.
      assert.equal((await gaap.request("CheckProxyCreate", { Concurrent: "2", Bandwidth: "10", RealServerRegion: "SouthChina", AccessRegion: "EastChina" })).CheckFlag, 1);
      // Hongkong → NorthAmerica is sold out from 500 Mbps; Frankfurt → SGP entirely.
      assert.equal((await gaap.CheckProxyCreate({ AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 200, Concurrent: 2 })).CheckFlag, 1);
      assert.equal((await gaap.CheckProxyCreate({ AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 500, Concurrent: 2 })).CheckFlag, 0);
      assert.equal((await gaap.CheckProxyCreate({ AccessRegion: "Frankfurt", RealServerRegion: "SGP", Bandwidth: 10, Concurrent: 2 })).CheckFlag, 0);
      // Chongqing has no IPv6 bit (FeatureBitmap 71).
      assert.equal((await gaap.CheckProxyCreate({ ...line, AccessRegion: "Chongqing", IPAddressVersion: "IPv6" })).CheckFlag, 0);
    }));

  it("refuses unknown regions and sizes outside the access region's lists", () =>
    withSandbox({}, async ({ gaap }) => {
      await expectApiError(gaap.CheckProxyCreate({ ...line, RealServerRegion: "Atlantis" }), "InvalidParameterValue.UnknownDestRegion");
      await expectApiError(gaap.CheckProxyCreate({ ...line, AccessRegion: "Atlantis" }), "InvalidParameterValue.UnknownAccessRegion");
      await expectApiError(gaap.CheckProxyCreate({ ...line, Bandwidth: 15 }), "InvalidParameterValue.InvalidBandwidth");
      // Chongqing's ConcurrentList stops at 30.
      await expectApiError(gaap.CheckProxyCreate({ ...line, AccessRegion: "Chongqing", Concurrent: 40 }), "InvalidParameterValue.InvalidConcurrency");
    }));

  it("validates with the core: RealServerRegion required, NetworkType only normal|cn2, unknown parameters", () =>
    withSandbox({}, async ({ gaap }) => {
      const { RealServerRegion: _omit, ...withoutOrigin } = line;
      await expectApiError(gaap.request("CheckProxyCreate", withoutOrigin), "MissingParameter");
      await expectApiError(gaap.CheckProxyCreate({ ...line, NetworkType: "triple" }), "InvalidParameterValue");
      await expectApiError(gaap.request("CheckProxyCreate", { ...line, ProxyName: "x" }), "UnknownParameter");
      await expectApiError(gaap.request("CheckProxyCreate", { ...line, Bandwidth: "ten" }), "InvalidParameterValue");
    }));
});

describe("InquiryPriceCreateProxy", () => {
  it("prices a line, accepts the old DestRegion/Concurrency names, and requires one of each pair", () =>
    withSandbox({}, async ({ gaap }) => {
      const price = await gaap.InquiryPriceCreateProxy({ ...line, Bandwidth: 100 });
      assert.equal(price.Currency, "CNY");
      assert.ok(price.ProxyDailyPrice! > 0 && price.ProxyDailyPrice === price.DiscountProxyDailyPrice);
      assert.ok(Array.isArray(price.BandwidthUnitPrice) && price.FlowUnitPrice === null);
      const old = await gaap.InquiryPriceCreateProxy({ AccessRegion: "Shanghai", DestRegion: "Guangzhou", Concurrency: 2, Bandwidth: 100 });
      assert.equal(old.ProxyDailyPrice, price.ProxyDailyPrice);
      const byTraffic = await gaap.InquiryPriceCreateProxy({ ...line, BillingType: 1 });
      assert.ok(byTraffic.FlowUnitPrice! > 0 && byTraffic.BandwidthUnitPrice === null);
      const cn2 = await gaap.InquiryPriceCreateProxy({ ...line, NetworkType: "cn2" });
      assert.ok(cn2.Cn2BandwidthPrice! > 0 && cn2.ProxyDailyPrice! > (await gaap.InquiryPriceCreateProxy(line)).ProxyDailyPrice!);
      await expectApiError(gaap.InquiryPriceCreateProxy({ AccessRegion: "Shanghai", Bandwidth: 10, Concurrent: 2 }), "MissingParameter");
      await expectApiError(gaap.InquiryPriceCreateProxy({ AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10 }), "MissingParameter");
      await expectApiError(gaap.InquiryPriceCreateProxy({ ...line, Bandwidth: 3 }), "InvalidParameterValue.InvalidBandwidth");
      await expectApiError(gaap.InquiryPriceCreateProxy({ ...line, AccessRegion: "Mars" }), "InvalidParameterValue.UnknownAccessRegion");
    }));
});

describe("CreateProxy", () => {
  it("creates a CREATING proxy that runs after the delay; DescribeTaskStatus follows the RequestId", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 5000 }, async ({ gaap }) => {
      const created = await gaap.CreateProxy({ ...create, ClientToken: "create-1", TagSet: [{ TagKey: "team", TagValue: "edge" }] });
      assert.match(created.InstanceId!, /^link-[a-z0-9]{8}$/);
      assert.equal((created as Record<string, unknown>).ProxyId, undefined, "CreateProxy returns only InstanceId");
      const detail = async () => (await gaap.DescribeProxyDetail({ ProxyId: created.InstanceId! })).ProxyDetail!;
      assert.equal((await detail()).Status, "CREATING");
      assert.equal((await gaap.DescribeTaskStatus({ TaskId: created.RequestId! })).Status, "RUNNING");
      clock.advance(4999);
      assert.equal((await detail()).Status, "CREATING");
      clock.advance(1);
      const running = await detail();
      assert.equal(running.Status, "RUNNING");
      assert.deepEqual(running.TagSet, [{ TagKey: "team", TagValue: "edge" }]);
      assert.equal(running.Domain, `${created.InstanceId}.gaapqcloud.com.cn`);
      assert.equal(running.Http3Supported, 1);
      const task = await gaap.DescribeTaskStatus({ TaskId: created.RequestId! });
      assert.deepEqual([task.Status, task.TaskId], ["SUCCESS", created.RequestId]);
      await expectApiError(gaap.DescribeTaskStatus({ TaskId: "00000000-0000-4000-8000-000000000000" }), "ResourceNotFound");
    });
  });

  it("takes the doc examples as written: integers as strings, a group instead of RealServerRegion", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const web = groupNamed(sandbox, "web-south");
      const inGroup = await gaap.request("CreateProxy", { AccessRegion: "SouthChina", ProjectId: "0", Concurrent: "2", Bandwidth: "10", ProxyName: "test", GroupId: web.GroupId });
      const proxy = sandbox.state.proxies[inGroup.InstanceId]!;
      assert.deepEqual([proxy.GroupId, proxy.RealServerRegion, proxy.Bandwidth], [web.GroupId, "Guangzhou", 10]);
      const ipv6 = await gaap.request("CreateProxy", {
        Http3Supported: "0", BillingType: "0", AccessRegion: "Shanghai", Concurrent: "2", ProjectId: "0", RealServerRegion: "Guangzhou",
        ProxyName: "test", Bandwidth: "10", PackageType: "Thunder", NetworkType: "normal", IPAddressVersion: "IPv6",
      });
      const v6 = sandbox.state.proxies[ipv6.InstanceId]!;
      assert.deepEqual([v6.IPAddressVersion, v6.Http3Supported], ["IPv6", 0]);
      assert.match(v6.IP, /:/);
    }));

  it("answers the documented errors", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const { RealServerRegion: _omit, ...noOrigin } = create;
      await expectApiError(gaap.CreateProxy(noOrigin), "MissingParameter");
      await expectApiError(gaap.request("CreateProxy", { ...create, ProxyName: undefined }), "MissingParameter");
      await expectApiError(gaap.request("CreateProxy", { ...create, Colour: "red" }), "UnknownParameter");
      await expectApiError(gaap.CreateProxy({ ...create, NetworkType: "fiber" }), "InvalidParameterValue");
      await expectApiError(gaap.CreateProxy({ ...create, ClientToken: "x".repeat(65) }), "InvalidParameterValue");
      await expectApiError(gaap.CreateProxy({ ...create, ProjectId: 42 }), "InvalidParameterValue.ProjectIdNotBelong");
      await expectApiError(gaap.CreateProxy({ ...create, Bandwidth: 15 }), "InvalidParameterValue.InvalidBandwidth");
      await expectApiError(gaap.CreateProxy({ ...create, Concurrent: 7 }), "InvalidParameterValue.InvalidConcurrency");
      await expectApiError(gaap.CreateProxy({ ...create, AccessRegion: "Atlantis" }), "InvalidParameterValue.UnknownAccessRegion");
      await expectApiError(gaap.CreateProxy({ ...create, RealServerRegion: "Atlantis" }), "InvalidParameterValue.UnknownDestRegion");
      await expectApiError(gaap.CreateProxy({ ...create, AccessRegion: "Chongqing", IPAddressVersion: "IPv6" }), "InvalidParameterValue.ProxyAndRegionFeatureConflict");
      await expectApiError(gaap.CreateProxy({ ...create, AccessRegion: "Guangzhou", RealServerRegion: "Shanghai", NetworkType: "triple" }), "InvalidParameterValue.ProxyAndRegionFeatureConflict");
      await expectApiError(gaap.CreateProxy({ ...create, PackageType: "CrossBorder" }), "InvalidParameterValue.ProxyAndRegionFeatureConflict");
      const game = groupNamed(sandbox, "game-east");
      await expectApiError(gaap.CreateProxy({ ...create, GroupId: game.GroupId, PackageType: "Thunder" }), "InvalidParameterValue.ProxyAndGroupFeatureConflict");
      await expectApiError(gaap.CreateProxy({ ...create, GroupId: "lg-00000000" }), "ResourceNotFound");
      await expectApiError(gaap.CreateProxy({ ...create, AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 500 }), "FailedOperation.ProxySellOut");
      await expectApiError(gaap.CreateProxy({ ...create, ClonedProxyId: proxyNamed(sandbox, "paused-cq").ProxyId }), "ResourceUnavailable");
      await expectApiError(gaap.CreateProxy({ ...create, ClonedProxyId: "link-00000000" }), "ResourceNotFound");
      const before = Object.keys(sandbox.state.proxies).length;
      const cloned = await gaap.CreateProxy({ ...create, ClonedProxyId: proxyNamed(sandbox, "edge-sh").ProxyId });
      assert.ok(cloned.InstanceId);
      assert.equal(Object.keys(sandbox.state.proxies).length, before + 1, "only the successful call created a proxy");
    }));
});

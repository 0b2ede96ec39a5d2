import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index";
import { expectApiError, gaapClient, teoClient } from "./sandboxHarness";

describe("X-TC-Language picks the message language", () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startSandbox({ delays: 0, rateLimit: 0, log: () => undefined });
  });
  after(() => sandbox.close());

  const createWithBadBandwidth = { ProjectId: 0, ProxyName: "p", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 15, Concurrent: 2 };

  it("en-US and zh-CN give the same code with messages in each language", async () => {
    const en = await expectApiError(gaapClient(sandbox, { language: "en-US" }).CreateProxy(createWithBadBandwidth), "InvalidParameterValue.InvalidBandwidth");
    const zh = await expectApiError(gaapClient(sandbox, { language: "zh-CN" }).CreateProxy(createWithBadBandwidth), "InvalidParameterValue.InvalidBandwidth");
    assert.match(en.message, /bandwidth value 15 is not in the range/);
    assert.match(zh.message, /带宽值 15 不在可选范围内/);
    assert.notEqual(en.requestId, zh.requestId);
  });

  it("no X-TC-Language: Chinese, as the China site answers by default", async () => {
    const error = await expectApiError(gaapClient(sandbox).DescribeProxyDetail({ ProxyId: "link-zzzzzzzz" }), "ResourceNotFound");
    assert.match(error.message, /资源 `link-zzzzzzzz` 不存在/);
  });

  it("language also names regions in RegionDetail", async () => {
    const en = await gaapClient(sandbox, { language: "en-US" }).DescribeDestRegions({});
    const zh = await gaapClient(sandbox, { language: "zh-CN" }).DescribeDestRegions({});
    const name = (set: typeof en.DestRegionSet, id: string) => set?.find((r) => r.RegionId === id)?.RegionName;
    assert.equal(name(en.DestRegionSet, "Guangzhou"), "Guangzhou");
    assert.equal(name(zh.DestRegionSet, "Guangzhou"), "广州");
  });

  it("EdgeOne conflict messages in both languages", async () => {
    const zoneId = Object.values(sandbox.state.zones).find((z) => z.ZoneName === "example.com")!.ZoneId;
    const request = { ZoneId: zoneId, ProxyName: "both-on", Area: "overseas", Ipv6: "on", StaticIp: "on" };
    const en = await expectApiError(teoClient(sandbox, { language: "en-US" }).CreateL4Proxy(request), "OperationDenied.Ipv6StaticIpConflict");
    const zh = await expectApiError(teoClient(sandbox, { language: "zh-CN" }).CreateL4Proxy(request), "OperationDenied.Ipv6StaticIpConflict");
    assert.equal(en.message, "The IPv6 feature and static IP cannot be enabled at the same time.");
    assert.equal(zh.message, "ipv6功能和固定ip无法同时开启。");
  });

  it("a startup option sets the default language", async () => {
    const english = await startSandbox({ language: "en-US", log: () => undefined });
    try {
      const error = await expectApiError(gaapClient(english).request("Nope", {}), "InvalidAction");
      assert.match(error.message, /does not exist/);
    } finally {
      await english.close();
    }
  });
});

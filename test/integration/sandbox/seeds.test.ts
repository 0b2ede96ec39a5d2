import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HOSTILE_STRINGS } from "../../../src/sandbox/index";
import { withSandbox } from "./sandboxHarness";

describe("seeds", () => {
  it("the demo seed has no hostile names; the hostile option adds them, returned verbatim", async () => {
    await withSandbox({}, async ({ gaap }) => {
      const names = (await gaap.DescribeProxies({ Limit: 100 })).ProxySet!.map((p) => p.ProxyName!);
      assert.ok(names.every((n) => /^[a-z0-9-]+$/.test(n)), names.join(","));
    });
    await withSandbox({ hostile: true }, async ({ sandbox, gaap, teo }) => {
      const proxies = (await gaap.DescribeProxies({ Limit: 100 })).ProxySet!;
      assert.ok(proxies.some((p) => p.ProxyName === HOSTILE_STRINGS.proxyName));
      assert.ok(proxies.some((p) => p.TagSet!.some((t) => t.TagValue === HOSTILE_STRINGS.tagValue)));
      const groups = await gaap.DescribeProxyGroupList({ Offset: 0, Limit: 100, ProjectId: -1 });
      assert.ok(groups.ProxyGroupList!.some((g) => g.GroupName === HOSTILE_STRINGS.groupName));
      const zone = (await teo.DescribeZones({ Filters: [{ Name: "zone-name", Values: ["hostile.example.com"] }] })).Zones![0]!;
      assert.equal(zone.AliasZoneName, HOSTILE_STRINGS.zoneAlias);
      const l4 = await teo.DescribeL4Proxy({ ZoneId: zone.ZoneId! });
      assert.equal(l4.L4Proxies![0]!.ProxyName, HOSTILE_STRINGS.l4Name);
      assert.ok(Object.keys(sandbox.state.proxies).length > 0);
    });
  });

  it("the demo seed gives the same IDs every time", async () => {
    const ids: string[][] = [];
    for (let run = 0; run < 2; run++) {
      await withSandbox({}, async ({ sandbox }) => {
        ids.push([...Object.keys(sandbox.state.proxies), ...Object.keys(sandbox.state.zones), ...Object.keys(sandbox.state.l4Proxies)].sort());
      });
    }
    assert.deepEqual(ids[0], ids[1]);
  });

  it("the scale seed pages like a large account: DescribeProxies 100, DescribeZones 100", () =>
    withSandbox({ seed: { scale: { proxies: 1050, zones: 130, l4PerZone: 2 } } }, async ({ gaap, teo }) => {
      const seen = new Set<string>();
      for (let offset = 0; offset < 1100; offset += 100) {
        const page = await gaap.DescribeProxies({ Offset: offset, Limit: 100 });
        assert.equal(page.TotalCount, 1050);
        for (const p of page.ProxySet!) seen.add(p.ProxyId!);
      }
      assert.equal(seen.size, 1050);
      const zones = await teo.DescribeZones({ Limit: 100 });
      assert.deepEqual([zones.TotalCount, zones.Zones!.length], [130, 100]);
      assert.equal((await teo.DescribeZones({ Offset: 100, Limit: 100 })).Zones!.length, 30);
    }));

  it("the scale seed pages L4 proxies by 1000", () =>
    withSandbox({ seed: { scale: { proxies: 0, zones: 1, l4PerZone: 1200 } } }, async ({ teo }) => {
      const zoneId = (await teo.DescribeZones({})).Zones![0]!.ZoneId!;
      const page = await teo.DescribeL4Proxy({ ZoneId: zoneId, Limit: 1000 });
      assert.deepEqual([page.TotalCount, page.L4Proxies!.length], [1200, 1000]);
      const rest = await teo.DescribeL4Proxy({ ZoneId: zoneId, Offset: 1000, Limit: 1000 });
      assert.equal(rest.L4Proxies!.length, 200);
      assert.equal(new Set([...page.L4Proxies!, ...rest.L4Proxies!].map((p) => p.ProxyId)).size, 1200);
    }));

  it("scale:N on its own picks zones and L4 counts", () =>
    withSandbox({ seed: "scale:250" }, async ({ sandbox }) => {
      assert.equal(Object.keys(sandbox.state.proxies).length, 250);
      assert.equal(Object.keys(sandbox.state.zones).length, 3);
      assert.equal(Object.keys(sandbox.state.l4Proxies).length, 30);
    }));
});

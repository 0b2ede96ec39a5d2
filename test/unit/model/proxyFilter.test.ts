import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ProxyFilter } from "../../../src/core/model/proxyFilter";
import { gaapProxy, group, l4, zone } from "./fakeDirectory";

const f = (text: string) => {
  const parsed = ProxyFilter.parse(text);
  assert.ok(parsed, `"${text}" should be a filter`);
  return parsed;
};

describe("ProxyFilter", () => {
  const web = gaapProxy({ ProxyId: "link-web00001", ProxyName: "Web-Edge", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Status: "RUNNING" });
  const game = gaapProxy({ ProxyId: "link-game0001", ProxyName: "game", AccessRegion: "Hongkong", RealServerRegion: "Beijing", Status: "CREATING", AccessRegionInfo: { RegionId: "Hongkong", RegionName: "Hong Kong" } });

  it("is nothing for blank text", () => {
    assert.equal(ProxyFilter.parse(""), undefined);
    assert.equal(ProxyFilter.parse("   "), undefined);
  });

  it("matches a bare word against name, ID, region and status, case-insensitively", () => {
    assert.ok(f("web").matchesGaapProxy(web));
    assert.ok(f("LINK-GAME").matchesGaapProxy(game));
    assert.ok(f("guangzhou").matchesGaapProxy(web));
    assert.ok(f("creating").matchesGaapProxy(game));
    assert.ok(!f("creating").matchesGaapProxy(web));
  });

  it("restricts a field:value term to that field, in English or Chinese", () => {
    assert.ok(!f("name:link").matchesGaapProxy(web));
    assert.ok(f("id:link-web").matchesGaapProxy(web));
    assert.ok(f("region:shanghai").matchesGaapProxy(web));
    assert.ok(!f("region:web").matchesGaapProxy(web));
    assert.ok(f("状态:running").matchesGaapProxy(web));
    assert.ok(f("地域：Beijing").matchesGaapProxy(game));
  });

  it("needs every term, and keeps quoted words together", () => {
    assert.ok(f("web shanghai").matchesGaapProxy(web));
    assert.ok(!f("web beijing").matchesGaapProxy(web));
    assert.ok(f('region:"hong kong"').matchesGaapProxy(game));
    assert.ok(!f('region:"hong kong"').matchesGaapProxy(web));
  });

  it("matches status classes (transitional, failed, ...)", () => {
    assert.ok(f("status:transitional").matchesGaapProxy(game));
    assert.ok(!f("status:transitional").matchesGaapProxy(web));
    const banned = gaapProxy({ Status: "RUNNING", BanStatus: "BANNED" });
    assert.ok(f("status:failed").matchesGaapProxy(banned));
    assert.ok(f("status:banned").matchesGaapProxy(banned));
  });

  it("treats an unknown field prefix as plain text", () => {
    const odd = gaapProxy({ ProxyName: "foo:bar" });
    assert.ok(f("foo:bar").matchesGaapProxy(odd));
  });

  it("filters groups, zones and L4 proxies by their own fields", () => {
    const g = group({ GroupId: "lg-abc", GroupName: "Payments" });
    assert.ok(f("payments").matchesGaapGroup(g));
    assert.ok(f("id:lg-abc").matchesGaapGroup(g));
    const z = zone({ ZoneId: "zone-1", ZoneName: "shop.example.com", Area: "mainland" });
    assert.ok(f("region:mainland").matchesZone(z));
    const p = l4("zone-1", { ProxyName: "tcp-gw", Status: "progress", Area: "overseas" });
    assert.ok(f("tcp status:transitional").matchesL4Proxy(p));
    assert.ok(f("region:overseas").matchesL4Proxy(p));
    assert.ok(!f("region:mainland").matchesL4Proxy(p));
  });
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, l4Named, withSandbox, zoneNamed } from "./sandboxHarness";

const L4_FIELDS = ["ZoneId", "ProxyId", "ProxyName", "Area", "Cname", "Ips", "Status", "Ipv6", "StaticIp", "AccelerateMainland", "DDosProtectionConfig", "L4ProxyRuleCount", "UpdateTime"];

describe("DescribeZones", () => {
  it("lists zones with the Zone fields, a paused one among them; filters, order and Limit ≤ 100", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const all = await teo.DescribeZones({});
      assert.equal(all.TotalCount, Object.keys(sandbox.state.zones).length);
      for (const zone of all.Zones!) {
        assert.match(zone.ZoneId!, /^zone-[a-z0-9]{12}$/);
        for (const field of ["ZoneName", "AliasZoneName", "Area", "Type", "Status", "CnameStatus", "ActiveStatus", "LockStatus", "Paused", "Tags", "Resources", "CreatedOn", "ModifiedOn", "NameServers", "IsFake"]) {
          assert.ok(field in zone, field);
        }
      }
      const paused = all.Zones!.find((z) => z.Paused)!;
      assert.equal(paused.ActiveStatus, "paused");
      const created = all.Zones!.map((z) => z.CreatedOn!);
      assert.deepEqual(created, [...created].sort().reverse(), "newest first by default");
      const fuzzy = await teo.DescribeZones({ Filters: [{ Name: "zone-name", Values: ["example.o"], Fuzzy: true }] });
      assert.deepEqual(fuzzy.Zones!.map((z) => z.ZoneName), ["paused.example.org"]);
      const pending = await teo.DescribeZones({ Filters: [{ Name: "status", Values: ["pending"] }] });
      assert.deepEqual(pending.Zones!.map((z) => z.ZoneName), ["pending.example.dev"]);
      const byName = await teo.DescribeZones({ Order: "zone-name", Direction: "asc", Limit: 2, Offset: 1 });
      assert.equal(byName.Zones!.length, 2);
      assert.equal(byName.TotalCount, all.TotalCount);
      await expectApiError(teo.DescribeZones({ Limit: 101 }), "InvalidParameterValue");
      await expectApiError(teo.DescribeZones({ Filters: [{ Name: "status", Values: ["active"], Fuzzy: true }] }), "InvalidParameterValue");
      await expectApiError(teo.DescribeZones({ Filters: [{ Name: "colour", Values: ["x"] }] }), "InvalidParameterValue");
      await expectApiError(teo.DescribeZones({ Direction: "up" }), "InvalidParameterValue");
    }));
});

describe("DescribeL4Proxy", () => {
  it("lists a zone's L4 proxies, one in each state, with the L4Proxy fields; Limit ≤ 1000; filters", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const zone = zoneNamed(sandbox, "example.com");
      const reply = await teo.DescribeL4Proxy({ ZoneId: zone.ZoneId, Limit: 1000 });
      assert.equal(reply.TotalCount, reply.L4Proxies!.length);
      assert.deepEqual(new Set(reply.L4Proxies!.map((p) => p.Status)), new Set(["online", "offline", "progress", "stopping", "banned", "fail"]));
      for (const l4 of reply.L4Proxies!) {
        assert.deepEqual(Object.keys(l4).sort(), [...L4_FIELDS].sort());
        assert.match(l4.ProxyId!, /^sid-[a-z0-9]{12}$/);
        assert.equal(l4.Ips!.length > 0, l4.StaticIp === "on");
      }
      assert.equal((await teo.DescribeL4Proxy({ ZoneId: zone.ZoneId })).L4Proxies!.length, Math.min(20, reply.TotalCount!));
      const one = l4Named(sandbox, "game-tcp");
      assert.deepEqual((await teo.DescribeL4Proxy({ ZoneId: zone.ZoneId, Filters: [{ Name: "proxy-id", Values: [one.ProxyId] }] })).L4Proxies!.map((p) => p.ProxyName), ["game-tcp"]);
      const exclusive = await teo.DescribeL4Proxy({ ZoneId: zone.ZoneId, Filters: [{ Name: "ddos-protection-type", Values: ["BASE30_MAX300"] }] });
      assert.deepEqual(exclusive.L4Proxies!.map((p) => p.ProxyName), ["static-ip-l4"]);
      await expectApiError(teo.DescribeL4Proxy({ ZoneId: zone.ZoneId, Limit: 1001 }), "InvalidParameterValue");
      await expectApiError(teo.DescribeL4Proxy({ ZoneId: "zone-000000000000" }), "InvalidParameter.ZoneNotFound");
      await expectApiError(teo.request("DescribeL4Proxy", {}), "MissingParameter");
    }));
});

describe("CreateL4Proxy", () => {
  it("creates in progress, online after the delay (the doc example)", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: { l4Deploy: 4000 } }, async ({ sandbox, teo }) => {
      const zone = zoneNamed(sandbox, "example.com");
      const created = await teo.CreateL4Proxy({ ZoneId: zone.ZoneId, ProxyName: "proxy-name", Area: "overseas" });
      assert.match(created.ProxyId!, /^sid-[a-z0-9]{12}$/);
      const status = async () => (await teo.DescribeL4Proxy({ ZoneId: zone.ZoneId, Filters: [{ Name: "proxy-id", Values: [created.ProxyId!] }] })).L4Proxies![0]!;
      assert.equal((await status()).Status, "progress");
      clock.advance(4000);
      const online = await status();
      assert.deepEqual([online.Status, online.Ipv6, online.StaticIp, online.AccelerateMainland, online.Ips], ["online", "off", "off", "off", []]);
      const staticIp = await teo.CreateL4Proxy({ ZoneId: zone.ZoneId, ProxyName: "fixed", Area: "mainland", StaticIp: "on" });
      assert.equal(sandbox.state.l4Proxies[staticIp.ProxyId!]!.Ips.length, 2);
    });
  });

  it("refuses what the docs refuse", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const main = zoneNamed(sandbox, "example.com").ZoneId;
      const shop = zoneNamed(sandbox, "shop.example.net").ZoneId;
      const base = { ZoneId: main, Area: "overseas" };
      await expectApiError(teo.CreateL4Proxy({ ...base, ZoneId: zoneNamed(sandbox, "paused.example.org").ZoneId, ProxyName: "p1" }), "OperationDenied.ErrZoneIsAlreadyPaused");
      await expectApiError(teo.CreateL4Proxy({ ...base, ProxyName: "game-tcp" }), "InvalidParameter.ProxyNameDuplicating");
      await expectApiError(teo.CreateL4Proxy({ ...base, ProxyName: "p2", Ipv6: "on", StaticIp: "on" }), "OperationDenied.Ipv6StaticIpConflict");
      await expectApiError(teo.CreateL4Proxy({ ...base, ProxyName: "p3", Ipv6: "on", AccelerateMainland: "on" }), "OperationDenied.AccelerateMainlandIpv6Conflict");
      await expectApiError(teo.CreateL4Proxy({ ...base, ZoneId: shop, ProxyName: "p4", AccelerateMainland: "on" }), "OperationDenied.AccelerateMainlandDisable");
      await expectApiError(teo.CreateL4Proxy({ ...base, ProxyName: "p5", StaticIp: "on", Area: "global" }), "OperationDenied.StaticIpAreaConflict");
      await expectApiError(teo.CreateL4Proxy({ ...base, ZoneId: zoneNamed(sandbox, "intl.example.io").ZoneId, ProxyName: "p6", Area: "global" }), "OperationDenied.L4LackOfResources");
      await expectApiError(
        teo.CreateL4Proxy({ ...base, ProxyName: "p7", Ipv6: "on", DDosProtectionConfig: { LevelMainland: "BASE30_MAX300", MaxBandwidthMainland: 100 } }),
        "OperationDenied.Ipv6AdvancedConflict",
      );
      for (const name of ["Bad_Name", "-lead", "trail-", "dou--ble", "", "x".repeat(51)]) {
        await expectApiError(teo.CreateL4Proxy({ ...base, ProxyName: name }), "InvalidParameterValue");
      }
      await expectApiError(teo.CreateL4Proxy({ ...base, ProxyName: "p8", Area: "moon" }), "InvalidParameterValue");
      await expectApiError(teo.request("CreateL4Proxy", { ZoneId: main, Area: "global" }), "MissingParameter");
      await expectApiError(teo.request("CreateL4Proxy", { ...base, ProxyName: "p9", Colour: "red" }), "UnknownParameter");
      await expectApiError(teo.CreateL4Proxy({ ...base, ZoneId: "zone-000000000000", ProxyName: "p10" }), "InvalidParameter.ZoneNotFound");
      // The allow-listed zone accepts AccelerateMainland.
      assert.ok((await teo.CreateL4Proxy({ ...base, ProxyName: "mainland-fast", AccelerateMainland: "on" })).ProxyId);
    }));
});

describe("ModifyL4Proxy, ModifyL4ProxyStatus, DeleteL4Proxy", () => {
  it("modify goes through progress; status online ↔ offline goes through progress/stopping", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 1000 }, async ({ sandbox, teo }) => {
      const zone = zoneNamed(sandbox, "example.com").ZoneId;
      const l4 = l4Named(sandbox, "game-tcp");
      await teo.ModifyL4Proxy({ ZoneId: zone, ProxyId: l4.ProxyId, Ipv6: "on" });
      assert.deepEqual([sandbox.state.l4Proxies[l4.ProxyId]!.Status, sandbox.state.l4Proxies[l4.ProxyId]!.Ipv6], ["progress", "on"]);
      await expectApiError(teo.ModifyL4Proxy({ ZoneId: zone, ProxyId: l4.ProxyId, Ipv6: "off" }), "OperationDenied.L4ProxyInProcessStatus");
      clock.advance(1000);
      assert.equal(sandbox.state.l4Proxies[l4.ProxyId]!.Status, "online");
      await teo.ModifyL4ProxyStatus({ ZoneId: zone, ProxyId: l4.ProxyId, Status: "offline" });
      assert.equal(sandbox.state.l4Proxies[l4.ProxyId]!.Status, "stopping");
      clock.advance(1000);
      assert.equal(sandbox.state.l4Proxies[l4.ProxyId]!.Status, "offline");
      await expectApiError(teo.ModifyL4Proxy({ ZoneId: zone, ProxyId: l4.ProxyId, Ipv6: "off" }), "OperationDenied.L4ProxyInOfflineStatus");
      await teo.ModifyL4ProxyStatus({ ZoneId: zone, ProxyId: l4.ProxyId, Status: "online" });
      assert.equal(sandbox.state.l4Proxies[l4.ProxyId]!.Status, "progress");
      clock.advance(1000);
      assert.equal(sandbox.state.l4Proxies[l4.ProxyId]!.Status, "online");
    });
  });

  it("refusals: conflicts, banned, paused zone, unknown proxy, bad status value", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const zone = zoneNamed(sandbox, "example.com").ZoneId;
      const staticIp = l4Named(sandbox, "static-ip-l4").ProxyId;
      await expectApiError(teo.ModifyL4Proxy({ ZoneId: zone, ProxyId: staticIp, Ipv6: "on" }), "OperationDenied.Ipv6StaticIpConflict");
      const shopZone = zoneNamed(sandbox, "shop.example.net").ZoneId;
      const shop = l4Named(sandbox, "shop-l4").ProxyId;
      await expectApiError(teo.ModifyL4Proxy({ ZoneId: shopZone, ProxyId: shop, AccelerateMainland: "on" }), "OperationDenied.AccelerateMainlandIpv6Conflict");
      await teo.ModifyL4Proxy({ ZoneId: shopZone, ProxyId: shop, Ipv6: "off" });
      const banned = l4Named(sandbox, "banned-l4").ProxyId;
      await expectApiError(teo.ModifyL4ProxyStatus({ ZoneId: zone, ProxyId: banned, Status: "online" }), "OperationDenied.L4ProxyInBannedStatus");
      const stopping = l4Named(sandbox, "stopping-l4").ProxyId;
      await expectApiError(teo.ModifyL4ProxyStatus({ ZoneId: zone, ProxyId: stopping, Status: "online" }), "OperationDenied.L4ProxyInProcessStatus");
      const paused = zoneNamed(sandbox, "paused.example.org").ZoneId;
      const pausedL4 = l4Named(sandbox, "paused-l4").ProxyId;
      await expectApiError(teo.ModifyL4ProxyStatus({ ZoneId: paused, ProxyId: pausedL4, Status: "online" }), "OperationDenied.ErrZoneIsAlreadyPaused");
      await expectApiError(teo.ModifyL4Proxy({ ZoneId: paused, ProxyId: pausedL4, Ipv6: "on" }), "OperationDenied.ErrZoneIsAlreadyPaused");
      await expectApiError(teo.ModifyL4ProxyStatus({ ZoneId: zone, ProxyId: "sid-000000000000", Status: "online" }), "ResourceNotFound");
      // A proxy of another zone is not found in this one.
      await expectApiError(teo.ModifyL4ProxyStatus({ ZoneId: zone, ProxyId: shop, Status: "online" }), "ResourceNotFound");
      await expectApiError(teo.ModifyL4ProxyStatus({ ZoneId: zone, ProxyId: staticIp, Status: "paused" }), "InvalidParameterValue");
      await expectApiError(teo.ModifyL4Proxy({ ZoneId: zone, ProxyId: staticIp, Ipv6: "yes" }), "InvalidParameterValue");
    }));

  it("delete: only offline (or failed) instances; then gone", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const zone = zoneNamed(sandbox, "example.com").ZoneId;
      await expectApiError(teo.DeleteL4Proxy({ ZoneId: zone, ProxyId: l4Named(sandbox, "game-tcp").ProxyId }), "FailedOperation");
      const offline = l4Named(sandbox, "backup-udp").ProxyId;
      await teo.DeleteL4Proxy({ ZoneId: zone, ProxyId: offline });
      assert.equal(sandbox.state.l4Proxies[offline], undefined);
      await expectApiError(teo.DeleteL4Proxy({ ZoneId: zone, ProxyId: offline }), "ResourceNotFound");
      await expectApiError(teo.request("DeleteL4Proxy", { ZoneId: zone }), "MissingParameter");
    }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { expectApiError, l4Named, withSandbox, zoneNamed } from "./sandboxHarness";

const GROUP_FIELDS = ["GroupId", "Name", "Type", "Records", "References", "CreateTime", "UpdateTime", "HostHeader"];

describe("DescribeOriginGroup", () => {
  it("lists a zone's GENERAL and HTTP groups with records and the L4 proxies that reference them", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const zone = zoneNamed(sandbox, "example.com");
      const reply = await teo.DescribeOriginGroup({ ZoneId: zone.ZoneId });
      assert.equal(reply.TotalCount, 3);
      for (const group of reply.OriginGroups!) {
        assert.deepEqual(Object.keys(group).sort(), [...GROUP_FIELDS].sort());
        assert.match(group.GroupId!, /^og-[a-z0-9]{12}$/);
        assert.match(group.CreateTime!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        for (const record of group.Records!) assert.deepEqual([typeof record.Record, record.Type, record.Private], ["string", "IP_DOMAIN", false]);
      }
      assert.deepEqual(reply.OriginGroups!.map((g) => [g.Name, g.Type]), [["game-origins", "GENERAL"], ["web-http", "HTTP"], ["spare-general", "GENERAL"]]);
      const game = l4Named(sandbox, "game-tcp");
      assert.deepEqual(reply.OriginGroups![0]!.References, [
        { InstanceType: "application-proxy", InstanceId: game.ProxyId, InstanceName: "game-tcp", ZoneId: zone.ZoneId, ZoneName: "example.com", AliasZoneName: "" },
      ]);
      assert.deepEqual(reply.OriginGroups![1]!.References, []);
      // Another zone has its own groups.
      const shop = await teo.DescribeOriginGroup({ ZoneId: zoneNamed(sandbox, "shop.example.net").ZoneId });
      assert.deepEqual(shop.OriginGroups!.map((g) => [g.Name, g.References!.map((r) => r.InstanceName)]), [["shop-origins", ["shop-l4"]]]);
      assert.equal((await teo.DescribeOriginGroup({ ZoneId: zoneNamed(sandbox, "pending.example.dev").ZoneId })).TotalCount, 0);
    }));

  it("a reference follows the rules: a new rule to a group adds it, deleting the rule removes it", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const ZoneId = zoneNamed(sandbox, "example.com").ZoneId;
      const ProxyId = l4Named(sandbox, "static-ip-l4").ProxyId;
      const spare = (await teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "origin-group-name", Values: ["spare-general"] }] })).OriginGroups![0]!;
      assert.deepEqual(spare.References, []);
      const [id] = (await teo.CreateL4ProxyRules({ ZoneId, ProxyId, L4ProxyRules: [{ Protocol: "TCP", PortRange: ["22"], OriginType: "ORIGIN_GROUP", OriginValue: [spare.GroupId!], OriginPortRange: "22" }] })).L4ProxyRuleIds!;
      const referenced = async () => (await teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "origin-group-id", Values: [spare.GroupId!] }] })).OriginGroups![0]!.References!.map((r) => r.InstanceName);
      assert.deepEqual(await referenced(), ["static-ip-l4"]);
      await teo.ModifyL4ProxyRulesStatus({ ZoneId, ProxyId, RuleIds: [id!], Status: "offline" });
      await teo.DeleteL4ProxyRules({ ZoneId, ProxyId, RuleIds: [id!] });
      assert.deepEqual(await referenced(), []);
    }));

  it("filters by ID and by name (exact, or fuzzy with one name); pages with Limit 1–1000", () =>
    withSandbox({}, async ({ sandbox, teo }) => {
      const ZoneId = zoneNamed(sandbox, "example.com").ZoneId;
      const all = (await teo.DescribeOriginGroup({ ZoneId })).OriginGroups!;
      const byId = await teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "origin-group-id", Values: [all[1]!.GroupId!, "og-000000000000"] }] });
      assert.deepEqual(byId.OriginGroups!.map((g) => g.Name), ["web-http"]);
      const fuzzy = await teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "origin-group-name", Values: ["general"], Fuzzy: true }] });
      assert.deepEqual(fuzzy.OriginGroups!.map((g) => g.Name), ["spare-general"]);
      assert.equal((await teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "origin-group-name", Values: ["general"] }] })).TotalCount, 0);
      const page = await teo.DescribeOriginGroup({ ZoneId, Offset: 1, Limit: 1 });
      assert.deepEqual([page.TotalCount, page.OriginGroups!.map((g) => g.Name)], [3, ["web-http"]]);
      await expectApiError(teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "origin-group-id", Values: ["x"], Fuzzy: true }] }), "InvalidParameterValue");
      await expectApiError(teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "origin-group-name", Values: ["a", "b"], Fuzzy: true }] }), "InvalidParameterValue");
      await expectApiError(teo.DescribeOriginGroup({ ZoneId, Filters: [{ Name: "__proto__", Values: ["x"] }] }), "InvalidParameterValue");
      await expectApiError(teo.DescribeOriginGroup({ ZoneId, Limit: 1001 }), "InvalidParameterValue");
      await expectApiError(teo.DescribeOriginGroup({}), "MissingParameter");
      await expectApiError(teo.DescribeOriginGroup({ ZoneId: "zone-000000000000" }), "InvalidParameter.ZoneNotFound");
    }));
});

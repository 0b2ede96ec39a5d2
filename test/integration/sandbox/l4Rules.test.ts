import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, l4Named, withSandbox, zoneNamed, type Harness } from "./sandboxHarness";

const RULE_FIELDS = [
  "RuleId",
  "Protocol",
  "PortRange",
  "OriginType",
  "OriginValue",
  "OriginPortRange",
  "ClientIPPassThroughMode",
  "SessionPersist",
  "SessionPersistTime",
  "RuleTag",
  "Status",
  "RemoteAuth",
];

/** The zone and ID of a demo L4 proxy, by name. */
function target(h: Harness, proxyName: string, zoneName = "example.com") {
  return { ZoneId: zoneNamed(h.sandbox, zoneName).ZoneId, ProxyId: l4Named(h.sandbox, proxyName).ProxyId };
}

const tcp = (port: string, origin = "203.0.113.5", originPort = port) => ({ Protocol: "TCP", PortRange: [port], OriginType: "IP_DOMAIN", OriginValue: [origin], OriginPortRange: originPort });

describe("DescribeL4ProxyRules", () => {
  it("lists the seeded rules with the L4ProxyRule fields; L4ProxyRuleCount is their number; filters rule-id and rule-tag", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const game = target(h, "game-tcp");
      const reply = await teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 20 });
      assert.equal(reply.TotalCount, 3);
      for (const rule of reply.L4ProxyRules!) {
        assert.deepEqual(Object.keys(rule), RULE_FIELDS);
        assert.match(rule.RuleId!, /^rule-[a-z0-9]{12}$/);
        assert.equal(rule.RemoteAuth, null);
      }
      assert.deepEqual(reply.L4ProxyRules!.map((r) => [r.Protocol, r.Status]), [["TCP", "online"], ["TCP", "online"], ["UDP", "offline"]]);
      const proxies = (await teo.DescribeL4Proxy({ ZoneId: game.ZoneId, Limit: 100 })).L4Proxies!;
      for (const l4 of proxies) {
        const rules = await teo.DescribeL4ProxyRules({ ZoneId: game.ZoneId, ProxyId: l4.ProxyId!, Offset: 0, Limit: 1000 });
        assert.equal(l4.L4ProxyRuleCount, rules.TotalCount, l4.ProxyName);
      }
      const empty = proxies.find((p) => p.ProxyName === "static-ip-l4")!;
      assert.deepEqual([empty.Status, empty.L4ProxyRuleCount], ["online", 0]);

      const second = reply.L4ProxyRules![1]!;
      const byId = await teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 20, Filters: [{ Name: "rule-id", Values: [second.RuleId!] }] });
      assert.deepEqual(byId.L4ProxyRules!.map((r) => r.RuleId), [second.RuleId]);
      const byTag = await teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 20, Filters: [{ Name: "rule-tag", Values: ["web", "game-udp"] }] });
      assert.deepEqual(byTag.L4ProxyRules!.map((r) => r.RuleTag), ["web", "game-udp"]);
      assert.equal((await teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 20, Filters: [{ Name: "rule-tag", Values: ["__proto__"] }] })).TotalCount, 0);
      await expectApiError(teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 20, Filters: [{ Name: "colour", Values: ["x"] }] }), "InvalidParameterValue");
      await expectApiError(teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 1001 }), "InvalidParameterValue");
      await expectApiError(teo.DescribeL4ProxyRules({ ...game, ZoneId: "zone-000000000000", Offset: 0, Limit: 20 }), "InvalidParameter.ZoneNotFound");
      for (const ProxyId of ["sid-000000000000", "__proto__", "constructor"]) await expectApiError(teo.DescribeL4ProxyRules({ ...game, ProxyId, Offset: 0, Limit: 20 }), "ResourceNotFound");
      // A proxy of another zone is not found in this one.
      await expectApiError(teo.DescribeL4ProxyRules({ ...game, ProxyId: l4Named(h.sandbox, "shop-l4").ProxyId, Offset: 0, Limit: 20 }), "ResourceNotFound");
      await expectApiError(teo.request("DescribeL4ProxyRules", { ZoneId: game.ZoneId }), "MissingParameter");
    }));

  it("pages 1,200 rules by 1000, in creation order, with the default page of 20", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const empty = target(h, "static-ip-l4");
      const created: string[] = [];
      for (let batch = 0; batch < 6; batch++) {
        const rules = Array.from({ length: 200 }, (_, i) => tcp(String(10000 + batch * 200 + i)));
        const reply = await teo.CreateL4ProxyRules({ ...empty, L4ProxyRules: rules });
        assert.equal(reply.L4ProxyRuleIds!.length, 200);
        created.push(...reply.L4ProxyRuleIds!);
      }
      const first = await teo.DescribeL4ProxyRules({ ...empty, Offset: 0, Limit: 1000 });
      assert.deepEqual([first.TotalCount, first.L4ProxyRules!.length], [1200, 1000]);
      const rest = await teo.DescribeL4ProxyRules({ ...empty, Offset: 1000, Limit: 1000 });
      assert.equal(rest.L4ProxyRules!.length, 200);
      assert.deepEqual([...first.L4ProxyRules!, ...rest.L4ProxyRules!].map((r) => r.RuleId), created);
      assert.equal((await teo.request("DescribeL4ProxyRules", empty)).L4ProxyRules.length, 20);
      assert.equal((await teo.DescribeL4ProxyRules({ ...empty, Offset: 1200, Limit: 10 })).L4ProxyRules!.length, 0);
      const l4 = (await teo.DescribeL4Proxy({ ZoneId: empty.ZoneId, Filters: [{ Name: "proxy-id", Values: [empty.ProxyId] }] })).L4Proxies![0]!;
      assert.equal(l4.L4ProxyRuleCount, 1200);
    }));
});

describe("CreateL4ProxyRules, ModifyL4ProxyRules, ModifyL4ProxyRulesStatus, DeleteL4ProxyRules", () => {
  it("a rule's life on the sandbox clock: create → progress → online; modify → progress → online; disable → stopping → offline; enable; delete", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: { l4Deploy: 2000, l4Stop: 1000 } }, async (h) => {
      const { teo } = h;
      const empty = target(h, "static-ip-l4");
      const status = async (id: string) => (await teo.DescribeL4ProxyRules({ ...empty, Offset: 0, Limit: 20, Filters: [{ Name: "rule-id", Values: [id] }] })).L4ProxyRules![0];

      const created = await teo.CreateL4ProxyRules({
        ...empty,
        L4ProxyRules: [
          { ...tcp("80-90", "203.0.113.7", "8080-8090"), ClientIPPassThroughMode: "PPV1", SessionPersist: "on", RuleTag: "web" },
          { Protocol: "UDP", PortRange: ["80-90"], OriginType: "IP_DOMAIN", OriginValue: ["udp.example.com"], OriginPortRange: "53", ClientIPPassThroughMode: "SPP" },
        ],
      });
      const [web, udp] = created.L4ProxyRuleIds!;
      const fresh = (await status(web!))!;
      assert.deepEqual(
        [fresh.Status, fresh.Protocol, fresh.PortRange, fresh.OriginPortRange, fresh.ClientIPPassThroughMode, fresh.SessionPersist, fresh.SessionPersistTime, fresh.RuleTag],
        ["progress", "TCP", ["80-90"], "8080-8090", "PPV1", "on", 3600, "web"],
      );
      const defaults = (await status(udp!))!;
      assert.deepEqual([defaults.SessionPersist, defaults.SessionPersistTime, defaults.RuleTag], ["off", 3600, ""]);
      // While it deploys, the rule takes no other change (Terraform retries this code).
      await expectApiError(teo.ModifyL4ProxyRulesStatus({ ...empty, RuleIds: [web!], Status: "offline" }), "InvalidParameter.ActionInProgress");
      clock.advance(1999);
      assert.equal((await status(web!))!.Status, "progress");
      clock.advance(1);
      assert.equal((await status(web!))!.Status, "online");

      await teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: web!, OriginValue: ["203.0.113.8"], RuleTag: "web-2" }] });
      const modified = (await status(web!))!;
      assert.deepEqual([modified.Status, modified.OriginValue, modified.RuleTag, modified.PortRange, modified.ClientIPPassThroughMode], ["progress", ["203.0.113.8"], "web-2", ["80-90"], "PPV1"]);
      await expectApiError(teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: web!, RuleTag: "again" }] }), "InvalidParameter.ActionInProgress");
      clock.advance(2000);
      assert.equal((await status(web!))!.Status, "online");

      // Deleting an enabled rule is refused: it is disabled first, as Terraform does.
      await expectApiError(teo.DeleteL4ProxyRules({ ...empty, RuleIds: [web!] }), "FailedOperation");
      // The UDP rule deployed meanwhile; both go offline together.
      await teo.ModifyL4ProxyRulesStatus({ ...empty, RuleIds: [web!, udp!], Status: "offline" });
      assert.deepEqual([(await status(web!))!.Status, (await status(udp!))!.Status], ["stopping", "stopping"]);
      clock.advance(1000);
      assert.deepEqual([(await status(web!))!.Status, (await status(udp!))!.Status], ["offline", "offline"]);
      // Asking for the status a rule has changes nothing.
      await teo.ModifyL4ProxyRulesStatus({ ...empty, RuleIds: [web!], Status: "offline" });
      assert.equal((await status(web!))!.Status, "offline");
      // A disabled rule takes a change and stays disabled.
      await teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: udp!, PortRange: ["100"] }] });
      assert.deepEqual([(await status(udp!))!.Status, (await status(udp!))!.PortRange], ["offline", ["100"]]);
      await teo.ModifyL4ProxyRulesStatus({ ...empty, RuleIds: [udp!], Status: "online" });
      assert.equal((await status(udp!))!.Status, "progress");
      clock.advance(2000);
      assert.equal((await status(udp!))!.Status, "online");

      await teo.DeleteL4ProxyRules({ ...empty, RuleIds: [web!] });
      assert.equal(await status(web!), undefined);
      const l4 = (await teo.DescribeL4Proxy({ ZoneId: empty.ZoneId, Filters: [{ Name: "proxy-id", Values: [empty.ProxyId] }] })).L4Proxies![0]!;
      assert.equal(l4.L4ProxyRuleCount, 1);
      await expectApiError(teo.DeleteL4ProxyRules({ ...empty, RuleIds: [web!] }), "ResourceNotFound");
    });
  });

  it("a deploy to an origin domain under .invalid ends in fail; a failed rule can be modified and deployed again", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 1000 }, async (h) => {
      const { teo } = h;
      const empty = target(h, "static-ip-l4");
      const [id] = (await teo.CreateL4ProxyRules({ ...empty, L4ProxyRules: [tcp("25", "mail.example.invalid")] })).L4ProxyRuleIds!;
      clock.advance(1000);
      const rule = async () => (await teo.DescribeL4ProxyRules({ ...empty, Offset: 0, Limit: 20 })).L4ProxyRules![0]!;
      assert.equal((await rule()).Status, "fail");
      await teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: id!, OriginValue: ["mail.example.com"] }] });
      assert.equal((await rule()).Status, "progress");
      clock.advance(1000);
      assert.equal((await rule()).Status, "online");
    });
  });

  it("seeded rules keep their status; an offline proxy's rules can be deleted whatever their status", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const backup = target(h, "backup-udp");
      const [rule] = (await teo.DescribeL4ProxyRules({ ...backup, Offset: 0, Limit: 20 })).L4ProxyRules!;
      await teo.DeleteL4ProxyRules({ ...backup, RuleIds: [rule!.RuleId!] });
      assert.equal((await teo.DescribeL4ProxyRules({ ...backup, Offset: 0, Limit: 20 })).TotalCount, 0);
      assert.equal(h.sandbox.state.l4Proxies[backup.ProxyId]!.L4ProxyRuleCount, 0);
    }));

  it("deleting an L4 proxy takes its rules with it", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const backup = target(h, "backup-udp");
      await teo.DeleteL4Proxy(backup);
      assert.equal(h.sandbox.state.l4Rules?.rulesByProxy[backup.ProxyId], undefined);
    }));
});

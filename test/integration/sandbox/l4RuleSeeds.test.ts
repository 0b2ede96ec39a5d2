import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { HOSTILE_STRINGS, createManualClock, startSandbox } from "../../../src/sandbox/index";
import { l4Named, teoClient, withSandbox } from "./sandboxHarness";

describe("L4 rule seeds and state", () => {
  it("the demo seed: TCP and UDP rules online, offline and failed, one to an origin group; one online proxy without rules; the same IDs every run", async () => {
    const ids: string[][] = [];
    for (let run = 0; run < 2; run++) {
      await withSandbox({}, async ({ sandbox }) => {
        const state = sandbox.state.l4Rules!;
        const rules = Object.values(state.rulesByProxy).flat();
        assert.deepEqual(new Set(rules.map((r) => r.Status)), new Set(["online", "offline", "fail"]));
        assert.deepEqual(new Set(rules.map((r) => r.Protocol)), new Set(["TCP", "UDP"]));
        assert.ok(rules.some((r) => r.OriginType === "ORIGIN_GROUP"));
        assert.deepEqual(new Set(Object.values(state.originGroups).map((g) => g.Type)), new Set(["GENERAL", "HTTP"]));
        const bare = l4Named(sandbox, "static-ip-l4");
        assert.deepEqual([bare.Status, bare.L4ProxyRuleCount], ["online", 0]);
        for (const l4 of Object.values(sandbox.state.l4Proxies)) assert.equal(l4.L4ProxyRuleCount, state.rulesByProxy[l4.ProxyId]?.length ?? 0, l4.ProxyName);
        ids.push([...rules.map((r) => r.RuleId), ...Object.keys(state.originGroups)].sort());
      });
    }
    assert.deepEqual(ids[0], ids[1]);
  });

  it("the scale seed gives online proxies two rules each (bounded); the hostile seed a rule tag and a group name returned verbatim", async () => {
    await withSandbox({ seed: { scale: { proxies: 0, zones: 3, l4PerZone: 10 } } }, async ({ sandbox, teo }) => {
      const online = Object.values(sandbox.state.l4Proxies).filter((p) => p.Status === "online");
      assert.ok(online.length > 0);
      const one = online[0]!;
      const rules = await teo.DescribeL4ProxyRules({ ZoneId: one.ZoneId, ProxyId: one.ProxyId, Offset: 0, Limit: 20 });
      assert.deepEqual(rules.L4ProxyRules!.map((r) => [r.Protocol, r.Status]), [["TCP", "online"], ["UDP", "offline"]]);
      for (const l4 of online) assert.equal(l4.L4ProxyRuleCount, 2);
    });
    await withSandbox({ hostile: true }, async ({ sandbox, teo }) => {
      const l4 = l4Named(sandbox, HOSTILE_STRINGS.l4Name);
      const [rule] = (await teo.DescribeL4ProxyRules({ ZoneId: l4.ZoneId, ProxyId: l4.ProxyId, Offset: 0, Limit: 20 })).L4ProxyRules!;
      assert.equal(rule!.RuleTag, HOSTILE_STRINGS.ruleTag);
      const [group] = (await teo.DescribeOriginGroup({ ZoneId: l4.ZoneId })).OriginGroups!;
      assert.deepEqual([group!.Name, group!.GroupId], [HOSTILE_STRINGS.originGroupName, rule!.OriginValue![0]]);
      assert.equal(group!.References![0]!.InstanceName, HOSTILE_STRINGS.l4Name);
    });
  });

  it("rules and their pending transitions survive a restart with a state file; a file from before rules loads without them", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-l4rules-"));
    try {
      const file = path.join(dir, "state.json");
      const clock = createManualClock();
      let target = { ZoneId: "", ProxyId: "" };
      let id = "";
      await withSandbox({ stateFile: file, clock, delays: 60_000 }, async ({ sandbox, teo }) => {
        const l4 = l4Named(sandbox, "static-ip-l4");
        target = { ZoneId: l4.ZoneId, ProxyId: l4.ProxyId };
        [id] = (await teo.CreateL4ProxyRules({ ...target, L4ProxyRules: [{ Protocol: "TCP", PortRange: ["80"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.1"], OriginPortRange: "80" }] })).L4ProxyRuleIds! as [string];
      });
      clock.advance(60_000);
      const restarted = await startSandbox({ stateFile: file, clock, log: () => undefined });
      try {
        const teo = teoClient(restarted);
        const rules = await teo.DescribeL4ProxyRules({ ...target, Offset: 0, Limit: 20 });
        assert.deepEqual(rules.L4ProxyRules!.map((r) => [r.RuleId, r.Status]), [[id, "online"]]);
        // Tables read back from JSON are null-prototype again: request text never reaches Object.prototype.
        assert.equal(Object.getPrototypeOf(restarted.state.l4Rules!.rulesByProxy), null);
        assert.equal(Object.getPrototypeOf(restarted.state.l4Rules!.originGroups), null);
      } finally {
        await restarted.close();
      }

      const saved = JSON.parse(fs.readFileSync(file, "utf8"));
      delete saved.l4Rules;
      const old = path.join(dir, "old.json");
      fs.writeFileSync(old, JSON.stringify(saved));
      const fromOld = await startSandbox({ stateFile: old, clock, log: () => undefined });
      try {
        const teo = teoClient(fromOld);
        assert.equal((await teo.DescribeL4ProxyRules({ ...target, Offset: 0, Limit: 20 })).TotalCount, 0);
        assert.equal((await teo.DescribeOriginGroup({ ZoneId: target.ZoneId })).TotalCount, 0);
      } finally {
        await fromOld.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

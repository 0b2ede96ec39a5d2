import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { cachedLiveSource } from "../../../src/core/live/cachedLiveSource";
import { cloudLiveSource } from "../../../src/core/live/cloudLiveSource";
import { createL4RulesLiveChecks, deleteL4RulesLiveChecks, l4RulesStatusLiveChecks, modifyL4RulesLiveChecks } from "../../../src/core/live/l4RuleLiveChecks";
import { l4RuleValueOptions } from "../../../src/core/live/l4RuleValueOptions";
import type { LiveSource } from "../../../src/core/live/liveSource";
import { l4Named, zoneNamed } from "../sandbox/sandboxHarness";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";

/** The L4 rule live checks and completion against the demo sandbox, through the real SDK and the cached source. */
describe("L4 rule live checks against the sandbox", () => {
  let env: SandboxCloud;
  let source: LiveSource;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 0 });
    source = cachedLiveSource(cloudLiveSource(env.cloud));
  });
  after(() => env.close());

  const where = (proxyName: string) => {
    const zone = zoneNamed(env.sandbox, "example.com");
    return { ZoneId: zone.ZoneId, ProxyId: l4Named(env.sandbox, proxyName).ProxyId };
  };
  const codes = async (check: typeof createL4RulesLiveChecks, request: Record<string, unknown>) => (await check(request, source)).map((f) => `${f.code}@${f.path}`);
  const rule = (ports: string[], over: Record<string, unknown> = {}) => ({ Protocol: "TCP", PortRange: ports, OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.7"], OriginPortRange: ports[0], ...over });

  it("the seeded rules are read (every field), and free ports on the rule-less proxy pass", async () => {
    const game = where("game-tcp");
    const rules = await source.l4Rules(game.ZoneId, game.ProxyId);
    assert.equal(rules.length, 3);
    const web = rules.find((r) => r.ruleTag === "web")!;
    assert.deepEqual([web.protocol, web.portRange, web.originValue, web.originPortRange, web.clientIPPassThroughMode, web.status], ["TCP", ["80"], ["203.0.113.10"], "8080", "TOA", "online"]);
    assert.deepEqual(await codes(createL4RulesLiveChecks, { ...where("static-ip-l4"), L4ProxyRules: [rule(["80"]), rule(["7000-7010"])] }), []);
  });

  it("an overlap with a live rule, per protocol, on the entry's line", async () => {
    const found = await codes(createL4RulesLiveChecks, { ...where("game-tcp"), L4ProxyRules: [rule(["81", "7005"]), rule(["80"], { Protocol: "UDP" }), rule(["7010-7020"], { Protocol: "UDP", OriginPortRange: "7010-7020" })] });
    assert.deepEqual(found, ["live-l4-port-overlap@/L4ProxyRules/0/PortRange/1", "live-l4-port-overlap@/L4ProxyRules/2/PortRange/0"]);
  });

  it("an origin group: GENERAL passes, HTTP and unknown ones do not", async () => {
    const group = (id: string) => rule(["9000"], { OriginType: "ORIGIN_GROUP", OriginValue: [id] });
    const groups = await source.originGroups(where("game-tcp").ZoneId);
    const id = (name: string) => groups.find((g) => g.name === name)!.groupId;
    assert.deepEqual(await codes(createL4RulesLiveChecks, { ...where("static-ip-l4"), L4ProxyRules: [group(id("spare-general")), group(id("web-http")), group("og-nope")] }), [
      "live-origin-group-not-general@/L4ProxyRules/1/OriginValue/0",
      "live-origin-group-not-found@/L4ProxyRules/2/OriginValue/0",
    ]);
  });

  it("the proxy's state: offline refuses new rules; banned and deploying refuse any write; a paused zone", async () => {
    assert.deepEqual(await codes(createL4RulesLiveChecks, { ...where("backup-udp"), L4ProxyRules: [rule(["9000"])] }), ["live-l4-proxy-not-online@/ProxyId"]);
    assert.deepEqual(await codes(l4RulesStatusLiveChecks, { ...where("backup-udp"), RuleIds: [], Status: "online" }), []);
    assert.deepEqual(await codes(deleteL4RulesLiveChecks, { ...where("banned-l4"), RuleIds: [] }), ["live-l4-proxy-banned@/ProxyId"]);
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...where("deploying-l4"), L4ProxyRules: [] }), ["live-l4-proxy-busy@/ProxyId"]);
    const paused = zoneNamed(env.sandbox, "paused.example.org").ZoneId;
    assert.deepEqual((await codes(createL4RulesLiveChecks, { ZoneId: paused, ProxyId: "sid-none", L4ProxyRules: [] }))[0], "live-zone-paused@/ZoneId");
  });

  it("RuleIds: unknown ones, an online rule to delete, a status already set", async () => {
    const game = where("game-tcp");
    const rules = await source.l4Rules(game.ZoneId, game.ProxyId);
    const online = rules.find((r) => r.status === "online")!.ruleId;
    const offline = rules.find((r) => r.status === "offline")!.ruleId;
    assert.deepEqual(await codes(deleteL4RulesLiveChecks, { ...game, RuleIds: [online, offline, "rule-nope"] }), ["live-l4-rule-online@/RuleIds/0", "live-l4-rule-not-found@/RuleIds/2"]);
    assert.deepEqual(await codes(l4RulesStatusLiveChecks, { ...game, RuleIds: [offline], Status: "offline" }), ["live-l4-rule-status-same@/RuleIds/0"]);
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...game, L4ProxyRules: [{ RuleId: online, PortRange: ["80", "81"] }] }), []);
  });

  it("completion: the zone's L4 proxies, rule IDs, GENERAL groups and a free port", async () => {
    const game = where("game-tcp");
    const proxies = await l4RuleValueOptions("CreateL4ProxyRules", ["ProxyId"], { ZoneId: game.ZoneId }, source);
    assert.ok(proxies?.some((o) => o.value === game.ProxyId && o.detail?.includes("3 rules")));
    const ids = await l4RuleValueOptions("DeleteL4ProxyRules", ["RuleIds", 0], { ...game, RuleIds: [] }, source);
    assert.equal(ids?.length, 3);
    const groups = await l4RuleValueOptions("CreateL4ProxyRules", ["L4ProxyRules", 0, "OriginValue", 0], { ...game, L4ProxyRules: [{ OriginType: "ORIGIN_GROUP" }] }, source);
    assert.deepEqual(groups?.map((g) => g.detail).sort(), ["game-origins · GENERAL", "spare-general · GENERAL"]);
    const ports = await l4RuleValueOptions("CreateL4ProxyRules", ["L4ProxyRules", 0, "PortRange", 0], { ...game, L4ProxyRules: [{ Protocol: "TCP" }] }, source);
    assert.deepEqual(ports?.map((p) => p.value), ["7011", "1"]);
  });
});

import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { collectPages } from "../../../src/core/client/pageStream";
import type { ApiError } from "../../../src/core/errors/apiError";
import { sandboxCloud, type SandboxCloud } from "./sandboxCloud";

const fastWaits = { initialDelayMs: 50, factor: 1.5, maxDelayMs: 200, timeoutMs: 10_000 };

/** The client's rule calls against the sandbox's rules (both through the real SDK): the two sides agree. */
describe("cloud.teo.rules against the sandbox, with the real SDK", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  let zoneId = "";
  let bare = "";
  let game = "";
  before(async () => {
    env = await sandboxCloud(
      { seed: "demo", delays: 300, faults: { seed: 1, rules: [{ action: "CreateL4ProxyRules", script: ["reset-after"] }] } },
      { wait: fastWaits },
    );
    const byName = (name: string) => Object.values(env.sandbox.state.l4Proxies).find((p) => p.ProxyName === name)!;
    zoneId = byName("static-ip-l4").ZoneId;
    bare = byName("static-ip-l4").ProxyId;
    game = byName("game-tcp").ProxyId;
  });
  after(() => env.close());

  it("lists the seeded rules and origin groups", async () => {
    const { rules } = env.cloud.teo;
    assert.deepEqual((await rules.listAll(zoneId, game)).map((r) => [r.Protocol, r.PortRange, r.Status]), [
      ["TCP", ["80"], "online"],
      ["TCP", ["7000-7010"], "online"],
      ["UDP", ["7000-7010"], "offline"],
    ]);
    assert.deepEqual(await rules.listAll(zoneId, bare), []);
    const groups = await collectPages(rules.listOriginGroups(zoneId));
    assert.deepEqual(groups.map((g) => [g.Name, g.Type, g.References!.length]), [["game-origins", "GENERAL", 1], ["web-http", "HTTP", 0], ["spare-general", "GENERAL", 0]]);
  });

  it("a create whose connection is reset after it took effect is looked up, not sent again; then online, offline, gone", async () => {
    const { rules } = env.cloud.teo;
    const req = {
      ZoneId: zoneId,
      ProxyId: bare,
      L4ProxyRules: [
        { Protocol: "TCP", PortRange: ["443"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.44"], OriginPortRange: "8443" },
        { Protocol: "UDP", PortRange: ["443"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.44"], OriginPortRange: "8443" },
      ],
    };
    const created = await rules.create(req);
    assert.equal(created.resolvedBy, "lookup");
    assert.equal(created.ruleIds.length, 2);
    assert.equal(env.sandbox.state.l4Proxies[bare]!.L4ProxyRuleCount, 2, "created once");
    assert.deepEqual((await rules.waitFor(zoneId, bare, created.ruleIds, "online")).map((r) => r.Status), ["online", "online"]);

    // An enabled rule is refused deletion: disabled first, as the tree does it.
    await assert.rejects(rules.delete({ ZoneId: zoneId, ProxyId: bare, RuleIds: created.ruleIds }), (e: ApiError) => e.code === "FailedOperation");
    await rules.modifyStatus({ ZoneId: zoneId, ProxyId: bare, RuleIds: created.ruleIds, Status: "offline" });
    assert.deepEqual((await rules.waitFor(zoneId, bare, created.ruleIds, "offline")).map((r) => r.Status), ["offline", "offline"]);
    await rules.delete({ ZoneId: zoneId, ProxyId: bare, RuleIds: created.ruleIds });
    assert.deepEqual(await rules.waitFor(zoneId, bare, created.ruleIds, "gone"), []);
  });

  it("a deploy that fails ends the wait with the rule's fail status; a refusal carries the API's code", async () => {
    const { rules } = env.cloud.teo;
    const created = await rules.create({
      ZoneId: zoneId,
      ProxyId: bare,
      L4ProxyRules: [{ Protocol: "TCP", PortRange: ["25"], OriginType: "IP_DOMAIN", OriginValue: ["mail.example.invalid"], OriginPortRange: "25" }],
    });
    await assert.rejects(rules.waitFor(zoneId, bare, created.ruleIds, "online"), (e: ApiError) => e.code === "ClientError.UnexpectedStatus");
    await assert.rejects(
      rules.create({ ZoneId: zoneId, ProxyId: game, L4ProxyRules: [{ Protocol: "TCP", PortRange: ["80"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.1"], OriginPortRange: "80" }] }),
      (e: ApiError) => e.code === "InvalidParameter.RulePortDuplicating" && /^[0-9a-f-]{36}$/.test(e.requestId ?? ""),
    );
  });
});

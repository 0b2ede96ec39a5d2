import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import type { L4RulesReport } from "../../../src/core/preflight/l4RuleReport";
import { runPreflight } from "../../../src/core/preflight/runPreflight";
import { followSent, sendChecked } from "../../../src/core/preflight/sendChecked";
import { l4RuleStateOf } from "../../../src/sandbox/state/l4RuleState";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";
import { l4Named, zoneNamed } from "../sandbox/sandboxHarness";

/** The L4 rule preflight and the send from the panel, against the demo sandbox through the real SDK. */
describe("L4 rule preflight and send against the sandbox", () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 200 }, { wait: { initialDelayMs: 50, maxDelayMs: 200, timeoutMs: 20_000 }, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  });
  after(() => env.close());

  const where = (proxyName: string) => ({ ZoneId: zoneNamed(env.sandbox, "example.com").ZoneId, ProxyId: l4Named(env.sandbox, proxyName).ProxyId });
  const preflight = (action: string, params: Record<string, unknown>) => runPreflight({ action, params, findings: [] }, env.cloud) as Promise<L4RulesReport>;
  const rulesOf = (proxyId: string) => l4RuleStateOf(env.sandbox.state).rulesByProxy[proxyId] ?? [];
  const sends = (action: string) => env.sandbox.stats.actions[action]?.total ?? 0;
  const rules = [
    { Protocol: "TCP", PortRange: ["8080"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.20"], OriginPortRange: "80", ClientIPPassThroughMode: "TOA", RuleTag: "web" },
    { Protocol: "UDP", PortRange: ["9000-9009"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.21"], OriginPortRange: "9000-9009", RuleTag: "game" },
  ];
  let created: string[] = [];

  it("Create: two rules added to the proxy without any, sent once, followed until online", async () => {
    const target = where("static-ip-l4");
    const report = await preflight("CreateL4ProxyRules", { ...target, L4ProxyRules: rules });
    assert.deepEqual(report.diff?.added.map((a) => `${a.values.Protocol} ${a.values.PortRange}`), ["TCP 8080", "UDP 9000-9009"]);
    assert.deepEqual(report.diff?.kept, []);
    assert.deepEqual(report.conflicts, []);
    assert.deepEqual(report.blockers, []);
    const before = sends("CreateL4ProxyRules");
    const sent = await sendChecked("CreateL4ProxyRules", { ...target, L4ProxyRules: rules }, env.cloud, "unused");
    assert.equal(sent.resource, "l4-rules");
    assert.equal(sent.ruleIds?.length, 2);
    assert.equal(await followSent(sent, env.cloud), "online");
    assert.equal(sends("CreateL4ProxyRules"), before + 1);
    assert.deepEqual(rulesOf(target.ProxyId).map((r) => [r.RuleId, r.Status]), sent.ruleIds!.map((id) => [id, "online"]));
    created = sent.ruleIds!;
  });

  it("an overlap with a live rule: the preflight blocks it, and the API refuses it with the same code", async () => {
    const target = where("game-tcp");
    const overlap = { ...target, L4ProxyRules: [{ ...rules[0], PortRange: ["81", "80"] }] };
    const report = await preflight("CreateL4ProxyRules", overlap);
    assert.deepEqual(report.conflicts?.map((f) => `${f.code}@${f.path}`), ["live-l4-port-overlap@/L4ProxyRules/0/PortRange/1"]);
    assert.deepEqual(report.blockers.map((b) => b.code), ["live-l4-port-overlap"]);
    const refused = await sendChecked("CreateL4ProxyRules", overlap, env.cloud, "unused").catch((e: unknown) => e);
    assert.ok(refused instanceof ApiError);
    assert.equal(refused.code, "InvalidParameter.RulePortDuplicating");
  });

  it("Modify: field by field beside the live rule, nothing removed, redeployed", async () => {
    const target = where("static-ip-l4");
    const params = { ...target, L4ProxyRules: [{ RuleId: created[0], OriginPortRange: "8080", RuleTag: "web" }] };
    const report = await preflight("ModifyL4ProxyRules", params);
    assert.deepEqual(report.diff?.changed[0]?.fields.map((f) => [f.field, f.current, f.target, f.changed]), [
      ["OriginPortRange", "80", "8080", true],
      ["RuleTag", "web", "web", false],
    ]);
    assert.deepEqual(report.diff?.removed, []);
    assert.deepEqual(report.diff?.kept.map((k) => k.ruleId), [created[1]]);
    assert.deepEqual(report.blockers, []);
    const sent = await sendChecked("ModifyL4ProxyRules", params, env.cloud, "unused");
    await followSent(sent, env.cloud);
    assert.equal(rulesOf(target.ProxyId).find((r) => r.RuleId === created[0])?.OriginPortRange, "8080");
  });

  it("Delete of an online rule is blocked until it is offline; then it goes", async () => {
    const target = where("static-ip-l4");
    const del = { ...target, RuleIds: [created[1]] };
    assert.deepEqual((await preflight("DeleteL4ProxyRules", del)).blockers.map((b) => b.code), ["live-l4-rule-online"]);
    const offline = { ...target, RuleIds: [created[1]], Status: "offline" };
    const switched = await preflight("ModifyL4ProxyRulesStatus", offline);
    assert.deepEqual(switched.diff?.switched, [{ ruleId: created[1], from: "online", to: "offline" }]);
    assert.deepEqual(switched.blockers, []);
    assert.equal(await followSent(await sendChecked("ModifyL4ProxyRulesStatus", offline, env.cloud, "unused"), env.cloud), "offline");

    const report = await preflight("DeleteL4ProxyRules", del);
    assert.deepEqual(report.diff?.removed.map((r) => [r.ruleId, r.status]), [[created[1], "offline"]]);
    assert.deepEqual(report.blockers, []);
    assert.equal(await followSent(await sendChecked("DeleteL4ProxyRules", del, env.cloud, "unused"), env.cloud), "gone");
    assert.deepEqual(rulesOf(target.ProxyId).map((r) => r.RuleId), [created[0]]);
  });

  it("an HTTP-only origin group is a blocker, and the API refuses it too", async () => {
    const target = where("static-ip-l4");
    const group = Object.values(l4RuleStateOf(env.sandbox.state).originGroups).find((g) => g.Name === "web-http")!;
    const params = { ...target, L4ProxyRules: [{ ...rules[0], PortRange: ["7000"], OriginPortRange: "7000", OriginType: "ORIGIN_GROUP", OriginValue: [group.GroupId] }] };
    assert.deepEqual((await preflight("CreateL4ProxyRules", params)).blockers.map((b) => b.code), ["live-origin-group-not-general"]);
    const refused = await sendChecked("CreateL4ProxyRules", params, env.cloud, "unused").catch((e: unknown) => e);
    assert.ok(refused instanceof ApiError);
    assert.equal(refused.code, "InvalidParameter.InvalidOriginGroupType");
  });
});

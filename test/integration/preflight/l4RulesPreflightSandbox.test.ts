import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import type { L4RulesReport } from "../../../src/core/preflight/l4RuleReport";
import { runPreflight } from "../../../src/core/preflight/runPreflight";
import { followSent, sendChecked } from "../../../src/core/preflight/sendChecked";
import { validateRequestObject } from "../../../src/core/validation/validateRequestObject";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";

/** The four L4 rule writes as the panel runs them (preflight, one send, follow), through the real SDK and the sandbox. */
describe("L4 rule writes from the preflight panel, against the sandbox", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  const named = (name: string) => Object.values(env.sandbox.state.l4Proxies).find((p) => p.ProxyName === name)!;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: { initialDelayMs: 50, maxDelayMs: 200, timeoutMs: 20_000 }, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  });
  after(() => env.close());

  const preflight = async (action: string, params: Record<string, unknown>) => (await runPreflight({ action, params, findings: [] }, env.cloud)) as L4RulesReport;

  it("create two rules, see them online; disable one; delete it: each write sent once and followed to its target", async () => {
    const { ZoneId, ProxyId } = named("static-ip-l4");
    const create = {
      ZoneId,
      ProxyId,
      L4ProxyRules: [
        { Protocol: "TCP", PortRange: ["8443"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.40"], OriginPortRange: "443", ClientIPPassThroughMode: "PPV2" },
        { Protocol: "UDP", PortRange: ["9000-9009"], OriginType: "IP_DOMAIN", OriginValue: ["game.example.com"], OriginPortRange: "9000-9009", ClientIPPassThroughMode: "SPP" },
      ],
    };
    assert.deepEqual(validateRequestObject({ Action: "CreateL4ProxyRules", ...create }).findings.filter((f) => f.severity === "error"), []);
    const report = await preflight("CreateL4ProxyRules", create);
    assert.equal(report.kind, "teo-l4-rules");
    assert.deepEqual(report.blockers, []);
    assert.equal(report.proxy?.ok && report.proxy.value?.status, "online");
    assert.deepEqual(report.liveRules?.ok && report.liveRules.value, []);

    const sent = await sendChecked("CreateL4ProxyRules", create, env.cloud, "unused-token");
    assert.deepEqual([sent.resource, sent.id, sent.zoneId, sent.target, sent.ruleIds?.length], ["l4-rules", ProxyId, ZoneId, "online", 2]);
    assert.equal(await followSent(sent, env.cloud), "online");
    const live = await env.cloud.teo.rules.listAll(ZoneId, ProxyId);
    assert.deepEqual(live.map((r) => [r.RuleId, r.Status]), sent.ruleIds!.map((id) => [id, "online"]));

    const [tcpRule, udpRule] = sent.ruleIds!;
    const changed = await sendChecked("ModifyL4ProxyRules", { ZoneId, ProxyId, L4ProxyRules: [{ RuleId: tcpRule!, RuleTag: "https" }] }, env.cloud, "t");
    assert.equal(changed.target, "settled");
    assert.equal(await followSent(changed, env.cloud), "settled");

    const off = await sendChecked("ModifyL4ProxyRulesStatus", { ZoneId, ProxyId, RuleIds: [udpRule!], Status: "offline" }, env.cloud, "t");
    assert.equal(await followSent(off, env.cloud), "offline");
    const gone = await sendChecked("DeleteL4ProxyRules", { ZoneId, ProxyId, RuleIds: [udpRule!] }, env.cloud, "t");
    assert.equal(await followSent(gone, env.cloud), "gone");
    assert.deepEqual((await env.cloud.teo.rules.listAll(ZoneId, ProxyId)).map((r) => [r.RuleId, r.RuleTag]), [[tcpRule, "https"]]);
  });

  it("blocks rules on an offline proxy (not their deletion), on a deploying one, in a paused zone, and for a missing proxy", async () => {
    const offline = named("backup-udp");
    const rule = { Protocol: "TCP", PortRange: ["80"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.1"], OriginPortRange: "80" };
    const blocked = await preflight("CreateL4ProxyRules", { ZoneId: offline.ZoneId, ProxyId: offline.ProxyId, L4ProxyRules: [rule] });
    assert.deepEqual(blocked.blockers, [{ code: "live-l4-proxy-not-online", params: { id: offline.ProxyId, status: "offline" } }]);
    // The offline proxy does not block a delete; the rule it does not have does.
    const deletion = await preflight("DeleteL4ProxyRules", { ZoneId: offline.ZoneId, ProxyId: offline.ProxyId, RuleIds: ["rule-x"] });
    assert.deepEqual(deletion.blockers.map((b) => b.code), ["live-l4-rule-not-found"]);

    const deploying = named("deploying-l4");
    const busy = await preflight("ModifyL4ProxyRulesStatus", { ZoneId: deploying.ZoneId, ProxyId: deploying.ProxyId, RuleIds: ["rule-x"], Status: "online" });
    assert.deepEqual(busy.blockers.map((b) => b.code), ["live-l4-proxy-busy", "live-l4-rule-not-found"]);

    const paused = named("paused-l4");
    assert.deepEqual((await preflight("CreateL4ProxyRules", { ZoneId: paused.ZoneId, ProxyId: paused.ProxyId, L4ProxyRules: [rule] })).blockers.map((b) => b.code), ["live-zone-paused", "live-l4-proxy-not-online"]);
    const missing = await preflight("CreateL4ProxyRules", { ZoneId: offline.ZoneId, ProxyId: "sid-nothere", L4ProxyRules: [rule] });
    assert.deepEqual(missing.blockers.map((b) => b.code), ["live-l4-proxy-not-found"]);
  });
});

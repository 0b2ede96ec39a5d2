import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { L4ProxyRule, OriginGroup } from "../../../src/core/client/teoTypes";
import { ApiError } from "../../../src/core/errors/apiError";
import type { L4RulesReport } from "../../../src/core/preflight/l4RuleReport";
import type { PreflightCloud } from "../../../src/core/preflight/preflightCloud";
import { runPreflight } from "../../../src/core/preflight/runPreflight";

const RULES: L4ProxyRule[] = [
  { RuleId: "rule-web", Protocol: "TCP", PortRange: ["80"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.10"], OriginPortRange: "8080", ClientIPPassThroughMode: "TOA", SessionPersist: "off", RuleTag: "web", Status: "online" },
  { RuleId: "rule-dns", Protocol: "UDP", PortRange: ["53"], OriginType: "IP_DOMAIN", OriginValue: ["198.51.100.53"], OriginPortRange: "53", ClientIPPassThroughMode: "OFF", SessionPersist: "off", RuleTag: "dns", Status: "offline" },
];
const GROUPS: OriginGroup[] = [
  { GroupId: "og-general", Name: "general", Type: "GENERAL" },
  { GroupId: "og-http", Name: "web", Type: "HTTP" },
];

/** An account with zone-a (sid-on online with RULES, sid-off offline) and a paused zone-p; `calls` counts each read. */
function account(options: { rulesFail?: boolean } = {}) {
  const calls: string[] = [];
  const proxies: Record<string, { ProxyId: string; ProxyName: string; Status: string; L4ProxyRuleCount: number }> = {
    "sid-on": { ProxyId: "sid-on", ProxyName: "game", Status: "online", L4ProxyRuleCount: 2 },
    "sid-off": { ProxyId: "sid-off", ProxyName: "backup", Status: "offline", L4ProxyRuleCount: 0 },
  };
  const cloud = {
    teo: {
      findZone: async (id: string) => {
        calls.push("DescribeZones");
        return id === "zone-a" ? { ZoneId: "zone-a", ZoneName: "example.com", Status: "active", Paused: false } : id === "zone-p" ? { ZoneId: "zone-p", ZoneName: "p.com", Paused: true } : undefined;
      },
      describeL4Proxy: async (zone: string, id: string) => {
        calls.push("DescribeL4Proxy");
        return zone === "zone-a" ? proxies[id] : undefined;
      },
      rules: {
        listAll: async (_zone: string, id: string) => {
          calls.push("DescribeL4ProxyRules");
          if (options.rulesFail) throw new ApiError({ code: "InternalError", message: "x", requestId: "req-1", action: "DescribeL4ProxyRules", service: "teo", retryable: false, ambiguous: false });
          return id === "sid-on" ? RULES : [];
        },
        listOriginGroups: async function* () {
          calls.push("DescribeOriginGroup");
          yield { items: GROUPS, total: GROUPS.length, offset: 0 };
        },
      },
    },
  } as unknown as PreflightCloud;
  return { cloud, calls };
}

const run = (action: string, params: Record<string, unknown>, cloud = account().cloud) => runPreflight({ action, params, findings: [] }, cloud) as Promise<L4RulesReport>;
const rule = (ports: string[], over: Record<string, unknown> = {}) => ({ Protocol: "TCP", PortRange: ports, OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.7"], OriginPortRange: ports[0], ...over });
const on = { ZoneId: "zone-a", ProxyId: "sid-on" };

describe("preflight of L4 rule writes", () => {
  it("a Create: the added rules beside the kept ones, no conflict, nothing blocks, no origin groups asked for", async () => {
    const { cloud, calls } = account();
    const report = await run("CreateL4ProxyRules", { ...on, L4ProxyRules: [rule(["81"]), rule(["53"])] }, cloud);
    assert.equal(report.kind, "teo-l4-rules");
    assert.deepEqual(report.diff?.added.map((a) => a.values.PortRange), ["81", "53"]);
    assert.deepEqual(report.diff?.kept.map((k) => k.ruleId), ["rule-web", "rule-dns"]);
    assert.deepEqual(report.conflicts, []);
    assert.deepEqual(report.blockers, []);
    assert.deepEqual(calls.sort(), ["DescribeL4Proxy", "DescribeL4ProxyRules", "DescribeZones"]);
  });
  it("an overlap with a live rule and an HTTP origin group block the send, each with its path", async () => {
    const report = await run("CreateL4ProxyRules", { ...on, L4ProxyRules: [rule(["79-81"]), rule(["90"], { OriginType: "ORIGIN_GROUP", OriginValue: ["og-http"] })] });
    assert.deepEqual(report.conflicts?.map((f) => `${f.code}@${f.path}`), ["live-l4-port-overlap@/L4ProxyRules/0/PortRange/0", "live-origin-group-not-general@/L4ProxyRules/1/OriginValue/0"]);
    assert.deepEqual(report.blockers, [
      { code: "live-l4-port-overlap", params: { range: "79-81", protocol: "TCP", rule: "rule-web", existing: "80" } },
      { code: "live-origin-group-not-general", params: { id: "og-http", name: "web", type: "HTTP" } },
    ]);
  });
  it("a Modify: field by field, and nothing removed", async () => {
    const report = await run("ModifyL4ProxyRules", { ...on, L4ProxyRules: [{ RuleId: "rule-web", OriginPortRange: "8081", RuleTag: "web" }] });
    assert.deepEqual(report.diff?.changed[0]?.fields.map((f) => [f.field, f.current, f.target, f.changed]), [
      ["OriginPortRange", "8080", "8081", true],
      ["RuleTag", "web", "web", false],
    ]);
    assert.deepEqual(report.diff?.removed, []);
    assert.deepEqual(report.blockers, []);
  });
  it("a Delete of an online rule on an online proxy is blocked: it must be taken offline first", async () => {
    const report = await run("DeleteL4ProxyRules", { ...on, RuleIds: ["rule-web", "rule-dns"] });
    assert.deepEqual(report.diff?.removed.map((r) => r.ruleId), ["rule-web", "rule-dns"]);
    assert.deepEqual(report.blockers.map((b) => b.code), ["live-l4-rule-online"]);
    const offline = await run("DeleteL4ProxyRules", { ...on, RuleIds: ["rule-dns"] });
    assert.deepEqual(offline.blockers, []);
  });
  it("a status change: switched rules, a warning (not a blocker) for one already there", async () => {
    const report = await run("ModifyL4ProxyRulesStatus", { ...on, RuleIds: ["rule-web", "rule-dns"], Status: "online" });
    assert.deepEqual(report.diff?.switched, [
      { ruleId: "rule-web", from: "online", to: "online" },
      { ruleId: "rule-dns", from: "offline", to: "online" },
    ]);
    assert.deepEqual(report.conflicts?.map((f) => `${f.code}:${f.severity}`), ["live-l4-rule-status-same:warning"]);
    assert.deepEqual(report.blockers, []);
  });
  it("the proxy's state and the zone's", async () => {
    assert.deepEqual((await run("CreateL4ProxyRules", { ZoneId: "zone-a", ProxyId: "sid-off", L4ProxyRules: [rule(["1"])] })).blockers.map((b) => b.code), ["live-l4-proxy-not-online"]);
    assert.deepEqual((await run("DeleteL4ProxyRules", { ZoneId: "zone-a", ProxyId: "sid-off", RuleIds: [] })).blockers, [], "an offline proxy's rules can be deleted");
    assert.deepEqual((await run("CreateL4ProxyRules", { ZoneId: "zone-a", ProxyId: "sid-9", L4ProxyRules: [] })).blockers.map((b) => b.code), ["live-l4-proxy-not-found"]);
    assert.deepEqual((await run("CreateL4ProxyRules", { ZoneId: "zone-9", ProxyId: "sid-on", L4ProxyRules: [] })).blockers.map((b) => b.code), ["live-zone-not-found"]);
    assert.deepEqual((await run("CreateL4ProxyRules", { ZoneId: "zone-p", ProxyId: "sid-on", L4ProxyRules: [] })).blockers.map((b) => b.code), ["live-l4-proxy-not-found", "live-zone-paused"]);
  });
  it("live rules that cannot be read: a failed part and a blocker, no diff", async () => {
    const report = await run("CreateL4ProxyRules", { ...on, L4ProxyRules: [rule(["81"])] }, account({ rulesFail: true }).cloud);
    assert.equal(report.liveRules?.ok, false);
    assert.equal(report.diff, undefined);
    assert.deepEqual(report.blockers, [{ code: "check-failed", params: { code: "InternalError" } }]);
  });
  it("errors in the file are a blocker before the rest", async () => {
    const report = (await runPreflight({ action: "CreateL4ProxyRules", params: { ...on, L4ProxyRules: [rule(["81"])] }, findings: [{ path: "/L4ProxyRules/0/Protocol", code: "invalid-enum", severity: "error", target: "value", params: {} }] }, account().cloud)) as L4RulesReport;
    assert.equal(report.blockers[0]?.code, "file-errors");
  });
});

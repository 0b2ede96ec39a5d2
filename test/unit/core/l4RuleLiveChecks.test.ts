import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { PortIndex, portInterval } from "../../../src/core/live/l4PortIntervals";
import { createL4RulesLiveChecks, deleteL4RulesLiveChecks, l4RulesStatusLiveChecks, modifyL4RulesLiveChecks } from "../../../src/core/live/l4RuleLiveChecks";
import type { LiveSource } from "../../../src/core/live/liveSource";
import { l4RuleAccount } from "./l4RuleAccount";

const zones: Record<string, { zoneId: string; name: string; paused: boolean; status: string }> = {
  "zone-a": { zoneId: "zone-a", name: "a.com", paused: false, status: "active" },
  "zone-p": { zoneId: "zone-p", name: "p.com", paused: true, status: "active" },
};
const source = { ...l4RuleAccount(), zone: async (id: string) => zones[id] } satisfies Pick<LiveSource, "zone"> & ReturnType<typeof l4RuleAccount>;

type Check = typeof createL4RulesLiveChecks;
const codes = async (check: Check, request: Record<string, unknown>) => (await check(request, source)).map((f) => `${f.code}@${f.path}`);

const tcp = (ports: string[], over: Record<string, unknown> = {}) => ({ Protocol: "TCP", PortRange: ports, OriginType: "IP_DOMAIN", OriginValue: ["8.8.8.8"], OriginPortRange: "80", ...over });
const on = { ZoneId: "zone-a", ProxyId: "sid-on" };

describe("port intervals", () => {
  it("reads a port or an ascending range in 1–65535, nothing else", () => {
    assert.deepEqual(portInterval("80"), { lo: 80, hi: 80 });
    assert.deepEqual(portInterval("81-85"), { lo: 81, hi: 85 });
    for (const bad of ["0", "65536", "85-81", "80-", "-80", " 80", "80,81", "1".repeat(20), 80]) assert.equal(portInterval(bad), undefined, String(bad));
  });
  it("finds an overlap on either side and inside, and skips an owner", () => {
    const index = new PortIndex([
      { lo: 10, hi: 20, text: "10-20", owner: "a" },
      { lo: 30, hi: 30, text: "30", owner: "b" },
      { lo: 1, hi: 100, text: "1-100", owner: "c" },
    ]);
    assert.equal(index.overlapping({ lo: 25, hi: 25 })?.owner, "c");
    assert.equal(index.overlapping({ lo: 25, hi: 25 }, (o) => o === "c"), undefined);
    assert.equal(index.overlapping({ lo: 20, hi: 29 }, (o) => o === "c")?.owner, "a");
    assert.equal(index.overlapping({ lo: 30, hi: 40 }, (o) => o === "c")?.owner, "b");
    assert.equal(index.overlapping({ lo: 101, hi: 200 }), undefined);
  });
  it("stays fast with thousands of intervals", () => {
    const entries = Array.from({ length: 20_000 }, (_, k) => ({ lo: k * 3 + 1, hi: k * 3 + 2, text: "", owner: k }));
    const index = new PortIndex(entries);
    const started = performance.now();
    for (let k = 0; k < 20_000; k++) index.overlapping({ lo: k * 3 + 3, hi: k * 3 + 3 });
    assert.ok(performance.now() - started < 500);
  });
});

describe("L4 rule live checks", () => {
  it("a free port on an online proxy raises nothing", async () => assert.deepEqual(await codes(createL4RulesLiveChecks, { ...on, L4ProxyRules: [tcp(["81"]), tcp(["53"])] }), []));
  it("the zone must exist and not be paused", async () => {
    assert.deepEqual(await codes(createL4RulesLiveChecks, { ZoneId: "zone-9", ProxyId: "sid-on", L4ProxyRules: [tcp(["80"])] }), ["live-zone-not-found@/ZoneId"]);
    assert.deepEqual(await codes(createL4RulesLiveChecks, { ZoneId: "zone-p", ProxyId: "sid-on", L4ProxyRules: [] }), ["live-zone-paused@/ZoneId", "live-l4-proxy-not-found@/ProxyId"]);
  });
  it("the proxy must exist and be online to take rules", async () => {
    const of = (ProxyId: string) => codes(createL4RulesLiveChecks, { ZoneId: "zone-a", ProxyId, L4ProxyRules: [tcp(["81"])] });
    assert.deepEqual(await of("sid-9"), ["live-l4-proxy-not-found@/ProxyId"]);
    assert.deepEqual(await of("sid-off"), ["live-l4-proxy-not-online@/ProxyId"]);
    assert.deepEqual(await of("sid-busy"), ["live-l4-proxy-busy@/ProxyId"]);
    assert.deepEqual(await of("sid-ban"), ["live-l4-proxy-banned@/ProxyId"]);
  });
  it("a port taken on the proxy, per protocol, on the entry's own path", async () => {
    const found = await createL4RulesLiveChecks({ ...on, L4ProxyRules: [tcp(["81", "8005-8020"]), tcp(["53"], { Protocol: "UDP" }), tcp(["79-80"])] }, source);
    assert.deepEqual(
      found.map((f) => [f.path, f.params]),
      [
        ["/L4ProxyRules/0/PortRange/1", { range: "8005-8020", protocol: "TCP", rule: "rule-1", existing: "8000-8010" }],
        ["/L4ProxyRules/1/PortRange/0", { range: "53", protocol: "UDP", rule: "rule-2", existing: "53" }],
        ["/L4ProxyRules/2/PortRange/0", { range: "79-80", protocol: "TCP", rule: "rule-1", existing: "80" }],
      ],
    );
    assert.ok(found.every((f) => f.live && f.code === "live-l4-port-overlap"));
  });
  it("an origin group must exist in the zone and be GENERAL", async () => {
    const group = (id: string) => tcp(["81"], { OriginType: "ORIGIN_GROUP", OriginValue: [id] });
    assert.deepEqual(await codes(createL4RulesLiveChecks, { ...on, L4ProxyRules: [group("og-g"), group("og-h"), group("og-9")] }), [
      "live-origin-group-not-general@/L4ProxyRules/1/OriginValue/0",
      "live-origin-group-not-found@/L4ProxyRules/2/OriginValue/0",
    ]);
  });
  it("a Modify: its RuleIds exist, and its own old ports are no conflict", async () => {
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...on, L4ProxyRules: [{ RuleId: "rule-1", PortRange: ["80", "8000-8011"] }] }), []);
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...on, L4ProxyRules: [{ RuleId: "rule-9", PortRange: ["90"] }] }), ["live-l4-rule-not-found@/L4ProxyRules/0/RuleId"]);
  });
  it("a Modify onto another rule's ports, or onto ports a rule it keeps still holds", async () => {
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...on, L4ProxyRules: [{ RuleId: "rule-3", PortRange: ["8008"] }] }), ["live-l4-rule-busy@/L4ProxyRules/0/RuleId", "live-l4-port-overlap@/L4ProxyRules/0/PortRange/0"]);
    // rule-1 is in the file without new ports: it keeps 80, so rule-3 cannot move there.
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...on, L4ProxyRules: [{ RuleId: "rule-1", RuleTag: "x" }, { RuleId: "rule-3", PortRange: ["80"] }] }), [
      "live-l4-rule-busy@/L4ProxyRules/1/RuleId",
      "live-l4-port-overlap@/L4ProxyRules/1/PortRange/0",
    ]);
    // Both move: checked against each other offline, not here.
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...on, L4ProxyRules: [{ RuleId: "rule-1", PortRange: ["90"] }, { RuleId: "rule-3", PortRange: ["80"] }] }), ["live-l4-rule-busy@/L4ProxyRules/1/RuleId"]);
  });
  it("a Modify that changes the protocol keeps the ports, now in the other protocol's space", async () => {
    const proxy = { ...on, L4ProxyRules: [{ RuleId: "rule-2", Protocol: "TCP" }] };
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, proxy), []);
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...on, L4ProxyRules: [{ RuleId: "rule-1", Protocol: "UDP", PortRange: ["53"] }] }), ["live-l4-port-overlap@/L4ProxyRules/0/PortRange/0"]);
  });
  it("a Modify to an HTTP origin group, the live type standing in for an absent OriginType", async () => {
    assert.deepEqual(await codes(modifyL4RulesLiveChecks, { ...on, L4ProxyRules: [{ RuleId: "rule-3", OriginValue: ["og-h"] }] }), [
      "live-l4-rule-busy@/L4ProxyRules/0/RuleId",
      "live-origin-group-not-general@/L4ProxyRules/0/OriginValue/0",
    ]);
  });
  it("ModifyL4ProxyRulesStatus: RuleIds exist; already there or on the way is a warning", async () => {
    const found = await l4RulesStatusLiveChecks({ ...on, RuleIds: ["rule-1", "rule-2", "rule-3", "rule-9"], Status: "online" }, source);
    assert.deepEqual(
      found.map((f) => `${f.code}@${f.path}:${f.severity}`),
      ["live-l4-rule-status-same@/RuleIds/0:warning", "live-l4-rule-busy@/RuleIds/2:warning", "live-l4-rule-not-found@/RuleIds/3:error"],
    );
  });
  it("a status change and a delete are allowed on an offline proxy, not on a deploying one", async () => {
    assert.deepEqual(await codes(l4RulesStatusLiveChecks, { ZoneId: "zone-a", ProxyId: "sid-off", RuleIds: [], Status: "online" }), []);
    assert.deepEqual(await codes(deleteL4RulesLiveChecks, { ZoneId: "zone-a", ProxyId: "sid-busy", RuleIds: [] }), ["live-l4-proxy-busy@/ProxyId"]);
  });
  it("DeleteL4ProxyRules: an online rule on an online proxy must be taken offline first", async () => {
    const found = await deleteL4RulesLiveChecks({ ...on, RuleIds: ["rule-1", "rule-2", "rule-9"] }, source);
    assert.deepEqual(found.map((f) => `${f.code}@${f.path}:${f.severity}`), ["live-l4-rule-online@/RuleIds/0:error", "live-l4-rule-not-found@/RuleIds/2:error"]);
  });
  it("a failed proxy takes no rule write", async () => {
    assert.deepEqual(await codes(deleteL4RulesLiveChecks, { ZoneId: "zone-a", ProxyId: "sid-fail", RuleIds: [] }), ["live-l4-proxy-failed@/ProxyId"]);
  });
  it("hostile shapes neither throw nor run long", async () => {
    const many = Array.from({ length: 5000 }, (_, k) => tcp([String((k % 65535) + 1), `${k}-x`, 7 as unknown as string]));
    const started = performance.now();
    for (const request of [{ ...on, L4ProxyRules: many }, { ...on, L4ProxyRules: "x" }, { ...on, L4ProxyRules: [null, 1, [], { PortRange: {} }] }, { ...on, RuleIds: { a: 1 } }]) {
      await createL4RulesLiveChecks(request, source);
      await modifyL4RulesLiveChecks(request, source);
      await deleteL4RulesLiveChecks(request, source);
    }
    assert.ok(performance.now() - started < 2000);
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { l4RuleDiff } from "../../../src/core/preflight/l4RuleDiff";
import { l4Rule } from "../core/l4RuleAccount";

const live = [
  l4Rule({ ruleId: "rule-1", portRange: ["80", "8000-8010"], sessionPersistTime: 3600 }),
  l4Rule({ ruleId: "rule-2", protocol: "UDP", portRange: ["53"], originPortRange: "53", status: "offline" }),
];
const base = { ZoneId: "zone-a", ProxyId: "sid-on" };

describe("L4 rule diff", () => {
  it("a Create adds the file's rules and keeps every live one", () => {
    const diff = l4RuleDiff("CreateL4ProxyRules", { ...base, L4ProxyRules: [{ Protocol: "TCP", PortRange: ["81", "82-83"], OriginType: "IP_DOMAIN", OriginValue: ["8.8.8.8"], OriginPortRange: "81" }] }, live);
    assert.deepEqual(diff.added, [{ index: 0, values: { Protocol: "TCP", PortRange: "81, 82-83", OriginType: "IP_DOMAIN", OriginValue: "8.8.8.8", OriginPortRange: "81" } }]);
    assert.deepEqual(diff.kept.map((k) => k.ruleId), ["rule-1", "rule-2"]);
    assert.deepEqual([diff.changed, diff.removed, diff.switched, diff.missing], [[], [], [], []]);
  });
  it("a Modify changes field by field, the fields the file sets only, and removes nothing", () => {
    const diff = l4RuleDiff("ModifyL4ProxyRules", { ...base, L4ProxyRules: [{ RuleId: "rule-1", PortRange: ["80", "8000-8020"], RuleTag: "", SessionPersistTime: 3600 }, { RuleId: "rule-9" }] }, live);
    assert.deepEqual(diff.changed, [
      {
        index: 0,
        ruleId: "rule-1",
        fields: [
          { field: "PortRange", current: "80, 8000-8010", target: "80, 8000-8020", changed: true },
          { field: "SessionPersistTime", current: "3600", target: "3600", changed: false },
          { field: "RuleTag", current: "", target: "", changed: false },
        ],
      },
    ]);
    assert.deepEqual(diff.missing, ["rule-9"]);
    assert.deepEqual(diff.removed, []);
    assert.deepEqual(diff.kept.map((k) => k.ruleId), ["rule-2"]);
  });
  it("a Delete removes the named rules once each; a status change switches them", () => {
    const deleted = l4RuleDiff("DeleteL4ProxyRules", { ...base, RuleIds: ["rule-2", "rule-2", "rule-7"] }, live);
    assert.deepEqual(deleted.removed.map((r) => [r.index, r.ruleId, r.status, r.values.PortRange]), [[0, "rule-2", "offline", "53"]]);
    assert.deepEqual(deleted.missing, ["rule-7"]);
    assert.deepEqual(deleted.kept.map((k) => k.ruleId), ["rule-1"]);
    const switched = l4RuleDiff("ModifyL4ProxyRulesStatus", { ...base, RuleIds: ["rule-1", "rule-2"], Status: "offline" }, live);
    assert.deepEqual(switched.switched, [
      { ruleId: "rule-1", from: "online", to: "offline" },
      { ruleId: "rule-2", from: "offline", to: "offline" },
    ]);
  });
  it("hostile shapes give an empty diff, bounded", () => {
    const many = Array.from({ length: 50_000 }, () => ({ RuleId: "rule-1", PortRange: Array(1000).fill("1") }));
    const diff = l4RuleDiff("ModifyL4ProxyRules", { L4ProxyRules: many }, live);
    assert.equal(diff.changed.length, 1000);
    assert.deepEqual(l4RuleDiff("DeleteL4ProxyRules", { RuleIds: "x" }, live).removed, []);
    assert.deepEqual(l4RuleDiff("CreateL4ProxyRules", { L4ProxyRules: [null, 3, { PortRange: { a: 1 } }] }, []).added.map((a) => a.values), [{}, {}, {}]);
  });
});

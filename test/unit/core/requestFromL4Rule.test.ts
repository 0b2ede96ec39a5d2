import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { l4RuleLine } from "../../../src/core/model/l4RuleText";
import { createL4RulesRequest, MAX_RULES_PER_REQUEST, modifyL4RulesRequest } from "../../../src/core/requests/requestFromL4Rule";

const live = {
  RuleId: "rule-1",
  Protocol: "TCP",
  PortRange: ["80", "81-85"],
  OriginType: "IP_DOMAIN",
  OriginValue: ["203.0.113.10"],
  OriginPortRange: "8080",
  ClientIPPassThroughMode: "TOA",
  SessionPersist: "off",
  SessionPersistTime: 3600,
  RuleTag: "web",
  Status: "online",
  BuId: "bu",
  RemoteAuth: null,
};

describe("requests from live L4 rules", () => {
  it("pre-fills ModifyL4ProxyRules with each rule's ID and writable fields, not its status", () => {
    const { request, omitted } = modifyL4RulesRequest("zone-1", "sid-1", [live]);
    assert.equal(omitted, 0);
    assert.deepEqual(request, {
      Action: "ModifyL4ProxyRules",
      Version: "2022-09-01",
      ZoneId: "zone-1",
      ProxyId: "sid-1",
      L4ProxyRules: [
        { RuleId: "rule-1", Protocol: "TCP", PortRange: ["80", "81-85"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.10"], OriginPortRange: "8080", ClientIPPassThroughMode: "TOA", SessionPersist: "off", RuleTag: "web" },
      ],
    });
  });

  it("keeps SessionPersistTime only with SessionPersist on", () => {
    const { request } = modifyL4RulesRequest("z", "p", [{ ...live, SessionPersist: "on", SessionPersistTime: 600 }]);
    assert.equal((request.L4ProxyRules as Record<string, unknown>[])[0]!.SessionPersistTime, 600);
  });

  it("drops values of the wrong type from an answer, rules without an ID, and what is beyond 200 rules", () => {
    const hostile = { RuleId: "rule-x", Protocol: 7, PortRange: ["80", 81, null], OriginValue: "not-a-list", SessionPersistTime: "600" };
    const many = Array.from({ length: MAX_RULES_PER_REQUEST + 5 }, (_, i) => ({ ...live, RuleId: `rule-${i}` }));
    const { request, omitted } = modifyL4RulesRequest("z", "p", [hostile, { Protocol: "TCP" }, ...many]);
    const rules = request.L4ProxyRules as Record<string, unknown>[];
    assert.deepEqual(rules[0], { RuleId: "rule-x", PortRange: ["80"] });
    assert.equal(rules.length, MAX_RULES_PER_REQUEST);
    assert.equal(omitted, 6);
  });

  it("opens CreateL4ProxyRules for a proxy with no rules yet", () => {
    assert.deepEqual(createL4RulesRequest("zone-1", "sid-1"), { Action: "CreateL4ProxyRules", Version: "2022-09-01", ZoneId: "zone-1", ProxyId: "sid-1", L4ProxyRules: [] });
  });

  it("words a rule in one short line: protocol, ports → origin:port", () => {
    assert.equal(l4RuleLine(live), "TCP 80,81-85 → 203.0.113.10:8080");
    assert.equal(l4RuleLine({ PortRange: Array.from({ length: 9 }, (_, i) => String(i + 1)), OriginValue: ["a", "b", "c"] }), "? 1,2,3,4 +5 → a,b +1");
    assert.ok(l4RuleLine({ Protocol: "x".repeat(100_000) }).length < 700, "a hostile answer cannot make a row long");
  });
});

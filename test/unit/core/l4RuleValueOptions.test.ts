import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { l4RuleValueOptions } from "../../../src/core/live/l4RuleValueOptions";
import { l4RuleAccount } from "./l4RuleAccount";

const source = l4RuleAccount();
const on = { ZoneId: "zone-a", ProxyId: "sid-on" };
const values = async (action: string, path: (string | number)[], request: Record<string, unknown>) =>
  (await l4RuleValueOptions(action, path, request, source))?.map((o) => o.value);

describe("L4 rule completion", () => {
  it("offers the zone's L4 proxies, with their state and rule count", async () => {
    const options = await l4RuleValueOptions("CreateL4ProxyRules", ["ProxyId"], { ZoneId: "zone-a" }, source);
    assert.deepEqual(options?.map((o) => o.value), ["sid-on", "sid-off", "sid-busy", "sid-ban", "sid-empty", "sid-fail"]);
    assert.equal(options?.[0]?.detail, "on · online · 4 rules");
  });
  it("offers the proxy's rules for RuleIds, not the ones the file names already, those not yet at the target first", async () => {
    assert.deepEqual(await values("ModifyL4ProxyRulesStatus", ["RuleIds", 1], { ...on, Status: "online", RuleIds: ["rule-2", ""] }), ["rule-3", "rule-1"]);
    assert.deepEqual(await values("ModifyL4ProxyRules", ["L4ProxyRules", 0, "RuleId"], { ...on, L4ProxyRules: [{}] }), ["rule-1", "rule-2", "rule-3"]);
  });
  it("offers GENERAL origin groups only, and only for an ORIGIN_GROUP rule", async () => {
    assert.deepEqual(await values("CreateL4ProxyRules", ["L4ProxyRules", 0, "OriginValue", 0], { ...on, L4ProxyRules: [{ OriginType: "ORIGIN_GROUP" }] }), ["og-g"]);
    assert.equal(await values("CreateL4ProxyRules", ["L4ProxyRules", 0, "OriginValue", 0], { ...on, L4ProxyRules: [{ OriginType: "IP_DOMAIN" }] }), undefined);
    // A Modify without OriginType: the live rule's type counts.
    assert.deepEqual(await values("ModifyL4ProxyRules", ["L4ProxyRules", 0, "OriginValue", 0], { ...on, L4ProxyRules: [{ RuleId: "rule-3" }] }), ["og-g"]);
  });
  it("suggests free ports: the next above those in use and the lowest, in the rule's protocol, the file's other rules counted", async () => {
    assert.deepEqual(await values("CreateL4ProxyRules", ["L4ProxyRules", 0, "PortRange", 0], { ...on, L4ProxyRules: [{ Protocol: "TCP" }] }), ["8011", "1"]);
    assert.deepEqual(await values("CreateL4ProxyRules", ["L4ProxyRules", 1, "PortRange", 0], { ...on, L4ProxyRules: [{ Protocol: "TCP", PortRange: ["1-5", "9000"] }, { Protocol: "TCP" }] }), ["9001", "6"]);
    assert.deepEqual(await values("CreateL4ProxyRules", ["L4ProxyRules", 0, "PortRange", 0], { ...on, L4ProxyRules: [{ Protocol: "UDP" }] }), ["54", "1"]);
  });
  it("a range as long as the rule's origin range, that fits between the ports in use", async () => {
    assert.deepEqual(await values("CreateL4ProxyRules", ["L4ProxyRules", 0, "PortRange", 0], { ...on, L4ProxyRules: [{ Protocol: "TCP", OriginPortRange: "100-179" }] }), ["8011-8090", "81-160", "8011", "1"]);
  });
  it("a Modify's own ports are free for it", async () => {
    assert.deepEqual(await values("ModifyL4ProxyRules", ["L4ProxyRules", 0, "PortRange", 0], { ...on, L4ProxyRules: [{ RuleId: "rule-1" }] }), ["444", "1"]);
  });
  it("nothing without a zone, and nothing at other paths", async () => {
    assert.equal(await values("CreateL4ProxyRules", ["ProxyId"], {}), undefined);
    assert.equal(await values("CreateL4ProxyRules", ["L4ProxyRules", 0, "RuleTag"], { ...on, L4ProxyRules: [{}] }), undefined);
  });
});

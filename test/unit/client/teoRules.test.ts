import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { collectPages } from "../../../src/core/client/pageStream";
import type { ApiError } from "../../../src/core/errors/apiError";
import { assertWorded } from "./assertWorded";
import { fakeCloud, sdkApiError, sdkNetworkError } from "./fakeSdk";

const where = { ZoneId: "zone-1", ProxyId: "sid-1" };
const tcp80 = { Protocol: "TCP", PortRange: ["80", "81-85"], OriginType: "IP_DOMAIN", OriginValue: ["8.8.8.8"], OriginPortRange: "80" };
const udp53 = { Protocol: "UDP", PortRange: ["53"], OriginType: "IP_DOMAIN", OriginValue: ["8.8.4.4"], OriginPortRange: "53" };
const listed = (...rules: Record<string, unknown>[]) => ({ TotalCount: rules.length, L4ProxyRules: rules });
/** A handler that answers the given values in turn, then keeps answering the last. */
const sequence = (...answers: Record<string, unknown>[]) => (_p: unknown, n: number) => answers[Math.min(n, answers.length) - 1]!;

describe("L4 rule listings", () => {
  it("pages DescribeL4ProxyRules by 1000 for one proxy, and DescribeOriginGroup by 1000 for one zone", async () => {
    const rules = Array.from({ length: 1500 }, (_, i) => ({ RuleId: `rule-${i}`, Protocol: "TCP", PortRange: [String(i + 1)] }));
    const f = fakeCloud({
      DescribeL4ProxyRules: (p) => ({ TotalCount: rules.length, L4ProxyRules: rules.slice(p.Offset as number, (p.Offset as number) + (p.Limit as number)) }),
      DescribeOriginGroup: () => ({ TotalCount: 1, OriginGroups: [{ GroupId: "og-1", Type: "GENERAL" }] }),
    });
    f.calls.length = 0;
    const all = await f.cloud.teo.rules.listAll("zone-1", "sid-1");
    assert.equal(all.length, 1500);
    assert.deepEqual(f.callsOf("DescribeL4ProxyRules").map((c) => [c.params.ZoneId, c.params.ProxyId, c.params.Offset, c.params.Limit]), [
      ["zone-1", "sid-1", 0, 1000],
      ["zone-1", "sid-1", 1000, 1000],
    ]);
    const groups = await collectPages(f.cloud.teo.rules.listOriginGroups("zone-1", { Filters: [{ Name: "origin-group-id", Values: ["og-1"] }] }));
    assert.deepEqual(groups.map((g) => g.GroupId), ["og-1"]);
    assert.deepEqual(f.callsOf("DescribeOriginGroup")[0]!.params, { ZoneId: "zone-1", Filters: [{ Name: "origin-group-id", Values: ["og-1"] }], Offset: 0, Limit: 1000 });
  });

  it("refuses a listing whose page holds more than its Limit", async () => {
    const f = fakeCloud({ DescribeL4ProxyRules: () => listed(...Array.from({ length: 1001 }, (_, i) => ({ RuleId: `r${i}` }))) });
    await assert.rejects(f.cloud.teo.rules.listAll("zone-1", "sid-1"), (e: ApiError) => e.code === "ClientError.MalformedAnswer");
  });
});

describe("CreateL4ProxyRules has no ClientToken", () => {
  it("answers the new RuleIds and the RequestId, after retrying ActionInProgress", async () => {
    const f = fakeCloud({
      CreateL4ProxyRules: (_p, n) => {
        if (n === 1) throw sdkApiError("InvalidParameter.ActionInProgress");
        return { L4ProxyRuleIds: ["rule-a", "rule-b"] };
      },
    });
    assert.deepEqual(await f.cloud.teo.rules.create({ ...where, L4ProxyRules: [tcp80, udp53] }), { ruleIds: ["rule-a", "rule-b"], requestId: "rid-CreateL4ProxyRules-2", resolvedBy: "response" });
    assert.equal(f.callsOf("CreateL4ProxyRules").length, 2);
  });

  it("is never sent twice after an ambiguous failure: the rules are found by protocol and ports", async () => {
    const f = fakeCloud({
      CreateL4ProxyRules: () => {
        throw sdkNetworkError();
      },
      DescribeL4ProxyRules: () => listed({ ...udp53, RuleId: "rule-u" }, { ...tcp80, PortRange: ["81-85", "80"], RuleId: "rule-t" }, { ...tcp80, Protocol: "UDP", RuleId: "rule-x" }),
    });
    assert.deepEqual(await f.cloud.teo.request("CreateL4ProxyRules", { ...where, L4ProxyRules: [tcp80, udp53] }), { L4ProxyRuleIds: ["rule-t", "rule-u"], RequestId: "" });
    assert.equal(f.callsOf("CreateL4ProxyRules").length, 1);
  });

  it("reports RulesNotApplied when none is listed after three looks, OutcomeUnknown when only some are", async () => {
    const f = fakeCloud({
      CreateL4ProxyRules: () => {
        throw sdkApiError("InternalError", "rid-first");
      },
      DescribeL4ProxyRules: () => listed(),
    });
    await assert.rejects(f.cloud.teo.rules.create({ ...where, L4ProxyRules: [tcp80] }), (e: ApiError) => {
      assertWorded(e);
      assert.deepEqual([e.code, e.ambiguous, e.requestId, e.details], ["ClientError.RulesNotApplied", false, "rid-first", { proxyId: "sid-1", zoneId: "zone-1", ports: "TCP 80,81-85", firstFailure: "InternalError" }]);
      return true;
    });
    assert.equal(f.callsOf("CreateL4ProxyRules").length, 1);
    assert.equal(f.callsOf("DescribeL4ProxyRules").length, 3);

    const g = fakeCloud({
      CreateL4ProxyRules: () => {
        throw sdkNetworkError();
      },
      DescribeL4ProxyRules: () => listed({ ...tcp80, RuleId: "rule-t" }),
    });
    await assert.rejects(g.cloud.teo.rules.create({ ...where, L4ProxyRules: [tcp80, udp53] }), (e: ApiError) => (assertWorded(e), e.code === "ClientError.OutcomeUnknown" && e.ambiguous && e.details?.found === "rule-t"));
    assert.equal(g.callsOf("CreateL4ProxyRules").length, 1);
  });
});

describe("rule writes that may be sent twice", () => {
  it("ModifyL4ProxyRules, ModifyL4ProxyRulesStatus and DeleteL4ProxyRules send the request as given", async () => {
    const f = fakeCloud({ ModifyL4ProxyRules: () => ({}), ModifyL4ProxyRulesStatus: () => ({}), DeleteL4ProxyRules: () => ({}) });
    assert.deepEqual(await f.cloud.teo.rules.modify({ ...where, L4ProxyRules: [{ RuleId: "rule-a", RuleTag: "web" }] }), { requestId: "rid-ModifyL4ProxyRules-1", resolvedBy: "response" });
    assert.deepEqual(await f.cloud.teo.rules.modifyStatus({ ...where, RuleIds: ["rule-a"], Status: "offline" }), { requestId: "rid-ModifyL4ProxyRulesStatus-1", resolvedBy: "response" });
    assert.deepEqual(await f.cloud.teo.rules.delete({ ...where, RuleIds: ["rule-a"] }), { requestId: "rid-DeleteL4ProxyRules-1", resolvedBy: "response" });
    assert.deepEqual(f.callsOf("ModifyL4ProxyRules")[0]!.params, { ...where, L4ProxyRules: [{ RuleId: "rule-a", RuleTag: "web" }] });
    assert.deepEqual(f.callsOf("DeleteL4ProxyRules")[0]!.params, { ...where, RuleIds: ["rule-a"] });
  });

  it("a refusal of the resend after an ambiguous attempt is checked against the rules", async () => {
    const flaky = (_p: unknown, n: number) => {
      if (n === 1) throw sdkNetworkError();
      throw sdkApiError("InvalidParameter.InvalidRuleId");
    };
    const f = fakeCloud({ ModifyL4ProxyRulesStatus: flaky, DeleteL4ProxyRules: flaky, DescribeL4ProxyRules: () => listed({ RuleId: "rule-a", Status: "stopping" }) });
    assert.deepEqual(await f.cloud.teo.rules.modifyStatus({ ...where, RuleIds: ["rule-a"], Status: "offline" }), { requestId: "", resolvedBy: "lookup" });
    // rule-a is still listed: the delete did not happen, and the refusal is reported (ambiguous, as the first attempt was).
    await assert.rejects(f.cloud.teo.rules.delete({ ...where, RuleIds: ["rule-a"] }), (e: ApiError) => e.code === "InvalidParameter.InvalidRuleId" && e.ambiguous);
    const g = fakeCloud({ DeleteL4ProxyRules: flaky, DescribeL4ProxyRules: () => listed({ RuleId: "rule-b" }) });
    assert.deepEqual(await g.cloud.teo.rules.delete({ ...where, RuleIds: ["rule-a"] }), { requestId: "", resolvedBy: "lookup" });
  });
});

describe("waiting for rules", () => {
  it("follows every rule until online, through progress and a look where a new one is not listed yet", async () => {
    const f = fakeCloud({
      DescribeL4ProxyRules: sequence(listed({ RuleId: "rule-a", Status: "progress" }), listed({ RuleId: "rule-a", Status: "online" }, { RuleId: "rule-b", Status: "progress" }), listed({ RuleId: "rule-a", Status: "online" }, { RuleId: "rule-b", Status: "online" })),
    });
    const rules = await f.cloud.teo.rules.waitFor("zone-1", "sid-1", ["rule-a", "rule-b", "rule-a"], "online");
    assert.deepEqual(rules.map((r) => r.RuleId), ["rule-a", "rule-b"]);
    assert.equal(f.callsOf("DescribeL4ProxyRules").length, 3);
  });

  it("fails at once on fail, naming the rule", async () => {
    const f = fakeCloud({ DescribeL4ProxyRules: () => listed({ RuleId: "rule-a", Status: "progress" }, { RuleId: "rule-b", Status: "fail" }) });
    await assert.rejects(f.cloud.teo.rules.waitFor("zone-1", "sid-1", ["rule-a", "rule-b"], "online"), (e: ApiError) => {
      assertWorded(e);
      assert.deepEqual([e.code, e.details?.resource, e.details?.status, e.details?.target], ["ClientError.UnexpectedStatus", "L4 rule rule-b of sid-1", "fail", "online"]);
      return true;
    });
    assert.equal(f.callsOf("DescribeL4ProxyRules").length, 1);
  });

  it("gives a status that lags three looks, then calls it unexpected; gone ends when none is listed", async () => {
    const f = fakeCloud({ DescribeL4ProxyRules: () => listed({ RuleId: "rule-a", Status: "online" }) });
    await assert.rejects(f.cloud.teo.rules.waitFor("zone-1", "sid-1", ["rule-a"], "offline"), (e: ApiError) => e.code === "ClientError.UnexpectedStatus" && e.details?.status === "online");
    assert.equal(f.callsOf("DescribeL4ProxyRules").length, 3);
    const g = fakeCloud({ DescribeL4ProxyRules: sequence(listed({ RuleId: "rule-a", Status: "offline" }), listed({ RuleId: "rule-b", Status: "online" })) });
    assert.deepEqual(await g.cloud.teo.rules.waitFor("zone-1", "sid-1", ["rule-a"], "gone"), []);
    assert.equal(g.callsOf("DescribeL4ProxyRules").length, 2);
  });
});

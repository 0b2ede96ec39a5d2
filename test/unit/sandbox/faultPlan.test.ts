import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FaultPlan } from "../../../src/sandbox/faults/faultPlan";
import { parseFaultSpec } from "../../../src/sandbox/faults/parseFaultSpec";

describe("fault SPEC", () => {
  it("reads probabilities, scripts, wildcards and settings", () => {
    assert.deepEqual(parseFaultSpec("seed=7,slow=250,CreateProxy:reset-after:0.3,DescribeProxies:http500:0.1,*:InternalError,OpenProxies:script:ok/InternalError/reset-before"), {
      seed: 7,
      slowMs: 250,
      rules: [
        { action: "CreateProxy", fault: "reset-after", probability: 0.3 },
        { action: "DescribeProxies", fault: "http500", probability: 0.1 },
        { action: "*", fault: "InternalError", probability: 1 },
        { action: "OpenProxies", script: ["ok", "InternalError", "reset-before"] },
      ],
    });
    assert.deepEqual(parseFaultSpec(""), { rules: [] });
  });

  it("says what is wrong", () => {
    assert.throws(() => parseFaultSpec("CreateProxy:boom"), /unknown fault "boom"/);
    assert.throws(() => parseFaultSpec("CreateProxy:http404"), /unknown fault "http404"/);
    assert.throws(() => parseFaultSpec("CreateProxy:slow:2"), /from 0 to 1/);
    assert.throws(() => parseFaultSpec("CreateProxy"), /expected ACTION:FAULT/);
    assert.throws(() => parseFaultSpec("CreateProxy:script:"), /empty/);
    assert.throws(() => parseFaultSpec("create proxy:slow"), /expected ACTION:FAULT/);
  });
});

describe("FaultPlan", () => {
  it("plays a script per action, then stops", () => {
    const plan = new FaultPlan({ rules: [{ action: "A", script: ["reset-after", "ok", "slow"] }] });
    assert.deepEqual([plan.next("A"), plan.next("B"), plan.next("A"), plan.next("A"), plan.next("A")], ["reset-after", undefined, undefined, "slow", undefined]);
  });

  it("draws the same faults from the same seed, about as often as asked", () => {
    const draws = (seed: number) => {
      const plan = new FaultPlan({ seed, rules: [{ action: "*", fault: "http503", probability: 0.25 }] });
      return Array.from({ length: 400 }, () => plan.next("X"));
    };
    assert.deepEqual(draws(5), draws(5));
    assert.notDeepEqual(draws(5), draws(6));
    const hits = draws(5).filter(Boolean).length;
    assert.ok(hits > 60 && hits < 140, String(hits));
  });

  it("rejects bad rules given as objects too", () => {
    assert.throws(() => new FaultPlan({ rules: [{ action: "A", fault: "http200" as "http500", probability: 1 }] }), /unknown fault/);
    assert.throws(() => new FaultPlan({ rules: [{ action: "A", fault: "slow", probability: -1 }] }), /within 0..1/);
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { classifyGaapGroup, classifyGaapProxy, classifyL4Proxy, classifyZone, isSettled } from "../../../src/core/model/statusClass";

describe("status classes", () => {
  it("classifies every documented GAAP proxy status", () => {
    const expected: Record<string, string> = {
      RUNNING: "running",
      CREATING: "transitional",
      DESTROYING: "transitional",
      OPENING: "transitional",
      CLOSING: "transitional",
      ADJUSTING: "transitional",
      ISOLATING: "transitional",
      CLONING: "transitional",
      RECOVERING: "transitional",
      MOVING: "transitional",
      CLOSED: "stopped",
      ISOLATED: "failed",
    };
    for (const [Status, cls] of Object.entries(expected)) assert.equal(classifyGaapProxy({ Status }), cls, Status);
  });

  it("lets a ban outrank a healthy status, but not a transition", () => {
    assert.equal(classifyGaapProxy({ Status: "RUNNING", BanStatus: "BANNED" }), "failed");
    assert.equal(classifyGaapProxy({ Status: "RUNNING", BanStatus: "RECOVER" }), "running");
    assert.equal(classifyGaapProxy({ Status: "RUNNING", BanStatus: "BANNING" }), "transitional");
    assert.equal(classifyGaapProxy({ Status: "CREATING", BanStatus: "BANNED" }), "transitional");
  });

  it("classifies every L4 proxy status", () => {
    const expected: Record<string, string> = { online: "running", progress: "transitional", stopping: "transitional", offline: "stopped", banned: "failed", fail: "failed" };
    for (const [Status, cls] of Object.entries(expected)) assert.equal(classifyL4Proxy({ Status }), cls, Status);
  });

  it("calls an unknown or missing status unknown, and settled", () => {
    assert.equal(classifyGaapProxy({ Status: "SOMETHING_NEW" }), "unknown");
    assert.equal(classifyL4Proxy({}), "unknown");
    // Prototype names are not statuses.
    assert.equal(classifyL4Proxy({ Status: "constructor" }), "unknown");
    assert.ok(isSettled("unknown"));
    assert.ok(!isSettled("transitional"));
  });

  it("classifies groups and zones", () => {
    assert.equal(classifyGaapGroup({ Status: "CHANGING" }), "transitional");
    assert.equal(classifyGaapGroup({ Status: "RUNNING" }), "running");
    assert.equal(classifyZone({ Status: "active", Paused: true }), "stopped");
    assert.equal(classifyZone({ Status: "active", ActiveStatus: "paused" }), "stopped");
    assert.equal(classifyZone({ Status: "pending" }), "transitional");
    assert.equal(classifyZone({ Status: "active" }), "running");
  });
});

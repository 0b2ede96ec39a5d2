import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { bindDiff, bindEntries } from "../../../src/core/preflight/bindDiff";

const live = [
  { realServerId: "rs-1", address: "10.0.0.1", port: 80, weight: 10, health: 0 },
  { realServerId: "rs-2", address: "10.0.0.2", port: 80, weight: 10, health: 1 },
  { realServerId: "rs-3", address: "10.0.0.3", port: 80, role: "master" },
];

describe("bind diff", () => {
  it("added, removed, weight and role changed, kept", () => {
    const d = bindDiff(live, [
      { realServerId: "rs-1", address: "10.0.0.1", port: 80, weight: 10 },
      { realServerId: "rs-2", address: "10.0.0.2", port: 80, weight: 20 },
      { realServerId: "rs-4", address: "10.0.0.4", port: 80 },
    ]);
    assert.deepEqual(d.changes.map((c) => `${c.kind}:${c.realServerId}`), ["kept:rs-1", "changed:rs-2", "added:rs-4", "removed:rs-3"]);
    assert.deepEqual([d.added, d.removed, d.changed, d.kept, d.empty], [1, 1, 1, 1, false]);
    assert.deepEqual(d.changes[1]!.current, { weight: 10 });
    assert.deepEqual(d.changes[1]!.target, { weight: 20 });
    assert.equal(d.changes[3]!.index, undefined);
    assert.equal(d.changes[2]!.index, 2);
  });
  it("a role change is a change; an unset weight equals weight 1", () => {
    const d = bindDiff([{ realServerId: "rs-1", address: "a", port: 1, weight: 1, role: "master" }], [{ realServerId: "rs-1", address: "a", port: 1, role: "slave" }]);
    assert.deepEqual(d.changes.map((c) => c.kind), ["changed"]);
    assert.deepEqual(bindDiff([{ realServerId: "rs-1", address: "a", port: 1, weight: 1 }], [{ realServerId: "rs-1", address: "a", port: 1 }]).changes.map((c) => c.kind), ["kept"]);
  });
  it("a new port of the same origin is a removal and an addition", () => {
    const d = bindDiff([live[0]!], [{ realServerId: "rs-1", address: "10.0.0.1", port: 81, weight: 10 }]);
    assert.deepEqual(d.changes.map((c) => `${c.kind}:${c.port}`), ["added:81", "removed:80"]);
  });
  it("an empty set removes everything and says so", () => {
    const d = bindDiff(live, []);
    assert.equal(d.empty, true);
    assert.equal(d.removed, 3);
    assert.equal(d.changes.find((c) => c.realServerId === "rs-2")!.health, 1);
  });
  it("linear: 20,000 origins on each side", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ realServerId: `rs-${i}`, address: "a", port: 80 }));
    const t = performance.now();
    assert.equal(bindDiff(many, many.slice(1)).removed, 1);
    assert.ok(performance.now() - t < 1000);
  });
  it("the file's set, skipping entries the offline rules report", () => {
    assert.deepEqual(bindEntries([{ RealServerId: "rs-1", RealServerIP: "a", RealServerPort: 80, RealServerWeight: 3, RealServerFailoverRole: "slave" }, { RealServerId: "rs-2" }, null, "x", { RealServerPort: 1 }]), [
      { realServerId: "rs-1", address: "a", port: 80, weight: 3, role: "slave" },
    ]);
    assert.deepEqual(bindEntries({ length: 3 }), []);
  });
});

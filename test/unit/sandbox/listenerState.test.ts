import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addressType } from "../../../src/sandbox/gaap/realServers";
import { reviveListenerState, settleListeners, type ListenerRecord } from "../../../src/sandbox/state/listenerState";

const listener = (ListenerId: string, ProxyId: string, pending: ListenerRecord["sandbox"]["pending"], ListenerStatus: ListenerRecord["ListenerStatus"] = 1) =>
  ({ ListenerId, ProxyId, GroupId: null, ListenerStatus, bindings: [], sandbox: { createdMs: 0, pending } }) as unknown as ListenerRecord;

describe("listener state", () => {
  it("settles what is due, keeps what is not, removes deleted listeners and those of proxies that are gone", () => {
    const state = reviveListenerState({
      listeners: {
        a: listener("a", "p", { to: 0, at: 100 }),
        b: listener("b", "p", { to: 0, at: 200 }),
        c: listener("c", "p", { to: "GONE", at: 100 }, 2),
        d: listener("d", "gone-proxy", null, 0),
        e: listener("e", "p", null, 4),
      },
      realServers: {},
    });
    assert.equal(settleListeners(state, 150, (id) => id === "p"), true);
    assert.deepEqual(Object.keys(state.listeners).sort(), ["a", "b", "e"]);
    assert.deepEqual(["a", "b", "e"].map((id) => state.listeners[id]!.ListenerStatus), [0, 1, 4]);
    assert.equal(state.listeners.a!.sandbox.pending, null);
    assert.equal(settleListeners(state, 150, () => true), false);
  });

  it("revives tables without a prototype, and an absent or broken part as empty", () => {
    const revived = reviveListenerState(JSON.parse('{"listeners":{"__proto__":{"ListenerId":"__proto__"}},"realServers":[]}'));
    assert.equal(Object.getPrototypeOf(revived.listeners), null);
    assert.deepEqual(Object.keys(revived.listeners), ["__proto__"]);
    assert.deepEqual(Object.keys(revived.realServers), []);
    assert.deepEqual(Object.keys(reviveListenerState(undefined).listeners), []);
    assert.deepEqual(Object.keys(reviveListenerState("x").realServers), []);
  });

  it("tells IP addresses from domain names, in linear time on long input", () => {
    assert.equal(addressType("203.0.113.1"), "IP");
    assert.equal(addressType("2001:db8::1"), "IP");
    assert.equal(addressType("origin.example.com"), "DOMAIN");
    for (const bad of ["", "localhost", "a..b", "-a.com", "a_b.com", "1.2.3.999x", "a.".repeat(200) + "-"]) assert.equal(addressType(bad), undefined, bad);
    const started = process.hrtime.bigint();
    addressType(`${"a-".repeat(30)}a.`.repeat(4) + "!".repeat(10_000_000));
    addressType("a".repeat(60) + ".".repeat(5_000_000));
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 500);
  });
});

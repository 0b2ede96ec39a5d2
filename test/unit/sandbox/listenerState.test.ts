import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addressType } from "../../../src/sandbox/gaap/realServers";
import {
  dropListener,
  latestListenerCreatedMs,
  listenersOfGroup,
  listenersOfProxy,
  putListener,
  reviveListenerState,
  settleListeners,
  type ListenerRecord,
  type ListenerState,
} from "../../../src/sandbox/state/listenerState";

const listener = (ListenerId: string, ProxyId: string, pending: ListenerRecord["sandbox"]["pending"], ListenerStatus: ListenerRecord["ListenerStatus"] = 1, createdMs = 0) =>
  ({ ListenerId, ProxyId, GroupId: null, ListenerStatus, bindings: [], sandbox: { createdMs, pending } }) as unknown as ListenerRecord;
const onGroup = (ListenerId: string, GroupId: string, createdMs = 0) => ({ ...listener(ListenerId, "", null, 0, createdMs), ProxyId: null, GroupId }) as ListenerRecord;
const idsOf = (list: readonly ListenerRecord[]) => list.map((l) => l.ListenerId);
/** What a state file holds of it: JSON, the index left behind. */
const roundTrip = (state: ListenerState) => reviveListenerState(JSON.parse(JSON.stringify(state)));

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

  it("finds each proxy's and group's listeners through an index kept in step with puts, drops, settling and a state file", () => {
    const state = reviveListenerState({ listeners: { a: listener("a", "p", null, 0, 10), g: onGroup("g", "grp", 20) }, realServers: {} });
    assert.deepEqual(idsOf(listenersOfProxy(state, "p")), ["a"], "indexed when revived");
    putListener(state, listener("b", "p", { to: "GONE", at: 100 }, 2, 30));
    putListener(state, listener("c", "q", null, 0, 40));
    putListener(state, onGroup("h", "grp", 50));
    assert.deepEqual([idsOf(listenersOfProxy(state, "p")), idsOf(listenersOfProxy(state, "q")), idsOf(listenersOfGroup(state, "grp"))], [["a", "b"], ["c"], ["g", "h"]]);
    assert.equal(latestListenerCreatedMs(state), 50);
    assert.equal(JSON.stringify(state).includes("byProxy"), false, "the index stays out of the state file");

    const loaded = roundTrip(state);
    assert.deepEqual([idsOf(listenersOfProxy(loaded, "p")), idsOf(listenersOfProxy(loaded, "q")), idsOf(listenersOfGroup(loaded, "grp"))], [["a", "b"], ["c"], ["g", "h"]]);
    assert.equal(latestListenerCreatedMs(loaded), 50);

    // b is deleted when due, q is destroyed (its listeners go), a listener moves from p to q by a put under its id.
    assert.equal(settleListeners(loaded, 100, (id) => id === "p"), true);
    assert.deepEqual(Object.keys(loaded.listeners).sort(), ["a", "g", "h"]);
    assert.deepEqual([idsOf(listenersOfProxy(loaded, "p")), idsOf(listenersOfProxy(loaded, "q"))], [["a"], []]);
    putListener(loaded, listener("a", "q", null));
    assert.deepEqual([idsOf(listenersOfProxy(loaded, "p")), idsOf(listenersOfProxy(loaded, "q"))], [[], ["a"]]);
    dropListener(loaded, "h");
    dropListener(loaded, "not-there");
    assert.deepEqual(idsOf(listenersOfGroup(loaded, "grp")), ["g"]);
    assert.deepEqual(idsOf(listenersOfGroup(roundTrip(loaded), "grp")), ["g"]);
    assert.deepEqual(listenersOfProxy(loaded, "__proto__"), [], "an owner named like a prototype key is just absent");
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

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import { FakeDirectory, gaapProxy, group, l4, zone } from "./fakeDirectory";
import { ManualTimer, settle } from "./manualTimer";

// Issue 13, point 7: a Proxies view nobody looks at sends nothing; listing waits for the view, polling stops while
// it is hidden and comes back when it is shown.

const SCHEDULE = { initialMs: 1000, factor: 2, maxMs: 8000, giveUpAfterMs: 60_000 };

function account(): FakeDirectory {
  const d = new FakeDirectory();
  d.groups = [group({ GroupId: "lg-one" })];
  d.proxies = [gaapProxy({ ProxyId: "link-run", GroupId: "lg-one" }), gaapProxy({ ProxyId: "link-new", Status: "CREATING" })];
  d.zoneList = [zone({ ZoneId: "zone-x" })];
  d.l4ByZone.set("zone-x", [l4("zone-x", { ProxyId: "sid-p", Status: "progress" })]);
  return d;
}

function setup(paused: boolean) {
  const timer = new ManualTimer();
  const directory = account();
  const model = new ProxyTreeModel({ timer, schedule: SCHEDULE, paused });
  return { timer, directory, model, polls: () => directory.calls.filter((c) => c.startsWith("byId") || c.startsWith("l4ById")) };
}

describe("ProxyTreeModel paused (the view hidden)", () => {
  it("lists nothing and polls nothing for an account set while paused, however long it waits", async () => {
    const { model, directory, timer } = setup(true);
    model.setDirectory(directory);
    await timer.advance(10 * 60_000);
    assert.equal(directory.calls.length, 0, `sent while paused: ${directory.calls.join(", ")}`);
    assert.deepEqual(timer.pending, []);
    assert.equal(model.hasAccount, true);
  });

  it("lists the account on resume, then polls what is in transition", async () => {
    const { model, directory, timer, polls } = setup(true);
    model.setDirectory(directory);
    await settle();
    model.resume();
    await settle();
    assert.deepEqual(directory.calls.filter((c) => !/byid/i.test(c)).sort(), ["groups", "l4:zone-x", "proxies", "zones"]);
    assert.ok(model.proxyNode("link-new"), "the listing reached the tree");
    await timer.advance(1000);
    assert.deepEqual(polls().sort(), ["byId:link-new", "l4ById:zone-x:sid-p"]);
  });

  it("stops polling while paused and polls at once on resume", async () => {
    const { model, directory, timer, polls } = setup(false);
    model.setDirectory(directory);
    await settle();
    await timer.advance(1000);
    assert.equal(polls().length, 2, "polling while shown");
    model.pause();
    assert.deepEqual(timer.pending, [], "no poll is planned while hidden");
    await timer.advance(5 * 60_000);
    assert.equal(polls().length, 2, "no poll while hidden");
    directory.setStatus("link-new", "RUNNING");
    model.resume();
    await timer.advance(0);
    assert.equal(polls().length, 4, "one poll at once on resume");
    const node = model.proxyNode("link-new");
    assert.equal(node?.kind === "gaapProxy" && node.status, "running");
  });

  it("does not list again on resume what was listed while shown", async () => {
    const { model, directory, timer } = setup(false);
    model.setDirectory(directory);
    await settle();
    const listed = directory.calls.filter((c) => !/byid/i.test(c)).length;
    model.pause();
    model.resume();
    await timer.advance(0);
    assert.equal(directory.calls.filter((c) => !/byid/i.test(c)).length, listed);
  });

  it("an account switched while paused is listed on resume, not before", async () => {
    const { model, directory, timer } = setup(false);
    model.setDirectory(directory);
    await settle();
    model.pause();
    const other = account();
    model.setDirectory(other);
    await timer.advance(60_000);
    assert.equal(other.calls.length, 0, "the new account is not listed while hidden");
    assert.equal(model.proxyNode("link-run"), undefined, "nothing of the first account remains");
    model.resume();
    await settle();
    assert.ok(other.calls.includes("proxies"));
  });

  it("keeps polling a followed proxy while paused (someone waits for it), and only that one", async () => {
    const { model, directory, timer, polls } = setup(false);
    model.setDirectory(directory);
    await settle();
    model.pause();
    directory.setStatus("link-run", "CLOSING");
    let outcome: string | undefined;
    void model.follow("link-run", { until: ["CLOSED"] }).then((o) => (outcome = o.outcome));
    await timer.advance(0);
    assert.deepEqual(polls(), ["byId:link-run"]);
    directory.setStatus("link-run", "CLOSED");
    await timer.advance(1000);
    assert.equal(outcome, "settled");
    const after = polls().length;
    await timer.advance(5 * 60_000);
    assert.equal(polls().length, after, "the unfollowed transitional proxies wait for resume");
    assert.deepEqual(timer.pending, []);
  });
});

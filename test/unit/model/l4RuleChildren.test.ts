import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { ChildFollowOutcome } from "../../../src/core/model/childPoller";
import type { L4RuleInfo } from "../../../src/core/model/cloudResources";
import type { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../../src/core/model/treeNode";
import { FakeDirectory, Gate, l4, l4Rule, zone } from "./fakeDirectory";
import { settle } from "./manualTimer";
import { modelOnAccount, proxyNodeOf } from "./modelOnAccount";

const Z = "zone-r";

function account(): FakeDirectory {
  const d = new FakeDirectory();
  d.zoneList = [zone({ ZoneId: Z })];
  d.l4ByZone.set(Z, [l4(Z, { ProxyId: "sid-a", L4ProxyRuleCount: 2 }), l4(Z, { ProxyId: "sid-empty", L4ProxyRuleCount: 0 })]);
  d.rules.set(`${Z}/sid-a`, [l4Rule({ RuleId: "rule-1", PortRange: ["80"] }), l4Rule({ RuleId: "rule-2", PortRange: ["81-85"], Status: "offline" })]);
  d.rules.set(`${Z}/sid-empty`, []);
  return d;
}

const setup = (directory = account()) => modelOnAccount(directory);
const proxyNode = (model: ProxyTreeModel, id: string) => proxyNodeOf(model, id, "l4Proxy");

/** The account with rule-1 in progress, its proxy expanded and its rules listed (so rule-1 is watched). */
async function ruleInProgress() {
  const d = account();
  d.rules.get(`${Z}/sid-a`)![0]!.Status = "progress";
  const setUp = await setup(d);
  const proxy = proxyNode(setUp.model, "sid-a");
  setUp.model.children(proxy);
  await settle();
  return { ...setUp, proxy };
}
const lines = (nodes: TreeNode[]) => nodes.map((n) => (n.kind === "l4Rule" ? `${n.ruleId} ${n.rule.Status} ${n.status}` : n.kind));

describe("L4 rules under their proxy", () => {
  it("lists no rule at the account's listing, and shows the proxy's rule count without fetching", async () => {
    const { model, directory } = await setup();
    assert.equal(directory.calls.filter((c) => c.startsWith("rules")).length, 0);
    assert.equal(proxyNode(model, "sid-a").ruleCount, 2);
    assert.equal(proxyNode(model, "sid-empty").ruleCount, 0);
  });

  it("fetches the rules when the proxy is expanded, once, and shows them with their status", async () => {
    const { model, directory } = await setup();
    const proxy = proxyNode(model, "sid-a");
    assert.deepEqual(lines(model.children(proxy)), ["loading"]);
    await settle();
    assert.deepEqual(lines(model.children(proxy)), ["rule-1 online running", "rule-2 offline stopped"]);
    model.children(proxy);
    await settle();
    assert.deepEqual(directory.calls.filter((c) => c.startsWith("rules")), [`rules:${Z}/sid-a`]);
    const [rule] = model.children(proxy);
    assert.equal(rule && model.parent(rule), proxy);
  });

  it("says so when an L4 proxy has no rules", async () => {
    const { model } = await setup();
    const proxy = proxyNode(model, "sid-empty");
    model.children(proxy);
    await settle();
    const [only] = model.children(proxy);
    assert.equal(only?.kind, "empty");
    assert.equal(only?.kind === "empty" && only.parentId, proxy.id);
    assert.equal(only?.kind === "empty" && only.filtered, false, "an empty proxy is not a filter's doing");
  });

  it("counts from the listing once there is one (the count the proxy record gave may be stale)", async () => {
    const d = account();
    d.rules.get(`${Z}/sid-a`)!.push(l4Rule({ RuleId: "rule-3" }));
    const { model } = await setup(d);
    model.children(proxyNode(model, "sid-a"));
    await settle();
    assert.equal(proxyNode(model, "sid-a").ruleCount, 3);
  });

  it("shows a failed listing under its proxy with a retry of that proxy's rules only", async () => {
    const d = account();
    d.fail.rules = new Error("boom");
    const { model, directory } = await setup(d);
    const proxy = proxyNode(model, "sid-a");
    model.children(proxy);
    await settle();
    const [err] = model.children(proxy);
    assert.ok(err?.kind === "error");
    assert.deepEqual(err.retry, { section: "children", kind: "l4Rules", parentKey: `${Z}/sid-a` });
    directory.fail.rules = undefined;
    model.retry(err.retry);
    await settle();
    assert.deepEqual(lines(model.children(proxy)), ["rule-1 online running", "rule-2 offline stopped"]);
  });

  it("polls rules in progress or stopping until they settle, then stops", async () => {
    const d = account();
    d.rules.get(`${Z}/sid-a`)![0]!.Status = "progress";
    d.rules.get(`${Z}/sid-a`)![1]!.Status = "stopping";
    const { model, directory, timer } = await setup(d);
    const proxy = proxyNode(model, "sid-a");
    model.children(proxy);
    await settle();
    assert.deepEqual(lines(model.children(proxy)), ["rule-1 progress transitional", "rule-2 stopping transitional"]);
    await timer.advance(1000);
    assert.deepEqual(directory.calls.filter((c) => c.startsWith("rulesById")), [`rulesById:${Z}/sid-a:rule-1,rule-2`]);
    directory.setRuleStatus("rule-1", "online");
    directory.setRuleStatus("rule-2", "offline");
    await timer.advance(2000);
    assert.deepEqual(lines(model.children(proxy)), ["rule-1 online running", "rule-2 offline stopped"]);
    const polls = directory.calls.length;
    await timer.advance(60_000);
    assert.equal(directory.calls.length, polls, "nothing left to poll");
  });

  it("does not poll while paused unless someone follows", async () => {
    const { model, directory, timer } = await ruleInProgress();
    model.pause();
    await timer.advance(10_000);
    assert.equal(directory.calls.filter((c) => c.startsWith("rulesById")).length, 0);
    model.resume();
    await timer.advance(0);
    assert.equal(directory.calls.filter((c) => c.startsWith("rulesById")).length, 1);
  });

  it("follows new rules after a create: the listing reloads, and each rule resolves when it is online", async () => {
    const { model, directory, timer } = await setup();
    directory.rules.get(`${Z}/sid-empty`)!.push(l4Rule({ RuleId: "rule-n1", Status: "progress" }), l4Rule({ RuleId: "rule-n2", Status: "progress" }));
    const following = model.followL4Rules(Z, "sid-empty", ["rule-n1", "rule-n2"], ["online"]);
    await settle();
    assert.deepEqual(
      model.l4RulesOf(Z, "sid-empty").map((r) => `${r.RuleId} ${r.Status}`),
      ["rule-n1 progress", "rule-n2 progress"],
    );
    directory.setRuleStatus("rule-n1", "online");
    directory.setRuleStatus("rule-n2", "fail");
    await timer.advance(2000);
    const outcomes = await following;
    assert.deepEqual(
      outcomes.map((o) => [o.id, o.outcome, o.outcome === "settled" ? o.item.Status : ""]),
      [
        ["rule-n1", "settled", "online"],
        ["rule-n2", "settled", "fail"],
      ],
    );
  });

  it("keeps following a rule that still reads online right after Disable, until it is offline", async () => {
    const { model, directory, timer } = await setup();
    model.children(proxyNode(model, "sid-a"));
    await settle();
    let done = false;
    const following = model.followL4Rules(Z, "sid-a", ["rule-1"], ["offline"]).then((o) => ((done = true), o));
    await timer.advance(1000);
    assert.equal(done, false, "status lags behind the write");
    directory.setRuleStatus("rule-1", "offline");
    await timer.advance(8000);
    const [o] = await following;
    assert.equal(o?.outcome === "settled" && o.item.Status, "offline");
  });

  it("resolves a deleted rule as gone, and it leaves the tree", async () => {
    const { model, directory, timer } = await setup();
    const proxy = proxyNode(model, "sid-a");
    model.children(proxy);
    await settle();
    directory.removeRule("rule-2");
    const following = model.followL4Rules(Z, "sid-a", ["rule-2"], "gone");
    await timer.advance(1000);
    assert.deepEqual(await following, [{ id: "rule-2", outcome: "gone" }]);
    assert.deepEqual(lines(model.children(proxy)), ["rule-1 online running"]);
  });

  it("gives up on a followed rule that never shows up", async () => {
    const { model, timer } = await setup();
    const following = model.followL4Rules(Z, "sid-a", ["rule-typo"]);
    await timer.advance(3 * 60_000);
    assert.deepEqual(await following, [{ id: "rule-typo", outcome: "gaveUp" }]);
  });

  it("cancels follows and forgets the rules when the account changes", async () => {
    const { model } = await setup();
    model.children(proxyNode(model, "sid-a"));
    await settle();
    const following = model.followL4Rules(Z, "sid-a", ["rule-1"], ["offline"]);
    await settle();
    model.setDirectory(account());
    assert.deepEqual(await following, [{ id: "rule-1", outcome: "cancelled" }]);
    await settle();
    assert.deepEqual(model.l4RulesOf(Z, "sid-a"), []);
  });

  it("backs off while a rule stays in progress, starts over when it moves, and stops once it settles", async () => {
    const { model, directory, timer, proxy } = await ruleInProgress();
    assert.deepEqual(timer.pending, [1000]);
    await timer.advance(1000);
    assert.deepEqual(timer.pending, [2000], "nothing moved: the next poll waits longer");
    await timer.advance(2000);
    assert.deepEqual(timer.pending, [4000]);
    directory.setRuleStatus("rule-1", "stopping");
    await timer.advance(4000);
    assert.deepEqual(timer.pending, [1000], "a move brings the delay back to its start");
    directory.setRuleStatus("rule-1", "offline");
    await timer.advance(1000);
    assert.deepEqual(timer.pending, [], "settled: no more polling");
    assert.deepEqual(lines(model.children(proxy))[0], "rule-1 offline stopped");
    assert.equal(directory.calls.filter((c) => c.startsWith("rulesById")).length, 4);
  });

  it("looks rules up 20 at a time", async () => {
    const d = account();
    d.rules.set(`${Z}/sid-a`, Array.from({ length: 25 }, (_, i) => l4Rule({ RuleId: `rule-b${i}`, Status: "progress" })));
    const { model, directory, timer } = await setup(d);
    model.children(proxyNode(model, "sid-a"));
    await settle();
    await timer.advance(1000);
    assert.deepEqual(
      directory.calls.filter((c) => c.startsWith("rulesById")).map((c) => c.split(":").at(-1)!.split(",").length),
      [20, 5],
    );
  });

  it("survives a failing poll and tries again later", async () => {
    const { model, directory, timer, proxy } = await ruleInProgress();
    directory.fail.byId = new Error("network down");
    await timer.advance(1000);
    assert.deepEqual(timer.pending, [2000]);
    delete directory.fail.byId;
    directory.setRuleStatus("rule-1", "online");
    await timer.advance(2000);
    assert.deepEqual(lines(model.children(proxy)), ["rule-1 online running", "rule-2 offline stopped"]);
    assert.deepEqual(timer.pending, []);
  });

  it("keeps polling a followed rule while paused (someone waits for it), and only that one", async () => {
    const { model, directory, timer } = await ruleInProgress();
    model.pause();
    directory.setRuleStatus("rule-2", "progress");
    let outcome: string | undefined;
    void model.followL4Rules(Z, "sid-a", ["rule-2"], ["online"]).then(([o]) => (outcome = o?.outcome));
    await settle();
    await timer.advance(0);
    assert.deepEqual(directory.calls.filter((c) => c.startsWith("rulesById")), [`rulesById:${Z}/sid-a:rule-2`]);
    directory.setRuleStatus("rule-2", "online");
    await timer.advance(2000);
    assert.equal(outcome, "settled");
    await timer.advance(5 * 60_000);
    assert.equal(directory.calls.filter((c) => c.startsWith("rulesById")).length, 2, "the unfollowed rule in progress waits for resume");
    assert.deepEqual(timer.pending, []);
  });

  it("does not end a follow with an answer to a poll sent before the follow began", async () => {
    const { model, directory, timer } = await ruleInProgress();
    // The poll in flight reads the rule online; then a Disable starts, and the follow wants the rule settled after it.
    directory.setRuleStatus("rule-1", "online");
    const answer = new Gate();
    directory.byIdGate = answer;
    await timer.advance(1000);
    directory.setRuleStatus("rule-1", "stopping");
    const outcomes: ChildFollowOutcome<L4RuleInfo>[] = [];
    void model.followL4Rules(Z, "sid-a", ["rule-1"]).then((o) => outcomes.push(...o));
    await settle();
    answer.release();
    await settle();
    assert.equal(outcomes.length, 0, "the in-flight answer predates the follow");
    directory.setRuleStatus("rule-1", "offline");
    await timer.advance(0);
    assert.deepEqual(outcomes.map((o) => o.outcome === "settled" && o.item.Status), ["offline"]);
  });

  it("Refresh lists again the rules of the proxies that were expanded, and only those", async () => {
    const { model, directory } = await setup();
    model.children(proxyNode(model, "sid-a"));
    await settle();
    directory.calls = [];
    model.refresh();
    await settle();
    assert.deepEqual(directory.calls.filter((c) => c.startsWith("rules")), [`rules:${Z}/sid-a`]);
  });
});

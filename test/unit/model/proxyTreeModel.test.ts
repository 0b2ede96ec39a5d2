import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../../src/core/model/treeNode";
import { FakeDirectory, Gate, gaapProxy, group, l4, zone } from "./fakeDirectory";
import { ManualTimer, settle } from "./manualTimer";

const SCHEDULE = { initialMs: 1000, factor: 2, maxMs: 8000, giveUpAfterMs: 60_000 };

function setup(directory = new FakeDirectory()) {
  const timer = new ManualTimer();
  const model = new ProxyTreeModel({ timer, schedule: SCHEDULE });
  let changes = 0;
  model.onDidChange.on(() => changes++);
  return { model, directory, timer, changes: () => changes };
}

/**
 * A compact picture of a subtree: "kind id" lines, indented by depth; L4 proxies stay collapsed (rules list on
 * expand), and nothing is listed on expand (a group shows its proxies, not its listeners: gaapListenerChildren.test).
 */
function outline(model: ProxyTreeModel, nodes: TreeNode[] = model.roots(), depth = 0): string[] {
  return nodes.flatMap((n) => [`${"  ".repeat(depth)}${n.kind} ${n.id}`, ...(n.kind === "l4Proxy" || n.kind === "gaapProxy" ? [] : outline(model, model.children(n, false), depth + 1))]);
}

const child = (model: ProxyTreeModel, parent: TreeNode, kind: TreeNode["kind"]) => model.children(parent).filter((n) => n.kind === kind);
const gaapRoot = (model: ProxyTreeModel) => model.roots()[0]!;
const edgeOneRoot = (model: ProxyTreeModel) => model.roots()[1]!;

function demoAccount(): FakeDirectory {
  const d = new FakeDirectory();
  const g1 = group({ GroupId: "lg-one", GroupName: "one" });
  const g2 = group({ GroupId: "lg-two", GroupName: "two" });
  d.groups = [g1, g2];
  d.proxies = [
    gaapProxy({ ProxyId: "link-a", ProxyName: "a", GroupId: "lg-one" }),
    gaapProxy({ ProxyId: "link-b", ProxyName: "b", GroupId: null }),
    gaapProxy({ ProxyId: "link-c", ProxyName: "c", GroupId: "lg-two" }),
    gaapProxy({ ProxyId: "link-d", ProxyName: "d", GroupId: "" }),
  ];
  const z = zone({ ZoneId: "zone-x", ZoneName: "x.example.com" });
  d.zoneList = [z];
  d.l4ByZone.set("zone-x", [l4("zone-x", { ProxyId: "sid-1", ProxyName: "tcp-1" }), l4("zone-x", { ProxyId: "sid-2", ProxyName: "tcp-2", Status: "offline" })]);
  return d;
}

describe("ProxyTreeModel", () => {
  it("shows nothing without an account (so the welcome view can)", () => {
    const { model } = setup();
    assert.deepEqual(model.roots(), []);
    assert.equal(model.hasAccount, false);
  });

  it("groups GAAP proxies under their groups, then lists the ones outside any group; zones hold their L4 proxies", async () => {
    const { model, directory } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    assert.deepEqual(outline(model), [
      "gaapRoot gaap",
      "  gaapGroup gaap/group/lg-one",
      "    gaapProxy gaap/proxy/link-a",
      "  gaapGroup gaap/group/lg-two",
      "    gaapProxy gaap/proxy/link-c",
      "  gaapProxy gaap/proxy/link-b",
      "  gaapProxy gaap/proxy/link-d",
      "edgeOneRoot edgeOne",
      "  zone edgeOne/zone/zone-x",
      "    l4Proxy edgeOne/zone/zone-x/l4/sid-1",
      "    l4Proxy edgeOne/zone/zone-x/l4/sid-2",
    ]);
    const g = child(model, gaapRoot(model), "gaapGroup")[0]!;
    assert.equal(g.kind === "gaapGroup" && g.proxyCount, 1);
    const l4Nodes = model.children(child(model, edgeOneRoot(model), "zone")[0]!);
    assert.deepEqual(l4Nodes.map((n) => n.kind === "l4Proxy" && n.status), ["running", "stopped"]);
  });

  it("keeps ids and node objects across a refresh, so expansion and reveal survive", async () => {
    const { model, directory } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    const before = model.children(gaapRoot(model));
    directory.proxies[1]!.ProxyName = "b-renamed";
    model.refresh();
    await settle();
    const after = model.children(gaapRoot(model));
    assert.deepEqual(after.map((n) => n.id), before.map((n) => n.id));
    assert.ok(after.every((n, i) => n === before[i]), "the same objects");
    const b = after.find((n) => n.id === "gaap/proxy/link-b");
    assert.equal(b?.kind === "gaapProxy" && b.proxy.ProxyName, "b-renamed");
    assert.equal(model.parent(b!), gaapRoot(model));
  });

  it("puts proxies created since in the API's order once a refresh completes", async () => {
    const { model, directory } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    directory.proxies.unshift(gaapProxy({ ProxyId: "link-newest", GroupId: null }));
    model.refresh();
    await settle();
    const ungrouped = model.children(gaapRoot(model)).filter((n) => n.kind === "gaapProxy").map((n) => n.id);
    assert.deepEqual(ungrouped, ["gaap/proxy/link-newest", "gaap/proxy/link-b", "gaap/proxy/link-d"]);
  });

  it("shows the first page while the others are still coming, with a loading node that counts", async () => {
    const directory = new FakeDirectory();
    directory.proxies = Array.from({ length: 1000 }, () => gaapProxy());
    const gates = Array.from({ length: 10 }, () => new Gate());
    directory.gates = gates;
    const { model } = setup(directory);
    model.setDirectory(directory);
    gates[0]!.release();
    await settle();
    let nodes = model.children(gaapRoot(model));
    assert.equal(nodes.filter((n) => n.kind === "gaapProxy").length, 100);
    const loading = nodes.at(-1)!;
    assert.equal(loading.kind, "loading");
    assert.deepEqual(loading.kind === "loading" && [loading.loaded, loading.total], [100, 1000]);
    for (const g of gates) g.release();
    await settle();
    nodes = model.children(gaapRoot(model));
    assert.equal(nodes.filter((n) => n.kind === "gaapProxy").length, 1000);
    assert.ok(!nodes.some((n) => n.kind === "loading"));
    assert.deepEqual(model.sectionState("gaap"), { phase: "done", loaded: 1000 });
  });

  it("puts an error node with a retry in place of a listing that failed, and retry recovers", async () => {
    const directory = demoAccount();
    directory.fail.zones = new Error("AuthFailure");
    const { model } = setup(directory);
    model.setDirectory(directory);
    await settle();
    const [err] = model.children(edgeOneRoot(model));
    assert.equal(err?.kind, "error");
    assert.ok(err?.kind === "error" && (err.error as Error).message === "AuthFailure");
    assert.deepEqual(err?.kind === "error" && err.retry, { section: "edgeOne" });
    // The other section is not affected.
    assert.ok(model.children(gaapRoot(model)).some((n) => n.kind === "gaapGroup"));
    delete directory.fail.zones;
    model.retry({ section: "edgeOne" });
    await settle();
    assert.deepEqual(model.children(edgeOneRoot(model)).map((n) => n.kind), ["zone"]);
  });

  it("keeps the pages that arrived before a failure, and adds the error after them", async () => {
    const directory = new FakeDirectory();
    directory.proxies = Array.from({ length: 250 }, () => gaapProxy());
    directory.failProxiesAfterPages = 1;
    directory.fail.proxies = new Error("RequestLimitExceeded");
    const { model } = setup(directory);
    model.setDirectory(directory);
    await settle();
    const nodes = model.children(gaapRoot(model));
    assert.equal(nodes.filter((n) => n.kind === "gaapProxy").length, 100);
    assert.equal(nodes.at(-1)?.kind, "error");
  });

  it("fails a zone's L4 listing inside that zone only", async () => {
    const directory = demoAccount();
    directory.fail.l4 = new Error("InternalError");
    const { model } = setup(directory);
    model.setDirectory(directory);
    await settle();
    const zoneNode = model.children(edgeOneRoot(model))[0]!;
    const [err] = model.children(zoneNode);
    assert.deepEqual(err?.kind === "error" && err.retry, { section: "zone", zoneId: "zone-x" });
  });

  it("narrows the tree to what the filter matches, and says so when nothing does", async () => {
    const { model, directory } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    model.setFilter("id:link-c");
    assert.deepEqual(outline(model), [
      "gaapRoot gaap",
      "  gaapGroup gaap/group/lg-two",
      "    gaapProxy gaap/proxy/link-c",
      "edgeOneRoot edgeOne",
      "  empty edgeOne/empty",
    ]);
    assert.deepEqual(model.proxyCounts(), { total: 6, shown: 1 });
    // A group that matches shows all its proxies.
    model.setFilter("one");
    assert.ok(outline(model).includes("    gaapProxy gaap/proxy/link-a"));
    model.setFilter("tcp-2");
    assert.deepEqual(outline(model).slice(-3), ["edgeOneRoot edgeOne", "  zone edgeOne/zone/zone-x", "    l4Proxy edgeOne/zone/zone-x/l4/sid-2"]);
    const empty = model.children(gaapRoot(model))[0]!;
    assert.equal(empty.kind === "empty" && empty.filtered, true);
    assert.equal(model.setFilter(""), undefined);
    assert.deepEqual(model.proxyCounts(), { total: 6, shown: 6 });
  });

  it("drops on refresh what the account no longer has", async () => {
    const { model, directory } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    directory.remove("link-b");
    directory.remove("sid-1");
    model.refresh();
    await settle();
    assert.ok(!outline(model).some((l) => l.includes("link-b") || l.includes("sid-1")));
  });

  it("polls proxies in transition with backoff until they settle", async () => {
    const directory = demoAccount();
    directory.proxies.push(gaapProxy({ ProxyId: "link-new", Status: "CREATING" }));
    const { model, timer } = setup(directory);
    model.setDirectory(directory);
    await settle();
    assert.deepEqual(timer.pending, [1000]);
    await timer.advance(1000);
    assert.deepEqual(directory.calls.filter((c) => c.startsWith("byId")), ["byId:link-new"]);
    // Nothing moved: the next poll waits longer.
    assert.deepEqual(timer.pending, [2000]);
    await timer.advance(2000);
    assert.deepEqual(timer.pending, [4000]);
    directory.setStatus("link-new", "RUNNING");
    await timer.advance(4000);
    const node = model.proxyNode("link-new");
    assert.equal(node?.kind === "gaapProxy" && node.status, "running");
    assert.deepEqual(timer.pending, [], "settled: no more polling");
    assert.equal(directory.calls.filter((c) => c.startsWith("byId")).length, 3);
  });

  it("does not take a proxy that started being watched during a poll for gone (a 1,000-proxy account pages in meanwhile)", async () => {
    const directory = new FakeDirectory();
    directory.proxies = Array.from({ length: 300 }, (_, i) => gaapProxy({ Status: i % 2 ? "CREATING" : "RUNNING" }));
    const gates = [new Gate(), new Gate(), new Gate()];
    directory.gates = gates;
    const { model, timer } = setup(directory);
    model.setDirectory(directory);
    gates[0]!.release();
    await settle();
    // The first poll asks about page 1's transitional proxies, and is answered only after pages 2 and 3 arrived.
    const answer = new Gate();
    directory.byIdGate = answer;
    await timer.advance(1000);
    gates[1]!.release();
    gates[2]!.release();
    await settle();
    answer.release();
    await settle();
    assert.equal(model.proxyCounts().total, 300);
  });

  it("does not end a follow with an answer to a poll sent before the follow began", async () => {
    const directory = demoAccount();
    directory.proxies.push(gaapProxy({ ProxyId: "link-busy", Status: "ADJUSTING" }));
    const { model, timer } = setup(directory);
    model.setDirectory(directory);
    await settle();
    // The poll in flight reads the proxy settled; then a Close starts, and the follow wants it settled after that.
    directory.setStatus("link-busy", "RUNNING");
    const answer = new Gate();
    directory.byIdGate = answer;
    await timer.advance(1000);
    directory.setStatus("link-busy", "CLOSING");
    let outcome: unknown;
    void model.follow("link-busy").then((o) => (outcome = o));
    answer.release();
    await settle();
    assert.equal(outcome, undefined, "the in-flight answer predates the follow");
    directory.setStatus("link-busy", "CLOSED");
    await timer.advance(0);
    const o = outcome as { outcome: string; item?: { Status?: string } } | undefined;
    assert.deepEqual([o?.outcome, o?.item?.Status], ["settled", "CLOSED"]);
  });

  it("looks GAAP proxies up 100 at a time and L4 proxies 20 at a time, zone by zone", async () => {
    const directory = new FakeDirectory();
    directory.proxies = Array.from({ length: 101 }, () => gaapProxy({ Status: "CREATING" }));
    directory.zoneList = [zone({ ZoneId: "zone-x" })];
    directory.l4ByZone.set("zone-x", Array.from({ length: 25 }, () => l4("zone-x", { Status: "progress" })));
    const { model, timer } = setup(directory);
    model.setDirectory(directory);
    await settle();
    await timer.advance(1000);
    const sizes = (prefix: string) => directory.calls.filter((c) => c.startsWith(prefix)).map((c) => c.split(":").at(-1)!.split(",").length);
    assert.deepEqual(sizes("byId:"), [100, 1]);
    assert.deepEqual(sizes("l4ById:zone-x:"), [20, 5]);
  });

  it("starts the backoff over when a watched proxy goes away (the others of a bulk delete follow soon)", async () => {
    const directory = demoAccount();
    directory.proxies.push(gaapProxy({ ProxyId: "link-x1", Status: "DESTROYING" }), gaapProxy({ ProxyId: "link-x2", Status: "DESTROYING" }));
    const { model, timer } = setup(directory);
    model.setDirectory(directory);
    await settle();
    await timer.advance(1000);
    await timer.advance(2000);
    assert.deepEqual(timer.pending, [4000]);
    directory.remove("link-x1");
    await timer.advance(4000);
    assert.equal(model.proxyNode("link-x1"), undefined);
    assert.deepEqual(timer.pending, [1000]);
  });

  it("polls L4 proxies in transition by zone", async () => {
    const directory = demoAccount();
    directory.l4ByZone.get("zone-x")!.push(l4("zone-x", { ProxyId: "sid-p", Status: "progress" }));
    const { model, timer } = setup(directory);
    model.setDirectory(directory);
    await settle();
    directory.setStatus("sid-p", "online");
    await timer.advance(1000);
    assert.ok(directory.calls.includes("l4ById:zone-x:sid-p"));
    const node = model.proxyNode("sid-p");
    assert.equal(node?.kind === "l4Proxy" && node.status, "running");
    assert.deepEqual(timer.pending, []);
  });

  it("follows an action at once until the proxy reaches its target, and removes a destroyed one", async () => {
    const { model, directory, timer } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    directory.setStatus("link-a", "CLOSING");
    const closed = model.follow("link-a", { until: ["CLOSED"] });
    await timer.advance(0);
    assert.equal((model.proxyNode("link-a") as Extract<TreeNode, { kind: "gaapProxy" }>).status, "transitional");
    directory.setStatus("link-a", "CLOSED");
    await timer.advance(1000);
    const outcome = await closed;
    assert.equal(outcome.outcome, "settled");

    directory.setStatus("link-b", "DESTROYING");
    const gone = model.follow("link-b", { until: "gone" });
    await timer.advance(0);
    directory.remove("link-b");
    await timer.advance(1000);
    assert.deepEqual(await gone, { outcome: "gone" });
    assert.equal(model.proxyNode("link-b"), undefined);
  });

  it("keeps following a destroy while the API still shows the proxy settled", async () => {
    const { model, directory, timer } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    let result: unknown;
    void model.follow("link-c", { until: "gone" }).then((r) => (result = r));
    await timer.advance(0);
    await timer.advance(1000);
    assert.equal(result, undefined, "RUNNING is not the end of a destroy");
    directory.remove("link-c");
    await timer.advance(2000);
    assert.deepEqual(result, { outcome: "gone" });
  });

  it("adds a followed proxy that is new to the tree (a create), first in its place", async () => {
    const { model, directory, timer } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    const followed = model.follow("link-fresh");
    await timer.advance(0);
    directory.proxies.push(gaapProxy({ ProxyId: "link-fresh", Status: "CREATING" }));
    // The first poll did not find it yet: the next one comes after the backed-off delay.
    await timer.advance(2000);
    assert.ok(model.proxyNode("link-fresh"));
    assert.equal(model.children(gaapRoot(model)).filter((n) => n.kind === "gaapProxy")[0]?.id, "gaap/proxy/link-fresh");
    directory.setStatus("link-fresh", "RUNNING");
    await timer.advance(1000);
    const outcome = await followed;
    assert.equal(outcome.outcome === "settled" && outcome.item.Status, "RUNNING");
  });

  it("gives up on a followed ID that never appears", async () => {
    const { model, directory, timer } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    const followed = model.follow("link-typo");
    await timer.advance(3 * 60_000);
    assert.deepEqual(await followed, { outcome: "gaveUp" });
  });

  it("survives a failing poll and tries again later", async () => {
    const directory = demoAccount();
    directory.proxies.push(gaapProxy({ ProxyId: "link-adj", Status: "ADJUSTING" }));
    directory.fail.byId = new Error("network down");
    const { model, timer } = setup(directory);
    model.setDirectory(directory);
    await settle();
    await timer.advance(1000);
    assert.deepEqual(timer.pending, [2000]);
    delete directory.fail.byId;
    directory.setStatus("link-adj", "RUNNING");
    await timer.advance(2000);
    assert.equal((model.proxyNode("link-adj") as Extract<TreeNode, { kind: "gaapProxy" }>).status, "running");
  });

  it("starts over on another account: nothing of the first remains, its follows are cancelled", async () => {
    const { model, directory, timer } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    directory.setStatus("link-a", "CLOSING");
    const followed = model.follow("link-a", { until: ["CLOSED"] });
    const other = new FakeDirectory();
    other.proxies = [gaapProxy({ ProxyId: "link-other" })];
    model.setDirectory(other);
    assert.deepEqual(await followed, { outcome: "cancelled" });
    await settle();
    assert.deepEqual(outline(model), ["gaapRoot gaap", "  gaapProxy gaap/proxy/link-other", "edgeOneRoot edgeOne", "  empty edgeOne/empty"]);
    await timer.advance(10_000);
    model.setDirectory(undefined);
    assert.deepEqual(model.roots(), []);
  });

  it("tells the view about every page and every status move", async () => {
    const { model, directory, changes } = setup(demoAccount());
    model.setDirectory(directory);
    await settle();
    const before = changes();
    model.setFilter("a");
    assert.equal(changes(), before + 1);
  });
});

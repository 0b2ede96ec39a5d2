import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { type GaapListenerInfo, type GaapOriginInfo } from "../../../src/core/model/gaapListenerResources";
import type { Page } from "../../../src/core/model/proxyDirectory";
import type { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../../src/core/model/treeNode";
import { FakeDirectory, gaapProxy, group } from "./fakeDirectory";
import { settle } from "./manualTimer";
import { modelOnAccount, proxyNodeOf } from "./modelOnAccount";
import { type ListenerOwner, ownerIdOf } from "../../../src/core/client/listenerOwner";

/** Listeners by their owner's ID (a proxy's or a group's); each listing records the owner it was asked with. */
class ListenerDirectory extends FakeDirectory {
  listeners = new Map<string, GaapListenerInfo[]>();
  origins = new Map<string, GaapOriginInfo[]>();
  owners: ListenerOwner[] = [];
  failListeners: Error | undefined;

  async *gaapListeners(owner: ListenerOwner): AsyncIterable<Page<GaapListenerInfo>> {
    this.calls.push(`listeners:${ownerIdOf(owner)}`);
    this.owners.push(owner);
    if (this.failListeners) throw this.failListeners;
    const all = this.listeners.get(ownerIdOf(owner)) ?? [];
    yield { items: all.filter((l) => l.Protocol === "TCP").map((l) => ({ ...l })) };
    yield { items: all.filter((l) => l.Protocol === "UDP").map((l) => ({ ...l })) };
  }

  async listenerOrigins(listenerId: string): Promise<GaapOriginInfo[]> {
    this.calls.push(`origins:${listenerId}`);
    return (this.origins.get(listenerId) ?? []).map((o) => ({ ...o }));
  }
}

const listener = (over: Partial<GaapListenerInfo>): GaapListenerInfo => ({ ListenerId: "listener-1", ListenerName: "web", Protocol: "TCP", Port: 80, Scheduler: "rr", ListenerStatus: 0, BindStatus: 1, ...over });

function account(): ListenerDirectory {
  const d = new ListenerDirectory();
  d.proxies = [gaapProxy({ ProxyId: "link-a", Status: "RUNNING" }), gaapProxy({ ProxyId: "link-empty", Status: "RUNNING" })];
  d.listeners.set("link-a", [listener({}), listener({ ListenerId: "listener-u", Protocol: "UDP", Port: 53, BindStatus: 0 })]);
  d.origins.set("listener-1", [
    { RealServerId: "rs-1", RealServerIP: "203.0.113.11", RealServerPort: 80, RealServerStatus: 0 },
    { RealServerId: "rs-2", RealServerIP: "203.0.113.13", RealServerPort: 80, RealServerStatus: 1 },
  ]);
  return d;
}

const setup = (directory = account()) => modelOnAccount(directory);
const proxyNode = (model: ProxyTreeModel, id: string) => proxyNodeOf(model, id, "gaapProxy");
const lines = (nodes: TreeNode[]) =>
  nodes.map((n) => (n.kind === "gaapListener" ? `${n.listenerId} ${n.listener.Protocol} ${n.listener.Port} ${n.status}` : n.kind === "gaapOrigin" ? `${n.origin.RealServerId} ${n.status}` : n.kind));

describe("GAAP listeners under their proxy", () => {
  it("lists no listener at the account's listing; fetches TCP and UDP ones on expand, once", async () => {
    const { model, directory } = await setup();
    assert.equal(directory.calls.filter((c) => c.startsWith("listeners")).length, 0);
    const proxy = proxyNode(model, "link-a");
    assert.deepEqual(lines(model.children(proxy)), ["loading"]);
    await settle();
    assert.deepEqual(lines(model.children(proxy)), ["listener-1 TCP 80 running", "listener-u UDP 53 running"]);
    model.children(proxy);
    await settle();
    assert.deepEqual(directory.calls.filter((c) => c.startsWith("listeners")), ["listeners:link-a"]);
    const [first] = model.children(proxy);
    assert.equal(first && model.parent(first), proxy);
  });

  it("a proxy without listeners shows an empty node under it (the view words it: forwards nothing)", async () => {
    const { model } = await setup();
    const proxy = proxyNode(model, "link-empty");
    model.children(proxy);
    await settle();
    const [only] = model.children(proxy);
    assert.equal(only?.kind, "empty");
    assert.equal(only?.kind === "empty" && only.parentId, proxy.id);
  });

  it("lists a listener's bound origins with their health on expand", async () => {
    const { model } = await setup();
    const proxy = proxyNode(model, "link-a");
    model.children(proxy);
    await settle();
    const [tcp] = model.children(proxy);
    assert.ok(tcp?.kind === "gaapListener");
    model.children(tcp);
    await settle();
    assert.deepEqual(lines(model.children(tcp)), ["rs-1 running", "rs-2 failed"]);
    const [origin] = model.children(tcp);
    assert.equal(origin && model.parent(origin)?.id, tcp.id);
  });

  it("polls transitional listeners (ListenerStatus 1–4) until they are running", async () => {
    const d = account();
    d.listeners.get("link-a")![0]!.ListenerStatus = 1;
    const { model, directory, timer } = await setup(d);
    const proxy = proxyNode(model, "link-a");
    model.children(proxy);
    await settle();
    assert.deepEqual(lines(model.children(proxy))[0], "listener-1 TCP 80 transitional");
    d.listeners.get("link-a")![0]!.ListenerStatus = 0;
    await timer.advance(1000);
    await settle();
    assert.deepEqual(lines(model.children(proxy))[0], "listener-1 TCP 80 running");
    const polls = directory.calls.length;
    await timer.advance(60_000);
    assert.equal(directory.calls.length, polls, "nothing left to poll");
  });

  it("follows a new listener until it runs, and a deleted one until it is gone", async () => {
    const d = account();
    const { model, timer } = await setup(d);
    d.listeners.get("link-a")!.push(listener({ ListenerId: "listener-new", Port: 8080, ListenerStatus: 1 }));
    const following = model.followListeners({ proxyId: "link-a" }, ["listener-new"]);
    await settle();
    d.listeners.get("link-a")![2]!.ListenerStatus = 0;
    await timer.advance(1000);
    const [outcome] = await following;
    assert.equal(outcome?.outcome, "settled");
    assert.equal(model.gaapListener({ proxyId: "link-a" }, "listener-new")?.ListenerStatus, 0);
    assert.deepEqual(model.ownerOfListener("listener-new"), { proxyId: "link-a" });

    d.listeners.set("link-a", d.listeners.get("link-a")!.filter((l) => l.ListenerId !== "listener-new"));
    const goneFollow = model.followListeners({ proxyId: "link-a" }, ["listener-new"], "gone");
    await timer.advance(1000);
    const [gone] = await goneFollow;
    assert.equal(gone?.outcome, "gone");
    assert.equal(model.gaapListener({ proxyId: "link-a" }, "listener-new"), undefined);
  });
});

/** web-south: two proxies and a listener of its own (as the demo seed has it), and an empty group. */
function groupAccount(): ListenerDirectory {
  const d = new ListenerDirectory();
  d.groups = [group({ GroupId: "lg-web", GroupName: "web-south" }), group({ GroupId: "lg-bare", GroupName: "bare" }), group({ GroupId: "lg-quiet", GroupName: "quiet" })];
  d.proxies = [gaapProxy({ ProxyId: "link-sh", GroupId: "lg-web" }), gaapProxy({ ProxyId: "link-bj", GroupId: "lg-web" }), gaapProxy({ ProxyId: "link-q", GroupId: "lg-quiet" })];
  d.listeners.set("lg-web", [listener({ ListenerId: "listener-g", ListenerName: "group-tcp", Port: 8080, RealServerPort: 8081, GroupId: "lg-web" })]);
  d.listeners.set("link-sh", [listener({ ListenerId: "listener-p", Port: 80 })]);
  d.origins.set("listener-g", [{ RealServerId: "rs-1", RealServerIP: "203.0.113.11", RealServerPort: 8081, RealServerStatus: 0 }]);
  return d;
}

const groupNode = (model: ProxyTreeModel, groupId: string) => {
  const n = model.ownerNode({ groupId });
  assert.ok(n && n.kind === "gaapGroup", `${groupId} listed`);
  return n;
};

describe("GAAP listeners under their connection group", () => {
  it("a group shows its proxies, then its own listeners (fetched on expand with its GroupId), each under the group", async () => {
    const { model, directory } = await setup(groupAccount());
    const web = groupNode(model, "lg-web");
    assert.deepEqual(lines(model.children(web)), ["gaapProxy", "gaapProxy", "loading"]);
    await settle();
    const children = model.children(web);
    assert.deepEqual(lines(children), ["gaapProxy", "gaapProxy", "listener-g TCP 8080 running"]);
    assert.deepEqual(directory.owners, [{ groupId: "lg-web" }], "asked by GroupId, never as a ProxyId");
    const g = children[2]!;
    assert.ok(g.kind === "gaapListener");
    assert.equal(g.id, "gaap/group/lg-web/listener/listener-g");
    assert.deepEqual(g.owner, { groupId: "lg-web" });
    assert.equal(model.parent(g), web);
    assert.deepEqual(model.ownerOfListener("listener-g"), { groupId: "lg-web" });
    assert.equal(model.gaapListener({ groupId: "lg-web" }, "listener-g")?.Port, 8080);
    assert.equal(model.gaapListener({ proxyId: "lg-web" }, "listener-g"), undefined, "a group's listing is not a proxy's");
  });

  it("a group listener's origins hang under it, with IDs apart from any proxy's", async () => {
    const { model } = await setup(groupAccount());
    const web = groupNode(model, "lg-web");
    model.children(web);
    await settle();
    const g = model.children(web).find((n) => n.kind === "gaapListener")!;
    model.children(g);
    await settle();
    const [origin] = model.children(g);
    assert.ok(origin?.kind === "gaapOrigin");
    assert.equal(origin.id, "gaap/group/lg-web/listener/listener-g/origin/rs-1:8081");
    assert.deepEqual(origin.owner, { groupId: "lg-web" });
    assert.equal(model.parent(origin), g);
    assert.deepEqual(model.gaapOriginsOf({ groupId: "lg-web" }, "listener-g").map((o) => o.RealServerId), ["rs-1"]);
  });

  it("the empty row speaks of the listeners alone: after a group's proxies, or alone in an empty group", async () => {
    const { model } = await setup(groupAccount());
    for (const id of ["lg-quiet", "lg-bare"]) model.children(groupNode(model, id));
    await settle();
    const quiet = model.children(groupNode(model, "lg-quiet"));
    assert.deepEqual(lines(quiet), ["gaapProxy", "empty"]);
    assert.equal(quiet[1]?.kind === "empty" && quiet[1].parentId, "gaap/group/lg-quiet");
    assert.equal(quiet[1]?.kind === "empty" && quiet[1].filtered, false);
    assert.deepEqual(lines(model.children(groupNode(model, "lg-bare"))), ["empty"]);
  });

  it("a failed listing shows its error after the proxies, and its retry lists the group's listeners again", async () => {
    const d = groupAccount();
    d.failListeners = new Error("boom");
    const { model } = await setup(d);
    const web = groupNode(model, "lg-web");
    model.children(web);
    await settle();
    const rows = model.children(web);
    assert.deepEqual(lines(rows), ["gaapProxy", "gaapProxy", "error"]);
    const error = rows[2]!;
    assert.ok(error.kind === "error");
    d.failListeners = undefined;
    model.retry(error.retry);
    await settle();
    assert.deepEqual(lines(model.children(web)), ["gaapProxy", "gaapProxy", "listener-g TCP 8080 running"]);
  });

  it("children without listing (tcaccel list without --children): a group's proxies, no request for its listeners", async () => {
    const { model, directory } = await setup(groupAccount());
    assert.deepEqual(lines(model.children(groupNode(model, "lg-web"), false)), ["gaapProxy", "gaapProxy"]);
    await settle();
    assert.equal(directory.calls.filter((c) => c.startsWith("listeners")).length, 0);
  });

  it("follows a group's new listener by GroupId until it runs", async () => {
    const d = groupAccount();
    const { model, timer } = await setup(d);
    d.listeners.get("lg-web")!.push(listener({ ListenerId: "listener-g2", Port: 9090, ListenerStatus: 1, GroupId: "lg-web" }));
    const following = model.followListeners({ groupId: "lg-web" }, ["listener-g2"]);
    await settle();
    d.listeners.get("lg-web")![1]!.ListenerStatus = 0;
    await timer.advance(1000);
    const [outcome] = await following;
    assert.equal(outcome?.outcome, "settled");
    assert.ok(d.owners.every((o) => o.groupId === "lg-web" && o.proxyId === undefined));
    assert.deepEqual(model.ownerOfListener("listener-g2"), { groupId: "lg-web" });
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { GaapListenerInfo, GaapOriginInfo } from "../../../src/core/model/gaapListenerResources";
import type { Page } from "../../../src/core/model/proxyDirectory";
import type { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../../src/core/model/treeNode";
import { FakeDirectory, gaapProxy } from "./fakeDirectory";
import { settle } from "./manualTimer";
import { modelOnAccount, proxyNodeOf } from "./modelOnAccount";

class ListenerDirectory extends FakeDirectory {
  listeners = new Map<string, GaapListenerInfo[]>();
  origins = new Map<string, GaapOriginInfo[]>();

  async *gaapListeners(proxyId: string): AsyncIterable<Page<GaapListenerInfo>> {
    this.calls.push(`listeners:${proxyId}`);
    const all = this.listeners.get(proxyId) ?? [];
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
    const following = model.followListeners("link-a", ["listener-new"]);
    await settle();
    d.listeners.get("link-a")![2]!.ListenerStatus = 0;
    await timer.advance(1000);
    const [outcome] = await following;
    assert.equal(outcome?.outcome, "settled");
    assert.equal(model.gaapListener("link-a", "listener-new")?.ListenerStatus, 0);
    assert.equal(model.proxyOfListener("listener-new"), "link-a");

    d.listeners.set("link-a", d.listeners.get("link-a")!.filter((l) => l.ListenerId !== "listener-new"));
    const goneFollow = model.followListeners("link-a", ["listener-new"], "gone");
    await timer.advance(1000);
    const [gone] = await goneFollow;
    assert.equal(gone?.outcome, "gone");
    assert.equal(model.gaapListener("link-a", "listener-new"), undefined);
  });
});

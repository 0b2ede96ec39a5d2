import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { gaapListenerDirectory } from "../../../src/core/model/gaapListenerDirectory";
import { classifyRealServer, type GaapRealServerInfo } from "../../../src/core/model/gaapRealServerChildren";
import type { Page } from "../../../src/core/model/proxyDirectory";
import type { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../../src/core/model/treeNode";
import { FakeDirectory, gaapProxy } from "./fakeDirectory";
import { settle } from "./manualTimer";
import { modelOnAccount } from "./modelOnAccount";

class OriginsDirectory extends FakeDirectory {
  servers: GaapRealServerInfo[] = [];

  async *gaapRealServers(): AsyncIterable<Page<GaapRealServerInfo>> {
    this.calls.push("realServers");
    yield { items: this.servers.slice(0, 2).map((s) => ({ ...s })), total: this.servers.length };
    yield { items: this.servers.slice(2).map((s) => ({ ...s })), total: this.servers.length };
  }
}

function account(): OriginsDirectory {
  const d = new OriginsDirectory();
  d.proxies = [gaapProxy({ ProxyId: "link-a", Status: "RUNNING" })];
  d.servers = [
    { RealServerId: "rs-1", RealServerIP: "203.0.113.11", RealServerName: "web-1", ProjectId: 0, BindStatus: 1, BoundProxyId: "link-a" },
    { RealServerId: "rs-2", RealServerIP: "203.0.113.12", RealServerName: "web-2", ProjectId: 0, BindStatus: 0 },
    { RealServerId: "rs-3", RealServerIP: "origin.example.com", ProjectId: 7 },
  ];
  return d;
}

const setup = (directory: FakeDirectory = account()) => modelOnAccount(directory);

const gaapRoot = (model: ProxyTreeModel) => model.roots()[0]!;
const lines = (nodes: TreeNode[]) => nodes.map((n) => (n.kind === "gaapRealServer" ? `${n.realServerId} ${n.server.RealServerIP} ${n.status}` : n.kind));

describe("the Origin servers node under the GAAP root", () => {
  it("comes last under the GAAP root, after the proxies; not at all for a directory without origins, nor under a filter", async () => {
    const { model } = await setup();
    assert.deepEqual(lines(model.children(gaapRoot(model))), ["gaapProxy", "gaapOriginServers"]);
    model.setFilter("link-a");
    assert.deepEqual(lines(model.children(gaapRoot(model))), ["gaapProxy"]);
    const plain = await setup(new FakeDirectory());
    assert.ok(!plain.model.children(gaapRoot(plain.model)).some((n) => n.kind === "gaapOriginServers"));
  });

  it("lists the account's origins only when expanded, once, each with whether it is bound", async () => {
    const { model, directory } = await setup();
    const [, origins] = model.children(gaapRoot(model));
    assert.ok(origins && origins.kind === "gaapOriginServers");
    assert.equal(directory.calls.filter((c) => c === "realServers").length, 0);
    assert.deepEqual(lines(model.children(origins)), ["loading"]);
    await settle();
    const children = model.children(origins);
    assert.deepEqual(lines(children), ["rs-1 203.0.113.11 running", "rs-2 203.0.113.12 stopped", "rs-3 origin.example.com unknown"]);
    assert.equal(model.parent(children[0]!), origins);
    assert.equal(model.parent(origins), gaapRoot(model));
    model.children(origins);
    await settle();
    assert.deepEqual(directory.calls.filter((c) => c === "realServers"), ["realServers"]);
  });

  it("says so when the account has none, and lists again on retry (after a Remove)", async () => {
    const directory = account();
    const { model } = await setup(directory);
    const origins = model.children(gaapRoot(model)).at(-1)!;
    model.children(origins);
    await settle();
    directory.servers = [];
    model.retry({ section: "children", kind: "gaapRealServers", parentKey: "account" });
    await settle();
    assert.deepEqual(lines(model.children(origins)), ["empty"]);
  });

  it("maps DescribeRealServersStatus.BindStatus: 1 bound, 0 unbound, anything else unknown", () => {
    assert.equal(classifyRealServer({ BindStatus: 1 }), "running");
    assert.equal(classifyRealServer({ BindStatus: 0 }), "stopped");
    assert.equal(classifyRealServer({ BindStatus: 2 }), "unknown");
    assert.equal(classifyRealServer({}), "unknown");
  });
});

describe("the directory's origin servers", () => {
  function cloud(statusFails = false) {
    const calls: string[][] = [];
    const pages = [[{ RealServerId: "rs-1", RealServerIP: "203.0.113.11" }, { RealServerId: "rs-2", RealServerIP: "203.0.113.12" }], [{ RealServerId: "rs-3", RealServerIP: "203.0.113.13" }]];
    const listeners = {
      async *listRealServers() {
        for (const items of pages) yield { items, total: 3 };
      },
      async realServersStatus(ids: string[]) {
        calls.push(ids);
        if (statusFails) throw new Error("InternalError");
        return ids.map((id) => ({ RealServerId: id, BindStatus: id === "rs-1" ? 1 : 0, ProxyId: id === "rs-1" ? "link-a" : "" }));
      },
    };
    return { cloud: { gaap: { listeners } } as never, calls };
  }

  const all = async (it: AsyncIterable<Page<GaapRealServerInfo>>) => {
    const out: GaapRealServerInfo[] = [];
    for await (const p of it) out.push(...p.items);
    return out;
  };

  it("asks DescribeRealServersStatus once per page, for that page's IDs, and sets each origin's bind status", async () => {
    const { cloud: c, calls } = cloud();
    const servers = await all(gaapListenerDirectory(c).gaapRealServers(new AbortController().signal));
    assert.deepEqual(calls, [["rs-1", "rs-2"], ["rs-3"]]);
    assert.deepEqual(servers.map((s) => [s.RealServerId, s.BindStatus, s.BoundProxyId]), [["rs-1", 1, "link-a"], ["rs-2", 0, undefined], ["rs-3", 0, undefined]]);
  });

  it("a failed status call leaves the bind status unknown, the origins still listed", async () => {
    const { cloud: c } = cloud(true);
    const servers = await all(gaapListenerDirectory(c).gaapRealServers(new AbortController().signal));
    assert.deepEqual(servers.map((s) => [s.RealServerId, s.BindStatus]), [["rs-1", undefined], ["rs-2", undefined], ["rs-3", undefined]]);
  });
});

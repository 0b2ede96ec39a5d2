import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { collectPages } from "../../../src/core/client/pageStream";
import { explainError } from "../../../src/core/errors/explainError";
import { cachedLiveSource } from "../../../src/core/live/cachedLiveSource";
import { cloudLiveSource } from "../../../src/core/live/cloudLiveSource";
import { cloudDirectory } from "../../../src/core/model/cloudDirectory";
import { ProxyFilter } from "../../../src/core/model/proxyFilter";
import { ProxyInventory } from "../../../src/core/model/proxyInventory";
import { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import { classifyGaapProxy, classifyL4Proxy, classifyZone } from "../../../src/core/model/statusClass";
import type { TreeNode } from "../../../src/core/model/treeNode";
import { fakeCloud } from "../client/fakeSdk";
import { FakeDirectory, gaapProxy, group, l4, zone } from "./fakeDirectory";
import { ManualTimer, settle } from "./manualTimer";

/** The names that reach Object.prototype when a plain object is used as a table. */
const KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;

const prototypeNow = () => Object.getOwnPropertyNames(Object.prototype).map((k) => `${k}:${typeof Object.getOwnPropertyDescriptor(Object.prototype, k)?.value}`).sort().join(",");

/** An answer as JSON.parse makes it: `__proto__` is an own key there, as it is in what an endpoint sends. */
const parsed = <T>(value: unknown): T => JSON.parse(JSON.stringify(value).replace(/"own__proto__"/g, '"__proto__"')) as T;

describe("IDs and names that are Object.prototype's own names", () => {
  it("go through the client's listings, the directory and the live source as plain data", async () => {
    const before = prototypeNow();
    const proxies = KEYS.map((k) => ({ ProxyId: k, ProxyName: k, GroupId: k, Status: k, own__proto__: { polluted: k } }));
    const f = fakeCloud({
      DescribeProxies: (p) => {
        const ids = p.ProxyIds as string[] | undefined;
        const set = ids ? proxies.filter((x) => ids.includes(x.ProxyId)) : proxies;
        return parsed({ TotalCount: set.length, ProxySet: set });
      },
      DescribeProxyGroupList: () => parsed({ TotalCount: KEYS.length, ProxyGroupList: KEYS.map((k) => ({ GroupId: k, GroupName: k, own__proto__: { polluted: k } })) }),
      DescribeZones: () => parsed({ TotalCount: KEYS.length, Zones: KEYS.map((k) => ({ ZoneId: k, ZoneName: k, Status: k })) }),
      DescribeL4Proxy: (p) => {
        const wanted = (p.Filters as { Values: string[] }[] | undefined)?.[0]?.Values;
        const set = KEYS.filter((k) => !wanted || wanted.includes(k)).map((k) => ({ ProxyId: k, ProxyName: k, Status: k }));
        return parsed({ TotalCount: set.length, L4Proxies: set });
      },
    });
    assert.deepEqual((await collectPages(f.cloud.gaap.listProxies())).map((p) => p.ProxyId), [...KEYS]);

    const directory = cloudDirectory(f.cloud);
    const signal = new AbortController().signal;
    assert.deepEqual((await directory.gaapProxiesById(["constructor", "__proto__"], signal)).map((p) => p.ProxyId).sort(), ["__proto__", "constructor"]);
    assert.deepEqual((await directory.l4ProxiesById("toString", ["hasOwnProperty"], signal)).map((p) => p.ProxyId), ["hasOwnProperty"]);

    const live = cachedLiveSource(cloudLiveSource(f.cloud));
    for (const k of KEYS) {
      assert.equal((await live.proxy(k))?.proxyId, k);
      assert.equal((await live.group(k))?.groupId, k);
      assert.equal(await live.l4NameTaken(k, k), true);
      assert.equal(await live.l4NameTaken(k, `${k}-other`), false);
    }
    assert.equal(await live.proxy("valueOf"), undefined, "a prototype name that is no ID finds nothing");
    assert.equal(prototypeNow(), before);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("are keys like any other in the inventory, the tree and the filter", async () => {
    const before = prototypeNow();
    const inventory = new ProxyInventory();
    for (const k of KEYS) {
      inventory.upsertGaapProxy(gaapProxy({ ProxyId: k }));
      inventory.zones.upsert(k, zone({ ZoneId: k }));
      inventory.upsertL4Proxy(k, l4(k, { ProxyId: k }));
    }
    assert.deepEqual(inventory.counts(), { groups: 0, gaapProxies: 4, zones: 4, l4Proxies: 4 });
    for (const k of KEYS) {
      assert.equal(inventory.gaapProxies.get(k)?.ProxyId, k);
      assert.equal(inventory.getL4(k, k)?.ProxyId, k);
      assert.equal(inventory.zoneOfL4(k), k);
    }
    assert.equal(inventory.gaapProxies.get("valueOf"), undefined);

    const d = new FakeDirectory();
    d.groups = KEYS.map((k) => group({ GroupId: k, GroupName: k, Status: k }));
    d.proxies = KEYS.map((k) => gaapProxy({ ProxyId: `link-${k}`, ProxyName: k, GroupId: k, Status: k, BanStatus: k }));
    d.zoneList = KEYS.map((k) => zone({ ZoneId: k, ZoneName: k, Status: k }));
    for (const k of KEYS) d.l4ByZone.set(k, [l4(k, { ProxyId: `sid-${k}`, ProxyName: k, Status: k })]);
    const model = new ProxyTreeModel({ timer: new ManualTimer() });
    model.setDirectory(d);
    await settle();
    const all = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...all(model.children(n))]);
    const ids = (nodes: TreeNode[]) => nodes.map((n) => ("proxyId" in n ? n.proxyId : "groupId" in n ? n.groupId : "zoneId" in n ? n.zoneId : n.kind));
    const shown = ids(all(model.roots()));
    for (const k of KEYS) assert.ok(shown.includes(k) && shown.includes(`link-${k}`) && shown.includes(`sid-${k}`), `${k} is in the tree`);
    assert.deepEqual(model.proxyCounts(), { total: 8, shown: 8 });

    for (const k of KEYS) {
      // A field named after a prototype member is no field: the whole term is looked for as text.
      const asField = ProxyFilter.parse(`${k}:x`)!;
      assert.deepEqual(asField.terms, [{ value: `${k}:x`.toLowerCase() }]);
      model.setFilter(k);
      await settle();
      const visible = all(model.roots()).filter((n) => (n.kind === "gaapProxy" || n.kind === "l4Proxy") && model.isShown(n));
      assert.deepEqual(visible.map((n) => (n as { proxyId: string }).proxyId).sort(), [`link-${k}`, `sid-${k}`].sort(), `filter ${k}`);
    }
    assert.ok(ProxyFilter.parse("status:constructor")!.matchesL4Proxy(l4("z", { Status: "constructor" })));
    model.dispose();

    for (const k of KEYS) {
      assert.equal(classifyGaapProxy({ Status: k, BanStatus: k }), "unknown");
      assert.equal(classifyL4Proxy({ Status: k }), "unknown");
      assert.equal(classifyZone({ Status: k }), "unknown");
    }
    assert.equal(prototypeNow(), before);
  });

  it("are unknown error codes, worded as such in both languages", () => {
    for (const code of [...KEYS, "toString.Something", "__proto__.x"]) {
      assert.equal(explainError(code, "en").what, `Tencent Cloud answered with error code ${code}.`);
      assert.equal(explainError(code, "zh-cn").what, `腾讯云返回错误码 ${code}。`);
    }
  });
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Client as GaapClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, proxyNamed, withSandbox } from "./sandboxHarness";

async function originsNamed(gaap: GaapClient) {
  const all = await gaap.DescribeRealServers({ ProjectId: -1, Limit: 50 });
  return new Map(all.RealServerSet!.map((s) => [s.RealServerName!, { id: s.RealServerId!, ip: s.RealServerIP! }]));
}

const boundIds = async (gaap: GaapClient, ListenerId: string) => (await gaap.DescribeListenerRealServers({ ListenerId })).BindRealServerSet!.map((r) => r.RealServerId).sort();

describe("AddRealServers / RemoveRealServers / DescribeRealServers", () => {
  it("registers IPs and domains, refuses an address registered already (or twice), removes unbound ones only", () =>
    withSandbox({}, async ({ gaap }) => {
      const added = await gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["203.0.113.200", "new.example.org"], RealServerName: "added", TagSet: [{ TagKey: "team", TagValue: "a" }] });
      assert.deepEqual(added.RealServerSet!.map((s) => s.RealServerIP), ["203.0.113.200", "new.example.org"]);
      assert.ok(added.RealServerSet!.every((s) => /^rs-[a-z0-9]{8}$/.test(s.RealServerId!)));
      const found = await gaap.DescribeRealServers({ ProjectId: 0, Filters: [{ Name: "RealServerName", Values: ["added"] }] });
      assert.deepEqual(found.RealServerSet!.map((s) => [s.RealServerIP, s.ProjectId, s.TagSet![0]!.TagValue]).sort(), [["203.0.113.200", 0, "a"], ["new.example.org", 0, "a"]]);

      await expectApiError(gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["203.0.113.11"], RealServerName: "again" }), "InvalidParameterValue.DuplicateRS");
      await expectApiError(gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["NEW.example.org"], RealServerName: "again" }), "InvalidParameterValue.DuplicateRS");
      await expectApiError(gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["203.0.113.201", "203.0.113.201"], RealServerName: "twice" }), "InvalidParameterValue.DuplicateRS");
      await expectApiError(gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["not an address"], RealServerName: "bad" }), "InvalidParameterValue");
      await expectApiError(gaap.AddRealServers({ ProjectId: 424242, RealServerIP: ["203.0.113.202"], RealServerName: "p" }), "InvalidParameterValue.ProjectIdNotBelong");

      const names = await originsNamed(gaap);
      const bound = await expectApiError(gaap.RemoveRealServers({ RealServerIds: [names.get("spare-1")!.id, names.get("web-origin-1")!.id] }), "FailedOperation.RealServerAlreadyBound");
      assert.match(bound.message, /bound to listener listener-/);
      assert.ok((await originsNamed(gaap)).has("spare-1"), "all or nothing: the unbound one stays too");
      await expectApiError(gaap.RemoveRealServers({ RealServerIds: ["rs-00000000"] }), "ResourceNotFound");
      await gaap.RemoveRealServers({ RealServerIds: [names.get("spare-1")!.id] });
      assert.ok(!(await originsNamed(gaap)).has("spare-1"));
    }));

  it("pages (default 20, at most 50) and filters by project, SearchValue and tags", () =>
    withSandbox({}, async ({ gaap }) => {
      await gaap.AddRealServers({ ProjectId: 0, RealServerIP: Array.from({ length: 30 }, (_, i) => `192.0.2.${100 + i}`), RealServerName: "bulk" });
      const first = await gaap.DescribeRealServers({ ProjectId: -1 });
      assert.deepEqual([first.TotalCount, first.RealServerSet.length], [42, 20]);
      const ids = new Set<string>();
      for (let offset = 0; offset < 42; offset += 15) for (const s of (await gaap.DescribeRealServers({ ProjectId: -1, Offset: offset, Limit: 15 })).RealServerSet) ids.add(s.RealServerId!);
      assert.equal(ids.size, 42);
      await expectApiError(gaap.DescribeRealServers({ ProjectId: -1, Limit: 51 }), "InvalidParameterValue");
      assert.equal((await gaap.DescribeRealServers({ ProjectId: 1250001 })).TotalCount, 3);
      assert.equal((await gaap.DescribeRealServers({ ProjectId: -1, SearchValue: "example" })).TotalCount, 2);
      assert.equal((await gaap.DescribeRealServers({ ProjectId: -1, TagSet: [{ TagKey: "env", TagValue: "prod" }] })).TotalCount, 8);
      await expectApiError(gaap.DescribeRealServers({ ProjectId: -1, Filters: [{ Name: "__proto__", Values: ["x"] }] }), "InvalidParameterValue");
    }));
});

describe("BindListenerRealServers / DescribeListenerRealServers", () => {
  it("replaces the whole set through ListenerStatus 3; the old origins are unbound; an empty set unbinds all", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: { adjust: 3000 } }, async ({ sandbox, gaap }) => {
      const names = await originsNamed(gaap);
      const ProxyId = proxyNamed(sandbox, "web-sh").ProxyId;
      const http = (await gaap.DescribeTCPListeners({ ProxyId, ListenerName: "web-http" })).ListenerSet![0]!.ListenerId!;
      const before = await gaap.DescribeListenerRealServers({ ListenerId: http });
      assert.deepEqual(before.BindRealServerTotalCount, 2);
      // Bindable: IP origins of project 0 not bound to it yet (spare-domain is DOMAIN, spare-game in another project).
      assert.ok(before.RealServerSet!.some((s) => s.RealServerId === names.get("spare-1")!.id));
      assert.ok(!before.RealServerSet!.some((s) => s.RealServerId === names.get("spare-domain")!.id || s.RealServerId === names.get("spare-game")!.id));

      const spare = names.get("spare-1")!;
      await gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [{ RealServerId: spare.id, RealServerIP: spare.ip, RealServerPort: 8000, RealServerWeight: 50 }] });
      assert.deepEqual(await boundIds(gaap, http), [spare.id]);
      const adjusting = (await gaap.DescribeTCPListeners({ ListenerId: http })).ListenerSet![0]!;
      assert.deepEqual([adjusting.ListenerStatus, adjusting.RealServerSet![0]!.RealServerWeight, adjusting.RealServerSet![0]!.RealServerPort], [3, 50, 8000]);
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [] }), "FailedOperation.ListenerHasTask");
      clock.advance(3000);
      assert.equal((await gaap.DescribeTCPListeners({ ListenerId: http })).ListenerSet![0]!.ListenerStatus, 0);

      // web-origin-2 was bound only to web-http, quic-udp and ssh: still bound; spare-1 is bound now.
      const status = await gaap.DescribeRealServersStatus({ RealServerIds: [spare.id, names.get("spare-2")!.id] });
      assert.deepEqual(status.RealServerStatusSet!.map((s) => [s.RealServerId, s.BindStatus, s.ProxyId]), [[spare.id, 1, ProxyId], [names.get("spare-2")!.id, 0, ""]]);

      await gaap.BindListenerRealServers({ ListenerId: http });
      clock.advance(3000);
      assert.deepEqual(await boundIds(gaap, http), []);
      assert.equal((await gaap.DescribeTCPListeners({ ListenerId: http })).ListenerSet![0]!.BindStatus, 0);
      await gaap.RemoveRealServers({ RealServerIds: [spare.id] });
    });
  });

  it("refuses an ID whose address differs, the wrong type, another project, too many, roles without failover", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const names = await originsNamed(gaap);
      const ProxyId = proxyNamed(sandbox, "web-sh").ProxyId;
      const http = (await gaap.DescribeTCPListeners({ ProxyId, ListenerName: "web-http" })).ListenerSet![0]!.ListenerId!;
      const entry = (name: string, extra = {}) => ({ RealServerId: names.get(name)!.id, RealServerIP: names.get(name)!.ip, RealServerPort: 80, ...extra });
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [entry("spare-1", { RealServerIP: "203.0.113.92" })] }), "InvalidParameterValue.RealServerNotBelong");
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [entry("spare-domain")] }), "InvalidParameterValue.RealServerNotBelong");
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [entry("spare-game")] }), "FailedOperation.RealServerNotInProject");
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [entry("spare-1", { RealServerFailoverRole: "master" })] }), "InvalidParameterValue");
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [entry("spare-1"), entry("spare-1")] }), "InvalidParameter");
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [{ ...entry("spare-1"), RealServerPort: 70000 }] }), "InvalidParameterValue");
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: [{ ...entry("spare-1"), RealServerId: "rs-00000000" }] }), "ResourceNotFound");
      const many = Array.from({ length: 101 }, (_, i) => entry("spare-1", { RealServerPort: 1000 + i }));
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: http, RealServerBindSet: many }), "FailedOperation.LimitRealServerNum");
      await expectApiError(gaap.BindListenerRealServers({ ListenerId: "listener-00000000", RealServerBindSet: [] }), "InvalidParameter");
      await expectApiError(gaap.DescribeListenerRealServers({ ListenerId: "listener-00000000" }), "InvalidParameter");
      assert.equal((await boundIds(gaap, http)).length, 2, "a refused bind changed nothing");

      // With FailoverSwitch 1 the roles are taken (game-tcp on game-cq, project 1250001).
      const game = (await gaap.DescribeTCPListeners({ ProxyId: proxyNamed(sandbox, "game-cq").ProxyId, ListenerName: "game-tcp" })).ListenerSet![0]!;
      assert.deepEqual(game.RealServerSet!.map((r) => r.RealServerFailoverRole), ["master", "slave"]);
      await gaap.BindListenerRealServers({ ListenerId: game.ListenerId!, RealServerBindSet: [entry("spare-game", { RealServerPort: 7001, RealServerFailoverRole: "slave" }), entry("game-origin-1", { RealServerPort: 7001, RealServerFailoverRole: "master" })] });
    }));

  it("binding an unbound proxy makes DestroyProxies Force 0 refuse it; unbinding all lets it through", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 1000 }, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "edge-sh").ProxyId;
      const [ListenerId] = (await gaap.CreateTCPListeners({ ProxyId, ListenerName: "l", Ports: [80], Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" })).ListenerIds;
      clock.advance(1000);
      // web-origin-down fails health checks, but this listener has none: it is always normal.
      const down = (await originsNamed(gaap)).get("web-origin-down")!;
      await gaap.BindListenerRealServers({ ListenerId: ListenerId!, RealServerBindSet: [{ RealServerId: down.id, RealServerIP: down.ip, RealServerPort: 80 }] });
      clock.advance(1000);
      const listener = (await gaap.DescribeTCPListeners({ ListenerId: ListenerId! })).ListenerSet![0]!;
      assert.deepEqual([listener.BindStatus, listener.RealServerSet![0]!.RealServerStatus, listener.RealServerSet![0]!.DownIPList], [1, 0, []]);
      await expectApiError(gaap.DestroyProxies({ ProxyIds: [ProxyId], Force: 0 }), "FailedOperation.RealServerAlreadyBound");
      await gaap.BindListenerRealServers({ ListenerId: ListenerId!, RealServerBindSet: [] });
      await gaap.DestroyProxies({ ProxyIds: [ProxyId], Force: 0 });
    });
  });
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, groupNamed, proxyNamed, withSandbox } from "./sandboxHarness";

const tcp = (ProxyId: string, Ports: number[], extra: Record<string, unknown> = {}) => ({
  ProxyId,
  ListenerName: "new-tcp",
  Ports,
  Scheduler: "rr",
  HealthCheck: 1,
  RealServerType: "IP",
  ...extra,
});

describe("CreateTCPListeners / CreateUDPListeners", () => {
  it("creates one listener per port: ListenerStatus 1 (creating), then 0 after the create delay", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: { create: 5000 } }, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "edge-sh").ProxyId;
      const created = await gaap.CreateTCPListeners(tcp(ProxyId, [80, 81], { DelayLoop: 10, ConnectTimeout: 4, ClientIPMethod: 0 }));
      assert.equal(created.ListenerIds.length, 2);
      assert.ok(created.ListenerIds.every((id) => /^listener-[a-z0-9]{8}$/.test(id)));
      const [first] = (await gaap.DescribeTCPListeners({ ListenerId: created.ListenerIds[0]! })).ListenerSet!;
      assert.deepEqual([first!.ListenerStatus, first!.Port, first!.DelayLoop, first!.ConnectTimeout, first!.ProxyId], [1, 80, 10, 4, ProxyId]);
      clock.advance(5000);
      const listed = await gaap.DescribeTCPListeners({ ProxyId });
      assert.deepEqual(listed.ListenerSet!.map((l) => [l.Port, l.ListenerStatus]).sort(), [[80, 0], [81, 0]]);

      const udp = await gaap.CreateUDPListeners({ ProxyId, ListenerName: "u", Ports: [80], Scheduler: "rr", RealServerType: "IP", HealthCheck: 1, CheckType: "PORT", CheckPort: 80 });
      const [u] = (await gaap.DescribeUDPListeners({ ListenerId: udp.ListenerIds[0]! })).ListenerSet!;
      assert.deepEqual([u!.Protocol, u!.Port, u!.CheckType, u!.CheckPort], ["UDP", 80, "PORT", 80]);
    });
  });

  it("refuses a proxy that is not RUNNING, and a port taken in the same transport space", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const closed = proxyNamed(sandbox, "game-sgp").ProxyId;
      await expectApiError(gaap.CreateTCPListeners(tcp(closed, [9999])), "FailedOperation.ProxyStatusNotInRuning");
      await expectApiError(gaap.CreateTCPListeners(tcp(proxyNamed(sandbox, "new-north").ProxyId, [1])), "FailedOperation.ProxyStatusNotInRuning");
      const web = proxyNamed(sandbox, "web-sh").ProxyId;
      // TCP 80 is web-http's; 8080 is the group's listener, which web-sh carries.
      await expectApiError(gaap.CreateTCPListeners(tcp(web, [80])), "InvalidParameterValue.DuplicatedListenerPort");
      await expectApiError(gaap.CreateTCPListeners(tcp(web, [8080])), "InvalidParameterValue.DuplicatedListenerPort");
      await expectApiError(gaap.CreateTCPListeners(tcp(proxyNamed(sandbox, "edge-sh").ProxyId, [90, 90])), "InvalidParameterValue.DuplicatedListenerPort");
      // UDP 443 is quic-udp's; UDP 80 is free although TCP 80 is not.
      await expectApiError(gaap.CreateUDPListeners({ ProxyId: web, ListenerName: "u", Ports: [443], Scheduler: "rr", RealServerType: "IP" }), "InvalidParameterValue.DuplicatedListenerPort");
      await gaap.CreateUDPListeners({ ProxyId: web, ListenerName: "u", Ports: [80], Scheduler: "rr", RealServerType: "IP" });
      // A group's new listener may not take a port a member proxy uses.
      const group = groupNamed(sandbox, "web-south").GroupId;
      await expectApiError(gaap.CreateTCPListeners({ ...tcp(web, [443]), ProxyId: undefined, GroupId: group }), "InvalidParameterValue.DuplicatedListenerPort");
    }));

  it("counts: at most 20 ports a request and 50 listeners a proxy", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "edge-sh").ProxyId;
      const ports = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
      await expectApiError(gaap.CreateTCPListeners(tcp(ProxyId, ports(1000, 21))), "FailedOperation.OperateLimitNumofListener");
      await gaap.CreateTCPListeners(tcp(ProxyId, ports(1000, 20)));
      await gaap.CreateUDPListeners({ ProxyId, ListenerName: "u", Ports: ports(1000, 20), Scheduler: "rr", RealServerType: "IP" });
      await expectApiError(gaap.CreateTCPListeners(tcp(ProxyId, ports(2000, 11))), "FailedOperation.LimitNumofListener");
      await gaap.CreateTCPListeners(tcp(ProxyId, ports(2000, 10)));
    }));

  it("the parameter rules: owner, RealServerPorts, ClientIPMethod, DOMAIN, timeouts, UDP CheckType, ranges", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const edge = proxyNamed(sandbox, "edge-sh").ProxyId;
      const group = groupNamed(sandbox, "web-south").GroupId;
      await expectApiError(gaap.CreateTCPListeners({ ...tcp(edge, [1]), GroupId: group }), "InvalidParameter");
      await expectApiError(gaap.CreateTCPListeners({ ...tcp(edge, [1]), ProxyId: undefined }), "MissingParameter");
      await expectApiError(gaap.CreateTCPListeners(tcp("link-00000000", [1])), "ResourceNotFound");
      const rsPorts = await expectApiError(gaap.CreateTCPListeners(tcp(edge, [1], { RealServerPorts: [2] })), "InvalidParameterValue");
      assert.match(rsPorts.message, /RealServerPorts/);
      const v1 = await gaap.CreateTCPListeners(tcp(proxyNamed(sandbox, "v1-legacy").ProxyId, [81], { RealServerPorts: [8081] }));
      assert.equal((await gaap.DescribeTCPListeners({ ListenerId: v1.ListenerIds[0]! })).ListenerSet![0]!.RealServerPort, 8081);
      assert.match((await expectApiError(gaap.CreateTCPListeners(tcp(edge, [1], { ClientIPMethod: 1 })), "InvalidParameterValue")).message, /ClientIPMethod/);
      assert.match((await expectApiError(gaap.CreateTCPListeners(tcp(edge, [1], { RealServerType: "DOMAIN", Scheduler: "wrr" })), "InvalidParameter")).message, /wrr/);
      assert.match((await expectApiError(gaap.CreateTCPListeners(tcp(edge, [1], { RealServerType: "DOMAIN", FailoverSwitch: 1 })), "InvalidParameter")).message, /FailoverSwitch/);
      assert.match((await expectApiError(gaap.CreateTCPListeners(tcp(edge, [1], { DelayLoop: 5, ConnectTimeout: 5 })), "InvalidParameter")).message, /ConnectTimeout/);
      await expectApiError(gaap.CreateTCPListeners(tcp(edge, [1], { DelayLoop: 301 })), "InvalidParameterValue");
      await expectApiError(gaap.CreateTCPListeners(tcp(edge, [0])), "InvalidParameterValue");
      await expectApiError(gaap.CreateTCPListeners(tcp(edge, [1], { Scheduler: "random" })), "InvalidParameterValue");
      await expectApiError(gaap.request("CreateTCPListeners", { ...tcp(edge, [1]), HealthCheck: undefined }), "MissingParameter");
      await expectApiError(gaap.request("CreateUDPListeners", { ...tcp(edge, [1]), HealthCheck: 0, ClientIPMethod: 0 }), "UnknownParameter");
      // A request file's "listener with origins" is sent as steps; the API's create has no origin set.
      await expectApiError(gaap.request("CreateTCPListeners", { ...tcp(edge, [1]), RealServerBindSet: [] }), "UnknownParameter");
      const noCheckType = await expectApiError(gaap.CreateUDPListeners({ ProxyId: edge, ListenerName: "u", Ports: [1], Scheduler: "rr", RealServerType: "IP", HealthCheck: 1 }), "MissingParameter");
      assert.match(noCheckType.message, /CheckType/);
      assert.equal((await gaap.DescribeTCPListeners({ ProxyId: edge })).TotalCount, 0, "a refused request created nothing");
    }));
});

describe("ModifyTCPListenerAttribute / ModifyUDPListenerAttribute", () => {
  it("changes the given fields through ListenerStatus 4; a listener in an operation answers ListenerHasTask", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: { adjust: 4000 } }, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "web-sh").ProxyId;
      const http = (await gaap.DescribeTCPListeners({ ProxyId, ListenerName: "web-http" })).ListenerSet![0]!;
      await gaap.ModifyTCPListenerAttribute({ ListenerId: http.ListenerId!, ProxyId, ListenerName: "web-http-2", DelayLoop: 30, ConnectTimeout: 10 });
      const changing = (await gaap.DescribeTCPListeners({ ListenerId: http.ListenerId! })).ListenerSet![0]!;
      assert.deepEqual([changing.ListenerStatus, changing.ListenerName, changing.DelayLoop, changing.ConnectTimeout, changing.Scheduler], [4, "web-http-2", 30, 10, "wrr"]);
      await expectApiError(gaap.ModifyTCPListenerAttribute({ ListenerId: http.ListenerId!, ProxyId, ListenerName: "again" }), "FailedOperation.ListenerHasTask");
      clock.advance(4000);
      assert.equal((await gaap.DescribeTCPListeners({ ListenerId: http.ListenerId! })).ListenerSet![0]!.ListenerStatus, 0);

      // The rule holds against the listener's own values: ConnectTimeout 10 is not below DelayLoop 8.
      await expectApiError(gaap.ModifyTCPListenerAttribute({ ListenerId: http.ListenerId!, ProxyId, DelayLoop: 8 }), "InvalidParameter");
      const udp = (await gaap.DescribeUDPListeners({ ProxyId, ListenerName: "dns-udp" })).ListenerSet![0]!;
      await expectApiError(gaap.ModifyTCPListenerAttribute({ ListenerId: udp.ListenerId!, ProxyId, ListenerName: "x" }), "InvalidParameter");
      await expectApiError(gaap.ModifyUDPListenerAttribute({ ListenerId: udp.ListenerId!, ProxyId, Scheduler: "wrr" }), "InvalidParameter");
      await expectApiError(gaap.ModifyUDPListenerAttribute({ ListenerId: udp.ListenerId!, Scheduler: "rr" }), "MissingParameter");
      await gaap.ModifyUDPListenerAttribute({ ListenerId: udp.ListenerId!, ProxyId, CheckType: "PORT", CheckPort: 53 });
      assert.equal((await gaap.DescribeUDPListeners({ ListenerId: udp.ListenerId! })).ListenerSet![0]!.CheckPort, 53);
      await expectApiError(gaap.ModifyTCPListenerAttribute({ ListenerId: http.ListenerId!, ProxyId: proxyNamed(sandbox, "edge-sh").ProxyId, ListenerName: "x" }), "InvalidParameter");
      await expectApiError(gaap.ModifyTCPListenerAttribute({ ListenerId: "listener-00000000", ProxyId, ListenerName: "x" }), "InvalidParameter");
    });
  });
});

describe("DeleteListeners", () => {
  it("splits the batch: bound without Force → failed, in an operation → invalid status, others 2 → gone", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: { destroy: 2000, create: 1000 } }, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "api-tokyo").ProxyId;
      const byName = new Map((await gaap.DescribeTCPListeners({ ProxyId })).ListenerSet!.map((l) => [l.ListenerName, l.ListenerId!]));
      const edge = proxyNamed(sandbox, "edge-sh").ProxyId;
      await expectApiError(gaap.DeleteListeners({ ProxyId: edge, ListenerIds: [byName.get("api-empty")!], Force: 0 }), "InvalidParameter");
      await expectApiError(gaap.DeleteListeners({ ProxyId, ListenerIds: ["listener-00000000"], Force: 0 }), "InvalidParameter");

      const reply = await gaap.DeleteListeners({ ProxyId, ListenerIds: [byName.get("api-empty")!, byName.get("api-tls")!], Force: 0 });
      assert.deepEqual([reply.OperationSucceedListenerSet, reply.OperationFailedListenerSet, reply.InvalidStatusListenerSet], [[byName.get("api-empty")], [], [byName.get("api-tls")]]);
      assert.equal((await gaap.DescribeTCPListeners({ ListenerId: byName.get("api-empty")! })).ListenerSet![0]!.ListenerStatus, 2);
      clock.advance(2000);
      await expectApiError(gaap.DescribeTCPListeners({ ListenerId: byName.get("api-empty")! }), "InvalidParameter");

      const web = proxyNamed(sandbox, "web-sh").ProxyId;
      const http = (await gaap.DescribeTCPListeners({ ProxyId: web, ListenerName: "web-http" })).ListenerSet![0]!.ListenerId!;
      const refused = await gaap.DeleteListeners({ ProxyId: web, ListenerIds: [http], Force: 0 });
      assert.deepEqual(refused.OperationFailedListenerSet, [http]);
      const forced = await gaap.DeleteListeners({ ProxyId: web, ListenerIds: [http], Force: 1 });
      assert.deepEqual(forced.OperationSucceedListenerSet, [http]);
      // bound-origin's only listener, deleted with Force: the proxy is no longer bound (DestroyProxies Force 0 passes).
      const bound = proxyNamed(sandbox, "bound-origin").ProxyId;
      const db = (await gaap.DescribeTCPListeners({ ProxyId: bound })).ListenerSet![0]!.ListenerId!;
      await expectApiError(gaap.DestroyProxies({ ProxyIds: [bound], Force: 0 }), "FailedOperation.RealServerAlreadyBound");
      await gaap.DeleteListeners({ ProxyId: bound, ListenerIds: [db], Force: 1 });
      await gaap.DestroyProxies({ ProxyIds: [bound], Force: 0 });
      clock.advance(2000);
      // Its port is free again.
      await gaap.CreateTCPListeners(tcp(web, [80]));
    });
  });

  it("a destroyed proxy takes its listeners with it", async () => {
    const clock = createManualClock();
    await withSandbox({ clock, delays: 1000 }, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "bound-origin").ProxyId;
      const [db] = (await gaap.DescribeTCPListeners({ ProxyId })).ListenerSet!;
      await gaap.DestroyProxies({ ProxyIds: [ProxyId], Force: 1 });
      clock.advance(1000);
      await expectApiError(gaap.DescribeTCPListeners({ ListenerId: db!.ListenerId! }), "InvalidParameter");
    });
  });
});

describe("DescribeTCPListeners / DescribeUDPListeners", () => {
  it("pages by Offset and Limit (default 20), newest first, without overlap; filters by name, port and SearchValue", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "edge-sh").ProxyId;
      await gaap.CreateTCPListeners(tcp(ProxyId, Array.from({ length: 20 }, (_, i) => 3000 + i)));
      await gaap.CreateTCPListeners(tcp(ProxyId, [4000, 4001, 4002], { ListenerName: "other" }));
      const first = await gaap.DescribeTCPListeners({ ProxyId });
      assert.deepEqual([first.TotalCount, first.ListenerSet!.length], [23, 20]);
      const seen = new Set<string>();
      for (let offset = 0; offset < 23; offset += 7) {
        const page = await gaap.DescribeTCPListeners({ ProxyId, Offset: offset, Limit: 7 });
        for (const l of page.ListenerSet!) seen.add(l.ListenerId!);
      }
      assert.equal(seen.size, 23);
      assert.equal(first.ListenerSet![0]!.ListenerName, "other");
      assert.equal((await gaap.DescribeTCPListeners({ ProxyId, ListenerName: "other" })).TotalCount, 3);
      assert.equal((await gaap.DescribeTCPListeners({ ProxyId, Port: 3005 })).TotalCount, 1);
      assert.equal((await gaap.DescribeTCPListeners({ ProxyId, SearchValue: "400" })).TotalCount, 3);
      assert.equal((await gaap.DescribeUDPListeners({ ProxyId })).TotalCount, 0);
      await expectApiError(gaap.DescribeTCPListeners({ ProxyId, SearchValue: "x", Port: 1 }), "InvalidParameter");
      await expectApiError(gaap.DescribeTCPListeners({}), "MissingParameter");
      await expectApiError(gaap.DescribeTCPListeners({ ProxyId, GroupId: groupNamed(sandbox, "web-south").GroupId }), "InvalidParameter");
      await expectApiError(gaap.DescribeTCPListeners({ ProxyId, Limit: 101 }), "InvalidParameterValue");
    }));

  it("HTTP and HTTPS listings answer in their shape, empty (the sandbox holds no layer-7 listener)", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "web-sh").ProxyId;
      assert.deepEqual(await gaap.DescribeHTTPListeners({ ProxyId }).then((r) => [r.TotalCount, r.ListenerSet]), [0, []]);
      assert.deepEqual(await gaap.DescribeHTTPSListeners({ ProxyId, Http3Supported: 1 }).then((r) => [r.TotalCount, r.ListenerSet]), [0, []]);
      await expectApiError(gaap.DescribeHTTPListeners({ ProxyId: "link-00000000" }), "ResourceNotFound");
      await expectApiError(gaap.request("DescribeHTTPListeners", { ProxyId, Http3Supported: 1 }), "UnknownParameter");
    }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { expectApiError, groupNamed, proxyNamed, withSandbox } from "./sandboxHarness";

describe("the demo seed's listeners and origins", () => {
  it("web-sh has TCP and UDP listeners; each type answers its own health codes", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const ProxyId = proxyNamed(sandbox, "web-sh").ProxyId;
      const tcp = await gaap.DescribeTCPListeners({ ProxyId });
      assert.equal(tcp.TotalCount, 2);
      const byName = new Map(tcp.ListenerSet!.map((l) => [l.ListenerName, l]));
      const http = byName.get("web-http")!;
      assert.match(http.ListenerId!, /^listener-[a-z0-9]{8}$/);
      assert.deepEqual([http.Protocol, http.Port, http.ListenerStatus, http.Scheduler, http.BindStatus, http.ProxyId, http.GroupId], ["TCP", 80, 0, "wrr", 1, ProxyId, null]);
      assert.deepEqual(http.RealServerSet!.map((r) => [r.RealServerWeight, r.RealServerStatus]), [[10, 0], [20, 0]]);
      // TCPListener.BindStatus 0 is abnormal; BindRealServer.RealServerStatus 1 is abnormal, with the down address.
      const https = byName.get("web-https")!;
      assert.equal(https.BindStatus, 0);
      const down = https.RealServerSet!.find((r) => r.RealServerStatus === 1)!;
      assert.deepEqual(down.DownIPList, [down.RealServerIP]);

      const udp = await gaap.DescribeUDPListeners({ ProxyId });
      const udpByName = new Map(udp.ListenerSet!.map((l) => [l.ListenerName, l]));
      // UDPListener.BindStatus: 0 normal, 1 IP abnormal, 2 DNS abnormal.
      assert.equal(udpByName.get("quic-udp")!.BindStatus, 1);
      assert.equal(udpByName.get("dns-udp")!.BindStatus, 0);
      assert.deepEqual([udpByName.get("dns-udp")!.RealServerType, udpByName.get("dns-udp")!.CheckType], ["DOMAIN", "PING"]);
    }));

  it("edge-sh runs and forwards nothing; a group has its own listener; api-tls holds ListenerStatus 4", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const edge = proxyNamed(sandbox, "edge-sh");
      assert.equal(edge.Status, "RUNNING");
      assert.equal((await gaap.DescribeTCPListeners({ ProxyId: edge.ProxyId })).TotalCount, 0);
      assert.equal((await gaap.DescribeUDPListeners({ ProxyId: edge.ProxyId })).TotalCount, 0);
      const group = await gaap.DescribeTCPListeners({ GroupId: groupNamed(sandbox, "web-south").GroupId });
      assert.deepEqual(group.ListenerSet!.map((l) => [l.ListenerName, l.Port, l.RealServerPort, l.ProxyId]), [["group-tcp", 8080, 8081, null]]);
      const api = await gaap.DescribeTCPListeners({ ProxyId: proxyNamed(sandbox, "api-tokyo").ProxyId });
      assert.deepEqual(api.ListenerSet!.map((l) => [l.ListenerName, l.ListenerStatus]).sort(), [["api-empty", 0], ["api-tls", 4]]);
    }));

  it("registered origins include unbound ones; statuses say which are bound and where", () =>
    withSandbox({}, async ({ gaap }) => {
      const all = await gaap.DescribeRealServers({ ProjectId: -1, Limit: 50 });
      assert.equal(all.TotalCount, 12);
      const spare = all.RealServerSet!.filter((s) => s.RealServerName!.startsWith("spare"));
      assert.equal(spare.length, 4);
      const status = await gaap.DescribeRealServersStatus({ RealServerIds: all.RealServerSet!.map((s) => s.RealServerId!) });
      const bound = new Map(status.RealServerStatusSet!.map((s) => [s.RealServerId, s.BindStatus]));
      assert.ok(spare.every((s) => bound.get(s.RealServerId) === 0));
      assert.equal([...bound.values()].filter((v) => v === 1).length, 8);
    }));

  it("a listener ID that does not exist is InvalidParameter, as the API words it", () =>
    withSandbox({}, async ({ gaap }) => {
      const error = await expectApiError(gaap.DescribeTCPListeners({ ListenerId: "listener-00000000" }), "InvalidParameter");
      assert.match(error.message, /ListenerId\(listener-00000000\) Not Exist\./);
    }));
});

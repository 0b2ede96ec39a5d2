import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HOSTILE_LISTENER_STRINGS, HOSTILE_STRINGS } from "../../../src/sandbox/index";
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

  it("a DOMAIN UDP listener whose origin fails says DNS abnormal (2); a proxy without the protocol refuses it", () =>
    withSandbox({}, async ({ sandbox, gaap }) => {
      const web = proxyNamed(sandbox, "web-sh");
      const dns = (await gaap.DescribeUDPListeners({ ProxyId: web.ProxyId, ListenerName: "dns-udp" })).ListenerSet![0]!;
      const origin = sandbox.state.gaapListeners.realServers[dns.RealServerSet![0]!.RealServerId!]!;
      origin.sandbox.healthy = false;
      const down = (await gaap.DescribeUDPListeners({ ListenerId: dns.ListenerId! })).ListenerSet![0]!;
      // A domain has no single address to list as down.
      assert.deepEqual([down.BindStatus, down.RealServerSet![0]!.RealServerStatus, down.RealServerSet![0]!.DownIPList], [2, 1, []]);
      const edge = proxyNamed(sandbox, "edge-sh");
      edge.SupportProtocols = ["TCP"];
      await expectApiError(gaap.CreateUDPListeners({ ProxyId: edge.ProxyId, ListenerName: "u", Ports: [53], Scheduler: "rr", RealServerType: "IP" }), "FailedOperation.InvalidListenerProtocol");
    }));

  it("the hostile seed adds a listener and an origin with hostile names, returned verbatim", () =>
    withSandbox({ hostile: true }, async ({ sandbox, gaap }) => {
      const proxy = Object.values(sandbox.state.proxies).find((p) => p.ProxyName === HOSTILE_STRINGS.proxyName && p.GroupId === null)!;
      const [listener] = (await gaap.DescribeTCPListeners({ ProxyId: proxy.ProxyId })).ListenerSet!;
      assert.equal(listener!.ListenerName, HOSTILE_LISTENER_STRINGS.listenerName);
      const origins = await gaap.DescribeRealServers({ ProjectId: -1, Filters: [{ Name: "RealServerName", Values: [HOSTILE_LISTENER_STRINGS.realServerName] }] });
      assert.equal(origins.RealServerSet[0]!.TagSet![0]!.TagValue, HOSTILE_LISTENER_STRINGS.tagValue);
      const bindable = await gaap.DescribeListenerRealServers({ ListenerId: listener!.ListenerId! });
      assert.equal(bindable.BindRealServerSet![0]!.RealServerStatus, 1);
    }));

  it("the scale seed gives every tenth running independent proxy a listener", () =>
    withSandbox({ seed: "scale:1000" }, async ({ sandbox, gaap }) => {
      const listeners = Object.values(sandbox.state.gaapListeners.listeners);
      assert.ok(listeners.length > 20 && listeners.length < 100, String(listeners.length));
      const one = listeners[0]!;
      assert.equal((await gaap.DescribeTCPListeners({ ProxyId: one.ProxyId! })).TotalCount, 1);
    }));
});

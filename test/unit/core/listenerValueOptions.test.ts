import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { LiveSource, ProxyFacts } from "../../../src/core/live/liveSource";
import type { ListenerFacts } from "../../../src/core/live/listenerSource";
import { liveValueOptions } from "../../../src/core/live/liveValueOptions";

const l = (over: Partial<ListenerFacts>): ListenerFacts => ({ listenerId: "listener-1", name: "web", protocol: "TCP", port: 80, status: 0, realServerType: "IP", proxyId: "link-1", ...over });
const listeners = [l({}), l({ listenerId: "listener-u", protocol: "UDP", port: 443, name: "quic" }), l({ listenerId: "listener-h", protocol: "HTTPS", port: 8443, http3: true }), l({ listenerId: "listener-d", port: 2000, realServerType: "DOMAIN" })];

function account(): LiveSource {
  const none = async () => { throw new Error("not asked"); };
  const proxy = { proxyId: "link-1", name: "p", status: "RUNNING" } as ProxyFacts;
  return {
    destRegions: none, accessRegions: none, proxy: none, group: none, zone: none, l4NameTaken: none, groups: none, zones: none, l4Proxy: none, l4Rules: none, originGroups: none, l4Proxies: none,
    proxies: async () => [proxy],
    listeners: {
      listenerGroup: async () => undefined,
      listenerProxy: async () => ({ proxyId: "link-1", status: "RUNNING", version: "2.0", projectId: 0, supportProtocols: [], clientIpMethods: [] }),
      listeners: async (o) => ("proxyId" in o && o.proxyId === "link-1" ? listeners : []),
      listener: async (id) => listeners.find((x) => x.listenerId === id),
      realServers: async () => [
        { realServerId: "rs-1", address: "10.0.0.1", name: "a", projectId: 0, inBanBlacklist: false },
        { realServerId: "rs-2", address: "origin.example.com", name: "d", projectId: 0, inBanBlacklist: false },
        { realServerId: "rs-3", address: "10.0.0.3", name: "other", projectId: 9, inBanBlacklist: false },
      ],
      boundOrigins: async () => [],
      realServerBindings: async () => [],
    },
  };
}

const values = (o: { value: string | number }[] | undefined) => o?.map((x) => x.value);

describe("listener completion", () => {
  it("free TCP ports: common ones that are free, then the ones after the highest in use", async () => {
    const ports = values(await liveValueOptions("CreateTCPListeners", "Ports", { ProxyId: "link-1", Ports: [443] }, account(), undefined, ["Ports", 1]));
    assert.ok(ports && !ports.includes(80) && !ports.includes(443) && !ports.includes(8443) && !ports.includes(2000), String(ports));
    assert.deepEqual(ports!.slice(0, 2), [8080, 22]);
    assert.deepEqual(ports!.slice(-5), [8444, 8445, 8446, 8447, 8448]);
  });
  it("free UDP ports: 443 and 8443 are taken (QUIC, HTTP/3), 80 is free", async () => {
    const ports = values(await liveValueOptions("CreateUDPListeners", "Ports", { ProxyId: "link-1" }, account(), undefined, ["Ports", 0]));
    assert.ok(ports!.includes(80) && !ports!.includes(443) && !ports!.includes(8443), String(ports));
  });
  it("listener IDs of the request's proxy, or of the account's first proxies; a TCP modify offers TCP ones", async () => {
    assert.deepEqual(values(await liveValueOptions("ModifyTCPListenerAttribute", "ListenerId", { ProxyId: "link-1" }, account())), ["listener-1", "listener-d"]);
    assert.deepEqual(values(await liveValueOptions("BindListenerRealServers", "ListenerId", {}, account())), ["listener-1", "listener-u", "listener-d"]);
    assert.deepEqual(values(await liveValueOptions("DeleteListeners", "ListenerIds", { ProxyId: "link-1" }, account(), undefined, ["ListenerIds", 0])), ["listener-1", "listener-u", "listener-d"]);
  });
  it("an origin ID comes with its IP to fill, fitting the listener's type and project", async () => {
    const o = await liveValueOptions("BindListenerRealServers", "RealServerBindSet", { ListenerId: "listener-1" }, account(), undefined, ["RealServerBindSet", 0, "RealServerId"]);
    assert.deepEqual(o, [{ value: "rs-1", detail: "10.0.0.1 · a", fills: { RealServerIP: "10.0.0.1" } }]);
    assert.deepEqual(values(await liveValueOptions("BindListenerRealServers", "RealServerBindSet", { ListenerId: "listener-d" }, account(), undefined, ["RealServerBindSet", 0, "RealServerId"])), ["rs-2"]);
    const ip = await liveValueOptions("BindListenerRealServers", "RealServerBindSet", { RealServerBindSet: [{ RealServerId: "rs-3" }] }, account(), undefined, ["RealServerBindSet", 0, "RealServerIP"]);
    assert.deepEqual(values(ip), ["10.0.0.3"]);
  });
  it("a deeper path of another action offers nothing, and the top-level completions still work", async () => {
    assert.equal(await liveValueOptions("CreateProxy", "TagSet", {}, account(), undefined, ["TagSet", 0, "TagKey"]), undefined);
    assert.deepEqual(values(await liveValueOptions("CreateTCPListeners", "ProxyId", {}, account())), ["link-1"]);
  });
});

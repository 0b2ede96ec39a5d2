import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import { getAction } from "../../../src/core/actions/registry";
import type { ListenerReadClient } from "../../../src/core/live/cloudListenerSource";
import { ApiError } from "../../../src/core/errors/apiError";
import { listenerPreflight } from "../../../src/core/preflight/listenerPreflight";
import type { PreflightCloud } from "../../../src/core/preflight/preflightCloud";
import { fakeCloud } from "./fakeCloud";

const page = <T>(items: T[]) =>
  (async function* () {
    yield { items, total: items.length };
  })();

/** web (RUNNING, TCP 80 and an HTTP/3-less UDP 53) and closed; listener-1 bound to rs-1 and rs-2; rs-2 the failing listing. */
function cloud(options: { boundFails?: boolean } = {}): PreflightCloud {
  const base = fakeCloud({ offers: [], proxies: [{ ProxyId: "link-web", Status: "RUNNING", Version: "2.0", SupportProtocols: ["TCP", "UDP"], ProjectId: 0 }, { ProxyId: "link-closed", Status: "CLOSED" }], groups: [{ GroupId: "lg-web", Status: "RUNNING" }, { GroupId: "lg-busy", Status: "CHANGING" }] });
  const tcp: Gaap.TCPListener[] = [{ ListenerId: "listener-1", ListenerName: "web", Port: 80, Protocol: "TCP", ListenerStatus: 0, RealServerType: "IP", ProxyId: "link-web" }];
  const udp: Gaap.UDPListener[] = [{ ListenerId: "listener-u", ListenerName: "dns", Port: 53, Protocol: "UDP", ListenerStatus: 0, ProxyId: "link-web" }];
  const listeners = {
    listTcpListeners: (scope: { ProxyId?: string }) => page(scope.ProxyId === "link-web" ? tcp : []),
    listUdpListeners: (scope: { ProxyId?: string }) => page(scope.ProxyId === "link-web" ? udp : []),
    findListener: async (protocol: string, id: string) => (protocol === "TCP" ? tcp : udp).find((l) => l.ListenerId === id),
    listRealServers: () => page([]),
    listenerRealServers: async () => {
      if (options.boundFails) throw new ApiError({ code: "InternalError", message: "x", requestId: "req-1", action: "DescribeListenerRealServers", service: "gaap", retryable: false, ambiguous: false });
      return { bound: [{ RealServerId: "rs-1", RealServerIP: "10.0.0.1", RealServerPort: 80, RealServerWeight: 1 }, { RealServerId: "rs-2", RealServerIP: "10.0.0.2", RealServerPort: 80 }], bindable: [], boundTotal: 2, bindableTotal: 0 };
    },
    realServersStatus: async () => [],
  } as unknown as ListenerReadClient;
  return { ...base, gaap: { ...base.gaap, listeners } };
}

const create = { ProxyId: "link-web", ListenerName: "x", Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" };
const codes = (r: { blockers: { code: string }[] }) => r.blockers.map((b) => b.code);

describe("listener preflight", () => {
  it("a create: each port free or held in its transport space, the proxy's state", async () => {
    const r = await listenerPreflight("CreateTCPListeners", { ...create, Ports: [53, 80] }, [], cloud());
    assert.deepEqual(r.ports?.ok && r.ports.value.map((p) => `${p.transport} ${p.port} ${p.holder?.listenerId ?? "free"}`), ["TCP 53 free", "TCP 80 listener-1"]);
    assert.deepEqual(codes(r), ["live-port-taken"]);
    assert.equal(r.steps, undefined, "a plain create has no steps");
    assert.deepEqual(codes(await listenerPreflight("CreateUDPListeners", { ...create, ProxyId: "link-closed", Ports: [1] }, [], cloud())), ["live-listener-proxy-not-running"]);
  });
  it("a group's create: the group must exist and be RUNNING", async () => {
    const onGroup = (GroupId: string) => ({ ...create, ProxyId: undefined, GroupId, Ports: [8080] });
    assert.deepEqual(codes(await listenerPreflight("CreateTCPListeners", onGroup("lg-web"), [], cloud())), []);
    assert.deepEqual(codes(await listenerPreflight("CreateTCPListeners", onGroup("lg-busy"), [], cloud())), ["live-listener-group-not-running"]);
    assert.deepEqual(codes(await listenerPreflight("CreateUDPListeners", onGroup("lg-none"), [], cloud())), ["live-group-not-found"]);
  });
  it("a bind: the diff against the live set; a failed listing of it blocks (a replace is not sent blind)", async () => {
    const r = await listenerPreflight("BindListenerRealServers", { ListenerId: "listener-1", RealServerBindSet: [{ RealServerId: "rs-1", RealServerIP: "10.0.0.1", RealServerPort: 80 }] }, [], cloud());
    assert.ok(r.bind?.ok);
    assert.deepEqual(r.bind.value.diff.changes.map((c) => `${c.kind}:${c.realServerId}`), ["kept:rs-1", "removed:rs-2"]);
    assert.deepEqual(codes(r), []);
    const failed = await listenerPreflight("BindListenerRealServers", { ListenerId: "listener-1", RealServerBindSet: [] }, [], cloud({ boundFails: true }));
    assert.deepEqual(codes(failed), ["check-failed"]);
    assert.equal(failed.bind?.ok, false);
  });
  it("a create that names origins shows its steps and the set to bind", async () => {
    const r = await listenerPreflight("CreateTCPListeners", { ...create, Ports: [8080], RealServerBindSet: [{ RealServerId: "rs-1", RealServerIP: "10.0.0.1", RealServerPort: 80 }] }, [], cloud());
    assert.deepEqual(r.steps, ["create", "wait-created-0", "bind-0", "wait-bound-0"]);
    assert.ok(r.bind?.ok && r.bind.value.diff.added === 1);
  });
  it("without the listener reads (an older cloud) only the offline part", async () => {
    const r = await listenerPreflight("CreateTCPListeners", { ...create, Ports: [80] }, [], fakeCloud({ offers: [] }));
    assert.equal(r.ports, undefined);
    assert.deepEqual(codes(r), []);
  });
  it("lists the rules the request breaks or warns of, in the panel's order, and leaves the notes out", async () => {
    const offline = fakeCloud({ offers: [] });
    const listed = async (action: string, params: Record<string, unknown>) => {
      // Reversed: the order is the panel's, not the findings'.
      const found = getAction(action)!.rules(params).reverse();
      return (await listenerPreflight(action, params, found, offline)).rules.map((r) => `${r.code} ${r.state}`);
    };
    const udp = { ProxyId: "link-web", Ports: [80, 80], Scheduler: "lrtt", RealServerType: "DOMAIN", ClientIPMethod: 1, HealthCheck: 1, CheckType: "PING", CheckPort: 53 };
    assert.deepEqual(await listed("CreateUDPListeners", udp), [
      "listener-duplicate-port fail",
      "listener-domain-scheduler fail",
      "listener-client-ip-tcp-only fail",
      "listener-udp-probe-without-port note",
    ]);
    assert.deepEqual(await listed("BindListenerRealServers", { ListenerId: "listener-1", RealServerBindSet: [] }), ["bind-empty-set note"]);
    assert.deepEqual(await listed("AddRealServers", { RealServerIP: ["a", "a"] }), ["real-server-duplicate-address fail"]);
    assert.deepEqual(await listed("DeleteListeners", { ProxyId: "link-web", ListenerIds: ["listener-1", "listener-1"], Force: 1 }), []);
  });
});

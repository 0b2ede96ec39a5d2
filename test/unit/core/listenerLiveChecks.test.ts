import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import {
  addRealServersLiveChecks,
  bindLiveChecks,
  deleteListenersLiveChecks,
  listenerCreateLiveChecks,
  listenerModifyLiveChecks,
  removeRealServersLiveChecks,
} from "../../../src/core/live/listenerLiveChecks";
import type { LiveSource } from "../../../src/core/live/liveSource";
import type { ListenerFacts, ListenerProxyFacts, ListenerSource, RealServerFacts } from "../../../src/core/live/listenerSource";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import type { PathFinding } from "../../../src/core/validation/finding";

const proxy = (over: Partial<ListenerProxyFacts>): ListenerProxyFacts => ({
  proxyId: "link-1", status: "RUNNING", version: "2.0", projectId: 0, supportProtocols: ["TCP", "UDP", "HTTP", "HTTPS"], clientIpMethods: [0, 1], ...over,
});
const listener = (over: Partial<ListenerFacts>): ListenerFacts => ({ listenerId: "listener-1", name: "l", protocol: "TCP", port: 80, status: 0, realServerType: "IP", proxyId: "link-1", ...over });
const server = (over: Partial<RealServerFacts>): RealServerFacts => ({ realServerId: "rs-1", address: "10.0.0.1", name: "a", projectId: 0, inBanBlacklist: false, ...over });

/**
 * link-1 (v2, RUNNING) with TCP 80, UDP 53 and an HTTP/3 HTTPS 443; link-old (v1, CLOSED, TCP only, TOA only);
 * origins rs-1 (10.0.0.1), rs-2 (a domain), rs-3 (another project, banned), rs-1 bound to link-1.
 */
function account(extra: ListenerFacts[] = []): LiveSource {
  const proxies = [proxy({}), proxy({ proxyId: "link-old", status: "CLOSED", version: "1.0", supportProtocols: ["TCP"], clientIpMethods: [0] })];
  const listeners = [
    listener({}),
    listener({ listenerId: "listener-u", protocol: "UDP", port: 53 }),
    listener({ listenerId: "listener-h", protocol: "HTTPS", port: 443, http3: true, realServerType: undefined }),
    listener({ listenerId: "listener-d", port: 81, realServerType: "DOMAIN", status: 3 }),
    ...extra,
  ];
  const groups = [{ groupId: "lg-1", status: "RUNNING" }, { groupId: "lg-busy", status: "CHANGING" }];
  const servers = [server({}), server({ realServerId: "rs-2", address: "origin.example.com" }), server({ realServerId: "rs-3", address: "10.0.0.3", projectId: 7, inBanBlacklist: true })];
  const source: ListenerSource = {
    listenerProxy: async (id) => proxies.find((p) => p.proxyId === id),
    listenerGroup: async (id) => groups.find((g) => g.groupId === id),
    listeners: async (owner) => ("proxyId" in owner && owner.proxyId === "link-1" ? listeners : []),
    listener: async (id) => listeners.find((l) => l.listenerId === id && (l.protocol === "TCP" || l.protocol === "UDP")),
    realServers: async () => servers,
    boundOrigins: async () => [],
    realServerBindings: async (ids) => ids.map((id) => ({ realServerId: id, bound: id === "rs-1", ...(id === "rs-1" ? { proxyId: "link-1" } : {}) })),
  };
  const none = async () => { throw new Error("not asked"); };
  return { destRegions: none, accessRegions: none, proxy: none, group: none, zone: none, l4NameTaken: none, proxies: none, groups: none, zones: none, l4Proxy: none, l4Rules: none, originGroups: none, l4Proxies: none, listeners: source };
}

const at = (found: PathFinding[]) => found.map((f) => `${f.code}@${f.path}`).sort();
const tcp = listenerCreateLiveChecks("TCP");
const udp = listenerCreateLiveChecks("UDP");
const createTcp = { ProxyId: "link-1", ListenerName: "web", Ports: [8080], Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" };

describe("listener live checks: create", () => {
  it("a free port on a running proxy raises nothing", async () => assert.deepEqual(at(await tcp(createTcp, account())), []));
  it("a group listener: the group must exist and be RUNNING", async () => {
    const onGroup = (GroupId: string) => ({ ...createTcp, ProxyId: undefined, GroupId });
    assert.deepEqual(at(await tcp(onGroup("lg-1"), account())), []);
    assert.deepEqual(at(await udp(onGroup("lg-busy"), account())), ["live-listener-group-not-running@/GroupId"]);
    assert.deepEqual(at(await tcp(onGroup("lg-none"), account())), ["live-group-not-found@/GroupId"]);
  });
  it("a TCP port taken by a TCP or HTTPS listener, on the port's own index", async () => {
    assert.deepEqual(at(await tcp({ ...createTcp, Ports: [8080, 80, 443] }, account())), ["live-port-taken@/Ports/1", "live-port-taken@/Ports/2"]);
  });
  it("transport spaces: UDP 80 is free, UDP 53 and UDP 443 (HTTP/3) are taken, TCP 53 is free", async () => {
    assert.deepEqual(at(await udp({ ...createTcp, Ports: [80, 53, 443] }, account())), ["live-port-taken@/Ports/1", "live-port-taken@/Ports/2"]);
    assert.deepEqual(at(await tcp({ ...createTcp, Ports: [53] }, account())), []);
  });
  it("the message names the listener that holds the port, in both languages", async () => {
    const [f] = await udp({ ...createTcp, Ports: [443] }, account());
    assert.match(formatFinding(f!, "en"), /443.*UDP.*HTTPS listener listener-h.*DuplicatedListenerPort/);
    assert.match(formatFinding(f!, "zh-cn"), /listener-h/);
  });
  it("the quota of 50 listeners counts what is there and what is added", async () => {
    const many = Array.from({ length: 44 }, (_, i) => listener({ listenerId: `listener-x${i}`, port: 10_000 + i }));
    assert.deepEqual(at(await tcp({ ...createTcp, Ports: [1, 2] }, account(many))), []);
    assert.deepEqual(at(await tcp({ ...createTcp, Ports: [1, 2, 3] }, account(many))), ["live-listener-quota@/Ports"]);
  });
  it("a proxy that is not running, does not offer UDP, has no RealServerPorts, and only TOA", async () => {
    const req = { ...createTcp, ProxyId: "link-old", RealServerPorts: [80], ClientIPMethod: 1 };
    assert.deepEqual(at(await tcp(req, account())), ["live-client-ip-method@/ClientIPMethod", "live-listener-proxy-not-running@/ProxyId"]);
    assert.deepEqual(at(await udp({ ...createTcp, ProxyId: "link-old" }, account())), ["live-listener-proxy-not-running@/ProxyId", "live-protocol-unsupported@/ProxyId"]);
    const [v] = await tcp({ ...createTcp, RealServerPorts: [80] }, account());
    assert.equal(v!.code, "live-real-server-ports-v1");
    assert.deepEqual(v!.fix, { kind: "remove-parameter" });
  });
  it("ClientIPMethod is a TCP matter only; the one allowed value is offered as a fix", async () => {
    const [f] = await tcp({ ...createTcp, ProxyId: "link-old", ClientIPMethod: 1 }, account()).then((x) => x.filter((y) => y.code === "live-client-ip-method"));
    assert.deepEqual(f!.fix, { kind: "replace-value", value: 0 });
    assert.deepEqual(at(await udp({ ...createTcp, ClientIPMethod: 5 }, account())), []);
  });
  it("an unknown proxy is said once, and its listeners are not asked", async () => assert.deepEqual(at(await tcp({ ...createTcp, ProxyId: "link-9" }, account())), ["live-proxy-not-found@/ProxyId"]));
  it("both or neither of ProxyId and GroupId: left to the offline rule", async () => {
    assert.deepEqual(at(await tcp({ ...createTcp, GroupId: "lg-1" }, account())), []);
    assert.deepEqual(at(await tcp({ ListenerName: "x", Ports: [80] }, account())), []);
  });
  it("without a listener source nothing is checked", async () => {
    const { listeners: _, ...rest } = account();
    assert.deepEqual(await tcp(createTcp, rest), []);
  });
});

describe("listener live checks: modify", () => {
  const modify = listenerModifyLiveChecks("TCP");
  it("a running TCP listener of the proxy", async () => assert.deepEqual(at(await modify({ ListenerId: "listener-1", ProxyId: "link-1" }, account())), []));
  it("unknown, of another protocol, of another proxy, busy", async () => {
    assert.deepEqual(at(await modify({ ListenerId: "listener-9" }, account())), ["live-listener-not-found@/ListenerId"]);
    assert.deepEqual(at(await modify({ ListenerId: "listener-u" }, account())), ["live-listener-protocol@/ListenerId"]);
    assert.deepEqual(at(await modify({ ListenerId: "listener-1", ProxyId: "link-2" }, account())), ["live-listener-owner@/ProxyId"]);
    assert.deepEqual(at(await modify({ ListenerId: "listener-d" }, account())), ["live-listener-busy@/ListenerId"]);
  });
});

describe("listener live checks: bind", () => {
  const entry = (over: Record<string, unknown>) => ({ RealServerId: "rs-1", RealServerIP: "10.0.0.1", RealServerPort: 80, ...over });
  it("a registered origin with its own IP raises nothing", async () => assert.deepEqual(at(await bindLiveChecks({ ListenerId: "listener-1", RealServerBindSet: [entry({})] }, account())), []));
  it("each entry on its own path: unknown ID, wrong IP (with a fix), wrong type, other project and banned", async () => {
    const req = { ListenerId: "listener-1", RealServerBindSet: [entry({ RealServerId: "rs-9" }), entry({ RealServerIP: "10.0.0.2" }), entry({ RealServerId: "rs-2", RealServerIP: "origin.example.com" }), entry({ RealServerId: "rs-3", RealServerIP: "10.0.0.3" })] };
    const found = await bindLiveChecks(req, account());
    assert.deepEqual(at(found), [
      "live-real-server-banned@/RealServerBindSet/3/RealServerId",
      "live-real-server-ip@/RealServerBindSet/1/RealServerIP",
      "live-real-server-not-found@/RealServerBindSet/0/RealServerId",
      "live-real-server-project@/RealServerBindSet/3/RealServerId",
      "live-real-server-type@/RealServerBindSet/2/RealServerId",
    ]);
    assert.deepEqual(found.find((f) => f.code === "live-real-server-ip")!.fix, { kind: "replace-value", value: "10.0.0.1" });
    assert.equal(found.find((f) => f.code === "live-real-server-banned")!.severity, "warning");
  });
  it("a DOMAIN listener refuses an IP origin", async () => {
    assert.deepEqual(at(await bindLiveChecks({ ListenerId: "listener-d", RealServerBindSet: [entry({})] }, account())), ["live-real-server-type@/RealServerBindSet/0/RealServerId"]);
  });
  it("an unknown listener", async () => assert.deepEqual(at(await bindLiveChecks({ ListenerId: "listener-9", RealServerBindSet: [] }, account())), ["live-listener-not-found@/ListenerId"]));
});

describe("listener live checks: origin servers", () => {
  it("AddRealServers of an address already registered, on its index", async () => {
    assert.deepEqual(at(await addRealServersLiveChecks({ ProjectId: 0, RealServerIP: ["10.0.0.9", "origin.example.com"], RealServerName: "x" }, account())), ["live-real-server-registered@/RealServerIP/1"]);
  });
  it("RemoveRealServers of a bound origin and of an unknown one", async () => {
    assert.deepEqual(at(await removeRealServersLiveChecks({ RealServerIds: ["rs-2", "rs-1", "rs-9"] }, account())), ["live-real-server-bound@/RealServerIds/1", "live-real-server-not-found@/RealServerIds/2"]);
  });
  it("every code is worded in both languages", async () => {
    const all = [
      ...(await tcp({ ...createTcp, ProxyId: "link-old", RealServerPorts: [1], ClientIPMethod: 1, Ports: [80] }, account())),
      ...(await removeRealServersLiveChecks({ RealServerIds: ["rs-1", "rs-9"] }, account())),
      ...(await addRealServersLiveChecks({ RealServerIP: ["10.0.0.1"] }, account())),
    ];
    for (const f of all) for (const lang of ["en", "zh-cn"] as const) assert.notEqual(formatFinding(f, lang), f.code, `${f.code} worded in ${lang}`);
  });
});

describe("listener live checks: delete", () => {
  const withOrigins = (source: LiveSource): LiveSource => ({ ...source, listeners: { ...source.listeners!, boundOrigins: async (id) => (id === "listener-1" ? [{ realServerId: "rs-1", address: "10.0.0.1", port: 80 }] : []) } });
  it("an unknown listener, one of another proxy, one with origins bound unless Force 1", async () => {
    const req = { ProxyId: "link-1", ListenerIds: ["listener-9", "listener-1", "listener-u"] };
    assert.deepEqual(at(await deleteListenersLiveChecks(req, withOrigins(account()))), ["live-listener-has-origins@/ListenerIds/1", "live-listener-not-found@/ListenerIds/0"]);
    assert.deepEqual(at(await deleteListenersLiveChecks({ ...req, Force: 1 }, withOrigins(account()))), ["live-listener-not-found@/ListenerIds/0"]);
    assert.deepEqual(at(await deleteListenersLiveChecks({ ProxyId: "link-2", ListenerIds: ["listener-u"] }, account())), ["live-listener-owner@/ListenerIds/0"]);
  });
});

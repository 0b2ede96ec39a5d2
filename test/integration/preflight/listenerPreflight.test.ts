import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import type { ListenerReport } from "../../../src/core/preflight/listenerReport";
import { runPreflight } from "../../../src/core/preflight/runPreflight";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";

/** The listener preflight through the real SDK against the demo seed (IDs: /work/flags/h-gaapsbx.seed.md). */
describe("listener preflight against the sandbox", () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 0 });
  });
  after(() => env.close());

  async function preflight(request: Record<string, unknown>): Promise<ListenerReport> {
    const v = validateDocument(JSON.stringify(request));
    assert.ok(v.action && v.params, JSON.stringify(v.findings));
    const report = await runPreflight({ action: v.action.name, params: v.params, findings: v.findings }, env.cloud);
    assert.equal(report.kind, "gaap-listener");
    return report as ListenerReport;
  }

  it("a bind shows the live set beside the file's: a removal, an addition, a weight change", async () => {
    const r = await preflight({
      Action: "BindListenerRealServers",
      ListenerId: "listener-cf2u09b7",
      RealServerBindSet: [
        { RealServerId: "rs-oxp4wwv1", RealServerIP: "203.0.113.11", RealServerPort: 80, RealServerWeight: 5 },
        { RealServerId: "rs-5bruip8f", RealServerIP: "203.0.113.91", RealServerPort: 80 },
      ],
    });
    assert.ok(r.listener?.ok && r.listener.value?.listenerId === "listener-cf2u09b7");
    assert.ok(r.bind?.ok);
    assert.deepEqual(r.bind.value.diff.changes.map((c) => `${c.kind}:${c.realServerId}`).sort(), ["added:rs-5bruip8f", "changed:rs-oxp4wwv1", "removed:rs-8tdf85nf"]);
    assert.deepEqual(r.blockers, []);
  });
  it("a bind to a listener that is not there is blocked", async () => {
    const r = await preflight({ Action: "BindListenerRealServers", ListenerId: "listener-nope0000", RealServerBindSet: [] });
    assert.deepEqual(r.blockers.map((b) => b.code), ["live-listener-not-found"]);
  });
  it("a create: the proxy's state, each port free or held, the count, and the steps when it names origins", async () => {
    const r = await preflight({
      Action: "CreateTCPListeners",
      ProxyId: "link-gu88wdoc",
      ListenerName: "more",
      Ports: [80, 8088],
      Scheduler: "rr",
      HealthCheck: 0,
      RealServerType: "IP",
      RealServerBindSet: [{ RealServerId: "rs-5bruip8f", RealServerIP: "203.0.113.91", RealServerPort: 80 }],
    });
    assert.ok(r.proxy?.ok && r.proxy.value?.status === "RUNNING");
    assert.ok(r.ports?.ok);
    assert.deepEqual(r.ports.value.map((p) => `${p.port}:${p.holder?.listenerId ?? "free"}`), ["80:listener-cf2u09b7", "8088:free"]);
    assert.equal(r.listenerCount, 4);
    assert.deepEqual(r.blockers.map((b) => b.code), ["live-port-taken"]);
    assert.deepEqual(r.steps, ["create", "wait-created-0", "bind-0", "wait-bound-0", "wait-created-1", "bind-1", "wait-bound-1"]);
  });
  it("a create on a proxy that is not running is blocked", async () => {
    const r = await preflight({ Action: "CreateUDPListeners", ProxyId: "link-qnjuvjkm", ListenerName: "x", Ports: [9000], Scheduler: "rr", RealServerType: "IP" });
    assert.deepEqual(r.blockers.map((b) => b.code), ["live-listener-proxy-not-running"]);
  });
});

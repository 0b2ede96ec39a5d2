import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { collectPages } from "../../../src/core/client/pageStream";
import { ApiError } from "../../../src/core/errors/apiError";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";
import { proxyNamed } from "./sandboxHarness";

const fastWaits = { initialDelayMs: 50, factor: 1.5, maxDelayMs: 200, timeoutMs: 10_000 };

// The extension's own client (h-gaapact) against the emulator: the two must agree on shapes, statuses and codes.
describe("the listener client against the sandbox", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: fastWaits });
  });
  after(() => env.close());

  it("create → ListenerStatus 0 → bind two origins → 0 → delete (Force) → gone", async () => {
    const { listeners } = env.cloud.gaap;
    const ProxyId = proxyNamed(env.sandbox, "traffic-gz").ProxyId;
    const created = await listeners.createTcpListeners({ ProxyId, ListenerName: "run", Ports: [8443], Scheduler: "wrr", HealthCheck: 1, RealServerType: "IP", DelayLoop: 10, ConnectTimeout: 3 });
    assert.equal(created.listenerIds.length, 1);
    const id = created.listenerIds[0]!;
    assert.equal((await listeners.waitForListener("TCP", id, "running"))?.ListenerStatus, 0);

    const origins = await collectPages(listeners.listRealServers({ ProjectId: 0 }));
    const spare = origins.filter((s) => s.RealServerName === "spare-1" || s.RealServerName === "web-origin-down");
    assert.equal(spare.length, 2);
    await listeners.bindListenerRealServers(
      { ListenerId: id, RealServerBindSet: spare.map((s) => ({ RealServerId: s.RealServerId!, RealServerIP: s.RealServerIP!, RealServerPort: 443, RealServerWeight: 10 })) },
      { proxyId: ProxyId },
    );
    const bound = await listeners.waitForListener("TCP", id, "running");
    assert.deepEqual(bound?.RealServerSet?.map((r) => r.RealServerStatus).sort(), [0, 1]);
    const both = await listeners.listenerRealServers(id);
    assert.equal(both.boundTotal, 2);

    const deleted = await listeners.deleteListeners({ ProxyId, ListenerIds: [id] });
    assert.deepEqual(deleted.failed, [id], "Force 0 refuses a listener with origins");
    await listeners.deleteListeners({ ProxyId, ListenerIds: [id], Force: 1 });
    assert.equal(await listeners.waitForListener("TCP", id, "gone"), undefined);
  });

  it("a port taken answers DuplicatedListenerPort through the client, with its RequestId", async () => {
    const ProxyId = proxyNamed(env.sandbox, "web-sh").ProxyId;
    const error = await env.cloud.gaap.listeners.createTcpListeners({ ProxyId, ListenerName: "x", Ports: [80], Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" }).then(
      () => assert.fail("created"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.code, "InvalidParameterValue.DuplicatedListenerPort");
    assert.ok(error.requestId);
  });
});

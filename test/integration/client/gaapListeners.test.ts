import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { collectPages } from "../../../src/core/client/pageStream";
import { ApiError } from "../../../src/core/errors/apiError";
import { explainApiError } from "../../../src/core/errors/explainError";
import { followSent, sendChecked } from "../../../src/core/preflight/sendChecked";
import { figure, sandboxCloud } from "./sandboxCloud";

const fastWaits = { initialDelayMs: 50, factor: 1.5, maxDelayMs: 200, timeoutMs: 20_000 };
const tcp = (ProxyId: string, Ports: number[]) => ({ ProxyId, ListenerName: "it-tcp", Ports, Scheduler: "wrr", HealthCheck: 1, RealServerType: "IP" });

/** A RUNNING proxy of the demo seed that has no listener yet (edge-sh). */
async function edgeSh(env: Awaited<ReturnType<typeof sandboxCloud>>): Promise<string> {
  const proxies = await collectPages(env.cloud.gaap.listProxies());
  const p = proxies.find((x) => x.ProxyName === "edge-sh");
  assert.ok(p?.ProxyId, "the demo seed has edge-sh");
  return p.ProxyId;
}

describe("GAAP listeners and origin servers through the client, the real SDK and the sandbox", { timeout: 120_000 }, () => {
  it("creates a TCP listener, waits for it, registers and binds two origins, reads them back, deletes it", async () => {
    const env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: fastWaits });
    try {
      const l = env.cloud.gaap.listeners;
      const proxyId = await edgeSh(env);
      const started = Date.now();
      const created = await l.createTcpListeners(tcp(proxyId, [8443]));
      assert.equal(created.listenerIds.length, 1);
      const listenerId = created.listenerIds[0]!;
      assert.equal((await l.waitForListener("TCP", listenerId, "running"))?.ListenerStatus, 0);

      const added = await l.addRealServers({ ProjectId: 0, RealServerIP: ["192.0.2.201", "192.0.2.202"], RealServerName: "it-origin" });
      assert.equal(added.realServers.length, 2);
      const binds = added.realServers.map((s, i) => ({ RealServerId: s.RealServerId!, RealServerIP: s.RealServerIP!, RealServerPort: 443, RealServerWeight: 10 * (i + 1) }));
      await l.bindListenerRealServers({ ListenerId: listenerId, RealServerBindSet: binds }, { proxyId });
      await l.waitForListener("TCP", listenerId, "running");
      const rs = await l.listenerRealServers(listenerId);
      assert.deepEqual(rs.bound.map((b) => [b.RealServerIP, b.RealServerPort, b.RealServerWeight]).sort(), [["192.0.2.201", 443, 10], ["192.0.2.202", 443, 20]]);
      const status = await l.realServersStatus(binds.map((b) => b.RealServerId));
      assert.ok(status.every((s) => s.BindStatus === 1 && s.ProxyId === proxyId));

      // A bound origin cannot be removed; the refusal is explained in both languages and names the parameter.
      await assert.rejects(l.removeRealServers({ RealServerIds: [binds[0]!.RealServerId] }), (e: ApiError) => {
        assert.equal(e.code, "FailedOperation.RealServerAlreadyBound");
        assert.ok(explainApiError(e, "zh-cn").what);
        return true;
      });

      const deleted = await l.deleteListeners({ ProxyId: proxyId, ListenerIds: [listenerId], Force: 1 });
      assert.deepEqual(deleted.succeeded, [listenerId]);
      assert.equal(await l.waitForListener("TCP", listenerId, "gone"), undefined);
      await l.removeRealServers({ RealServerIds: binds.map((b) => b.RealServerId) });
      figure("listener create → running → bind → running → delete → gone (ms)", Date.now() - started);
    } finally {
      await env.close();
    }
  });

  it("retries FailedOperation.ListenerHasTask: a modify sent while the listener is still creating goes through once it runs", async () => {
    const env = await sandboxCloud({ seed: "demo", delays: { create: 1_500 } }, { wait: fastWaits });
    try {
      const l = env.cloud.gaap.listeners;
      const proxyId = await edgeSh(env);
      const [listenerId] = (await l.createTcpListeners(tcp(proxyId, [9443]))).listenerIds;
      const out = await l.modifyTcpListener({ ProxyId: proxyId, ListenerId: listenerId!, Scheduler: "lc" });
      assert.ok(out.requestId);
      assert.equal((await l.findListener("TCP", listenerId!))?.Scheduler, "lc");
    } finally {
      await env.close();
    }
  });

  it("a create whose answer is lost (connection reset after it acted) is found, not sent twice", async () => {
    const env = await sandboxCloud({ seed: "demo", delays: 300, faults: { rules: [{ action: "CreateTCPListeners", script: ["reset-after"] }] } }, { wait: fastWaits });
    try {
      const l = env.cloud.gaap.listeners;
      const proxyId = await edgeSh(env);
      const out = await l.createTcpListeners(tcp(proxyId, [7443, 7444]));
      assert.equal(out.resolvedBy, "lookup");
      assert.equal(out.listenerIds.length, 2);
      const listed = await collectPages(l.listTcpListeners({ ProxyId: proxyId }));
      assert.deepEqual(listed.filter((x) => x.ListenerName === "it-tcp").map((x) => x.Port).sort(), [7443, 7444], "one listener per port, not two");
    } finally {
      await env.close();
    }
  });

  it("the panel's writes: a port conflict is refused with its code on /Ports; a create is followed to ListenerStatus 0", async () => {
    const env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: fastWaits });
    try {
      const proxyId = await edgeSh(env);
      const params = tcp(proxyId, [6443]);
      const sent = await sendChecked("CreateTCPListeners", params, env.cloud, "unused-token");
      assert.deepEqual([sent.resource, sent.protocol, sent.target, sent.ids?.length], ["gaap-listener", "TCP", "running", 1]);
      assert.equal(await followSent(sent, env.cloud), "running");
      await assert.rejects(sendChecked("CreateTCPListeners", params, env.cloud, "t"), (e: ApiError) => e.code === "InvalidParameterValue.DuplicatedListenerPort" && e.path === "/Ports");

      const bind = await sendChecked("BindListenerRealServers", { ListenerId: sent.ids![0]!, RealServerBindSet: [] }, env.cloud, "t");
      assert.equal(await followSent(bind, env.cloud), "running", "the protocol is found for a bind");
      const del = await sendChecked("DeleteListeners", { ProxyId: proxyId, ListenerIds: sent.ids!, Force: 0 }, env.cloud, "t");
      assert.equal(await followSent(del, env.cloud), "gone");
    } finally {
      await env.close();
    }
  });
});

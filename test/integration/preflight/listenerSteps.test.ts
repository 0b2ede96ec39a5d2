import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { collectPages } from "../../../src/core/client/pageStream";
import { cloudListenerSteps } from "../../../src/core/steps/cloudListenerSteps";
import { listenerWithOriginsSteps } from "../../../src/core/steps/listenerWithOrigins";
import { initialRunState, runSteps, type RunState } from "../../../src/core/steps/stepRunner";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";

/** edge-sh: RUNNING with no listener in the demo seed. */
const PROXY = "link-p7aav5z8";
const file = {
  ProxyId: PROXY,
  ListenerName: "stepped",
  Ports: [8000],
  Scheduler: "wrr",
  HealthCheck: 0,
  RealServerType: "IP",
  RealServerBindSet: [
    { RealServerId: "rs-5bruip8f", RealServerIP: "203.0.113.91", RealServerPort: 8000, RealServerWeight: 10 },
    { RealServerId: "rs-tfrteb77", RealServerIP: "203.0.113.92", RealServerPort: 8000, RealServerWeight: 20 },
  ],
};

/** A listener with origins, run as steps through the real SDK, with a bind that fails until the fault script ends. */
describe("a listener with origins, stepped, against the sandbox", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud(
      { seed: "demo", delays: 300, faults: { rules: [{ action: "BindListenerRealServers", script: ["http503", "http503"] }] } },
      { retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 }, wait: { initialDelayMs: 50, factor: 1.5, maxDelayMs: 200, timeoutMs: 20_000 } },
    );
  });
  after(() => env.close());

  it("stops at the bind saying what was done, and a resume binds without creating a second listener", async () => {
    const steps = listenerWithOriginsSteps("CreateTCPListeners", file, cloudListenerSteps(env.cloud.gaap));
    const seen: RunState[] = [];
    const first = await runSteps(steps, initialRunState(steps), (s) => seen.push(s));
    assert.equal(first.result, "failed");
    assert.deepEqual(first.state.steps.map((s) => `${s.id}:${s.status}`), ["create:done", "wait-created-0:done", "bind-0:failed", "wait-bound-0:pending"]);
    const listenerId = first.state.steps[0]!.outputs.listener0!;
    assert.match(listenerId, /^listener-/);
    assert.ok(seen.some((s) => s.steps[0]!.status === "running"), "progress is reported while a step runs");

    const again = await runSteps(steps, first.state, () => {});
    assert.equal(again.result, "done", JSON.stringify(again.state));
    const listeners = await collectPages(env.cloud.gaap.listeners.listTcpListeners({ ProxyId: PROXY }));
    assert.deepEqual(listeners.map((l) => [l.ListenerId, l.Port, l.ListenerStatus]), [[listenerId, 8000, 0]], "one listener, running");
    const bound = await env.cloud.gaap.listeners.listenerRealServers(listenerId);
    assert.deepEqual(bound.bound.map((b) => `${b.RealServerId}:${b.RealServerPort}:${b.RealServerWeight}`).sort(), ["rs-5bruip8f:8000:10", "rs-tfrteb77:8000:20"]);
  });
});

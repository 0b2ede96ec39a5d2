import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import { listenerStepIds, listenerWithOriginsSteps, type ListenerStepsCloud } from "../../../src/core/steps/listenerWithOrigins";
import { initialRunState, parseRunState, runSteps, type RunState } from "../../../src/core/steps/stepRunner";

const refusal = (code: string, ambiguous = false) => new ApiError({ code, message: code, requestId: "req-x", action: "X", service: "gaap", ambiguous, retryable: false });

/** A fake account: counts every call; `fail` makes the named call fail once with the given error. */
function fakeCloud(fail: Partial<Record<"create" | "wait" | "bind", Error>> = {}, created: string[] | undefined = undefined) {
  const calls: string[] = [];
  const once = (name: "create" | "wait" | "bind") => {
    const e = fail[name];
    if (e !== undefined) {
      delete fail[name];
      throw e;
    }
  };
  const cloud: ListenerStepsCloud = {
    createListeners: async (protocol, req) => {
      calls.push(`create ${protocol} ${JSON.stringify(req.Ports)} ${"RealServerBindSet" in req ? "with set" : "without set"}`);
      once("create");
      return { listenerIds: (req.Ports as number[]).map((p) => `listener-${p}`), requestId: "req-c" };
    },
    findListeners: async (_p, _o, _n, ports) => {
      calls.push("find");
      return created ?? (ports.length ? undefined : []);
    },
    waitListener: async (_p, id) => {
      calls.push(`wait ${id}`);
      once("wait");
    },
    bind: async (id, set) => {
      calls.push(`bind ${id} ${set.length}`);
      once("bind");
      return { requestId: "req-b" };
    },
  };
  return { cloud, calls };
}

const file = { ProxyId: "link-1", ListenerName: "web", Ports: [80, 81], Scheduler: "rr", HealthCheck: 0, RealServerType: "IP", RealServerBindSet: [{ RealServerId: "rs-1", RealServerIP: "10.0.0.1", RealServerPort: 80 }] };

async function run(cloud: ListenerStepsCloud, state?: RunState, signal?: AbortSignal) {
  const steps = listenerWithOriginsSteps("CreateTCPListeners", file, cloud);
  const seen: RunState[] = [];
  const outcome = await runSteps(steps, state ?? initialRunState(steps), (s) => seen.push(s), signal);
  return { ...outcome, seen };
}

describe("step runner: a listener with origins", () => {
  it("creates once without the set, then waits, binds, waits for each listener, in order", async () => {
    const { cloud, calls } = fakeCloud();
    const out = await run(cloud);
    assert.equal(out.result, "done");
    assert.deepEqual(calls, ["create TCP [80,81] without set", "wait listener-80", "bind listener-80 1", "wait listener-80", "wait listener-81", "bind listener-81 1", "wait listener-81"]);
    assert.deepEqual(out.state.steps.map((s) => s.id), listenerStepIds(2));
    assert.ok(out.seen.length >= 14, "every step's start and end is reported");
  });
  it("a refused bind stops there; a resume skips the create and the first wait and does not create again", async () => {
    const { cloud, calls } = fakeCloud({ bind: refusal("FailedOperation.ListenerHasTask") });
    const first = await run(cloud);
    assert.equal(first.result, "failed");
    assert.deepEqual(first.state.steps.map((s) => s.status).slice(0, 4), ["done", "done", "failed", "pending"]);
    assert.equal(first.state.steps[2]!.error!.code, "FailedOperation.ListenerHasTask");
    calls.length = 0;
    const again = await run(cloud, first.state);
    assert.equal(again.result, "done");
    assert.equal(calls.filter((c) => c.startsWith("create")).length, 0);
    assert.equal(calls[0], "bind listener-80 1");
  });
  it("an ambiguous create is not sent again: the resume looks, and takes what it finds", async () => {
    const { cloud, calls } = fakeCloud({ create: refusal("ClientError.OutcomeUnknown", true) }, ["listener-a", "listener-b"]);
    const first = await run(cloud);
    assert.equal(first.result, "failed");
    assert.equal(first.state.steps[0]!.status, "unknown");
    calls.length = 0;
    const again = await run(cloud, first.state);
    assert.equal(again.result, "done");
    assert.deepEqual(calls.slice(0, 3), ["find", "wait listener-a", "bind listener-a 1"]);
    assert.equal(again.state.steps[0]!.resolvedBy, "lookup");
  });
  it("an ambiguous create that the look-up does not find is sent again on resume, once", async () => {
    const { cloud, calls } = fakeCloud({ create: new Error("socket hang up") });
    const first = await run(cloud);
    assert.equal(first.state.steps[0]!.status, "unknown");
    calls.length = 0;
    await run(cloud, first.state);
    assert.deepEqual(calls.slice(0, 2), ["find", "create TCP [80,81] without set"]);
  });
  it("a plain refusal of the create is a failure that can be sent again (nothing was created)", async () => {
    const { cloud } = fakeCloud({ create: refusal("InvalidParameterValue.DuplicatedListenerPort") });
    const first = await run(cloud);
    assert.equal(first.state.steps[0]!.status, "failed");
  });
  it("cancellation between steps stops there, and a resume goes on", async () => {
    const controller = new AbortController();
    const { cloud, calls } = fakeCloud();
    const wait = cloud.waitListener;
    cloud.waitListener = async (p, id, s) => {
      await wait(p, id, s);
      controller.abort();
    };
    const first = await run(cloud, undefined, controller.signal);
    assert.equal(first.result, "cancelled");
    assert.deepEqual(first.state.steps.map((s) => s.status).slice(0, 3), ["done", "done", "pending"]);
    cloud.waitListener = wait;
    calls.length = 0;
    assert.equal((await run(cloud, first.state)).result, "done");
    assert.equal(calls[0], "bind listener-80 1");
  });
  it("a kept state of another plan is refused; a kept state from outside is checked", async () => {
    const steps = listenerWithOriginsSteps("CreateTCPListeners", file, fakeCloud().cloud);
    await assert.rejects(runSteps(steps, initialRunState(steps.slice(0, 2)), () => {}));
    assert.equal(parseRunState({ v: 1, steps: [] }, steps), undefined);
    assert.equal(parseRunState("x", steps), undefined);
    const kept = parseRunState(JSON.parse(JSON.stringify({ ...initialRunState(steps), extra: 1 })), steps);
    assert.deepEqual(kept?.steps.map((s) => s.status), steps.map(() => "pending"));
    const hostile = { v: 1, steps: steps.map((s) => ({ id: s.id, status: "done", outputs: { __proto__: "x", listener0: "listener-1", big: "y".repeat(500) } })) };
    assert.deepEqual(parseRunState(hostile, steps)?.steps[0]?.outputs, { listener0: "listener-1" });
  });
});

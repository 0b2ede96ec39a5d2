import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { GaapListenerProtocol, ListenerWaitTarget } from "../../../src/core/client/gaapListenerTypes";
import { ApiError } from "../../../src/core/errors/apiError";
import { followListeners } from "../../../src/core/preflight/listenerFollow";
import type { ListenerSendClient, Sent } from "../../../src/core/preflight/sendChecked";

const notExist = () =>
  new ApiError({ code: "InvalidParameter", message: "ListenerId(listener-u) Not Exist.", requestId: "r", action: "DescribeTCPListeners", service: "gaap", retryable: false, ambiguous: false });

/** A fake with one UDP listener (listener-u) and one TCP listener (listener-t); DescribeTCPListeners says "Not Exist." of the UDP one. */
function fake() {
  const waits: [GaapListenerProtocol, string, ListenerWaitTarget][] = [];
  const listeners = {
    findListener: async (protocol: GaapListenerProtocol, id: string) => {
      if (protocol === "TCP" && id === "listener-u") throw notExist();
      return protocol === "TCP" && id === "listener-t" ? { ListenerId: id, ListenerStatus: 0 } : undefined;
    },
    waitForListener: async (protocol: GaapListenerProtocol, id: string, target: ListenerWaitTarget) => (waits.push([protocol, id, target]), undefined),
  } as unknown as ListenerSendClient;
  return { cloud: { gaap: { listeners } } as never, waits };
}

const sent = (over: Partial<Sent>): Sent => ({ resource: "gaap-listener", id: "", requestId: "r", resolvedBy: "response", target: "running", ...over });

describe("following a listener write", () => {
  it("waits for each created listener in its protocol", async () => {
    const { cloud, waits } = fake();
    assert.equal(await followListeners(sent({ protocol: "UDP", ids: ["listener-a", "listener-b"] }), cloud), "running");
    assert.deepEqual(waits, [["UDP", "listener-a", "running"], ["UDP", "listener-b", "running"]]);
  });

  it("finds the protocol of a bound listener: TCP when listed there, UDP when TCP says it does not exist", async () => {
    const { cloud, waits } = fake();
    await followListeners(sent({ ids: ["listener-t", "listener-u"] }), cloud);
    assert.deepEqual(waits, [["TCP", "listener-t", "running"], ["UDP", "listener-u", "running"]]);
  });

  it("after a delete waits until the listener is gone from both listings; origin-server writes have nothing to wait for", async () => {
    const { cloud, waits } = fake();
    assert.equal(await followListeners(sent({ ids: ["listener-u"], target: "gone" }), cloud), "gone");
    assert.deepEqual(waits, [["TCP", "listener-u", "gone"], ["UDP", "listener-u", "gone"]]);
    assert.equal(await followListeners(sent({ resource: "gaap-real-server", ids: ["rs-1"], target: "done" }), cloud), "done");
    assert.equal(waits.length, 2);
  });
});

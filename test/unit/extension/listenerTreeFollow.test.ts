import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Sent } from "../../../src/core/preflight/sendChecked";
import { followListenersInTree, showListenersInTree } from "../../../src/extension/preflight/listenerTreeFollow";

function recorder() {
  const calls: unknown[][] = [];
  return { calls, tree: { followListeners: async (...args: unknown[]) => (calls.push(args), []) } };
}

const sent = (over: Partial<Sent>): Sent => ({ resource: "gaap-listener", id: "listener-1", ids: ["listener-1"], requestId: "r", resolvedBy: "response", target: "running", ...over });

describe("the tree follows listener writes from the panel", () => {
  it("a create follows the new listeners on the file's proxy until they settle", () => {
    const { calls, tree } = recorder();
    followListenersInTree(tree, { ProxyId: "link-a" }, sent({ ids: ["listener-1", "listener-2"] }));
    assert.deepEqual(calls, [[["listener-1", "listener-2"], { owner: { proxyId: "link-a" }, until: "settled" }]]);
  });

  it("a file naming a group (GroupId) follows on the group; one naming both lets the tree find the owner", () => {
    const { calls, tree } = recorder();
    followListenersInTree(tree, { GroupId: "lg-web" }, sent({ target: "gone" }));
    followListenersInTree(tree, { GroupId: "lg-web", ProxyId: "link-a" }, sent({}));
    showListenersInTree(tree, { GroupId: "lg-web" });
    assert.deepEqual(calls, [
      [["listener-1"], { owner: { groupId: "lg-web" }, until: "gone" }],
      [["listener-1"], { until: "settled" }],
      [[], { owner: { groupId: "lg-web" } }],
    ]);
  });

  it("a delete follows until the listeners are gone; a bind (no ProxyId) lets the tree find the proxy", () => {
    const { calls, tree } = recorder();
    followListenersInTree(tree, { ListenerIds: ["listener-1"] }, sent({ target: "gone" }));
    followListenersInTree(tree, { ListenerId: "listener-1", ProxyId: { hostile: true } }, sent({}));
    assert.deepEqual(calls, [
      [["listener-1"], { until: "gone" }],
      [["listener-1"], { until: "settled" }],
    ]);
  });

  it("origin-server writes and views without the hook follow nothing; a stepped run shows its proxy", () => {
    const { calls, tree } = recorder();
    followListenersInTree(tree, { ProxyId: "link-a" }, sent({ resource: "gaap-real-server", target: "done" }));
    followListenersInTree(undefined, { ProxyId: "link-a" }, sent({}));
    followListenersInTree({}, { ProxyId: "link-a" }, sent({}));
    showListenersInTree(tree, { ProxyId: "link-a" });
    showListenersInTree(tree, {});
    assert.deepEqual(calls, [[[], { owner: { proxyId: "link-a" } }]]);
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { cloudLiveSource } from "../../../src/core/live/cloudLiveSource";
import { deleteListenersLiveChecks, listenerCreateLiveChecks } from "../../../src/core/live/listenerLiveChecks";
import { cloudDirectory } from "../../../src/core/model/cloudDirectory";
import { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../../src/core/model/treeNode";
import { followSent, sendChecked } from "../../../src/core/preflight/sendChecked";
import { sandboxCloud } from "./sandboxCloud";

const fastWaits = { initialDelayMs: 50, factor: 1.5, maxDelayMs: 200, timeoutMs: 20_000 };
const SCHEDULE = { initialMs: 50, factor: 1.5, maxMs: 200, giveUpAfterMs: 20_000 };

/** Waits (bounded) until `pick` finds something in the tree, which changes as the pages arrive. */
async function until<T>(pick: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = pick();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`not in the tree: ${what}`);
}

const settledChildren = (model: ProxyTreeModel, node: TreeNode): TreeNode[] | undefined => {
  const rows = model.children(node);
  return rows.some((n) => n.kind === "loading") ? undefined : rows;
};

describe("a connection group's listeners through the tree model, the real SDK and the sandbox", { timeout: 120_000 }, () => {
  it("web-south lists its proxies then its own listener (by GroupId) with its origin; the delete by GroupId empties it", async () => {
    const env = await sandboxCloud({ seed: "demo", delays: 300 }, { wait: fastWaits });
    const model = new ProxyTreeModel({ schedule: SCHEDULE });
    try {
      model.setDirectory(cloudDirectory(env.cloud));
      const group = await until(() => model.children(model.roots()[0]!).find((n) => n.kind === "gaapGroup" && n.group.GroupName === "web-south"), "web-south");
      assert.ok(group.kind === "gaapGroup");
      const rows = await until(() => settledChildren(model, group), "web-south's children");
      assert.deepEqual(
        rows.map((n) => n.kind),
        ["gaapProxy", "gaapProxy", "gaapProxy", "gaapListener"],
      );
      const listener = rows[3]!;
      assert.ok(listener.kind === "gaapListener");
      assert.deepEqual([listener.listener.ListenerName, listener.listener.Port, listener.listener.RealServerPort, listener.listener.GroupId], ["group-tcp", 8080, 8081, group.groupId]);
      assert.deepEqual(listener.owner, { groupId: group.groupId });
      const origins = await until(() => settledChildren(model, listener), "group-tcp's origins");
      assert.deepEqual(
        origins.map((o) => (o.kind === "gaapOrigin" ? `${o.origin.RealServerIP}:${o.origin.RealServerPort} ${o.status}` : o.kind)),
        ["203.0.113.11:8081 running"],
      );

      // The live checks of a file naming the group: its port taken, the listener its own, origins still bound.
      const source = cloudLiveSource(env.cloud);
      const create = await listenerCreateLiveChecks("TCP")({ GroupId: group.groupId, ListenerName: "more", Ports: [8080, 8090], Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" }, source);
      assert.deepEqual(create.map((f) => `${f.code}@${f.path}`), ["live-port-taken@/Ports/0"]);
      const params = { GroupId: group.groupId, ListenerIds: [listener.listenerId], Force: 0 };
      assert.deepEqual((await deleteListenersLiveChecks(params, source)).map((f) => f.code), ["live-listener-has-origins"]);
      const proxyId = rows[0]!.kind === "gaapProxy" ? rows[0]!.proxyId : "";
      assert.deepEqual((await deleteListenersLiveChecks({ ...params, GroupId: undefined, ProxyId: proxyId }, source)).map((f) => f.code), ["live-listener-owner", "live-listener-has-origins"]);

      const sent = await sendChecked("DeleteListeners", { ...params, Force: 1 }, env.cloud, "t");
      assert.deepEqual(sent.ids, [listener.listenerId]);
      const [outcome] = await model.followListeners({ groupId: group.groupId }, [listener.listenerId], "gone");
      assert.equal(outcome?.outcome, "gone");
      assert.equal(await followSent(sent, env.cloud), "gone");
      const after = await until(() => settledChildren(model, group), "web-south after the delete");
      assert.deepEqual(
        after.map((n) => n.kind),
        ["gaapProxy", "gaapProxy", "gaapProxy", "empty"],
      );
      assert.equal(model.gaapListener({ groupId: group.groupId }, listener.listenerId), undefined);
    } finally {
      model.dispose();
      await env.close();
    }
  });
});

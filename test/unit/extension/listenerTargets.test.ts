import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { gaapListenerChildren } from "../../../src/core/model/gaapListenerChildren";
import { deleteListenersParams, listenerTargets } from "../../../src/extension/tree/listenerTargets";
import type { ListenerOwner } from "../../../src/core/client/listenerOwner";

/** Listener rows as the tree makes them (the child kind's own `node`), under a proxy or a group. */
const row = (owner: ListenerOwner, listenerId: string) => gaapListenerChildren.node(owner, { ListenerId: listenerId, Protocol: "TCP", Port: 80 }, "running");

describe("the listeners a tree action applies to", () => {
  it("groups the selection by owner: a proxy's listeners go with ProxyId, a group's with GroupId", () => {
    const a = row({ proxyId: "link-a" }, "listener-1");
    const g1 = row({ groupId: "lg-web" }, "listener-g1");
    const g2 = row({ groupId: "lg-web" }, "listener-g2");
    const owners = listenerTargets(g1, [a, g1, g2]);
    assert.deepEqual(
      owners.map((o) => deleteListenersParams(o, false)),
      [
        { ProxyId: "link-a", ListenerIds: ["listener-1"], Force: 0 },
        { GroupId: "lg-web", ListenerIds: ["listener-g1", "listener-g2"], Force: 0 },
      ],
    );
    assert.deepEqual(deleteListenersParams(owners[1]!, true), { GroupId: "lg-web", ListenerIds: ["listener-g1", "listener-g2"], Force: 1 });
  });

  it("a group and a proxy that share an ID string stay apart (node IDs and calls)", () => {
    const p = row({ proxyId: "same" }, "listener-1");
    const g = row({ groupId: "same" }, "listener-1");
    assert.notEqual(p.id, g.id);
    assert.equal(g.parentId, "gaap/group/same");
    const owners = listenerTargets(p, [p, g]);
    assert.deepEqual(
      owners.map((o) => Object.keys(deleteListenersParams(o, false))[0]),
      ["ProxyId", "GroupId"],
    );
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ownerIdOf, ownerKey, ownerOfRequest, ownerScope } from "../../../src/core/client/listenerOwner";

describe("listener owner", () => {
  it("a request names its owner by exactly one non-empty ProxyId or GroupId", () => {
    assert.deepEqual(ownerOfRequest({ ProxyId: "link-1" }), { proxyId: "link-1" });
    assert.deepEqual(ownerOfRequest({ GroupId: "lg-1", ProxyId: "" }), { groupId: "lg-1" });
    for (const params of [{}, { ProxyId: "link-1", GroupId: "lg-1" }, { ProxyId: 7 }, { GroupId: ["lg-1"] }, { ProxyId: "", GroupId: "" }]) {
      assert.equal(ownerOfRequest(params), undefined, JSON.stringify(params));
    }
  });

  it("a group is sent as GroupId, never as ProxyId, and never shares a key with a proxy of the same ID", () => {
    assert.deepEqual(ownerScope({ groupId: "x" }), { GroupId: "x" });
    assert.deepEqual(ownerScope({ proxyId: "x" }), { ProxyId: "x" });
    assert.notEqual(ownerKey({ groupId: "x" }), ownerKey({ proxyId: "x" }));
    assert.equal(ownerIdOf({ groupId: "lg-1" }), "lg-1");
  });
});

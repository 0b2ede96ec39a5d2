import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { checkCreationRequest, cloneRequest, l4CloneRequest, modifyRequest } from "../../../src/core/requests/requestFromProxy";
import { validateDocument } from "../../../src/core/validation/validateDocument";

const live = {
  ProxyId: "link-1", ProxyName: "edge-sh", ProjectId: 3, AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2,
  GroupId: null, BillingType: 0, IPAddressVersion: "IPv4", NetworkType: "secure_eip", PackageType: "Thunder", TagSet: [],
};

const errors = (request: Record<string, unknown>) => validateDocument(JSON.stringify(request)).findings.filter((f) => f.severity === "error");

describe("requests prefilled from a live proxy", () => {
  it("a clone is a valid CreateProxy naming the source", () => {
    const r = cloneRequest(live);
    assert.equal(r.ClonedProxyId, "link-1");
    assert.equal(r.ProxyName, "edge-sh-copy");
    assert.equal(r.NetworkType, undefined, "a network type CreateProxy does not document is left out");
    assert.deepEqual(errors(r), []);
  });
  it("a clone inside a group names the group, not the region", () => {
    const r = cloneRequest({ ...live, GroupId: "lg-1" });
    assert.equal(r.GroupId, "lg-1");
    assert.equal(r.RealServerRegion, undefined);
    assert.deepEqual(errors(r), []);
  });
  it("a modify and a check are valid", () => {
    assert.deepEqual(modifyRequest(live), { Action: "ModifyProxyConfiguration", Version: "2018-05-29", ProxyId: "link-1", Bandwidth: 10, Concurrent: 2 });
    assert.deepEqual(errors(checkCreationRequest(live)), []);
  });
  it("an L4 copy keeps a valid name", () => {
    const r = l4CloneRequest({ ZoneId: "zone-1", ProxyName: "a".repeat(50), Area: "global", Ipv6: "off", StaticIp: "on" });
    assert.deepEqual(errors(r), []);
  });
});

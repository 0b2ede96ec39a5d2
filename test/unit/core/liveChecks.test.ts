import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { liveChecks } from "../../../src/core/live/liveChecks";
import type { LiveSource, ProxyFacts } from "../../../src/core/live/liveSource";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { l4RuleAccount } from "./l4RuleAccount";

const proxy = (over: Partial<ProxyFacts>): ProxyFacts => ({
  proxyId: "link-1", name: "p", status: "RUNNING", accessRegion: "Shanghai", realServerRegion: "Guangzhou", bandwidth: 10, concurrent: 2, scalarable: 1, ...over,
});

/** An account with one origin (Guangzhou), two access regions, two proxies, a group and two zones. */
function account(): LiveSource {
  const proxies = [proxy({}), proxy({ proxyId: "link-2", status: "CLOSED", scalarable: 0 })];
  return {
    ...l4RuleAccount(),
    destRegions: async () => [{ regionId: "Guangzhou" }, { regionId: "SouthChina" }],
    accessRegions: async (dest) =>
      dest === "Guangzhou"
        ? [
            { regionId: "Shanghai", bandwidths: [10, 20, 50], concurrents: [2, 5], featureBitmap: 0b0000111 },
            { regionId: "Hongkong", bandwidths: [10, 100], concurrents: [2], featureBitmap: 0b0111111 },
          ]
        : [],
    proxy: async (id) => proxies.find((p) => p.proxyId === id),
    group: async (id) => (id === "lg-1" ? { groupId: "lg-1", name: "g", realServerRegion: "Guangzhou" } : undefined),
    zone: async (id) => ({ "zone-a": { zoneId: "zone-a", name: "a.com", paused: false, status: "active" }, "zone-p": { zoneId: "zone-p", name: "p.com", paused: true, status: "active" } })[id],
    l4NameTaken: async (zone, name) => zone === "zone-a" && name === "taken",
    proxies: async () => proxies,
    groups: async () => [],
    zones: async () => [],
  };
}

async function codes(request: Record<string, unknown>) {
  const found = await liveChecks(validateDocument(JSON.stringify(request)), account());
  return found.map((f) => `${f.code}@${f.path}`).sort();
}

const create = { Action: "CreateProxy", ProjectId: 0, ProxyName: "p", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 };

describe("live checks", () => {
  it("a request the account can take raises nothing", async () => assert.deepEqual(await codes(create), []));
  it("an origin the account does not have", async () => assert.deepEqual(await codes({ ...create, RealServerRegion: "Mars" }), ["live-unknown-dest-region@/RealServerRegion"]));
  it("an access region that cannot serve the origin", async () => assert.deepEqual(await codes({ ...create, AccessRegion: "Beijing" }), ["live-access-region@/AccessRegion"]));
  it("sizes outside the pair's lists, with a snap to the nearest", async () => {
    const found = await liveChecks(validateDocument(JSON.stringify({ ...create, Bandwidth: 30, Concurrent: 4 })), account());
    assert.deepEqual(found.map((f) => [f.code, f.fix]), [
      ["live-bandwidth", { kind: "replace-value", value: 20 }],
      ["live-concurrent", { kind: "replace-value", value: 5 }],
    ]);
    assert.ok(found.every((f) => f.live));
  });
  it("features the access region lacks", async () => {
    assert.deepEqual(await codes({ ...create, IPAddressVersion: "IPv6", NetworkType: "cn2" }), ["live-feature@/IPAddressVersion", "live-feature@/NetworkType"]);
    assert.deepEqual(await codes({ ...create, AccessRegion: "Hongkong", IPAddressVersion: "IPv6", NetworkType: "triple" }), []);
  });
  it("a cloned proxy must exist and run", async () => {
    assert.deepEqual(await codes({ ...create, ClonedProxyId: "link-2" }), ["live-cloned-not-running@/ClonedProxyId"]);
    assert.deepEqual(await codes({ ...create, ClonedProxyId: "link-9" }), ["live-proxy-not-found@/ClonedProxyId"]);
  });
  it("a group's origin stands in for RealServerRegion", async () => {
    const { RealServerRegion: _, ...inGroup } = create;
    assert.deepEqual(await codes({ ...inGroup, GroupId: "lg-1", Bandwidth: 30 }), ["live-bandwidth@/Bandwidth"]);
    assert.deepEqual(await codes({ ...inGroup, GroupId: "lg-9" }), ["live-group-not-found@/GroupId"]);
  });
  it("a modify: missing proxy, Scalarable 0, no change", async () => {
    const modify = { Action: "ModifyProxyConfiguration", ProxyId: "link-1", Bandwidth: 20 };
    assert.deepEqual(await codes(modify), []);
    assert.deepEqual(await codes({ ...modify, Bandwidth: 10 }), ["live-no-change@"]);
    assert.deepEqual(await codes({ ...modify, ProxyId: "link-2" }), ["live-not-scalarable@/ProxyId", "live-proxy-not-running@/ProxyId"]);
    assert.deepEqual(await codes({ ...modify, ProxyId: "link-9" }), ["live-proxy-not-found@/ProxyId"]);
  });
  it("an L4 proxy: zone missing or paused, name taken", async () => {
    const l4 = { Action: "CreateL4Proxy", ZoneId: "zone-a", ProxyName: "free", Area: "global" };
    assert.deepEqual(await codes(l4), []);
    assert.deepEqual(await codes({ ...l4, ProxyName: "taken" }), ["live-l4-name-taken@/ProxyName"]);
    assert.deepEqual(await codes({ ...l4, ZoneId: "zone-p" }), ["live-zone-paused@/ZoneId"]);
    assert.deepEqual(await codes({ ...l4, ZoneId: "zone-x" }), ["live-zone-not-found@/ZoneId"]);
  });
  it("a parameter with a shape error is not checked again live", async () => {
    assert.deepEqual(await codes({ ...create, Bandwidth: "ten" }), []);
  });
});

import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { cloudLiveSource } from "../../../src/core/live/cloudLiveSource";
import {
  addRealServersLiveChecks,
  bindLiveChecks,
  deleteListenersLiveChecks,
  listenerCreateLiveChecks,
  removeRealServersLiveChecks,
} from "../../../src/core/live/listenerLiveChecks";
import type { LiveSource } from "../../../src/core/live/liveSource";
import { bindDiff, bindEntries } from "../../../src/core/preflight/bindDiff";
import type { PathFinding } from "../../../src/core/validation/finding";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";

const at = (found: PathFinding[]) => found.map((f) => `${f.code}@${f.path}`).sort();

/** The listener live checks against the demo seed, through the real SDK (IDs: /work/flags/h-gaapsbx.seed.md). */
describe("listener live checks against the sandbox", () => {
  let env: SandboxCloud;
  let source: LiveSource;
  before(async () => {
    env = await sandboxCloud({ seed: "demo", delays: 0 });
    source = cloudLiveSource(env.cloud);
  });
  after(() => env.close());

  const web = { ProxyId: "link-gu88wdoc", ListenerName: "more", Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" };

  it("a port taken in the same transport space, on its own index; the other space is free", async () => {
    assert.deepEqual(at(await listenerCreateLiveChecks("TCP")({ ...web, Ports: [8443, 80, 53] }, source)), ["live-port-taken@/Ports/1"]);
    assert.deepEqual(at(await listenerCreateLiveChecks("UDP")({ ...web, Ports: [80, 443, 53] }, source)), ["live-port-taken@/Ports/1", "live-port-taken@/Ports/2"]);
  });
  it("a proxy that is not running, and one that is not there", async () => {
    assert.deepEqual(at(await listenerCreateLiveChecks("TCP")({ ...web, ProxyId: "link-qnjuvjkm", Ports: [9999] }, source)), ["live-listener-proxy-not-running@/ProxyId"]);
    assert.deepEqual(at(await listenerCreateLiveChecks("TCP")({ ...web, ProxyId: "link-nope0000", Ports: [9999] }, source)), ["live-proxy-not-found@/ProxyId"]);
  });
  it("a bind: wrong IP, wrong type, other project; a right one passes", async () => {
    const set = [
      { RealServerId: "rs-oxp4wwv1", RealServerIP: "203.0.113.11", RealServerPort: 80 },
      { RealServerId: "rs-8tdf85nf", RealServerIP: "203.0.113.99", RealServerPort: 80 },
      { RealServerId: "rs-mjo2lkpb", RealServerIP: "origin.example.com", RealServerPort: 80 },
      { RealServerId: "rs-za7bpnt3", RealServerIP: "198.51.100.21", RealServerPort: 80 },
      { RealServerId: "rs-nope0000", RealServerIP: "1.2.3.4", RealServerPort: 80 },
    ];
    assert.deepEqual(at(await bindLiveChecks({ ListenerId: "listener-cf2u09b7", RealServerBindSet: set }, source)), [
      "live-real-server-ip@/RealServerBindSet/1/RealServerIP",
      "live-real-server-not-found@/RealServerBindSet/4/RealServerId",
      "live-real-server-project@/RealServerBindSet/3/RealServerId",
      "live-real-server-type@/RealServerBindSet/2/RealServerId",
    ]);
    assert.deepEqual(at(await bindLiveChecks({ ListenerId: "listener-nope0000", RealServerBindSet: [] }, source)), ["live-listener-not-found@/ListenerId"]);
  });
  it("AddRealServers of a registered address; RemoveRealServers of a bound origin", async () => {
    assert.deepEqual(at(await addRealServersLiveChecks({ ProjectId: 0, RealServerIP: ["203.0.113.200", "203.0.113.11"], RealServerName: "x" }, source)), ["live-real-server-registered@/RealServerIP/1"]);
    assert.deepEqual(at(await removeRealServersLiveChecks({ RealServerIds: ["rs-5bruip8f", "rs-oxp4wwv1"] }, source)), ["live-real-server-bound@/RealServerIds/1"]);
  });
  it("DeleteListeners: one with origins bound (Force 0), one without, one that is not there", async () => {
    const req = { ProxyId: "link-7btpvdml", ListenerIds: ["listener-q5sb9l0s", "listener-drs54hte", "listener-nope0000"] };
    assert.deepEqual(at(await deleteListenersLiveChecks(req, source)), ["live-listener-has-origins@/ListenerIds/0", "live-listener-not-found@/ListenerIds/2"]);
  });
  it("the bind diff of web-https: one kept, one removed, one added, with the live health", async () => {
    const live = await source.listeners!.boundOrigins("listener-fqshjwrm");
    const diff = bindDiff(live, bindEntries([
      { RealServerId: "rs-oxp4wwv1", RealServerIP: "203.0.113.11", RealServerPort: 443 },
      { RealServerId: "rs-5bruip8f", RealServerIP: "203.0.113.91", RealServerPort: 443 },
    ]));
    assert.deepEqual(diff.changes.map((c) => `${c.kind}:${c.realServerId}`), ["kept:rs-oxp4wwv1", "added:rs-5bruip8f", "removed:rs-p0uhqm2q"]);
    assert.equal(diff.changes[2]!.health, 1, "the removed origin is the unhealthy one");
  });
});

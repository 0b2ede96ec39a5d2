import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { createManualClock } from "../../../src/sandbox/index";
import { expectApiError, proxyNamed, withSandbox } from "./sandboxHarness";

describe("listeners in the state file", () => {
  it("are saved and loaded with their origins, bindings and pending transitions, found by proxy after a load; a file without them still loads", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-listeners-"));
    try {
      const file = path.join(dir, "state.json");
      const clock = createManualClock();
      let listenerId = "";
      await withSandbox({ stateFile: file, clock, delays: 5000 }, async ({ sandbox, gaap }) => {
        const ProxyId = proxyNamed(sandbox, "edge-sh").ProxyId;
        listenerId = (await gaap.CreateTCPListeners({ ProxyId, ListenerName: "kept", Ports: [25], Scheduler: "rr", HealthCheck: 1, RealServerType: "IP" })).ListenerIds[0]!;
        await gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["proto.example.com"], RealServerName: "constructor" });
      });
      await withSandbox({ stateFile: file, clock, seed: "empty" }, async ({ gaap }) => {
        assert.equal((await gaap.DescribeTCPListeners({ ListenerId: listenerId })).ListenerSet![0]!.ListenerStatus, 1);
        clock.advance(5000);
        assert.equal((await gaap.DescribeTCPListeners({ ListenerId: listenerId })).ListenerSet![0]!.ListenerStatus, 0);
        const names = (await gaap.DescribeRealServers({ ProjectId: -1, Limit: 50 })).RealServerSet.map((s) => s.RealServerName);
        assert.ok(names.includes("constructor") && names.includes("spare-1"));
      });

      // Looked up by their proxy after a load (the per-proxy index is built again from the file): listed, holding
      // their port, and gone from the proxy's listing once deleted, in this run and the next.
      await withSandbox({ stateFile: file, clock, seed: "empty", delays: 5000 }, async ({ sandbox, gaap }) => {
        const ProxyId = proxyNamed(sandbox, "edge-sh").ProxyId;
        const listed = async () => (await gaap.DescribeTCPListeners({ ProxyId })).ListenerSet!.map((l) => l.ListenerId);
        assert.ok((await listed()).includes(listenerId));
        await expectApiError(gaap.CreateTCPListeners({ ProxyId, ListenerName: "again", Ports: [25], Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" }), "InvalidParameterValue.DuplicatedListenerPort");
        await gaap.DeleteListeners({ ProxyId, ListenerIds: [listenerId], Force: 1 });
        clock.advance(5000);
        assert.equal((await listed()).includes(listenerId), false);
      });
      await withSandbox({ stateFile: file, clock, seed: "empty" }, async ({ sandbox, gaap }) => {
        const ProxyId = proxyNamed(sandbox, "edge-sh").ProxyId;
        assert.equal((await gaap.DescribeTCPListeners({ ProxyId })).ListenerSet!.some((l) => l.ListenerId === listenerId), false);
        assert.ok((await gaap.CreateTCPListeners({ ProxyId, ListenerName: "again", Ports: [25], Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" })).ListenerIds[0]);
      });

      // A state file written before listeners existed: no gaapListeners at all.
      const saved = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
      delete saved.gaapListeners;
      fs.writeFileSync(file, JSON.stringify(saved));
      await withSandbox({ stateFile: file, clock }, async ({ sandbox, gaap }) => {
        assert.equal((await gaap.DescribeTCPListeners({ ProxyId: proxyNamed(sandbox, "edge-sh").ProxyId })).TotalCount, 0);
        assert.equal(Object.getPrototypeOf(sandbox.state.gaapListeners.listeners), null);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

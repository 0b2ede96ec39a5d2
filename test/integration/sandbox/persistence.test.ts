import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { createManualClock, startSandbox } from "../../../src/sandbox/index";
import { gaapClient, teoClient, withSandbox } from "./sandboxHarness";

describe("state file", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-sandbox-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is written at start, saved on change, loaded on the next start (the seed is then ignored)", async () => {
    const file = path.join(dir, "state.json");
    let created = "";
    let l4 = "";
    await withSandbox({ stateFile: file }, async ({ sandbox, gaap, teo }) => {
      assert.ok(fs.existsSync(file));
      created = (await gaap.CreateProxy({ ProjectId: 0, ProxyName: "kept", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2, ClientToken: "persist-1" })).InstanceId!;
      const zoneId = Object.values(sandbox.state.zones).find((z) => z.ZoneName === "example.com")!.ZoneId;
      l4 = (await teo.CreateL4Proxy({ ZoneId: zoneId, ProxyName: "kept-l4", Area: "overseas" })).ProxyId!;
    });
    const saved = JSON.parse(fs.readFileSync(file, "utf8"));
    assert.ok(saved.proxies[created] && saved.l4Proxies[l4]);

    await withSandbox({ stateFile: file, seed: "empty" }, async ({ sandbox, gaap }) => {
      assert.equal((await gaap.DescribeProxyDetail({ ProxyId: created })).ProxyDetail!.ProxyName, "kept");
      assert.ok(sandbox.state.l4Proxies[l4]);
      // ClientTokens survive a restart too: a retry after it still creates nothing new.
      const retry = await gaap.CreateProxy({ ProjectId: 0, ProxyName: "kept", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2, ClientToken: "persist-1" });
      assert.equal(retry.InstanceId, created);
    });
  });

  it("transitions continue across restarts by the clock", async () => {
    const file = path.join(dir, "clocked.json");
    const clock = createManualClock();
    let id = "";
    await withSandbox({ stateFile: file, clock, delays: 60_000 }, async ({ gaap }) => {
      id = (await gaap.CreateProxy({ ProjectId: 0, ProxyName: "slow", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 })).InstanceId!;
    });
    clock.advance(60_000);
    const sandbox = await startSandbox({ stateFile: file, clock, log: () => undefined });
    try {
      assert.equal((await gaapClient(sandbox).DescribeProxyDetail({ ProxyId: id })).ProxyDetail!.Status, "RUNNING");
      assert.ok((await teoClient(sandbox).DescribeZones({})).Zones);
    } finally {
      await sandbox.close();
    }
  });

  it("refuses a file that is not a sandbox state", async () => {
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, JSON.stringify({ hello: "world" }));
    await assert.rejects(startSandbox({ stateFile: file }), /not a sandbox state file/);
    fs.writeFileSync(file, "{ not json");
    await assert.rejects(startSandbox({ stateFile: file }));
  });
});

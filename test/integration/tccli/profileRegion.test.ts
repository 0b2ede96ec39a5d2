import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { createCloud } from "../../../src/core/client/createCloud";
import { resolveCredential } from "../../../src/core/credentials/resolveCredential";
import { startSandbox } from "../../../src/sandbox/index";
import { startRelay } from "./recordingRelay";

describe("a tccli profile's region", () => {
  it("is the region requests go with, as tccli sends them (X-TC-Region), the way the extension's session wires it", async () => {
    const sandbox = await startSandbox({ delays: 0, rateLimit: 0, log: () => undefined });
    const relay = await startRelay(sandbox.endpoint);
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-region-"));
    try {
      fs.mkdirSync(path.join(home, ".tccli"));
      fs.writeFileSync(path.join(home, ".tccli", "default.credential"), JSON.stringify({ secretId: sandbox.secretId, secretKey: sandbox.secretKey, type: "default" }));
      fs.writeFileSync(path.join(home, ".tccli", "default.configure"), JSON.stringify({ _sys_param: { region: "ap-chengdu", output: "json" } }));
      const ctx = { env: {}, homeDir: home, fs: { readFile: (p: string, e: "utf8") => fs.promises.readFile(p, e), readdir: (p: string) => fs.promises.readdir(p) } };
      const { profile } = await resolveCredential(ctx);
      // cloudSession.ts: createCloud(resolved.credential, endpoint, resolved.region)
      const cloud = createCloud({ credential: profile.credential, endpoint: { kind: "sandbox", host: `127.0.0.1:${relay.port}` }, ...(profile.region ? { region: profile.region } : {}) });
      try {
        await cloud.gaap.request("DescribeProxies", { Offset: 0, Limit: 1 });
        await cloud.teo.request("DescribeZones", { Offset: 0, Limit: 1 });
      } finally {
        cloud.close();
      }
      assert.deepEqual(relay.arrived.map((a) => [a.action, a.region]), [["DescribeProxies", "ap-chengdu"], ["DescribeZones", "ap-chengdu"]]);
    } finally {
      await relay.close();
      await sandbox.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});

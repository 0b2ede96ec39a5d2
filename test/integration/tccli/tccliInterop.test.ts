import * as assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { ACTIONS } from "../../../src/core/actions/registry";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index";
import { ensureRealTccli, TCCLI_VERSION } from "./realTccli";
import { startRelay } from "./recordingRelay";

const ROOT = path.resolve(__dirname, "../../../..");
const CLI = path.join(ROOT, "dist", "cli.js");
const FILE_REGION = "ap-shanghai";
const PROFILE_REGION = "ap-guangzhou";

/** Asynchronous, so the relay in this process answers while tccli waits (spawnSync would block it). */
function runShell(command: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("sh", ["-c", command], { env, encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** One request file per action in the registry, with structured values, shell metacharacters and a leading dash. */
function requestFiles(): { name: string; file: Record<string, unknown> }[] {
  const extra: Record<string, Record<string, unknown>> = {
    CreateProxy: { ProxyName: "edge sh's \"$HOME\"", ClientToken: "-token;1", TagSet: [{ TagKey: "team", TagValue: "a b" }] },
    CreateL4Proxy: { DDosProtectionConfig: { LevelMainland: "PLATFORM" } },
  };
  const files = ACTIONS.map((a) => ({ name: a.name, file: { ...a.template, Region: FILE_REGION, ...extra[a.name] } }));
  // Without a Region the profile's region applies, as tccli's own `--region`-less commands do.
  const { Region: _r, ...noRegion } = files.find((f) => f.name === "DescribeProxyDetail")!.file;
  return [...files, { name: "DescribeProxyDetail-no-region", file: noRegion }];
}

const tccliPrerequisite = (() => {
  let result: ReturnType<typeof ensureRealTccli> | undefined;
  return () => (result ??= ensureRealTccli(ROOT, (line) => console.log(`[tccli prerequisites] ${line}`)));
})();

describe(`Copy as tccli, run by real tccli ${TCCLI_VERSION}`, () => {
  it("sends every action's file with the file's parameters, types and region (the profile's without one)", { timeout: 10 * 60_000 }, async (t) => {
    const found = tccliPrerequisite();
    if ("unavailable" in found) {
      const banner = `\n!!! REAL TCCLI CANNOT RUN: ${found.unavailable}.\n!!! The copied tccli commands were NOT checked against tccli. CI sets TCACCEL_E2E_REQUIRED=1 to make this a failure.\n`;
      console.error(banner);
      if (process.env.TCACCEL_E2E_REQUIRED === "1") assert.fail(banner);
      t.skip(found.unavailable);
      return;
    }
    const sandbox: Sandbox = await startSandbox({ delays: 0, rateLimit: 0, log: () => undefined });
    const relay = await startRelay(sandbox.endpoint);
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-tccli-"));
    try {
      // A throwaway HOME with a `tccli` on PATH: the commands run as a user with tccli installed would paste them.
      const bin = path.join(home, "bin");
      fs.mkdirSync(bin);
      // A wrapper, not a link: tccli.sh finds its sources next to its own path.
      fs.writeFileSync(path.join(bin, "tccli"), `#!/bin/sh\nexec '${found.script.replace(/'/g, `'\\''`)}' "$@"\n`, { mode: 0o755 });
      const env: NodeJS.ProcessEnv = { PATH: `${bin}:${process.env.PATH ?? ""}`, HOME: home, LANG: "C.UTF-8" };
      const endpoint = `http://127.0.0.1:${relay.port}`;
      const configure = spawnSync(
        "tccli",
        ["configure", "set", "secretId", sandbox.secretId, "secretKey", sandbox.secretKey, "region", PROFILE_REGION, "gaap.endpoint", endpoint, "teo.endpoint", endpoint],
        { env, encoding: "utf8", timeout: 60_000 },
      );
      assert.equal(configure.status, 0, configure.stderr);

      for (const { name, file } of requestFiles()) {
        const filePath = path.join(home, `${name}.tcreq.json`);
        fs.writeFileSync(filePath, JSON.stringify(file, null, 2));
        const printed = spawnSync(process.execPath, [CLI, "tccli", filePath], { env: { ...process.env, LANG: "C" }, encoding: "utf8" });
        assert.equal(printed.status, 0, `${name}: ${printed.stderr}`);
        const command = printed.stdout.trimEnd();
        assert.doesNotMatch(command, /\n/, "one line per file");
        const before = relay.arrived.length;
        const sent = await runShell(command, env);
        assert.equal(relay.arrived.length, before + 1, `${name}: tccli sent nothing (exit ${sent.status}): ${sent.stderr}${sent.stdout}`);
        const arrived = relay.arrived[before]!;
        const { Action, Version, Region, ...params } = file;
        assert.equal(arrived.action, Action, name);
        assert.equal(arrived.version, Version, name);
        assert.equal(arrived.region, Region ?? PROFILE_REGION, name);
        // deepStrictEqual: 0 is not "0", an array of objects is not its JSON text.
        assert.deepStrictEqual(arrived.body, params, `${name}: ${command}`);
      }
    } finally {
      await relay.close();
      await sandbox.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});

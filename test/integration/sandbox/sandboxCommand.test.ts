import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { runSandboxCommand, type SandboxCommandIo } from "../../../src/sandbox/index";
import { gaapClient } from "./sandboxHarness";

function captureIo(signal?: AbortSignal) {
  const out: string[] = [];
  const err: string[] = [];
  const io: SandboxCommandIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...(signal ? { signal } : {}) };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

/** Polls (bounded) until `ready` holds. */
async function until(ready: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  for (let waited = 0; !ready(); waited += 20) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("tcaccel sandbox", () => {
  it("usage errors exit 2 with a clear message", async () => {
    const cases: [string[], RegExp][] = [
      [["--port", "70000"], /--port needs a whole number from 0 to 65535/],
      [["--port"], /--port needs a value/],
      [["--secret-id", "AKIDx"], /--secret-id and --secret-key go together/],
      [["--seed", "huge"], /--seed must be demo, empty or scale/],
      [["--faults", "CreateProxy:explode:0.5"], /--faults: unknown fault "explode"/],
      [["--faults", "CreateProxy:reset-after:1.5"], /--faults: the probability .* must be a number from 0 to 1/],
      [["--latency", "9-3"], /minimum is above the maximum/],
      [["--language", "fr-FR"], /--language must be zh-CN or en-US/],
      [["--frobnicate"], /unknown option "--frobnicate"/],
    ];
    for (const [argv, message] of cases) {
      const { io, out, err } = captureIo();
      assert.equal(await runSandboxCommand(argv, io), 2, argv.join(" "));
      assert.match(err(), message);
      assert.match(err(), /Usage: tcaccel sandbox/);
      assert.equal(out(), "");
    }
  });

  it("--help prints the usage and the fault SPEC, exit 0", async () => {
    const { io, out } = captureIo();
    assert.equal(await runSandboxCommand(["--help"], io), 0);
    assert.match(out(), /--faults SPEC/);
    assert.match(out(), /ACTION:FAULT\[:PROBABILITY\]/);
  });

  it("prints the endpoint and the one credential pair it accepts, serves the SDK, stops on request", async () => {
    const stop = new AbortController();
    const { io, out } = captureIo(stop.signal);
    const running = runSandboxCommand(["--port", "0", "--secret-id", "AKIDcommandtest", "--secret-key", "command-key", "--seed", "empty", "--latency", "1"], io);
    try {
      await until(() => out().includes("Press Ctrl-C"), "the banner");
      const endpoint = /Endpoint:\s+(127\.0\.0\.1:\d+)/.exec(out())![1]!;
      assert.match(out(), /SecretId:\s+AKIDcommandtest\n/);
      assert.match(out(), /SecretKey:\s+command-key\n/);
      const sandbox = { endpoint, secretId: "AKIDcommandtest", secretKey: "command-key" };
      const regions = await gaapClient(sandbox as Parameters<typeof gaapClient>[0]).DescribeDestRegions({});
      assert.ok(regions.TotalCount! > 0);
    } finally {
      stop.abort();
    }
    assert.equal(await running, 0);
    assert.match(out(), /Sandbox stopped/);
  });

  it("exits 1 when the port is taken", async () => {
    const stop = new AbortController();
    const first = captureIo(stop.signal);
    const running = runSandboxCommand(["--json", "--seed", "empty"], first.io);
    try {
      await until(() => first.out().includes("\n"), "the JSON line");
      const { port } = JSON.parse(first.out()) as { port: number };
      const second = captureIo();
      assert.equal(await runSandboxCommand(["--port", String(port)], second.io), 1);
      assert.match(second.err(), /cannot start/);
    } finally {
      stop.abort();
    }
    assert.equal(await running, 0);
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`stops cleanly on ${signal} in its own process`, async (t) => {
      // The compiled module (npm test) or the bundle the CLI loads; a bare esbuild run of this file has neither.
      const module = [path.resolve(__dirname, "../../../src/sandbox/index.js"), path.resolve("dist/sandbox.js")].find((p) => fs.existsSync(p));
      if (!module) return t.skip("no compiled sandbox module");
      const child = spawn(process.execPath, ["-e", `require(${JSON.stringify(module)}).runSandboxCommand(["--json", "--seed", "empty"]).then((code) => process.exit(code))`], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      try {
        await until(() => stdout.includes("\n"), "the JSON line", 15_000);
        const printed = JSON.parse(stdout) as { endpoint: string; secretId: string; secretKey: string };
        assert.ok((await gaapClient(printed as Parameters<typeof gaapClient>[0]).DescribeDestRegions({})).DestRegionSet);
        child.kill(signal);
        assert.equal(await exited, 0);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    });
  }
});

import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { CLI, CREATE_PROXY, cliSandbox, runCli, type CliSandbox } from "./cliSandbox";

// The account options every command shares (list, check, send), against a real sandbox through the built CLI.
describe("tcaccel account options", () => {
  let s: CliSandbox;
  before(async () => {
    s = await cliSandbox();
  });
  after(() => s.close());

  const requests = () => Object.values(s.sandbox.stats.actions).reduce((n, a) => n + a.total, 0);

  it("refuses a sandbox that is not on a loopback address, before sending anything", async () => {
    const before = requests();
    for (const host of ["10.0.0.1:80", "example.com:443", "127.0.0.1", "127.0.0.1.evil.com:80"]) {
      const r = await s.run(["list", "--sandbox", host, "--secret-id", s.sandbox.secretId]);
      assert.equal(r.status, 2, `${host}: ${r.stderr}`);
      assert.match(r.stderr, /--sandbox takes a loopback HOST:PORT/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
    }
    assert.equal(requests(), before);
  });

  it("asks for the sandbox's SecretId and its key from the environment, and never mixes in a profile", async () => {
    const noId = await s.run(["list", "--sandbox", s.sandbox.endpoint]);
    assert.equal(noId.status, 2);
    assert.match(noId.stderr, /--sandbox needs --secret-id/);
    const noKey = await s.run(["list", ...s.account], { TCACCEL_SANDBOX_SECRET_KEY: "" });
    assert.equal(noKey.status, 2);
    assert.match(noKey.stderr, /TCACCEL_SANDBOX_SECRET_KEY/);
    const both = await s.run(["list", ...s.account, "--profile", "default"]);
    assert.equal(both.status, 2);
    assert.equal((await s.run(["list", "--secret-id", "AKIDx"])).status, 2);
    assert.match((await s.run(["list", "--site", "mars"])).stderr, /--site takes "china" or "intl"/);
  });

  it("explains an API refusal (code, what happened, what to do, RequestId) in the chosen language, exit 3, no secret", async () => {
    const wrongKey = "wrong-key-0123456789abcdef";
    const r = await s.run(["list", ...s.account], { TCACCEL_SANDBOX_SECRET_KEY: wrongKey });
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /^tcaccel: AuthFailure\.\w+: /m);
    assert.match(r.stderr, /What to do: /);
    assert.match(r.stderr, /RequestId: [0-9a-f-]{36}/);
    assert.ok(!(r.stdout + r.stderr).includes(wrongKey), "the key is never printed");
    assert.ok(!(r.stdout + r.stderr).includes(s.sandbox.secretKey));
    const zh = await s.run(["list", ...s.account, "--lang", "zh-cn"], { TCACCEL_SANDBOX_SECRET_KEY: wrongKey });
    assert.equal(zh.status, 3);
    assert.match(zh.stderr, /怎么办: /);
  });

  it("a --profile that does not exist is an error naming it, never a quiet switch to another identity (exit 2)", async () => {
    // An environment profile exists, so the default order would find one; the named one does not.
    const env = { TENCENTCLOUD_SECRET_ID: "AKIDexampleexampleexampleexample0000", TENCENTCLOUD_SECRET_KEY: "k".repeat(32) };
    for (const name of ["nope", "tccli:nope"]) {
      const r = await s.run(["check", s.file("p.tcreq.json", CREATE_PROXY), "--profile", name], env);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /Credential\.ProfileNotFound: There is no profile nope\./);
      assert.ok(!r.stderr.includes("k".repeat(32)));
    }
    const none = await s.run(["list"]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Credential\.NotFound/);
  });

  it("network failure: exit 3 with the client's explanation", async () => {
    // A loopback port nobody listens on (the sandbox's own, after a sandbox on it was closed).
    const gone = await cliSandbox();
    const host = gone.sandbox.endpoint;
    const env = gone.env;
    await gone.close();
    const r = await runCli(["list", "--sandbox", host, "--secret-id", "AKIDgone"], { env, timeoutMs: 120_000 });
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /^tcaccel: ClientError\.\w+: /m);
    assert.match(r.stderr, /RequestId: \(none: no answer was received\)/);
  });

  it("ends quietly when the reader goes away (tcaccel list | head -1)", async () => {
    const r = await new Promise<{ stderr: string; stdout: string }>((resolve) => {
      const child = spawn("sh", ["-c", `"${process.execPath}" "${CLI}" list ${s.account.join(" ")} | head -1`], { env: s.env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += String(d)));
      child.stderr.on("data", (d: Buffer) => (stderr += String(d)));
      child.on("close", () => resolve({ stderr, stdout }));
    });
    assert.equal(r.stdout, "GAAP\n");
    assert.equal(r.stderr, "", "no EPIPE, no stack");
  });
});

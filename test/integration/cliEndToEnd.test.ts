import { strict as assert } from "node:assert";
import { spawn, type ChildProcessByStdio } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { CLI, runCli, type CliRun } from "./cliSandbox";

/**
 * The README's "Try it against the sandbox", as a new user runs it: a fresh `tcaccel sandbox` started from the built
 * CLI (its endpoint and keys read from what it prints), then validate → check → send → list with the account
 * options, each through the built CLI. No VS Code, no in-process sandbox.
 */
describe("tcaccel end to end: validate → check → send → list against a fresh tcaccel sandbox", () => {
  let sandbox: ChildProcessByStdio<null, Readable, Readable>;
  let printed = "";
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let account: string[];
  let file: string;
  const tcaccel = (...args: string[]): Promise<CliRun> => runCli(args, { env, cwd: dir });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-e2e-cli-"));
    fs.mkdirSync(path.join(dir, "home"));
    sandbox = spawn(process.execPath, [CLI, "sandbox", "--port", "0", "--delay", "500"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    sandbox.stdout.setEncoding("utf8");
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the sandbox printed no endpoint in 20 s: ${printed}`)), 20_000);
      sandbox.stdout.on("data", (d: string) => {
        printed += d;
        if (/Press Ctrl-C to stop\./.test(printed)) {
          clearTimeout(timer);
          resolve();
        }
      });
      sandbox.on("exit", (code) => reject(new Error(`the sandbox exited (${code}): ${printed}`)));
    });
    const endpoint = /listening on (127\.0\.0\.1:\d+)/.exec(printed)?.[1];
    const secretId = /SecretId: +(\S+)/.exec(printed)?.[1];
    const secretKey = /SecretKey: +(\S+)/.exec(printed)?.[1];
    assert.ok(endpoint && secretId && secretKey, printed);
    env = { PATH: process.env.PATH, HOME: path.join(dir, "home"), LANG: "C", TCACCEL_SANDBOX_SECRET_KEY: secretKey };
    account = ["--sandbox", endpoint, "--secret-id", secretId];
    file = path.join(dir, "web-hk.tcreq.json");
    fs.writeFileSync(
      file,
      `{\n  "Action": "CreateProxy",\n  "ProjectId": 0,\n  "ProxyName": "web-hk-2",\n  "AccessRegion": "Hongkong",\n  "RealServerRegion": "Guangzhou",\n  "Bandwidth": 10,\n  "Concurrent": 2\n}\n`,
    );
  });

  after(async () => {
    if (sandbox.exitCode === null) {
      const exited = new Promise((resolve) => sandbox.once("exit", resolve));
      sandbox.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("runs the README's steps with the exit codes it states", async () => {
    const validate = await tcaccel("validate", file);
    assert.equal(validate.status, 0, validate.stdout);

    const check = await tcaccel("check", file, ...account);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /CheckFlag 1/);

    const dry = await tcaccel("send", file, ...account);
    assert.equal(dry.status, 2, dry.stderr);
    assert.match(dry.stderr, /Pass --yes to send it/);

    const sent = await tcaccel("send", file, ...account, "--yes");
    assert.equal(sent.status, 0, sent.stdout + sent.stderr);
    const id = /Sent CreateProxy: (link-\w+)/.exec(sent.stdout)?.[1];
    assert.ok(id, sent.stdout);
    assert.match(sent.stdout, new RegExp(`${id} is RUNNING\\.`));

    const again = await tcaccel("send", file, ...account, "--yes");
    assert.equal(again.status, 0, again.stderr);
    assert.equal(/Sent CreateProxy: (link-\w+)/.exec(again.stdout)?.[1], id, "nothing created twice");

    const list = await tcaccel("list", ...account, "--format", "json");
    assert.equal(list.status, 0, list.stderr);
    const named = (list.stdout.match(/"name": "web-hk-2"/g) ?? []).length;
    assert.equal(named, 1, "one web-hk-2 in the account");
    assert.ok(list.stdout.includes(`"id": "${id}"`));
  });
});

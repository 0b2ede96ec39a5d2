import { strict as assert } from "node:assert";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

// Issue 12 items 1 and 8, Deliver 7; issue 15 point 7 (EPIPE): the built `tcaccel` as a user runs it, on what a
// careless user or a hostile repository hands it.
const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "dist", "cli.js");
const POSIX = process.platform !== "win32";

const tcaccel = (args: string[], timeoutMs = 20_000) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: timeoutMs, env: { ...process.env, LANG: "C" } });

const BAD = `{\n  "Action": "CheckProxyCreate",\n  "AccessRegion": "EastChina",\n  "Bandwidth": 10,\n  "Concurrent": 2,\n  "NetworkType": "triple"\n}\n`;
const NO_STACK = /\n\s+at .*:\d+:\d+/;

describe("tcaccel validate: only regular files, bounded, and every readable file reported", () => {
  let dir: string;
  let bad: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-hostile-cli-"));
    bad = path.join(dir, "bad.tcreq.json");
    fs.writeFileSync(bad, BAD);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs validate on `file` next to the bad file; the bad file's findings must survive whatever `file` is. */
  function validateBeside(file: string, format: "text" | "json" = "text") {
    const started = Date.now();
    const r = tcaccel(["validate", "--format", format, file, bad]);
    assert.equal(r.error, undefined, `did not end: ${String(r.error)}`);
    assert.ok(Date.now() - started < 15_000);
    assert.equal(r.status, 2, `exit code: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, NO_STACK, "no stack trace");
    if (format === "text") assert.match(r.stdout, /bad\.tcreq\.json:6:18: error invalid-enum/, "the other file's findings are reported");
    else assert.ok((JSON.parse(r.stdout) as { file: string }[]).some((f) => f.file === bad), "the other file's findings are in the JSON");
    return r;
  }

  it("a FIFO is refused at once, never waited on", { skip: !POSIX }, () => {
    const fifo = path.join(dir, "pipe.tcreq.json");
    spawnSync("mkfifo", [fifo]);
    assert.ok(fs.statSync(fifo).isFIFO());
    const r = validateBeside(fifo);
    assert.match(r.stderr, /^tcaccel: Cannot read .*pipe\.tcreq\.json: it is a named pipe \(FIFO\), not a regular file\.$/m);
    assert.match(r.stdout, /2 file\(s\), 1 not read, 2 error\(s\)/);
  });

  it("a symlink to /dev/zero is a device: refused without reading a byte", { skip: !POSIX }, () => {
    const link = path.join(dir, "zero.tcreq.json");
    fs.symlinkSync("/dev/zero", link);
    const r = validateBeside(link, "json");
    assert.match(r.stderr, /zero\.tcreq\.json: it is a device, not a regular file\./);
  });

  it("a folder, a missing file and a dangling link each say why", () => {
    const folder = path.join(dir, "folder.tcreq.json");
    fs.mkdirSync(folder);
    assert.match(validateBeside(folder).stderr, /folder\.tcreq\.json: it is a folder\./);
    assert.match(validateBeside(path.join(dir, "missing.tcreq.json")).stderr, /missing\.tcreq\.json: no such file\./);
    if (POSIX) {
      const dangling = path.join(dir, "dangling.tcreq.json");
      fs.symlinkSync(path.join(dir, "nowhere"), dangling);
      assert.match(validateBeside(dangling).stderr, /dangling\.tcreq\.json: no such file\./);
    }
  });

  it("a file over 10 MB is refused by its size, without reading it", () => {
    const huge = path.join(dir, "huge.tcreq.json");
    // Sparse: 5 GB on paper, nothing on disk.
    const fd = fs.openSync(huge, "w");
    fs.ftruncateSync(fd, 5 * 1024 ** 3);
    fs.closeSync(fd);
    const r = validateBeside(huge);
    assert.match(r.stderr, /huge\.tcreq\.json: it is larger than 10 MB \(5120 MB\), the most a request file may be/);
    const justUnder = path.join(dir, "under.tcreq.json");
    fs.writeFileSync(justUnder, BAD + " ".repeat(10 * 1024 * 1024 - BAD.length));
    assert.equal(tcaccel(["validate", justUnder]).status, 1, "10 MB exactly is read and checked");
  });

  it("a file without read permission says so", { skip: !POSIX || process.getuid?.() === 0 }, () => {
    const locked = path.join(dir, "locked.tcreq.json");
    fs.writeFileSync(locked, BAD);
    fs.chmodSync(locked, 0o000);
    assert.match(validateBeside(locked).stderr, /locked\.tcreq\.json: permission denied\./);
  });

  it("words the reason in Chinese with --lang zh-cn", () => {
    const r = tcaccel(["validate", "--lang", "zh-cn", path.join(dir, "missing2.tcreq.json"), bad]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /无法读取 .*missing2\.tcreq\.json：没有该文件。/);
  });
});

describe("tcaccel sandbox --seed scale:N has a maximum", () => {
  it("refuses a scale beyond it with a usage error, at once", () => {
    for (const [seed, why] of [
      ["scale:99999999999", /at most 100,000 proxies, not 99,999,999,999/],
      ["scale:10:20000", /at most 10,000 zones/],
      ["scale:10:1000:1000", /at most 100,000 L4 proxies in all \(zones × per zone\), not 1,000,000/],
      ["scale:1" + "0".repeat(400), /at most 100,000 proxies, not Infinity/],
    ] as const) {
      const r = tcaccel(["sandbox", "--seed", seed], 10_000);
      assert.equal(r.error, undefined, `${seed} did not end`);
      assert.equal(r.status, 2, `${seed}: ${r.stderr}`);
      assert.match(r.stderr, why);
      assert.doesNotMatch(r.stderr, NO_STACK);
    }
  });
});

/** Starts the CLI, closes its stdout after the first bytes (as `| head -c…` does), and waits for the exit. */
function closeStdoutEarly(args: string[], afterFirstOutput?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LANG: "C" } });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.stdout.once("data", () => {
      child.stdout.destroy();
      afterFirstOutput?.(child);
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`did not end; stderr: ${stderr}`));
    }, 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("output piped into head ends quietly (EPIPE)", { skip: !POSIX }, () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-epipe-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("tcaccel validate … | head: no stack trace, the command's own exit code", async () => {
    const bad = path.join(dir, "bad.tcreq.json");
    fs.writeFileSync(bad, BAD);
    // Far more output than a pipe holds, so that writes go on after the reader is gone.
    const r = await closeStdoutEarly(["validate", ...Array.from({ length: 3000 }, () => bad)]);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/, r.stderr);
    assert.doesNotMatch(r.stderr, NO_STACK);
    assert.equal(r.code, 1, "errors were found");
  });

  it("tcaccel sandbox | head: stops on SIGTERM without a stack trace", async () => {
    const r = await closeStdoutEarly(["sandbox", "--port", "0", "--seed", "empty"], (child) => setTimeout(() => child.kill("SIGTERM"), 200));
    assert.doesNotMatch(r.stderr, /EPIPE|Error/, r.stderr);
    assert.doesNotMatch(r.stderr, NO_STACK);
    assert.equal(r.code, 0);
  });
});

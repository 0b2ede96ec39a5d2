import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";

// The built `tcaccel` as a user runs it.
const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "dist", "cli.js");
const OFFICIAL = path.join(ROOT, "test", "fixtures", "official");

const tcaccel = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, LANG: "C" } });

describe("tcaccel validate", () => {
  it("gives the official examples the verdict the docs imply: no errors, exit 0", () => {
    const files = fs.readdirSync(OFFICIAL).map((f) => path.join(OFFICIAL, f));
    const r = tcaccel(["validate", "--format", "json", ...files]);
    assert.equal(r.status, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as { severity: string; file: string; path: string; code: string; message: string; range: object }[];
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.severity !== "error"));
    for (const f of findings) assert.deepEqual(Object.keys(f).sort(), ["code", "file", "message", "path", "range", "severity"]);
  });

  it("exits 1 on errors and prints them with positions", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-cli-"));
    const file = path.join(dir, "bad.tcreq.json");
    fs.writeFileSync(file, `{\n  "Action": "CheckProxyCreate",\n  "AccessRegion": "EastChina",\n  "Bandwidth": 10,\n  "Concurrent": 2,\n  "NetworkType": "triple"\n}\n`);
    const r = tcaccel(["validate", file]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /bad\.tcreq\.json:6:18: error invalid-enum: "NetworkType" must be one of normal, cn2/);
    assert.match(r.stdout, /missing-parameter: Missing required parameter "RealServerRegion"/);
    const zh = tcaccel(["validate", "--lang", "zh-cn", file]);
    assert.match(zh.stdout, /缺少必填参数 "RealServerRegion"/);
  });

  it("honours a tcaccel.json above the file up to the current directory, and none above it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-cli-"));
    fs.mkdirSync(path.join(dir, "req"));
    fs.writeFileSync(path.join(dir, "tcaccel.json"), `{"rules":{"unknown-parameter":"warning"}}`);
    fs.writeFileSync(path.join(dir, "req", "x.tcreq.json"), `{"Action":"CreateL4Proxy","ZoneId":"zone-1","ProxyName":"a","Area":"global","Foo":1}`);
    const r = tcaccel(["validate", "--format=json", path.join(dir, "req", "x.tcreq.json")], dir);
    assert.equal(r.status, 0, r.stdout);
    assert.equal(JSON.parse(r.stdout)[0].severity, "warning");
    // Run from elsewhere (the file is not under the current directory): only the file's own folder is looked in.
    assert.equal(tcaccel(["validate", "--format=json", path.join(dir, "req", "x.tcreq.json")]).status, 1);
    assert.equal(tcaccel(["validate", "--format=json", path.join(dir, "req", "x.tcreq.json")], path.join(dir, "req")).status, 1);
  });

  it("exits 2 with a clear message, not a stack, on usage errors", () => {
    for (const args of [["validate"], ["validate", "--format", "xml", "a"], ["validate", "/no/such.tcreq.json"], ["frobnicate"], []]) {
      const r = tcaccel(args);
      assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, /^tcaccel: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
    }
    assert.match(tcaccel(["validate", "/no/such.tcreq.json"]).stderr, /Cannot read \/no\/such\.tcreq\.json: no such file/);
  });
});

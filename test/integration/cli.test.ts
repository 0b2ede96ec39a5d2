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

describe("tcaccel tccli", () => {
  it("prints one command per file, with the file's Region; a file with errors gets its findings and exit 1 instead", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-cli-"));
    const good = path.join(dir, "good.tcreq.json");
    const l4 = path.join(dir, "l4.tcreq.json");
    const bad = path.join(dir, "bad.tcreq.json");
    fs.writeFileSync(good, JSON.stringify({ Action: "DescribeProxyDetail", Region: "ap-shanghai", ProxyId: "link-1" }));
    fs.writeFileSync(l4, JSON.stringify({ Action: "CreateL4Proxy", ZoneId: "zone-1", ProxyName: "a", Area: "global" }));
    fs.writeFileSync(bad, JSON.stringify({ Action: "DescribeProxyDetail" }));
    const ok = tcaccel(["tccli", good, l4]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(
      ok.stdout,
      "tccli gaap DescribeProxyDetail --region ap-shanghai --version 2018-05-29 --ProxyId link-1\n" +
        "tccli teo CreateL4Proxy --version 2022-09-01 --ZoneId zone-1 --ProxyName a --Area global\n",
    );
    const mixed = tcaccel(["tccli", good, bad]);
    assert.equal(mixed.status, 1);
    assert.equal(mixed.stdout.split("\n").filter(Boolean).length, 1, "no command for the file with errors");
    assert.match(mixed.stderr, /bad\.tcreq\.json:1:1: error missing-parameter: Missing required parameter "ProxyId"/);
    assert.equal(tcaccel(["tccli"]).status, 2);
    assert.match(tcaccel(["tccli", "/no/such.tcreq.json"]).stderr, /Cannot read \/no\/such\.tcreq\.json: no such file/);
  });
});

describe("tcaccel profiles", () => {
  const ID = "AKIDaaaaaaaaaaaaaaaaaaaa1111";
  const run = (home: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [CLI, "profiles", ...args], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: home, LANG: "C", ...env } });

  it("lists the profiles the extension offers, the active one marked, SecretIds masked and never a SecretKey", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-home-"));
    fs.mkdirSync(path.join(home, ".tccli"));
    fs.writeFileSync(path.join(home, ".tccli", "default.credential"), JSON.stringify({ secretId: ID, secretKey: "SECRETKEY-A", type: "default" }));
    fs.writeFileSync(path.join(home, ".tccli", "default.configure"), JSON.stringify({ _sys_param: { region: "ap-shanghai" } }));
    fs.writeFileSync(path.join(home, ".tccli", "spaced.credential"), JSON.stringify({ secretId: ` ${ID}`, secretKey: "SECRETKEY-B" }));
    fs.mkdirSync(path.join(home, ".tencentcloud"));
    fs.writeFileSync(path.join(home, ".tencentcloud", "credentials"), `[default]\nsecret_id = AKIDbbbbbbbbbbbbbbbbbbbb2222\nsecret_key = SECRETKEY-C\n`);
    const json = run(home, ["--format", "json"]);
    assert.equal(json.status, 0, json.stderr);
    const rows = JSON.parse(json.stdout) as { name: string; source: string; secretId: string; region?: string; active: boolean }[];
    assert.deepEqual(
      rows.map((r) => [r.source, r.name, r.secretId, r.region, r.active]),
      [
        ["tccli", "default", "AKID****1111", "ap-shanghai", true],
        ["ini", "default", "AKID****2222", undefined, false],
      ],
    );
    assert.match(json.stderr, /spaced.*spaces around its secretId/);
    // The environment comes first, as in the extension.
    const text = run(home, [], { TENCENTCLOUD_SECRET_ID: "AKIDcccccccccccccccccccc3333", TENCENTCLOUD_SECRET_KEY: "SECRETKEY-D" });
    assert.match(text.stdout, /^\* env:\S+ +AKID\*\*\*\*3333/m);
    assert.match(text.stdout, /^ {2}tccli:default +AKID\*\*\*\*1111 +ap-shanghai/m);
    for (const out of [json.stdout + json.stderr, text.stdout + text.stderr]) {
      assert.doesNotMatch(out, /SECRETKEY|AKIDa{20}/, "no secret and no full SecretId");
    }
    assert.equal(run(home, ["--format", "xml"]).status, 2);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-home-"));
    assert.equal(run(empty, []).status, 1);
  });

  it("prints a profile named with terminal escapes without them", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-home-"));
    fs.mkdirSync(path.join(home, ".tccli"));
    fs.writeFileSync(path.join(home, ".tccli", "ev\u001b[2Jil.credential"), JSON.stringify({ secretId: ID, secretKey: "k" }));
    fs.writeFileSync(path.join(home, ".tccli", "bad\u001b]0;x\u0007.credential"), "{");
    const r = run(home, []);
    assert.match(r.stdout, /tccli:ev\?\[2Jil/);
    assert.match(r.stderr, /bad\?\]0;x\?/);
    assert.ok(![...(r.stdout + r.stderr)].some((c) => c === "\u001b" || c === "\u0007"), "no escape or bell character");
  });
});

describe("the commands' shared options", () => {
  const official = path.join(OFFICIAL, "checkProxyCreate.tcreq.json");

  it("take --name value and --name=value alike, and the language from --lang", () => {
    const spaced = tcaccel(["validate", "--format", "json", "--lang", "zh-cn", official]);
    const inline = tcaccel(["validate", "--format=json", "--lang=zh-cn", official]);
    assert.equal(spaced.status, 0, spaced.stderr);
    assert.equal(inline.stdout, spaced.stdout);
    assert.equal(tcaccel(["tccli", "--lang=zh-cn", official]).status, 0);
    assert.equal(tcaccel(["profiles", "--format=json"], os.tmpdir()).error, undefined);
  });

  it("refuse, with exit 2 and a reason, what a command does not take", () => {
    const cases: [string[], RegExp][] = [
      [["validate", "--format=xml", official], /--format takes "text" or "json", not "xml"/],
      [["validate", "--format"], /--format takes "text" or "json", not nothing/],
      [["validate"], /Name at least one request file/],
      [["validate", "--lang=fr", official], /--lang takes "en" or "zh-cn"/],
      [["tccli", "--format", "json", official], /Unknown option --format/],
      [["profiles", official], /Unknown argument/],
    ];
    for (const [args, reason] of cases) {
      const r = tcaccel(args);
      assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, reason, args.join(" "));
    }
  });
});

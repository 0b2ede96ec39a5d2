import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";

// The built `tcaccel` on L4 rule files, as a user runs it.
const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "dist", "cli.js");
const tcaccel = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "C" } });

const write = (name: string, doc: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-l4-")), name);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  return file;
};

const rule = (changes: Record<string, unknown>) => ({ Protocol: "TCP", PortRange: ["80"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.10"], OriginPortRange: "80", ...changes });

describe("tcaccel on L4 rule files", () => {
  it("validate applies the offline rules, each on its own line, in both languages", () => {
    const file = write("rules.tcreq.json", {
      Action: "CreateL4ProxyRules",
      ZoneId: "zone-1",
      ProxyId: "sid-1",
      L4ProxyRules: [rule({ PortRange: ["80-90"] }), rule({ PortRange: ["85"], OriginValue: ["192.168.0.2"] }), rule({ Protocol: "UDP", ClientIPPassThroughMode: "TOA" })],
    });
    const r = tcaccel(["validate", "--format", "json", file]);
    assert.equal(r.status, 1, r.stderr);
    const findings = (JSON.parse(r.stdout) as { code: string; path: string; range: { start: { line: number } } }[]).map((f) => [f.code, f.path, f.range.start.line]);
    const text = fs.readFileSync(file, "utf8").split("\n");
    const lineOf = (needle: string, from = 0) => text.findIndex((l, i) => i >= from && l.includes(needle));
    const second = lineOf('"85"');
    assert.deepEqual(findings, [
      ["l4-port-overlap", "/L4ProxyRules/1/PortRange/0", second],
      ["l4-origin-inner-ip", "/L4ProxyRules/1/OriginValue/0", lineOf('"192.168.0.2"')],
      ["l4-client-ip-tcp-only", "/L4ProxyRules/2/ClientIPPassThroughMode", lineOf('"TOA"')],
    ]);
    const zh = tcaccel(["validate", "--lang", "zh-cn", file]);
    assert.match(zh.stdout, /TCP 端口 85 与本请求中第 0 项规则（从 0 起）的 80-90 重叠/);
  });

  it("tccli prints the 1:1 command of a clean rule file, and refuses one with errors", () => {
    const good = write("ok.tcreq.json", { Action: "ModifyL4ProxyRulesStatus", ZoneId: "zone-1", ProxyId: "sid-1", RuleIds: ["rule-a", "rule-b"], Status: "offline" });
    const r = tcaccel(["tccli", good]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), `tccli teo ModifyL4ProxyRulesStatus --version 2022-09-01 --ZoneId zone-1 --ProxyId sid-1 --RuleIds '["rule-a","rule-b"]' --Status offline`);
    const bad = write("bad.tcreq.json", { Action: "DeleteL4ProxyRules", ZoneId: "zone-1", ProxyId: "sid-1", RuleIds: [] });
    const refused = tcaccel(["tccli", bad]);
    assert.equal(refused.status, 1);
    assert.equal(refused.stdout, "");
    assert.match(refused.stderr, /too-few-entries/);
  });
});

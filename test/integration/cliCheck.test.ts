import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { activeZone, CREATE_PROXY, cliSandbox, demoProxy, type CliSandbox } from "./cliSandbox";

interface CheckJson {
  action: string | null;
  findings: { code: string; severity: string }[];
  preflight: { kind: string; blockers: { code: string }[] } | null;
  sections: { title: string; state: string; lines: string[] }[];
  blockers: { code: string; text: string }[];
  failures: { code: string; requestId?: string }[];
  sendable: boolean;
}

describe("tcaccel check", () => {
  let s: CliSandbox;
  before(async () => {
    s = await cliSandbox();
  });
  after(() => s.close());

  const writes = () => ["CreateProxy", "ModifyProxyConfiguration", "CreateL4Proxy"].reduce((n, a) => n + (s.sandbox.stats.actions[a]?.total ?? 0), 0);

  it("a sendable create: CheckProxyCreate, the price and the allowed lists, exit 0, and nothing billable sent", async () => {
    const file = s.file("create.tcreq.json", CREATE_PROXY);
    const r = await s.run(["check", file, ...s.account]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /✓ Creation check \(CheckProxyCreate\)\n {4}CheckFlag 1: /);
    assert.match(r.stdout, /Daily price: \d+\.\d\d CNY/);
    assert.match(r.stdout, /Allowed for Shanghai → Guangzhou/);
    assert.match(r.stdout, /Nothing blocks the send\.\n$/);
    assert.equal(writes(), 0);
    assert.ok((s.sandbox.stats.actions.CheckProxyCreate?.total ?? 0) >= 1);
    assert.ok((s.sandbox.stats.actions.InquiryPriceCreateProxy?.total ?? 0) >= 1);
    const zh = await s.run(["check", file, ...s.account, "--lang", "zh-cn"]);
    assert.match(zh.stdout, /创建检查（CheckProxyCreate）/);
    assert.match(zh.stdout, /没有阻止发送的问题。/);
  });

  it("a size outside the allowed lists is a live error: exit 1, blocked, nothing sent", async () => {
    const file = s.file("big.tcreq.json", { ...CREATE_PROXY, Bandwidth: 7 });
    const r = await s.run(["check", file, ...s.account, "--format", "json"]);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout) as CheckJson;
    assert.equal(out.sendable, false);
    assert.ok(out.findings.some((f) => f.severity === "error"));
    assert.ok(out.blockers.some((b) => b.code === "file-errors"));
    assert.equal(writes(), 0);
  });

  it("a modify: the live proxy, the change beside it and the prices; the same configuration again is blocked", async () => {
    const p = demoProxy(s.sandbox, (x) => x.Status === "RUNNING" && x.Scalarable === 1);
    const change = s.file("modify.tcreq.json", { Action: "ModifyProxyConfiguration", ProxyId: p.ProxyId, Bandwidth: p.Bandwidth === 20 ? 50 : 20 });
    const r = await s.run(["check", change, ...s.account]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`✓ Live proxy ${p.ProxyId}`));
    assert.match(r.stdout, new RegExp(`Bandwidth: ${p.Bandwidth} → ${p.Bandwidth === 20 ? 50 : 20}  \\*`));
    const same = s.file("same.tcreq.json", { Action: "ModifyProxyConfiguration", ProxyId: p.ProxyId, Bandwidth: p.Bandwidth, Concurrent: p.Concurrent });
    const blocked = await s.run(["check", same, ...s.account, "--format", "json"]);
    assert.equal(blocked.status, 1, blocked.stdout);
    assert.equal((JSON.parse(blocked.stdout) as CheckJson).sendable, false);
    assert.equal(writes(), 0);
  });

  it("an L4 create: the zone, the name check and the rules; a taken name blocks (exit 1)", async () => {
    const zoneId = activeZone(s.sandbox);
    const taken = Object.values(s.sandbox.state.l4Proxies).find((x) => x.ZoneId === zoneId)!.ProxyName;
    const ok = await s.run(["check", s.file("l4.tcreq.json", { Action: "CreateL4Proxy", ZoneId: zoneId, ProxyName: "fresh-name", Area: "overseas" }), ...s.account]);
    assert.equal(ok.status, 0, ok.stdout);
    assert.match(ok.stdout, /✓ Name check\n {4}No L4 proxy in the zone is named "fresh-name"\./);
    const dup = await s.run(["check", s.file("dup.tcreq.json", { Action: "CreateL4Proxy", ZoneId: zoneId, ProxyName: taken, Area: "overseas" }), ...s.account, "--format", "json"]);
    assert.equal(dup.status, 1);
    const out = JSON.parse(dup.stdout) as CheckJson;
    assert.equal(out.preflight?.kind, "teo-l4-create");
    assert.ok(out.findings.some((f) => f.code === "live-l4-name-taken"));
    assert.equal(writes(), 0);
  });

  it("a file with offline errors: its findings with positions and exit 1; an unreadable file: exit 2", async () => {
    const file = path.join(s.dir, "broken.tcreq.json");
    fs.writeFileSync(file, `{\n  "Action": "CreateProxy",\n  "Bandwidth": "lots"\n}\n`);
    const r = await s.run(["check", file, ...s.account]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /broken\.tcreq\.json:3:\d+: error /);
    assert.match(r.stdout, /The send is blocked:/);
    const missing = await s.run(["check", path.join(s.dir, "nope.tcreq.json"), ...s.account]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Cannot read .*nope\.tcreq\.json: no such file/);
    assert.equal((await s.run(["check", file, file, ...s.account])).status, 2, "one file at a time");
  });

  it("a look-up the API refuses is explained in its section and makes the exit code 3", async () => {
    s.sandbox.setFaults({ rules: [{ action: "InquiryPriceCreateProxy", fault: "InternalError", probability: 1 }] });
    try {
      const r = await s.run(["check", s.file("c.tcreq.json", CREATE_PROXY), ...s.account, "--format", "json"]);
      assert.equal(r.status, 3, r.stdout);
      const out = JSON.parse(r.stdout) as CheckJson;
      assert.equal(out.failures[0]?.code, "InternalError");
      assert.match(out.failures[0]?.requestId ?? "", /^[0-9a-f-]{36}$/);
      assert.ok(out.sections.some((x) => x.state === "error" && x.lines.some((l) => l.includes("InternalError"))));
    } finally {
      s.sandbox.setFaults({ rules: [] });
    }
  });
});

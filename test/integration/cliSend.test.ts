import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import { after, before, describe, it } from "node:test";
import { activeZone, CREATE_PROXY, cliSandbox, demoProxy, type CliSandbox } from "./cliSandbox";

interface SendJson {
  action: string;
  sent?: { id: string; requestId: string; clientToken?: string; zoneId?: string };
  status?: string;
  settled: boolean;
}

describe("tcaccel send", () => {
  let s: CliSandbox;
  before(async () => {
    s = await cliSandbox();
  });
  after(() => s.close());

  const total = (action: string) => s.sandbox.stats.actions[action]?.total ?? 0;
  const proxiesNamed = (name: string) => Object.values(s.sandbox.state.proxies).filter((p) => p.ProxyName === name);

  it("a billable create without --yes: exit 2 and what would be sent, nothing sent", async () => {
    const file = s.file("noyes.tcreq.json", { ...CREATE_PROXY, ProxyName: "cli-noyes" });
    const r = await s.run(["send", file, ...s.account]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /CreateProxy is billable: it was not sent\. Pass --yes to send it:/);
    assert.match(r.stderr, /"ProxyName": "cli-noyes"/);
    assert.equal(total("CreateProxy"), 0);
  });

  it("sends once, follows until RUNNING, prints the ID and RequestId; the same file again creates nothing", async () => {
    const file = s.file("create.tcreq.json", { ...CREATE_PROXY, ProxyName: "cli-once" });
    const before = fs.readFileSync(file, "utf8");
    const r = await s.run(["send", file, ...s.account, "--yes"]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const id = /Sent CreateProxy: (link-\w+)/.exec(r.stdout)?.[1];
    assert.ok(id, r.stdout);
    assert.match(r.stdout, /RequestId: [0-9a-f-]{36}/);
    assert.match(r.stdout, new RegExp(`${id} is RUNNING\\.`));
    assert.match(r.stderr, /Waiting for link-\w+ to be RUNNING…\n/, "plain progress lines when not on a terminal");
    assert.equal(fs.readFileSync(file, "utf8"), before, "the file is not written without --write-token");
    const again = await s.run(["send", file, ...s.account, "--yes", "--format", "json"]);
    assert.equal(again.status, 0, again.stderr);
    const out = JSON.parse(again.stdout) as SendJson;
    assert.equal(out.sent?.id, id, "the second send is answered with the first one's proxy");
    assert.equal(proxiesNamed("cli-once").length, 1);
    const token = out.sent?.clientToken ?? "";
    assert.equal(s.sandbox.stats.clientTokens[token]?.creations, 1);
    assert.ok(token.length <= 64 && /^[\x21-\x7e]+$/.test(token), "a ClientToken the API takes: at most 64 ASCII characters");
    // The same request written in another order, elsewhere: still the same request, still nothing created twice.
    const reordered = s.file("reordered.tcreq.json", Object.fromEntries(Object.entries({ ...CREATE_PROXY, ProxyName: "cli-once" }).reverse()));
    const third = JSON.parse((await s.run(["send", reordered, ...s.account, "--yes", "--format", "json"])).stdout) as SendJson;
    assert.equal(third.sent?.id, id);
    assert.equal(proxiesNamed("cli-once").length, 1);
  });

  it("--write-token writes the ClientToken into the file before sending, and a later send reuses it", async () => {
    const file = s.file("token.tcreq.json", { ...CREATE_PROXY, ProxyName: "cli-token" });
    const r = await s.run(["send", file, ...s.account, "--yes", "--write-token", "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const written = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    const out = JSON.parse(r.stdout) as SendJson;
    assert.equal(written.ClientToken, out.sent?.clientToken);
    assert.deepEqual({ ...written, ClientToken: undefined }, { ...CREATE_PROXY, ProxyName: "cli-token", ClientToken: undefined }, "the rest of the file as it was");
    const again = JSON.parse((await s.run(["send", file, ...s.account, "--yes", "--format", "json"])).stdout) as SendJson;
    assert.equal(again.sent?.id, out.sent?.id);
    assert.equal(proxiesNamed("cli-token").length, 1);
  });

  it("an L4 create: sent once, followed until online; the same file again is blocked by the name check (exit 1)", async () => {
    const zoneId = activeZone(s.sandbox);
    const file = s.file("l4.tcreq.json", { Action: "CreateL4Proxy", ZoneId: zoneId, ProxyName: "cli-l4", Area: "overseas" });
    const r = await s.run(["send", file, ...s.account, "--yes", "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as SendJson;
    assert.match(out.sent?.id ?? "", /^sid-/);
    assert.equal(out.sent?.zoneId, zoneId);
    assert.equal(out.status, "online");
    const again = await s.run(["send", file, ...s.account, "--yes"]);
    assert.equal(again.status, 1, again.stdout);
    assert.match(again.stdout, /already has an L4 proxy named "cli-l4"/);
    assert.equal(total("CreateL4Proxy"), 1);
    assert.equal(Object.values(s.sandbox.state.l4Proxies).filter((p) => p.ProxyName === "cli-l4").length, 1);
  });

  it("a modify is applied and followed; sending it again is blocked (nothing to change)", async () => {
    const p = demoProxy(s.sandbox, (x) => x.Status === "RUNNING" && x.Scalarable === 1 && x.ProxyName !== "cli-once" && x.ProxyName !== "cli-token");
    const target = p.Bandwidth === 20 ? 50 : 20;
    const file = s.file("modify.tcreq.json", { Action: "ModifyProxyConfiguration", ProxyId: p.ProxyId, Bandwidth: target });
    const r = await s.run(["send", file, ...s.account, "--yes"]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`${p.ProxyId} is RUNNING\\.`));
    assert.equal(s.sandbox.state.proxies[p.ProxyId]?.Bandwidth, target);
    const again = await s.run(["send", file, ...s.account, "--yes"]);
    assert.equal(again.status, 1, again.stdout);
    assert.equal(total("ModifyProxyConfiguration"), 1);
  });

  it("refuses a file with errors (exit 1), even with --yes", async () => {
    const file = s.file("bad.tcreq.json", { ...CREATE_PROXY, ProxyName: "cli-bad", Bandwidth: -1 });
    const before = total("CreateProxy");
    const r = await s.run(["send", file, ...s.account, "--yes"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /nothing was sent/);
    assert.equal(total("CreateProxy"), before);
  });

  it("after an ambiguous failure (the connection reset once the create took effect) the client's retry settles it: one proxy", async () => {
    s.sandbox.setFaults({ rules: [{ action: "CreateProxy", script: ["reset-after"] }] });
    try {
      const file = s.file("reset.tcreq.json", { ...CREATE_PROXY, ProxyName: "cli-reset" });
      const r = await s.run(["send", file, ...s.account, "--yes", "--format", "json"]);
      assert.equal(r.status, 0, r.stderr);
      assert.match((JSON.parse(r.stdout) as SendJson).sent?.id ?? "", /^link-/);
      assert.equal(proxiesNamed("cli-reset").length, 1);
    } finally {
      s.sandbox.setFaults({ rules: [] });
    }
  });

  it("an L4 create whose connection resets after it took effect is found by name, never sent again: one proxy", async () => {
    s.sandbox.setFaults({ rules: [{ action: "CreateL4Proxy", script: ["reset-after"] }] });
    try {
      const before = total("CreateL4Proxy");
      const file = s.file("l4reset.tcreq.json", { Action: "CreateL4Proxy", ZoneId: activeZone(s.sandbox), ProxyName: "cli-l4-reset", Area: "overseas" });
      const r = await s.run(["send", file, ...s.account, "--yes", "--format", "json"]);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as SendJson & { sent?: { resolvedBy: string } };
      assert.match(out.sent?.id ?? "", /^sid-/);
      assert.equal(out.sent?.requestId, "", "found by looking, not by an answer");
      assert.equal(total("CreateL4Proxy"), before + 1, "sent once");
      assert.equal(Object.values(s.sandbox.state.l4Proxies).filter((p) => p.ProxyName === "cli-l4-reset").length, 1);
    } finally {
      s.sandbox.setFaults({ rules: [] });
    }
  });

  it("a read (DescribeProxyDetail) is sent without --yes and prints the API's answer", async () => {
    const p = demoProxy(s.sandbox, (x) => x.Status === "RUNNING");
    const r = await s.run(["send", s.file("read.tcreq.json", { Action: "DescribeProxyDetail", ProxyId: p.ProxyId }), ...s.account]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal((JSON.parse(r.stdout) as { ProxyDetail: { ProxyId: string } }).ProxyDetail.ProxyId, p.ProxyId);
  });
});

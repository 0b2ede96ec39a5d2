import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { cliSandbox, type CliSandbox } from "./cliSandbox";

interface Entry {
  kind: string;
  id: string;
  name: string;
  children?: Entry[];
}

/** The listener of the demo account named `name`, with its bound origins, as `tcaccel list --children` gives it. */
async function listedListener(s: CliSandbox, name: string): Promise<Entry> {
  const r = await s.run(["list", ...s.account, "--format", "json", "--children"]);
  const stack = [...(JSON.parse(r.stdout) as { tree: Entry[] }).tree];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.kind === "listener" && e.name === name) return e;
    stack.push(...(e.children ?? []));
  }
  throw new Error(`no listener ${name} in the demo account`);
}

describe("tcaccel check on the writes that make a proxy carry traffic", () => {
  let s: CliSandbox;
  before(async () => {
    s = await cliSandbox();
  });
  after(() => s.close());

  it("an L4 rule create: the zone, the proxy, the rules beside the proxy's, and a live overlap that blocks (exit 1)", async () => {
    const [proxyId, rules] = Object.entries(s.sandbox.state.l4Rules?.rulesByProxy ?? {}).find(([, list]) => list.some((r) => r.Protocol === "TCP"))!;
    const taken = rules.find((r) => r.Protocol === "TCP")!;
    const zoneId = Object.values(s.sandbox.state.l4Proxies).find((p) => p.ProxyId === proxyId)!.ZoneId;
    const file = s.file("rules.tcreq.json", {
      Action: "CreateL4ProxyRules",
      ZoneId: zoneId,
      ProxyId: proxyId,
      L4ProxyRules: [{ Protocol: "TCP", PortRange: [taken.PortRange[0]], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.50"], OriginPortRange: "9000" }],
    });
    const r = await s.run(["check", file, ...s.account]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`L4 proxy ${proxyId}`));
    assert.match(r.stdout, /1 added, 0 changed, 0 removed/);
    assert.match(r.stdout, /✗ Conflicts with the account/);
    assert.ok(r.stdout.includes(taken.RuleId), "the overlap names the live rule");
    assert.match(r.stdout, /The send is blocked/);
  });

  it("a bind: the live origins beside the file's, each removal said (the send is not blocked)", async () => {
    const listener = await listedListener(s, "web-http");
    const [kept, removed] = listener.children ?? [];
    assert.ok(kept && removed, "web-http has two origins");
    const file = s.file("bind.tcreq.json", {
      Action: "BindListenerRealServers",
      ListenerId: listener.id,
      RealServerBindSet: [{ RealServerId: kept.id, RealServerPort: 80, RealServerIP: kept.name, RealServerWeight: 10 }],
    });
    const r = await s.run(["check", file, ...s.account, "--lang", "zh-cn"]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /绑定会替换整个源站集合/);
    assert.ok(r.stdout.includes(`- ${removed.id} ${removed.name}:80`), r.stdout);
    assert.match(r.stdout, /1 个源站将不再接收流量/);
  });
});

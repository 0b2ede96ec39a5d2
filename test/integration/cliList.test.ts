import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { cliSandbox, type CliSandbox } from "./cliSandbox";

interface Entry {
  kind: string;
  id: string;
  name: string;
  status?: string;
  children?: Entry[];
}

const flatten = (entries: readonly Entry[]): Entry[] => {
  const out: Entry[] = [];
  const stack = [...entries];
  while (stack.length) {
    const e = stack.pop()!;
    out.push(e);
    stack.push(...(e.children ?? []));
  }
  return out;
};

describe("tcaccel list", () => {
  let s: CliSandbox;
  before(async () => {
    // More proxies than one page (the client pages by 100), so paging is exercised.
    s = await cliSandbox({ seed: "scale:230:3:120" });
  });
  after(() => s.close());

  it("lists every group, proxy, zone and L4 proxy of the account once, across pages (JSON)", async () => {
    const r = await s.run(["list", ...s.account, "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { account: string; tree: Entry[]; errors: unknown[] };
    assert.equal(out.account, `sandbox ${s.sandbox.endpoint}`);
    assert.deepEqual(out.errors, []);
    assert.deepEqual(out.tree.map((e) => e.kind), ["gaap", "edgeOne"]);
    const all = flatten(out.tree);
    const ids = (kind: string) => all.filter((e) => e.kind === kind).map((e) => e.id).sort();
    assert.deepEqual(ids("proxy"), Object.keys(s.sandbox.state.proxies).sort());
    assert.deepEqual(ids("group"), Object.keys(s.sandbox.state.groups).sort());
    assert.deepEqual(ids("zone"), Object.keys(s.sandbox.state.zones).sort());
    assert.deepEqual(ids("l4Proxy"), Object.values(s.sandbox.state.l4Proxies).map((p) => p.ProxyId).sort());
    assert.ok(ids("l4Proxy").length > 100, "an L4 listing of more than one page");
    // Each L4 proxy under its own zone.
    for (const zone of all.filter((e) => e.kind === "zone")) {
      for (const p of zone.children ?? []) assert.equal(findZone(s, p.id), zone.id);
    }
  });

  it("prints the tree as indented text, names and IDs and statuses as the view shows them", async () => {
    const r = await s.run(["list", ...s.account]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split("\n");
    assert.equal(lines[0], "GAAP");
    assert.ok(lines.includes("EdgeOne"));
    const proxy = Object.values(s.sandbox.state.proxies)[0]!;
    assert.ok(lines.some((l) => l.includes(proxy.ProxyId) && l.includes(proxy.Status)), "a proxy line has its ID and status");
    const zh = await s.run(["list", ...s.account, "--lang", "zh-cn"]);
    assert.match(zh.stdout, / 个四层代理/);
    assert.match(zh.stdout, / 万并发/);
  });

  it("a listing that fails is explained (exit 3) while the rest is still listed", async () => {
    s.sandbox.setFaults({ rules: [{ action: "DescribeZones", fault: "http503", probability: 1 }] });
    try {
      const r = await s.run(["list", ...s.account, "--format", "json"]);
      assert.equal(r.status, 3, r.stderr);
      const out = JSON.parse(r.stdout) as { tree: Entry[]; errors: { under: string; code: string }[] };
      assert.ok(flatten(out.tree).some((e) => e.kind === "proxy"), "GAAP is still listed");
      assert.equal(out.errors[0]?.under, "edgeOne");
      assert.match(r.stderr, /^tcaccel: ClientError\.\w+/m);
      const text = await s.run(["list", ...s.account]);
      assert.match(text.stdout, /\nEdgeOne\n {2}\(could not be listed: ClientError\.\w+\)\n/);
    } finally {
      s.sandbox.setFaults({ rules: [] });
    }
  });

  it("names from the account cannot drive the terminal: escapes and line breaks are shown as ?", async () => {
    const proxy = Object.values(s.sandbox.state.proxies)[0]!;
    const name = proxy.ProxyName;
    proxy.ProxyName = "\x1b]0;owned\x07evil\nFAKE  link-00000000  RUNNING\u202e";
    try {
      const r = await s.run(["list", ...s.account]);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(!r.stdout.includes("\x1b") && !r.stdout.includes("\x07") && !r.stdout.includes("\u202e"));
      assert.ok(r.stdout.split("\n").some((l) => l.includes("?]0;owned?evil?FAKE")));
      assert.ok(!r.stdout.split("\n").some((l) => l.startsWith("FAKE")), "no line of its own");
      const json = await s.run(["list", ...s.account, "--format", "json"]);
      assert.ok(json.stdout.includes(JSON.stringify(proxy.ProxyName).slice(1, -1)), "JSON keeps the name exactly, escaped");
    } finally {
      proxy.ProxyName = name;
    }
  });
});

describe("tcaccel list --children", () => {
  let s: CliSandbox;
  before(async () => {
    s = await cliSandbox();
  });
  after(() => s.close());

  it("lists each L4 proxy's forwarding rules and each GAAP proxy's and group's listeners and origins under it, and only with --children", async () => {
    const plain = JSON.parse((await s.run(["list", ...s.account, "--format", "json"])).stdout) as { tree: Entry[] };
    assert.deepEqual(flatten(plain.tree).filter((e) => ["l4Rule", "listener", "origin"].includes(e.kind)), []);
    const r = await s.run(["list", ...s.account, "--format", "json", "--children"]);
    assert.equal(r.status, 0, r.stderr);
    const deep = JSON.parse(r.stdout) as { tree: Entry[]; errors: unknown[] };
    assert.deepEqual(deep.errors, []);
    const all = flatten(deep.tree);
    const rulesByProxy = s.sandbox.state.l4Rules?.rulesByProxy ?? {};
    let rules = 0;
    for (const proxy of all.filter((e) => e.kind === "l4Proxy")) {
      const listed = (proxy.children ?? []).filter((c) => c.kind === "l4Rule").map((c) => c.id).sort();
      assert.deepEqual(listed, (rulesByProxy[proxy.id] ?? []).map((rule) => rule.RuleId).sort(), `the rules of ${proxy.id}`);
      rules += listed.length;
    }
    assert.ok(rules > 0, "the demo account has forwarding rules");
    const listeners = Object.values(s.sandbox.state.gaapListeners.listeners);
    let listed = 0;
    for (const proxy of all.filter((e) => e.kind === "proxy")) {
      const ids = (proxy.children ?? []).filter((c) => c.kind === "listener").map((c) => c.id).sort();
      assert.deepEqual(ids, listeners.filter((l) => l.ProxyId === proxy.id).map((l) => l.ListenerId).sort(), `the listeners of ${proxy.id}`);
      listed += ids.length;
    }
    assert.ok(listed > 0, "the demo account has listeners");
    // A group's own listeners come after its proxies, with their origins (web-south has one).
    for (const group of all.filter((e) => e.kind === "group")) {
      const kinds = (group.children ?? []).map((c) => c.kind);
      const own = listeners.filter((l) => l.GroupId === group.id).map((l) => l.ListenerId).sort();
      assert.deepEqual((group.children ?? []).filter((c) => c.kind === "listener").map((c) => c.id).sort(), own, `the listeners of ${group.id}`);
      assert.ok(kinds.lastIndexOf("proxy") < (kinds.includes("listener") ? kinds.indexOf("listener") : Infinity), `proxies first in ${group.id}`);
    }
    const south = all.find((e) => e.kind === "group" && e.name === "web-south")!;
    const groupListener = south.children!.find((c) => c.kind === "listener")!;
    assert.deepEqual([groupListener.name, groupListener.children?.map((o) => `${o.kind} ${o.name}`)], ["group-tcp", ["origin 203.0.113.11"]]);
  });
});

function findZone(s: CliSandbox, proxyId: string): string | undefined {
  return Object.values(s.sandbox.state.l4Proxies).find((p) => p.ProxyId === proxyId)?.ZoneId;
}

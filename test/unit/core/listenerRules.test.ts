import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { getAction } from "../../../src/core/actions/registry";
import { MAX_LIST_ENTRIES_CHECKED } from "../../../src/core/validation/boundLists";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { validateCoreAction } from "../../../src/sandbox/validation/validateCoreAction";

/** The action's template with changes; `undefined` removes a parameter. */
function build(action: string, changes: Record<string, unknown>): string {
  const doc: Record<string, unknown> = { ...getAction(action)!.template, ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete doc[k];
  return JSON.stringify(doc, null, 2);
}

const findings = (action: string, changes: Record<string, unknown>) => validateDocument(build(action, changes)).findings;

interface Case {
  action: string;
  rule: string;
  path: string;
  severity: "error" | "warning" | "info";
  fires: Record<string, unknown>;
  quiet: Record<string, unknown>;
}

const TCP = "CreateTCPListeners";
const UDP = "CreateUDPListeners";
const MOD_TCP = "ModifyTCPListenerAttribute";
const MOD_UDP = "ModifyUDPListenerAttribute";
const BIND = "BindListenerRealServers";
const origin = (id: string, port: number, extra: Record<string, unknown> = {}) => ({ RealServerId: id, RealServerIP: "203.0.113.10", RealServerPort: port, ...extra });

// One line per rule of issue 16 point 2 (listenerRules.ts), each on the action(s) it concerns.
const CASES: Case[] = [
  ...[TCP, UDP, MOD_TCP, MOD_UDP, "DeleteListeners"].flatMap((action): Case[] => [
    { action, rule: "listener-proxy-or-group-required", path: "/ProxyId", severity: "error", fires: { ProxyId: undefined }, quiet: { ProxyId: undefined, GroupId: "lg-1" } },
    { action, rule: "listener-proxy-and-group", path: "/GroupId", severity: "error", fires: { GroupId: "lg-1" }, quiet: {} },
  ]),
  ...[TCP, UDP].flatMap((action): Case[] => [
    { action, rule: "listener-duplicate-port", path: "/Ports/2", severity: "error", fires: { Ports: [80, 81, 80] }, quiet: { Ports: [80, 81, 82] } },
    { action, rule: "listener-ports-over-quota", path: "/Ports", severity: "warning", fires: { Ports: Array.from({ length: 51 }, (_, i) => 1000 + i) }, quiet: { Ports: Array.from({ length: 50 }, (_, i) => 1000 + i) } },
    { action, rule: "listener-domain-scheduler", path: "/Scheduler", severity: "error", fires: { RealServerType: "DOMAIN", Scheduler: "wrr" }, quiet: { RealServerType: "DOMAIN", Scheduler: "rr" } },
    { action, rule: "listener-domain-scheduler", path: "/Scheduler", severity: "error", fires: { RealServerType: "DOMAIN", Scheduler: "lrtt" }, quiet: { RealServerType: "IP", Scheduler: "lrtt" } },
    { action, rule: "listener-domain-scheduler-rr-only", path: "/Scheduler", severity: "info", fires: { RealServerType: "DOMAIN", Scheduler: "lc" }, quiet: { RealServerType: "IP", Scheduler: "lc" } },
    { action, rule: "listener-lrtt-allowlist", path: "/Scheduler", severity: "info", fires: { Scheduler: "lrtt" }, quiet: { Scheduler: "wrr" } },
    { action, rule: "listener-failover-domain", path: "/FailoverSwitch", severity: "error", fires: { RealServerType: "DOMAIN", FailoverSwitch: 1 }, quiet: { RealServerType: "IP", FailoverSwitch: 1 } },
  ]),
  ...[TCP, UDP, MOD_TCP, MOD_UDP].flatMap((action): Case[] => [
    { action, rule: "listener-connect-timeout-not-below-delay-loop", path: "/ConnectTimeout", severity: "error", fires: { DelayLoop: 10, ConnectTimeout: 10 }, quiet: { DelayLoop: 10, ConnectTimeout: 9 } },
  ]),
  ...[UDP, MOD_UDP].flatMap((action): Case[] => [
    { action, rule: "listener-client-ip-tcp-only", path: "/ClientIPMethod", severity: "error", fires: { ClientIPMethod: 1 }, quiet: {} },
    { action, rule: "listener-udp-check-type-required", path: "/CheckType", severity: "error", fires: { HealthCheck: 1, CheckType: undefined }, quiet: { HealthCheck: 0, CheckType: undefined, CheckPort: undefined, ContextType: undefined, SendContext: undefined, RecvContext: undefined } },
    { action, rule: "listener-udp-probe-without-port", path: "/CheckPort", severity: "warning", fires: { CheckType: "PING", CheckPort: 53 }, quiet: { CheckType: "PORT", CheckPort: 53 } },
    { action, rule: "listener-udp-probe-without-port", path: "/SendContext", severity: "warning", fires: { CheckType: "PING", SendContext: "x" }, quiet: { CheckType: "PORT", SendContext: "x" } },
    { action, rule: "listener-udp-probe-without-port", path: "/RecvContext", severity: "warning", fires: { CheckType: "PING", RecvContext: "x" }, quiet: { CheckType: "PORT", RecvContext: "x" } },
    { action, rule: "listener-udp-probe-without-port", path: "/ContextType", severity: "warning", fires: { CheckType: "PING", ContextType: "TEXT" }, quiet: { CheckType: "PORT", ContextType: "TEXT" } },
  ]),
  { action: TCP, rule: "unknown-parameter", path: "/CheckType", severity: "error", fires: { CheckType: "PORT" }, quiet: {} },
  { action: BIND, rule: "bind-empty-set", path: "/RealServerBindSet", severity: "warning", fires: { RealServerBindSet: [] }, quiet: {} },
  { action: BIND, rule: "bind-empty-set", path: "", severity: "warning", fires: { RealServerBindSet: undefined }, quiet: {} },
  { action: BIND, rule: "bind-duplicate-origin", path: "/RealServerBindSet/1", severity: "error", fires: { RealServerBindSet: [origin("rs-1", 80), origin("rs-1", 80)] }, quiet: { RealServerBindSet: [origin("rs-1", 80), origin("rs-1", 81)] } },
  { action: BIND, rule: "bind-role-needs-failover", path: "/RealServerBindSet/0/RealServerFailoverRole", severity: "info", fires: { RealServerBindSet: [origin("rs-1", 80, { RealServerFailoverRole: "master" })] }, quiet: { RealServerBindSet: [origin("rs-1", 80)] } },
  { action: BIND, rule: "bind-weight-needs-wrr", path: "/RealServerBindSet/0/RealServerWeight", severity: "info", fires: { RealServerBindSet: [origin("rs-1", 80, { RealServerWeight: 5 })] }, quiet: { RealServerBindSet: [origin("rs-1", 80, { RealServerWeight: 1 })] } },
  { action: BIND, rule: "missing-parameter", path: "/RealServerBindSet/0/RealServerIP", severity: "error", fires: { RealServerBindSet: [{ RealServerId: "rs-1", RealServerPort: 80 }] }, quiet: {} },
  { action: BIND, rule: "missing-parameter", path: "/RealServerBindSet/0/RealServerId", severity: "error", fires: { RealServerBindSet: [{ RealServerIP: "203.0.113.10", RealServerPort: 80 }] }, quiet: {} },
  { action: BIND, rule: "missing-parameter", path: "/RealServerBindSet/0/RealServerPort", severity: "error", fires: { RealServerBindSet: [{ RealServerId: "rs-1", RealServerIP: "203.0.113.10" }] }, quiet: {} },
  { action: BIND, rule: "invalid-enum", path: "/RealServerBindSet/0/RealServerFailoverRole", severity: "error", fires: { RealServerBindSet: [origin("rs-1", 80, { RealServerFailoverRole: "primary" })] }, quiet: { RealServerBindSet: [origin("rs-1", 80, { RealServerFailoverRole: "slave" })] } },
  { action: "DeleteListeners", rule: "listener-duplicate-id", path: "/ListenerIds/1", severity: "warning", fires: { ListenerIds: ["listener-1", "listener-1"] }, quiet: { ListenerIds: ["listener-1", "listener-2"] } },
  { action: "DeleteListeners", rule: "listener-force-delete", path: "/Force", severity: "info", fires: { Force: 1 }, quiet: { Force: 0 } },
  { action: "AddRealServers", rule: "real-server-duplicate-address", path: "/RealServerIP/1", severity: "error", fires: { RealServerIP: ["a.example.com", "a.example.com"] }, quiet: { RealServerIP: ["a.example.com", "b.example.com"] } },
  { action: "RemoveRealServers", rule: "real-server-duplicate-id", path: "/RealServerIds/1", severity: "warning", fires: { RealServerIds: ["rs-1", "rs-1"] }, quiet: { RealServerIds: ["rs-1", "rs-2"] } },
  { action: TCP, rule: "invalid-enum", path: "/Scheduler", severity: "error", fires: { Scheduler: "RR" }, quiet: { Scheduler: "lc" } },
  { action: UDP, rule: "invalid-enum", path: "/CheckType", severity: "error", fires: { CheckType: "TCP" }, quiet: { CheckType: "PORT" } },
];

describe("GAAP listener conflict rules (issue 16 point 2)", () => {
  for (const c of CASES) {
    it(`${c.action} ${c.rule} at ${c.path || "(document)"}: fires on ${JSON.stringify(c.fires).slice(0, 120)}`, () => {
      const all = findings(c.action, c.fires);
      const hit = all.find((f) => f.code === c.rule && f.path === c.path);
      assert.ok(hit, `expected ${c.rule} at ${c.path}; got ${JSON.stringify(all.map((f) => [f.code, f.path]))}`);
      assert.equal(hit.severity, c.severity);
      assert.doesNotMatch(formatFinding(hit, "en"), /\{|\}/, "every placeholder filled");
      assert.match(formatFinding(hit, "zh-cn"), /[\u4e00-\u9fff]/);
    });
    it(`${c.action} ${c.rule} at ${c.path || "(document)"}: quiet on ${JSON.stringify(c.quiet).slice(0, 120)}`, () => {
      const all = findings(c.action, c.quiet);
      assert.ok(!all.some((f) => f.code === c.rule && f.path === c.path), JSON.stringify(all.map((f) => [f.code, f.path])));
    });
  }

  it("every template validates without errors", () => {
    for (const action of [TCP, UDP, MOD_TCP, MOD_UDP, "DeleteListeners", "AddRealServers", "RemoveRealServers", BIND]) {
      assert.deepEqual(findings(action, {}).filter((f) => f.severity === "error"), [], action);
    }
  });

  it("says which source a rule follows where the docs disagree", () => {
    const info = findings(TCP, { RealServerType: "DOMAIN", Scheduler: "lc" }).find((f) => f.code === "listener-domain-scheduler-rr-only")!;
    assert.match(formatFinding(info, "en"), /608\/13764/);
    const error = findings(TCP, { RealServerType: "DOMAIN", Scheduler: "wrr" }).find((f) => f.code === "listener-domain-scheduler")!;
    assert.match(formatFinding(error, "en"), /ModifyTCPListenerAttribute/);
    // The stale claim "UDP listeners do not support health checks" is not repeated: a UDP health check is fine.
    assert.deepEqual(findings(UDP, { HealthCheck: 1, CheckType: "PING" }).filter((f) => f.severity !== "info"), []);
  });

  it("the sandbox refuses the conflicts with the API's own codes", () => {
    const body = (action: string) => {
      const { Action: _a, Version: _v, ...rest } = getAction(action)!.template;
      return rest;
    };
    assert.throws(() => validateCoreAction(getAction(TCP)!, { ...body(TCP), Ports: [80, 80] }), { code: "InvalidParameterValue.DuplicatedListenerPort" });
    assert.throws(() => validateCoreAction(getAction("AddRealServers")!, { ProjectId: 0, RealServerIP: ["a", "a"], RealServerName: "o" }), { code: "InvalidParameterValue.DuplicateRS" });
    assert.throws(() => validateCoreAction(getAction(UDP)!, { ...body(UDP), CheckType: undefined }), { code: "MissingParameter" });
  });

  it("stays linear on a long list: 100,000 ports are read no further than the checked bound", () => {
    const text = build(TCP, { Ports: Array.from({ length: 100_000 }, () => 80) });
    const started = process.hrtime.bigint();
    const all = validateDocument(text).findings;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(all.some((f) => f.code === "list-too-long-to-check"));
    assert.ok(ms < 5_000, `${ms} ms`);
    // The rules themselves read no more than the shape check does, whatever the list's length.
    const ports = Array.from({ length: 100_000 }, () => 80);
    assert.equal(getAction(TCP)!.rules({ ProxyId: "link-1", Ports: ports }).filter((f) => f.code === "listener-duplicate-port").length, MAX_LIST_ENTRIES_CHECKED - 1);
    const ids = Array.from({ length: 100_000 }, () => "rs-1");
    assert.equal(getAction("RemoveRealServers")!.rules({ RealServerIds: ids }).length, MAX_LIST_ENTRIES_CHECKED - 1);
  });
});

describe("GAAP listener ranges (gaap_models.d.ts field comments; TF for weights)", () => {
  const RANGES: [string, string, Record<string, unknown>, string, number, number][] = [
    // action, parameter path, how to set a value (V is replaced), code when out, min, max
    [TCP, "/Ports/0", { Ports: ["V"] }, "out-of-range", 1, 65535],
    [UDP, "/Ports/0", { Ports: ["V"] }, "out-of-range", 1, 65535],
    [TCP, "/RealServerPorts/0", { RealServerPorts: ["V"] }, "out-of-range", 1, 65535],
    [TCP, "/DelayLoop", { DelayLoop: "V", ConnectTimeout: 2 }, "out-of-range", 5, 300],
    [MOD_UDP, "/DelayLoop", { DelayLoop: "V" }, "out-of-range", 5, 300],
    [TCP, "/ConnectTimeout", { ConnectTimeout: "V", DelayLoop: 300 }, "out-of-range", 2, 60],
    [MOD_TCP, "/ConnectTimeout", { ConnectTimeout: "V", DelayLoop: 300 }, "out-of-range", 2, 60],
    [TCP, "/HealthyThreshold", { HealthyThreshold: "V" }, "out-of-range", 1, 10],
    [UDP, "/UnhealthyThreshold", { UnhealthyThreshold: "V" }, "out-of-range", 1, 10],
    [MOD_TCP, "/UnhealthyThreshold", { UnhealthyThreshold: "V" }, "out-of-range", 1, 10],
    [MOD_UDP, "/CheckPort", { CheckPort: "V" }, "out-of-range", 1, 65535],
    [BIND, "/RealServerBindSet/0/RealServerPort", { RealServerBindSet: [{ RealServerId: "rs-1", RealServerIP: "203.0.113.10", RealServerPort: "V" }] }, "out-of-range", 1, 65535],
    [BIND, "/RealServerBindSet/0/RealServerWeight", { RealServerBindSet: [{ RealServerId: "rs-1", RealServerIP: "203.0.113.10", RealServerPort: 80, RealServerWeight: "V" }] }, "out-of-range", 1, 100],
  ];
  const withValue = (changes: Record<string, unknown>, v: number): Record<string, unknown> => JSON.parse(JSON.stringify(changes).replaceAll('"V"', String(v)));

  for (const [action, path, changes, code, min, max] of RANGES) {
    it(`${action} ${path}: ${min}–${max}`, () => {
      for (const v of [min, max]) {
        const hit = findings(action, withValue(changes, v)).filter((f) => f.path === path && f.severity === "error");
        assert.deepEqual(hit, [], `${v} is allowed`);
      }
      for (const v of [min - 1, max + 1]) {
        const hit = findings(action, withValue(changes, v)).find((f) => f.path === path && f.code === code);
        assert.ok(hit, `${v} is out of range at ${path}`);
        assert.deepEqual([hit.params.min, hit.params.max], [min, max]);
      }
    });
  }

  it("words a range in both languages, with its unit", () => {
    const f = findings(TCP, { DelayLoop: 301 }).find((x) => x.path === "/DelayLoop")!;
    assert.equal(formatFinding(f, "en"), `"DelayLoop" must be from 5 to 300 s; it is 301.`);
    assert.equal(formatFinding(f, "zh-cn"), `"DelayLoop" 的取值范围为 5 至 300 秒，当前为 301。`);
  });
});

import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { classifyOrigin } from "../../../src/core/actions/l4OriginAddress";
import { parsePorts } from "../../../src/core/actions/l4ProxyRuleChecks";
import { getAction } from "../../../src/core/actions/registry";
import { errorPath } from "../../../src/core/errors/errorPath";
import { explainError, hasExplanation } from "../../../src/core/errors/explainError";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { tccliCommand } from "../../../src/core/requests/tccliCommand";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { validateRequestObject } from "../../../src/core/validation/validateRequestObject";

const where = { Version: "2022-09-01", ZoneId: "zone-1", ProxyId: "sid-1" };
const tcp = (changes: Record<string, unknown> = {}) => ({ Protocol: "TCP", PortRange: ["80"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.10"], OriginPortRange: "8080", ...changes });
const udp = (changes: Record<string, unknown> = {}) => tcp({ Protocol: "UDP", PortRange: ["53"], OriginPortRange: "53", ...changes });

const create = (...rules: unknown[]) => ({ Action: "CreateL4ProxyRules", ...where, L4ProxyRules: rules });
const modify = (...rules: unknown[]) => ({ Action: "ModifyL4ProxyRules", ...where, L4ProxyRules: rules });
const status = (changes: Record<string, unknown>) => ({ Action: "ModifyL4ProxyRulesStatus", ...where, RuleIds: ["rule-a"], Status: "offline", ...changes });
const del = (changes: Record<string, unknown>) => ({ Action: "DeleteL4ProxyRules", ...where, RuleIds: ["rule-a"], ...changes });

interface Case {
  name: string;
  code: string;
  path: string;
  severity?: "error" | "warning" | "info";
  fires: Record<string, unknown>;
  quiet: Record<string, unknown>;
}

// One line per offline rule of issue 14 point 2, each with a request that breaks it and the nearest one that does not.
const CASES: Case[] = [
  { name: "Protocol TCP|UDP", code: "invalid-enum", path: "/L4ProxyRules/0/Protocol", fires: create(tcp({ Protocol: "tcp" })), quiet: create(tcp({ Protocol: "TCP" })) },
  { name: "a forwarding port is digits", code: "l4-port-format", path: "/L4ProxyRules/0/PortRange/1", fires: create(tcp({ PortRange: ["80", "8o"] })), quiet: create(tcp({ PortRange: ["80", "81"] })) },
  { name: "a forwarding range is two ports", code: "l4-port-format", path: "/L4ProxyRules/0/PortRange/0", fires: create(tcp({ PortRange: ["80-"] })), quiet: create(tcp({ PortRange: ["80-81"] })) },
  { name: "no signs or spaces", code: "l4-port-format", path: "/L4ProxyRules/0/PortRange/0", fires: create(tcp({ PortRange: [" 80"] })), quiet: create(tcp({ PortRange: ["80"] })) },
  { name: "ports from 1", code: "l4-port-out-of-range", path: "/L4ProxyRules/0/PortRange/0", fires: create(tcp({ PortRange: ["0"] })), quiet: create(tcp({ PortRange: ["1"] })) },
  { name: "ports up to 65535", code: "l4-port-out-of-range", path: "/L4ProxyRules/0/PortRange/0", fires: create(tcp({ PortRange: ["65530-65536"] })), quiet: create(tcp({ PortRange: ["65530-65535"] })) },
  { name: "a range ascends", code: "l4-port-range-order", path: "/L4ProxyRules/0/PortRange/0", fires: create(tcp({ PortRange: ["85-81"], OriginPortRange: "80" })), quiet: create(tcp({ PortRange: ["81-85"], OriginPortRange: "80" })) },
  { name: "a range is not one port twice", code: "l4-port-range-order", path: "/L4ProxyRules/0/PortRange/0", fires: create(tcp({ PortRange: ["81-81"] })), quiet: create(tcp({ PortRange: ["81-82"] })) },
  { name: "at least one forwarding port", code: "too-few-entries", path: "/L4ProxyRules/0/PortRange", fires: create(tcp({ PortRange: [] })), quiet: create(tcp()) },
  { name: "origin port well formed", code: "l4-origin-port-format", path: "/L4ProxyRules/0/OriginPortRange", fires: create(tcp({ OriginPortRange: "http" })), quiet: create(tcp({ OriginPortRange: "80" })) },
  { name: "origin port 1–65535", code: "l4-origin-port-format", path: "/L4ProxyRules/0/OriginPortRange", fires: create(tcp({ OriginPortRange: "65536" })), quiet: create(tcp({ OriginPortRange: "65535" })) },
  { name: "origin range ascends", code: "l4-origin-port-range-order", path: "/L4ProxyRules/0/OriginPortRange", fires: create(tcp({ OriginPortRange: "90-80" })), quiet: create(tcp({ OriginPortRange: "90" })) },
  { name: "origin range as long as the forwarding range", code: "l4-origin-port-range-length", path: "/L4ProxyRules/0/OriginPortRange", fires: create(tcp({ PortRange: ["80-90"], OriginPortRange: "90-99" })), quiet: create(tcp({ PortRange: ["80-90"], OriginPortRange: "90-100" })) },
  { name: "origin range counts every forwarding entry", code: "l4-origin-port-range-length", path: "/L4ProxyRules/0/OriginPortRange", fires: create(tcp({ PortRange: ["80", "82-83"], OriginPortRange: "90-91" })), quiet: create(tcp({ PortRange: ["80", "82-83"], OriginPortRange: "90-92" })) },
  { name: "one origin port with a range", code: "l4-origin-port-range-length", path: "/L4ProxyRules/0/OriginPortRange", fires: create(tcp({ PortRange: ["80-90"], OriginPortRange: "1-2" })), quiet: create(tcp({ PortRange: ["80-90"], OriginPortRange: "1" })) },
  { name: "no overlap between rules of one protocol", code: "l4-port-overlap", path: "/L4ProxyRules/1/PortRange/0", fires: create(tcp({ PortRange: ["80-90"], OriginPortRange: "80" }), tcp({ PortRange: ["90"] })), quiet: create(tcp({ PortRange: ["80-90"], OriginPortRange: "80" }), tcp({ PortRange: ["91"] })) },
  { name: "overlap counted per protocol", code: "l4-port-overlap", path: "/L4ProxyRules/1/PortRange/0", fires: create(tcp({ PortRange: ["53"] }), tcp({ PortRange: ["53"] })), quiet: create(tcp({ PortRange: ["53"] }), udp({ PortRange: ["53"] })) },
  { name: "no overlap inside one rule", code: "l4-port-overlap", path: "/L4ProxyRules/0/PortRange/1", fires: create(tcp({ PortRange: ["80", "79-81"], OriginPortRange: "80" })), quiet: create(tcp({ PortRange: ["80", "81-82"], OriginPortRange: "80" })) },
  { name: "overlap with a rule that reaches further", code: "l4-port-overlap", path: "/L4ProxyRules/2/PortRange/0", fires: create(tcp({ PortRange: ["80-81"], OriginPortRange: "80" }), tcp({ PortRange: ["81-90"], OriginPortRange: "80" }), tcp({ PortRange: ["85"] })), quiet: create(tcp({ PortRange: ["80-81"], OriginPortRange: "80" }), tcp({ PortRange: ["81-90"], OriginPortRange: "80" }), tcp({ PortRange: ["91"] })) },
  { name: "overlap on modify too", code: "l4-port-overlap", path: "/L4ProxyRules/1/PortRange/0", fires: modify({ RuleId: "rule-a", Protocol: "UDP", PortRange: ["53"] }, { RuleId: "rule-b", Protocol: "UDP", PortRange: ["50-60"] }), quiet: modify({ RuleId: "rule-a", Protocol: "UDP", PortRange: ["53"] }, { RuleId: "rule-b", Protocol: "UDP", PortRange: ["54-60"] }) },
  { name: "TOA only with TCP", code: "l4-client-ip-tcp-only", path: "/L4ProxyRules/0/ClientIPPassThroughMode", fires: create(udp({ ClientIPPassThroughMode: "TOA" })), quiet: create(tcp({ ClientIPPassThroughMode: "TOA" })) },
  { name: "PPV1 only with TCP", code: "l4-client-ip-tcp-only", path: "/L4ProxyRules/0/ClientIPPassThroughMode", fires: create(udp({ ClientIPPassThroughMode: "PPV1" })), quiet: create(udp({ ClientIPPassThroughMode: "PPV2" })) },
  { name: "SPP only with UDP", code: "l4-client-ip-udp-only", path: "/L4ProxyRules/0/ClientIPPassThroughMode", fires: create(tcp({ ClientIPPassThroughMode: "SPP" })), quiet: create(udp({ ClientIPPassThroughMode: "SPP" })) },
  { name: "ClientIPPassThroughMode values", code: "invalid-enum", path: "/L4ProxyRules/0/ClientIPPassThroughMode", fires: create(tcp({ ClientIPPassThroughMode: "PPV3" })), quiet: create(tcp({ ClientIPPassThroughMode: "OFF" })) },
  { name: "SessionPersistTime from 30", code: "out-of-range", path: "/L4ProxyRules/0/SessionPersistTime", fires: create(tcp({ SessionPersist: "on", SessionPersistTime: 29 })), quiet: create(tcp({ SessionPersist: "on", SessionPersistTime: 30 })) },
  { name: "SessionPersistTime up to 3600", code: "out-of-range", path: "/L4ProxyRules/0/SessionPersistTime", fires: create(tcp({ SessionPersist: "on", SessionPersistTime: 3601 })), quiet: create(tcp({ SessionPersist: "on", SessionPersistTime: 3600 })) },
  { name: "SessionPersistTime needs SessionPersist on", code: "l4-session-persist-time-ignored", path: "/L4ProxyRules/0/SessionPersistTime", severity: "warning", fires: create(tcp({ SessionPersist: "off", SessionPersistTime: 600 })), quiet: create(tcp({ SessionPersist: "on", SessionPersistTime: 600 })) },
  { name: "SessionPersist is off by default on create", code: "l4-session-persist-time-ignored", path: "/L4ProxyRules/0/SessionPersistTime", severity: "warning", fires: create(tcp({ SessionPersistTime: 600 })), quiet: create(tcp()) },
  { name: "on modify an absent SessionPersist may be on already", code: "l4-session-persist-time-ignored", path: "/L4ProxyRules/0/SessionPersistTime", severity: "warning", fires: modify({ RuleId: "rule-a", SessionPersist: "off", SessionPersistTime: 600 }), quiet: modify({ RuleId: "rule-a", SessionPersistTime: 600 }) },
  { name: "RuleTag at least 1 character", code: "too-short", path: "/L4ProxyRules/0/RuleTag", fires: create(tcp({ RuleTag: "" })), quiet: create(tcp({ RuleTag: "a" })) },
  { name: "RuleTag at most 50 characters", code: "too-long", path: "/L4ProxyRules/0/RuleTag", fires: create(tcp({ RuleTag: "标".repeat(51) })), quiet: create(tcp({ RuleTag: "标".repeat(50) })) },
  { name: "no RuleId on create", code: "l4-rule-id-on-create", path: "/L4ProxyRules/0/RuleId", fires: create(tcp({ RuleId: "rule-a" })), quiet: create(tcp()) },
  { name: "no Status on create", code: "l4-rule-status-read-only", path: "/L4ProxyRules/0/Status", fires: create(tcp({ Status: "online" })), quiet: create(tcp()) },
  { name: "no Status on modify", code: "l4-rule-status-read-only", path: "/L4ProxyRules/0/Status", fires: modify({ RuleId: "rule-a", RuleTag: "x", Status: "online" }), quiet: modify({ RuleId: "rule-a", RuleTag: "x" }) },
  { name: "RuleId always on modify", code: "missing-parameter", path: "/L4ProxyRules/0/RuleId", fires: modify({ RuleTag: "x" }), quiet: modify({ RuleId: "rule-a", RuleTag: "x" }) },
  { name: "a rule once per modify", code: "l4-rule-id-duplicate", path: "/L4ProxyRules/1/RuleId", fires: modify({ RuleId: "rule-a", RuleTag: "x" }, { RuleId: "rule-a", RuleTag: "y" }), quiet: modify({ RuleId: "rule-a", RuleTag: "x" }, { RuleId: "rule-b", RuleTag: "y" }) },
  { name: "a modify entry changes something", code: "l4-rule-no-change", path: "/L4ProxyRules/0", severity: "warning", fires: modify({ RuleId: "rule-a" }), quiet: modify({ RuleId: "rule-a", RuleTag: "x" }) },
  { name: "a Status is no change", code: "l4-rule-no-change", path: "/L4ProxyRules/0", severity: "warning", fires: modify({ RuleId: "rule-a", Status: "online" }), quiet: modify({ RuleId: "rule-a", Status: "online", RuleTag: "x" }) },
  { name: "create requires the five fields", code: "missing-parameter", path: "/L4ProxyRules/0/OriginPortRange", fires: create(tcp({ OriginPortRange: undefined })), quiet: create(tcp()) },
  { name: "OriginType values", code: "invalid-enum", path: "/L4ProxyRules/0/OriginType", fires: create(tcp({ OriginType: "DOMAIN" })), quiet: create(tcp({ OriginType: "IP_DOMAIN" })) },
  { name: "LB origins are allow-listed", code: "l4-origin-lb-allowlist", path: "/L4ProxyRules/0/OriginType", severity: "info", fires: create(tcp({ OriginType: "LB", OriginValue: ["lb-1"] })), quiet: create(tcp()) },
  { name: "IP_DOMAIN: no IPs and a domain together", code: "l4-origin-mix-ip-domain", path: "/L4ProxyRules/0/OriginValue", fires: create(tcp({ OriginValue: ["203.0.113.10", "origin.example.com"] })), quiet: create(tcp({ OriginValue: ["203.0.113.10", "2001:db8::1"] })) },
  { name: "IP_DOMAIN: at most one domain", code: "l4-origin-multi-domain", path: "/L4ProxyRules/0/OriginValue/1", fires: create(tcp({ OriginValue: ["a.example.com", "b.example.com"] })), quiet: create(tcp({ OriginValue: ["a.example.com"] })) },
  { name: "IP_DOMAIN: an IP or a domain", code: "l4-origin-invalid", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["256.1.1.1"] })), quiet: create(tcp({ OriginValue: ["255.1.1.1"] })) },
  { name: "IP_DOMAIN: no private IPv4 (10/8)", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["10.0.0.1"] })), quiet: create(tcp({ OriginValue: ["11.0.0.1"] })) },
  { name: "IP_DOMAIN: no private IPv4 (172.16/12)", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["172.31.255.255"] })), quiet: create(tcp({ OriginValue: ["172.32.0.1"] })) },
  { name: "IP_DOMAIN: no private IPv4 (192.168/16)", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["192.168.1.1"] })), quiet: create(tcp({ OriginValue: ["192.169.1.1"] })) },
  { name: "IP_DOMAIN: no loopback IPv4", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["127.0.0.1"] })), quiet: create(tcp({ OriginValue: ["128.0.0.1"] })) },
  { name: "IP_DOMAIN: no link-local IPv4", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["169.254.169.254"] })), quiet: create(tcp({ OriginValue: ["169.253.1.1"] })) },
  { name: "IP_DOMAIN: no loopback IPv6", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["::1"] })), quiet: create(tcp({ OriginValue: ["2001:db8::1"] })) },
  { name: "IP_DOMAIN: no link-local IPv6", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["fe80::1"] })), quiet: create(tcp({ OriginValue: ["fec0::1"] })) },
  { name: "IP_DOMAIN: no unique-local IPv6", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["fd12:3456::1"] })), quiet: create(tcp({ OriginValue: ["fe00::1"] })) },
  { name: "IP_DOMAIN: no IPv4-mapped private IPv6", code: "l4-origin-inner-ip", path: "/L4ProxyRules/0/OriginValue/0", fires: create(tcp({ OriginValue: ["::ffff:192.168.0.1"] })), quiet: create(tcp({ OriginValue: ["::ffff:203.0.113.1"] })) },
  { name: "ORIGIN_GROUP: exactly one group ID", code: "l4-origin-group-one", path: "/L4ProxyRules/0/OriginValue", fires: create(tcp({ OriginType: "ORIGIN_GROUP", OriginValue: ["og-1", "og-2"] })), quiet: create(tcp({ OriginType: "ORIGIN_GROUP", OriginValue: ["og-1"] })) },
  { name: "ORIGIN_GROUP: not none", code: "too-few-entries", path: "/L4ProxyRules/0/OriginValue", fires: create(tcp({ OriginType: "ORIGIN_GROUP", OriginValue: [] })), quiet: create(tcp({ OriginType: "ORIGIN_GROUP", OriginValue: ["og-1"] })) },
  { name: "at most 200 rules per create", code: "too-many-entries", path: "/L4ProxyRules", fires: create(...Array.from({ length: 201 }, (_, i) => tcp({ PortRange: [String(i + 1)] }))), quiet: create(...Array.from({ length: 200 }, (_, i) => tcp({ PortRange: [String(i + 1)] }))) },
  { name: "at most 200 rules per modify", code: "too-many-entries", path: "/L4ProxyRules", fires: modify(...Array.from({ length: 201 }, (_, i) => ({ RuleId: `rule-${i}`, RuleTag: "x" }))), quiet: modify(...Array.from({ length: 200 }, (_, i) => ({ RuleId: `rule-${i}`, RuleTag: "x" }))) },
  { name: "at least one rule", code: "too-few-entries", path: "/L4ProxyRules", fires: create(), quiet: create(tcp()) },
  { name: "status: online|offline", code: "invalid-enum", path: "/Status", fires: status({ Status: "enabled" }), quiet: status({ Status: "online" }) },
  { name: "status: at most 200 RuleIds", code: "too-many-entries", path: "/RuleIds", fires: status({ RuleIds: Array.from({ length: 201 }, (_, i) => `rule-${i}`) }), quiet: status({ RuleIds: Array.from({ length: 200 }, (_, i) => `rule-${i}`) }) },
  { name: "status: a RuleId once", code: "l4-rule-id-duplicate", path: "/RuleIds/1", severity: "warning", fires: status({ RuleIds: ["rule-a", "rule-a"] }), quiet: status({ RuleIds: ["rule-a", "rule-b"] }) },
  { name: "delete: at least one RuleId", code: "too-few-entries", path: "/RuleIds", fires: del({ RuleIds: [] }), quiet: del({}) },
  { name: "delete: at most 200 RuleIds", code: "too-many-entries", path: "/RuleIds", fires: del({ RuleIds: Array.from({ length: 201 }, (_, i) => `rule-${i}`) }), quiet: del({ RuleIds: Array.from({ length: 200 }, (_, i) => `rule-${i}`) }) },
  { name: "delete: a RuleId once", code: "l4-rule-id-duplicate", path: "/RuleIds/2", severity: "warning", fires: del({ RuleIds: ["rule-a", "rule-b", "rule-a"] }), quiet: del({ RuleIds: ["rule-a", "rule-b"] }) },
];

const findingsOf = (doc: Record<string, unknown>) => validateDocument(JSON.stringify(doc, null, 2)).findings;
const show = (fs: readonly { code: string; path: string }[]) => JSON.stringify(fs.map((f) => [f.code, f.path]));

describe("L4 rule offline rules", () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.code} at ${c.path}`, () => {
      const fired = findingsOf(c.fires);
      const hit = fired.find((f) => f.code === c.code && f.path === c.path);
      assert.ok(hit, `expected ${c.code} at ${c.path}; got ${show(fired)}`);
      assert.equal(hit.severity, c.severity ?? "error");
      for (const lang of ["en", "zh-cn"] as const) assert.doesNotMatch(formatFinding(hit, lang), /\{\w+\}/, `worded in ${lang}`);
      const quiet = findingsOf(c.quiet);
      assert.ok(!quiet.some((f) => f.code === c.code && f.path === c.path), `quiet: ${show(quiet)}`);
    });
  }

  it("every template validates without errors", () => {
    for (const name of ["CreateL4ProxyRules", "ModifyL4ProxyRules", "ModifyL4ProxyRulesStatus", "DeleteL4ProxyRules"]) {
      const errors = findingsOf(getAction(name)!.template).filter((f) => f.severity === "error");
      assert.deepEqual(errors, [], name);
    }
  });

  it("the overlap names the earlier entry, and the editor underlines the later one's line", () => {
    const text = JSON.stringify(create(tcp({ PortRange: ["80-90"], OriginPortRange: "80" }), udp({ PortRange: ["85"] }), tcp({ PortRange: ["85"] })), null, 2);
    const hit = validateDocument(text).findings.find((f) => f.code === "l4-port-overlap")!;
    assert.deepEqual([hit.path, hit.params.other, hit.params.otherRule, hit.params.protocol], ["/L4ProxyRules/2/PortRange/0", "80-90", 0, "TCP"]);
    assert.equal(text.slice(hit.offset, hit.offset + hit.length), '"85"');
    assert.ok(hit.range.start.line > text.slice(0, text.indexOf('"85"')).split("\n").length - 1 - 1);
    assert.match(formatFinding(hit, "en"), /TCP port 85 overlaps 80-90 of the rule at index 0/);
  });

  it("finds overlaps among 200 rules of many ranges by sorting, not by comparing every pair", () => {
    // 200 rules × 1000 single ports, all distinct but interleaved, then one overlapping entry at the end.
    const rules = Array.from({ length: 200 }, (_, i) => ({ ...tcp(), PortRange: Array.from({ length: 300 }, (_, j) => String(1 + i + j * 200)), OriginPortRange: "80" }));
    rules[199]!.PortRange.push("1");
    const started = performance.now();
    const { findings } = validateRequestObject({ Action: "CreateL4ProxyRules", ...where, L4ProxyRules: rules });
    const ms = performance.now() - started;
    assert.deepEqual(findings.filter((f) => f.code === "l4-port-overlap").map((f) => f.path), ["/L4ProxyRules/199/PortRange/300"]);
    assert.ok(ms < 2_000, `${ms} ms`);
  });

  it("never throws on hostile rule entries", () => {
    const hostile: unknown[] = [null, 1, "x", [], { __proto__: null, toString: 1 }, { PortRange: { length: 5 } }, { PortRange: [1, null, {}], OriginValue: [null, 7], Protocol: {} }];
    for (const action of ["CreateL4ProxyRules", "ModifyL4ProxyRules"]) {
      assert.doesNotThrow(() => validateRequestObject({ Action: action, ...where, L4ProxyRules: hostile }));
      assert.doesNotThrow(() => validateRequestObject({ Action: action, ...where, L4ProxyRules: { length: 3 } }));
    }
    for (const action of ["ModifyL4ProxyRulesStatus", "DeleteL4ProxyRules"]) assert.doesNotThrow(() => validateRequestObject({ Action: action, ...where, RuleIds: [null, {}, "a", "a"], Status: {} }));
  });
});

describe("ports and origin addresses", () => {
  it("reads ports and ranges, refusing long digit runs before turning them into numbers", () => {
    assert.deepEqual(parsePorts("80"), { ok: true, start: 80, end: 80 });
    assert.deepEqual(parsePorts("81-85"), { ok: true, start: 81, end: 85 });
    for (const bad of ["", "-", "80-", "-80", "+80", "8 0", "80-81-82", "0x50", "80.0"]) assert.equal(parsePorts(bad).ok, false, bad);
    // More than five digits is not a port, whatever its value.
    assert.deepEqual(parsePorts("000080"), { ok: false, problem: "format" });
    assert.deepEqual(parsePorts("1".repeat(10_000)), { ok: false, problem: "format" });
  });

  it("classifies IPv4, IPv6 and domains, and names the inner ranges", () => {
    const kinds = (v: string) => {
      const a = classifyOrigin(v);
      return "inner" in a && a.inner ? `${a.kind}:${a.inner}` : a.kind;
    };
    assert.deepEqual(
      ["8.8.8.8", "010.1.1.1", "0.0.0.0", "2001:db8::1", "::", "1::2::3", "fe80::1%eth0", "test.com", "localhost", "a..b", "-a.com", "a.123", `${"a".repeat(64)}.com`].map(kinds),
      ["ipv4", "invalid", "ipv4:unspecified", "ipv6", "ipv6:unspecified", "invalid", "invalid", "domain", "invalid", "invalid", "invalid", "invalid", "invalid"],
    );
    const long = "a.".repeat(200_000) + "com";
    const started = performance.now();
    assert.equal(classifyOrigin(long).kind, "invalid");
    assert.ok(performance.now() - started < 500);
  });
});

describe("L4 rule requests elsewhere", () => {
  it("Copy as tccli gives the 1:1 command, the rule list as one JSON argument", () => {
    const rules = [tcp({ RuleTag: "it's" })];
    const cmd = tccliCommand({ action: getAction("CreateL4ProxyRules")!, params: { ZoneId: "zone-1", ProxyId: "sid-1", L4ProxyRules: rules } });
    assert.equal(cmd, `tccli teo CreateL4ProxyRules --version 2022-09-01 --ZoneId zone-1 --ProxyId sid-1 --L4ProxyRules '${JSON.stringify(rules).replace("'", "'\\''")}'`);
    const status = tccliCommand({ action: getAction("ModifyL4ProxyRulesStatus")!, params: { ZoneId: "zone-1", ProxyId: "sid-1", RuleIds: ["rule-a"], Status: "online" } });
    assert.equal(status, `tccli teo ModifyL4ProxyRulesStatus --version 2022-09-01 --ZoneId zone-1 --ProxyId sid-1 --RuleIds '["rule-a"]' --Status online`);
  });

  it("every API code the rules stand for, and the rule writes' other refusals, are explained in both languages", () => {
    const codes = new Set<string>();
    for (const name of ["CreateL4ProxyRules", "ModifyL4ProxyRules"]) for (const e of Object.values(getAction(name)!.ruleErrors ?? {})) codes.add(e.code);
    for (const c of ["InvalidParameter.InvalidOriginGroupType", "InvalidParameter.OriginNameExists", "InvalidParameterValue.OriginGroupNotExists", "InvalidParameter.RuleOriginMultiDomain", "OperationDenied.L4PortLackOfResources", "OperationDenied.OriginGroupL4Used", "OperationDenied.L4StatusNotInOnline", "OperationDenied.L4ProxyInOfflineStatus", "LimitExceeded.ProxyRulesLimitExceeded", "LimitExceeded.RuleLimitExceeded", "ClientError.RulesNotApplied"]) codes.add(c);
    for (const code of codes) {
      assert.ok(hasExplanation(code), code);
      const [en, zh] = [explainError(code, "en"), explainError(code, "zh-cn")];
      assert.notEqual(en.what, zh.what, code);
      assert.match(zh.what, /[\u4e00-\u9fff]/, code);
    }
    assert.equal(errorPath("InvalidParameter.RulePortDuplicating", "CreateL4ProxyRules"), "/L4ProxyRules");
    assert.equal(errorPath("ResourceNotFound", "DeleteL4ProxyRules"), "/RuleIds");
    assert.equal(errorPath("ResourceNotFound", "ModifyL4ProxyRules"), "/L4ProxyRules");
  });
});

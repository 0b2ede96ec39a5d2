import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { fullRequest } from "./documentBuilders";

interface Case {
  rule: string;
  /** Changes to the action's full, valid request; `undefined` removes a parameter. */
  fires: Record<string, unknown>;
  quiet: Record<string, unknown>;
  action: string;
  path: string;
  severity?: "error" | "warning" | "info";
}

const build = (action: string, changes: Record<string, unknown>) => {
  const doc = { ...fullRequest(action), ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete doc[k];
  return JSON.stringify(doc, null, 2);
};

const DDOS_EXCLUSIVE = { LevelMainland: "BASE30_MAX300", MaxBandwidthMainland: 100 };

// One line per rule of PRODUCT.md's conflict catalogue (and the shape rules that apply everywhere).
const CASES: Case[] = [
  { action: "CreateProxy", rule: "region-or-group-required", path: "/RealServerRegion", severity: "error", fires: { RealServerRegion: undefined, GroupId: undefined }, quiet: { GroupId: undefined } },
  { action: "CreateProxy", rule: "ignored-with-group", path: "/RealServerRegion", severity: "warning", fires: { GroupId: "lg-1" }, quiet: { GroupId: undefined } },
  { action: "CreateProxy", rule: "invalid-format", path: "/ClientToken", severity: "error", fires: { ClientToken: "x".repeat(65) }, quiet: { ClientToken: "x".repeat(64) } },
  { action: "CreateProxy", rule: "invalid-format", path: "/ClientToken", fires: { ClientToken: "令牌" }, quiet: { ClientToken: "token" } },
  { action: "CreateProxy", rule: "deprecated-parameter", path: "/Http3Supported", severity: "warning", fires: { Http3Supported: 1 }, quiet: {} },
  { action: "CreateProxy", rule: "ipv6-no-http3", path: "/Http3Supported", fires: { IPAddressVersion: "IPv6", Http3Supported: 1 }, quiet: { IPAddressVersion: "IPv4", Http3Supported: 1 } },
  { action: "CreateProxy", rule: "client-token-missing", path: "/ClientToken", severity: "info", fires: { ClientToken: undefined }, quiet: { ClientToken: "t-1" } },
  { action: "CreateProxy", rule: "integer-as-string", path: "/Bandwidth", severity: "warning", fires: { Bandwidth: "10" }, quiet: { Bandwidth: 10 } },
  { action: "CreateProxy", rule: "invalid-type", path: "/Bandwidth", fires: { Bandwidth: "ten" }, quiet: { Bandwidth: 10 } },
  { action: "CreateProxy", rule: "invalid-type", path: "/Bandwidth", fires: { Bandwidth: 10.5 }, quiet: { Bandwidth: 10 } },
  { action: "CreateProxy", rule: "invalid-enum", path: "/NetworkType", fires: { NetworkType: "Normal" }, quiet: { NetworkType: "triple" } },
  { action: "CreateProxy", rule: "invalid-enum", path: "/BillingType", fires: { BillingType: 2 }, quiet: { BillingType: 1 } },
  { action: "CreateProxy", rule: "missing-parameter", path: "/ProxyName", fires: { ProxyName: undefined }, quiet: {} },
  { action: "CreateProxy", rule: "missing-parameter", path: "/TagSet/0/TagValue", fires: { TagSet: [{ TagKey: "k" }] }, quiet: { TagSet: [{ TagKey: "k", TagValue: "" }] } },
  { action: "CreateProxy", rule: "unknown-parameter", path: "/Bandwith", severity: "error", fires: { Bandwith: 10 }, quiet: {} },
  { action: "CreateProxy", rule: "unknown-parameter", path: "/TagSet/0/Extra", fires: { TagSet: [{ TagKey: "k", TagValue: "v", Extra: 1 }] }, quiet: {} },
  { action: "CreateProxy", rule: "version-mismatch", path: "/Version", fires: { Version: "2022-09-01" }, quiet: { Version: "2018-05-29" } },
  { action: "CreateProxy", rule: "secret-in-file", path: "/ProxyName", fires: { ProxyName: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE" }, quiet: { ProxyName: "edge-sh" } },
  { action: "CreateProxy", rule: "secret-in-file", path: "/TagSet/0/TagValue", fires: { TagSet: [{ TagKey: "key", TagValue: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE" }] }, quiet: { TagSet: [{ TagKey: "key", TagValue: "gu5t9xgarnpq86cd98joqycn3example" }] } },
  { action: "CheckProxyCreate", rule: "missing-parameter", path: "/RealServerRegion", fires: { RealServerRegion: undefined }, quiet: {} },
  { action: "CheckProxyCreate", rule: "invalid-enum", path: "/NetworkType", fires: { NetworkType: "triple" }, quiet: { NetworkType: "cn2" } },
  { action: "ModifyProxyConfiguration", rule: "proxy-id-required", path: "/ProxyId", fires: { ProxyId: undefined }, quiet: { ProxyId: undefined, InstanceId: "link-1" } },
  { action: "ModifyProxyConfiguration", rule: "proxy-id-mismatch", path: "/InstanceId", fires: { ProxyId: "link-1", InstanceId: "link-2" }, quiet: { ProxyId: "link-1", InstanceId: "link-1" } },
  { action: "ModifyProxyConfiguration", rule: "deprecated-parameter", path: "/InstanceId", fires: { InstanceId: "link-1" }, quiet: {} },
  { action: "ModifyProxyConfiguration", rule: "bandwidth-or-concurrent-required", path: "", fires: { Bandwidth: undefined, Concurrent: undefined }, quiet: { Bandwidth: undefined } },
  { action: "CreateL4Proxy", rule: "invalid-format", path: "/ProxyName", fires: { ProxyName: "-edge" }, quiet: { ProxyName: "edge-1" } },
  { action: "CreateL4Proxy", rule: "invalid-format", path: "/ProxyName", fires: { ProxyName: "edge-" }, quiet: { ProxyName: "e" } },
  { action: "CreateL4Proxy", rule: "invalid-format", path: "/ProxyName", fires: { ProxyName: "ed--ge" }, quiet: { ProxyName: "a".repeat(50) } },
  { action: "CreateL4Proxy", rule: "invalid-format", path: "/ProxyName", fires: { ProxyName: "a".repeat(51) }, quiet: { ProxyName: "a-b-c" } },
  { action: "CreateL4Proxy", rule: "invalid-format", path: "/ProxyName", fires: { ProxyName: "Edge" }, quiet: { ProxyName: "edge" } },
  { action: "CreateL4Proxy", rule: "invalid-format", path: "/ProxyName", fires: { ProxyName: "" }, quiet: { ProxyName: "0" } },
  { action: "CreateL4Proxy", rule: "invalid-enum", path: "/Area", fires: { Area: "Global" }, quiet: { Area: "global" } },
  { action: "CreateL4Proxy", rule: "ipv6-static-ip-conflict", path: "/StaticIp", fires: { Ipv6: "on", StaticIp: "on" }, quiet: { Ipv6: "on", StaticIp: "off" } },
  { action: "CreateL4Proxy", rule: "accelerate-mainland-ipv6-conflict", path: "/AccelerateMainland", fires: { Ipv6: "on", AccelerateMainland: "on", StaticIp: "off" }, quiet: { Ipv6: "off", AccelerateMainland: "on" } },
  { action: "CreateL4Proxy", rule: "accelerate-mainland-allowlist", path: "/AccelerateMainland", severity: "info", fires: { AccelerateMainland: "on" }, quiet: { AccelerateMainland: "off" } },
  { action: "CreateL4Proxy", rule: "deprecated-parameter", path: "/DDosProtectionConfig", fires: { DDosProtectionConfig: {} }, quiet: {} },
  { action: "CreateL4Proxy", rule: "exclusive-ddos-ipv6-conflict", path: "/Ipv6", fires: { Ipv6: "on", StaticIp: "off", DDosProtectionConfig: DDOS_EXCLUSIVE }, quiet: { Ipv6: "on", StaticIp: "off", DDosProtectionConfig: { LevelMainland: "PLATFORM" } } },
  { action: "CreateL4Proxy", rule: "ddos-bandwidth-range", path: "/DDosProtectionConfig/MaxBandwidthMainland", fires: { DDosProtectionConfig: { LevelMainland: "BASE60_MAX600", MaxBandwidthMainland: 30 } }, quiet: { DDosProtectionConfig: { LevelMainland: "BASE60_MAX600", MaxBandwidthMainland: 60 } } },
];

describe("conflict catalogue and shape rules", () => {
  for (const c of CASES) {
    it(`${c.action} ${c.rule} at ${c.path || "(document)"}: fires on ${JSON.stringify(c.fires)}`, () => {
      const findings = validateDocument(build(c.action, c.fires)).findings;
      const hit = findings.find((f) => f.code === c.rule && f.path === c.path);
      assert.ok(hit, `expected ${c.rule} at ${c.path}; got ${JSON.stringify(findings.map((f) => [f.code, f.path]))}`);
      if (c.severity) assert.equal(hit.severity, c.severity);
    });
    it(`${c.action} ${c.rule} at ${c.path || "(document)"}: quiet on ${JSON.stringify(c.quiet)}`, () => {
      const findings = validateDocument(build(c.action, c.quiet)).findings;
      assert.ok(!findings.some((f) => f.code === c.rule && f.path === c.path), JSON.stringify(findings.map((f) => [f.code, f.path])));
    });
  }

  it("reports a missing Action, an unknown one with a suggestion, and a non-object document", () => {
    assert.equal(validateDocument(`{"ProxyName":"x"}`).findings[0]?.code, "missing-action");
    const unknown = validateDocument(`{"Action":"CreateProxi"}`).findings.find((f) => f.code === "unknown-action");
    assert.equal(unknown?.params.suggestion, "CreateProxy");
    assert.equal(validateDocument(`[1]`).findings[0]?.code, "not-an-object");
  });

  it("reports JSON syntax errors at their positions, once per position", () => {
    const findings = validateDocument(`{\n  "Action": "CreateProxy",,\n}`).findings;
    assert.ok(findings.length >= 1 && findings.every((f) => f.code === "json-syntax"));
    assert.deepEqual(findings[0]!.range.start, { line: 1, character: 26 });
    assert.equal(new Set(findings.map((f) => f.offset)).size, findings.length);
  });

  it("reports a duplicate parameter on its second key", () => {
    const f = validateDocument(`{"Action":"CheckProxyCreate","Bandwidth":10,"Bandwidth":20}`).findings.find((x) => x.code === "duplicate-parameter");
    assert.equal(f?.offset, `{"Action":"CheckProxyCreate","Bandwidth":10,`.length);
  });
});

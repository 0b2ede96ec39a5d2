import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { expectApiError, l4Named, teoClient, withSandbox, zoneNamed, type Harness } from "./sandboxHarness";

function target(h: Harness, proxyName: string, zoneName = "example.com") {
  return { ZoneId: zoneNamed(h.sandbox, zoneName).ZoneId, ProxyId: l4Named(h.sandbox, proxyName).ProxyId };
}

const rule = (fields: Record<string, unknown> = {}) => ({ Protocol: "TCP", PortRange: ["9000"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.9"], OriginPortRange: "9000", ...fields });

/** The ID of the demo origin group of that name. */
function groupId(h: Harness, name: string): string {
  const group = Object.values(h.sandbox.state.l4Rules!.originGroups).find((g) => g.Name === name);
  assert.ok(group, name);
  return group.GroupId;
}

describe("L4 rule refusals, with the API's codes", () => {
  it("the proxy must be online: offline, deploying, stopping, banned, failed, paused zone, unknown", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const create = (t: { ZoneId: string; ProxyId: string }) => teo.CreateL4ProxyRules({ ...t, L4ProxyRules: [rule()] });
      await expectApiError(create(target(h, "backup-udp")), "OperationDenied.L4ProxyInOfflineStatus");
      await expectApiError(create(target(h, "deploying-l4")), "OperationDenied.L4ProxyInProcessStatus");
      await expectApiError(create(target(h, "stopping-l4")), "OperationDenied.L4ProxyInProcessStatus");
      await expectApiError(create(target(h, "banned-l4")), "OperationDenied.L4ProxyInBannedStatus");
      await expectApiError(create(target(h, "failed-l4")), "OperationDenied.L4StatusNotInOnline");
      await expectApiError(create(target(h, "paused-l4", "paused.example.org")), "OperationDenied.ErrZoneIsAlreadyPaused");
      await expectApiError(create({ ...target(h, "game-tcp"), ProxyId: "sid-000000000000" }), "ResourceNotFound");
      await expectApiError(create({ ...target(h, "game-tcp"), ZoneId: "zone-000000000000" }), "InvalidParameter.ZoneNotFound");
      const backup = target(h, "backup-udp");
      const [backupRule] = (await teo.DescribeL4ProxyRules({ ...backup, Offset: 0, Limit: 20 })).L4ProxyRules!;
      await expectApiError(teo.ModifyL4ProxyRules({ ...backup, L4ProxyRules: [{ RuleId: backupRule!.RuleId!, RuleTag: "x" }] }), "OperationDenied.L4ProxyInOfflineStatus");
      await expectApiError(teo.ModifyL4ProxyRulesStatus({ ...backup, RuleIds: [backupRule!.RuleId!], Status: "online" }), "OperationDenied.L4ProxyInOfflineStatus");
      await expectApiError(teo.DeleteL4ProxyRules({ ...target(h, "banned-l4"), RuleIds: ["rule-000000000000"] }), "OperationDenied.L4ProxyInBannedStatus");
    }));

  it("no overlapping forwarding ports per protocol, with the proxy's rules or within the request; TCP and UDP may share", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const game = target(h, "game-tcp");
      // game-tcp holds TCP 80, TCP 7000-7010 and UDP 7000-7010.
      const overlap = await expectApiError(teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [rule({ PortRange: ["7010-7020"], OriginPortRange: "7010" })] }), "InvalidParameter.RulePortDuplicating");
      assert.match(overlap.message, /TCP 7010-7020 at L4ProxyRules\.0 overlaps 7000-7010 of the proxy's rule rule-[a-z0-9]{12}\./);
      await expectApiError(teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [rule(), rule({ PortRange: ["8990-9000"], OriginPortRange: "9000" })] }), "InvalidParameter.RulePortDuplicating");
      await expectApiError(teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [rule({ PortRange: ["81", "81"], OriginPortRange: "81" })] }), "InvalidParameter.RulePortDuplicating");
      await expectApiError(teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [rule({ Protocol: "UDP", PortRange: ["7005"], OriginPortRange: "7005" })] }), "InvalidParameter.RulePortDuplicating");
      // Nothing of a refused request was kept.
      assert.equal((await teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 20 })).TotalCount, 3);
      const ok = await teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [rule({ Protocol: "UDP", PortRange: ["80"], OriginPortRange: "80" }), rule({ PortRange: ["7011-7020"], OriginPortRange: "7011-7020" })] });
      assert.equal(ok.L4ProxyRuleIds!.length, 2);
      // Modify: moving a rule onto another's ports is refused; onto its own or freed ports is not.
      const rules = (await teo.DescribeL4ProxyRules({ ...game, Offset: 0, Limit: 20 })).L4ProxyRules!;
      const web = rules.find((r) => r.RuleTag === "web")!;
      const gameRule = rules.find((r) => r.RuleTag === "game")!;
      await expectApiError(teo.ModifyL4ProxyRules({ ...game, L4ProxyRules: [{ RuleId: web.RuleId!, PortRange: ["7000"] }] }), "InvalidParameter.RulePortDuplicating");
      await expectApiError(teo.ModifyL4ProxyRules({ ...game, L4ProxyRules: [{ RuleId: web.RuleId!, PortRange: ["7020"] }] }), "InvalidParameter.RulePortDuplicating");
      await teo.ModifyL4ProxyRules({ ...game, L4ProxyRules: [{ RuleId: web.RuleId!, PortRange: ["80-81"], OriginPortRange: "8080-8081" }] });
      // Two rules of one request may swap ports: each is checked against what the others become.
      await teo.ModifyL4ProxyRules({
        ...game,
        L4ProxyRules: [
          { RuleId: web.RuleId!, PortRange: ["7000-7010"], OriginPortRange: "7000-7010" },
          { RuleId: gameRule.RuleId!, PortRange: ["80-81"], OriginPortRange: "80-81" },
        ],
      }).catch((e: Error) => assert.fail(e.message));
    }));

  it("rule IDs must exist on the proxy; a rule in progress refuses changes", () =>
    withSandbox({ delays: 60_000 }, async (h) => {
      const { teo } = h;
      const game = target(h, "game-tcp");
      const shopRule = (await teo.DescribeL4ProxyRules({ ...target(h, "shop-l4", "shop.example.net"), Offset: 0, Limit: 20 })).L4ProxyRules![0]!;
      await expectApiError(teo.ModifyL4ProxyRulesStatus({ ...game, RuleIds: ["rule-000000000000"], Status: "offline" }), "ResourceNotFound");
      await expectApiError(teo.ModifyL4ProxyRulesStatus({ ...game, RuleIds: [shopRule.RuleId!], Status: "offline" }), "ResourceNotFound");
      await expectApiError(teo.DeleteL4ProxyRules({ ...game, RuleIds: ["__proto__"] }), "ResourceNotFound");
      await expectApiError(teo.ModifyL4ProxyRules({ ...game, L4ProxyRules: [{ RuleId: "constructor", RuleTag: "x" }] }), "ResourceNotFound");
      const [id] = (await teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [rule()] })).L4ProxyRuleIds!;
      await expectApiError(teo.ModifyL4ProxyRules({ ...game, L4ProxyRules: [{ RuleId: id!, RuleTag: "x" }] }), "InvalidParameter.ActionInProgress");
      await expectApiError(teo.ModifyL4ProxyRulesStatus({ ...game, RuleIds: [id!], Status: "offline" }), "InvalidParameter.ActionInProgress");
      await expectApiError(teo.DeleteL4ProxyRules({ ...game, RuleIds: [id!] }), "InvalidParameter.ActionInProgress");
      // One rule twice in a modify is ambiguous.
      await expectApiError(teo.ModifyL4ProxyRules({ ...game, L4ProxyRules: [{ RuleId: id!, RuleTag: "x" }, { RuleId: id!, RuleTag: "y" }] }), "InvalidParameter");
    }));

  it("origins: the group exists in the zone and is GENERAL, one group ID; addresses public, IPs and domains not mixed, one domain", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const game = target(h, "game-tcp");
      const create = (fields: Record<string, unknown>) => teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [rule(fields)] });
      const group = (id: string) => ({ OriginType: "ORIGIN_GROUP", OriginValue: [id] });
      await expectApiError(create(group(groupId(h, "web-http"))), "InvalidParameter.InvalidOriginGroupType");
      await expectApiError(create(group("og-000000000000")), "InvalidParameterValue.OriginGroupNotExists");
      for (const key of ["__proto__", "constructor", "toString"]) await expectApiError(create(group(key)), "InvalidParameterValue.OriginGroupNotExists");
      // The shop zone's group is not found from example.com.
      await expectApiError(create(group(groupId(h, "shop-origins"))), "InvalidParameterValue.OriginGroupNotExists");
      await expectApiError(create({ OriginType: "ORIGIN_GROUP", OriginValue: [groupId(h, "spare-general"), groupId(h, "game-origins")] }), "InvalidParameter.RuleOriginValueError");
      for (const inner of ["10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254", "0.0.0.0", "::1", "fd00::1", "fe80::1"]) {
        await expectApiError(create({ OriginValue: [inner] }), "InvalidParameter.OriginIsInnerIp");
      }
      await expectApiError(create({ OriginValue: ["203.0.113.1", "origin.example.com"] }), "InvalidParameter.OriginL4RecordIPV4MixDomain");
      await expectApiError(create({ OriginValue: ["a.example.com", "b.example.com"] }), "InvalidParameter.OriginL4RecordMultiDomain");
      await expectApiError(create({ OriginValue: ["not an origin"] }), "InvalidParameter.RuleOriginFormatError");
      await expectApiError(create({ OriginType: "LB", OriginValue: ["lb-2qwk30xf7s9g"] }), "InvalidParameter.InvalidOriginType");
      await expectApiError(create({ OriginType: "COS" }), "InvalidParameterValue");
      // Accepted: a GENERAL group, two public IPs, one domain, IPv6.
      const accepted = [group(groupId(h, "spare-general")), { OriginValue: ["203.0.113.1", "198.51.100.2"] }, { OriginValue: ["origin.example.com"] }, { OriginValue: ["2001:db8::1"] }];
      for (const [i, fields] of accepted.entries()) {
        assert.equal((await create({ ...fields, PortRange: [String(9100 + i)] })).L4ProxyRuleIds!.length, 1);
      }
    }));

  it("ports and client-IP modes: integers, ascending 1-65535, origin range single or as long; TOA/PPV1 only TCP, SPP only UDP; merged on modify", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const empty = target(h, "static-ip-l4");
      const create = (fields: Record<string, unknown>) => teo.CreateL4ProxyRules({ ...empty, L4ProxyRules: [rule(fields)] });
      for (const port of ["http", "80,81", "", "-80", "0", "65536", "1-65536"]) await expectApiError(create({ PortRange: [port] }), "InvalidParameter.RulePortInteger");
      for (const port of ["90-80", "80-80"]) await expectApiError(create({ PortRange: [port] }), "InvalidParameter.RulePortGroup");
      await expectApiError(create({ OriginPortRange: "x" }), "InvalidParameter.RuleOriginPortInteger");
      await expectApiError(create({ PortRange: ["80-90"], OriginPortRange: "8080-8085" }), "InvalidParameter.RulePortGroup");
      await expectApiError(create({ ClientIPPassThroughMode: "SPP" }), "InvalidParameter.InvalidRuleProto");
      await expectApiError(create({ Protocol: "UDP", ClientIPPassThroughMode: "TOA" }), "InvalidParameter.InvalidRuleProto");
      await expectApiError(create({ Protocol: "UDP", ClientIPPassThroughMode: "PPV1" }), "InvalidParameter.InvalidRuleProto");
      await expectApiError(create({ Protocol: "SCTP" }), "InvalidParameterValue");
      await expectApiError(create({ SessionPersistTime: 29 }), "InvalidParameterValue");
      await expectApiError(create({ SessionPersistTime: 3601 }), "InvalidParameterValue");
      await expectApiError(create({ RuleTag: "x".repeat(51) }), "InvalidParameterValue");
      await expectApiError(create({ RuleId: "rule-123456789012" }), "InvalidParameter");
      await expectApiError(create({ Status: "online" }), "InvalidParameter");
      await expectApiError(teo.request("CreateL4ProxyRules", { ...empty, L4ProxyRules: [{ Protocol: "TCP", PortRange: ["1"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.1"] }] }), "MissingParameter");
      await expectApiError(teo.request("CreateL4ProxyRules", { ...empty, L4ProxyRules: [rule({ Colour: "red" })] }), "UnknownParameter");
      await expectApiError(teo.CreateL4ProxyRules({ ...empty, L4ProxyRules: [] }), "InvalidParameterValue");
      const tooMany = Array.from({ length: 201 }, (_, i) => rule({ PortRange: [String(20000 + i)], OriginPortRange: "80" }));
      await expectApiError(teo.CreateL4ProxyRules({ ...empty, L4ProxyRules: tooMany }), "InvalidParameterValue");
      await expectApiError(teo.ModifyL4ProxyRulesStatus({ ...empty, RuleIds: ["rule-000000000000"], Status: "paused" }), "InvalidParameterValue");
      await expectApiError(teo.request("ModifyL4ProxyRules", { ...empty, L4ProxyRules: [{ RuleTag: "x" }] }), "MissingParameter");

      // Accepted as documented: a single origin port for a range, PPV2 with UDP, SPP with UDP, TOA with TCP, strings for numbers.
      const ok = await teo.CreateL4ProxyRules({
        ...empty,
        L4ProxyRules: [
          rule({ PortRange: ["100-110", "120"], OriginPortRange: "8000" }),
          rule({ Protocol: "UDP", PortRange: ["100-110"], OriginPortRange: "200-210", ClientIPPassThroughMode: "PPV2" }),
          rule({ Protocol: "UDP", PortRange: ["300"], OriginPortRange: "300", ClientIPPassThroughMode: "SPP", SessionPersist: "on", SessionPersistTime: "30" }),
          rule({ PortRange: ["1"], OriginPortRange: "65535", ClientIPPassThroughMode: "TOA" }),
        ],
      });
      const [tcpRange, udpRange, spp] = ok.L4ProxyRuleIds!;
      // A modify is checked on the rule that results: a protocol change meets the kept mode or the kept range.
      await expectApiError(teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: spp!, Protocol: "TCP" }] }), "InvalidParameter.InvalidRuleProto");
      await expectApiError(teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: udpRange!, Protocol: "TCP" }] }), "InvalidParameter.RulePortDuplicating");
      await expectApiError(teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: udpRange!, PortRange: ["100-105"] }] }), "InvalidParameter.RulePortGroup");
      await expectApiError(teo.ModifyL4ProxyRules({ ...empty, L4ProxyRules: [{ RuleId: udpRange!, Status: "offline" }] }), "InvalidParameter");
      assert.ok(tcpRange);
      // Every refusal answers in Chinese too.
      const zh = teoClient(h.sandbox, { language: "zh-CN" });
      const error = await expectApiError(zh.CreateL4ProxyRules({ ...empty, L4ProxyRules: [rule({ PortRange: ["100"], OriginPortRange: "100" })] }), "InvalidParameter.RulePortDuplicating");
      assert.match(error.message, /规则端口重复/);
    }));

  it("each refusal's message names the details in English and Chinese, with no placeholder left", () =>
    withSandbox({}, async (h) => {
      const game = target(h, "game-tcp");
      const cases: [Record<string, unknown>, string, RegExp, RegExp][] = [
        [rule({ PortRange: ["80"], OriginPortRange: "80" }), "InvalidParameter.RulePortDuplicating", /TCP 80 at L4ProxyRules\.0 overlaps 80 of the proxy's rule rule-/, /规则端口重复：L4ProxyRules\.0 的 TCP 端口 80 与该代理的规则 rule-/],
        [rule({ PortRange: ["x"] }), "InvalidParameter.RulePortInteger", /`x` at L4ProxyRules\.0\.PortRange\.0/, /L4ProxyRules\.0\.PortRange\.0 的 `x`/],
        [rule({ PortRange: ["10-20"], OriginPortRange: "30-35" }), "InvalidParameter.RulePortGroup", /`30-35` at L4ProxyRules\.0\.OriginPortRange holds 6 ports while the forwarding ports hold 11/, /含 6 个端口，而转发端口共 11 个/],
        [rule({ Protocol: "UDP", ClientIPPassThroughMode: "TOA" }), "InvalidParameter.InvalidRuleProto", /TOA at L4ProxyRules\.0\.ClientIPPassThroughMode cannot be used with UDP/, /的 TOA 不能用于 UDP/],
        [rule({ OriginValue: ["10.1.2.3"] }), "InvalidParameter.OriginIsInnerIp", /`10\.1\.2\.3` at L4ProxyRules\.0\.OriginValue\.0 is a private address/, /为内网地址/],
        [rule({ OriginType: "ORIGIN_GROUP", OriginValue: ["og-000000000000"] }), "InvalidParameterValue.OriginGroupNotExists", /`og-000000000000` \(L4ProxyRules\.0\.OriginValue\.0\)/, /源站组 `og-000000000000`/],
      ];
      for (const language of ["en-US", "zh-CN"] as const) {
        const teo = teoClient(h.sandbox, { language });
        for (const [fields, code, en, zh] of cases) {
          const error = await expectApiError(teo.CreateL4ProxyRules({ ...game, L4ProxyRules: [fields] }), code);
          assert.match(error.message, language === "en-US" ? en : zh);
          assert.doesNotMatch(error.message, /\{\w+\??/, error.message);
        }
      }
    }));

  it("at most 5,000 rules on one proxy (LimitExceeded.RuleLimitExceeded)", () =>
    withSandbox({}, async (h) => {
      const { teo } = h;
      const empty = target(h, "static-ip-l4");
      for (let batch = 0; batch < 25; batch++) {
        await teo.CreateL4ProxyRules({ ...empty, L4ProxyRules: Array.from({ length: 200 }, (_, i) => rule({ PortRange: [String(10000 + batch * 200 + i)], OriginPortRange: "80" })) });
      }
      await expectApiError(teo.CreateL4ProxyRules({ ...empty, L4ProxyRules: [rule({ PortRange: ["5"], OriginPortRange: "80" })] }), "LimitExceeded.RuleLimitExceeded");
    }));
});

import { seededRandom } from "../seededRandom";
import type { L4Record, SandboxState, ZoneRecord } from "../state/sandboxState";
import { L4RuleSeedBuilder } from "./l4RuleSeedBuilder";

const zoneNamed = (state: SandboxState, name: string): ZoneRecord | undefined => Object.values(state.zones).find((z) => z.ZoneName === name);
const l4Named = (state: SandboxState, name: string): L4Record | undefined => Object.values(state.l4Proxies).find((p) => p.ProxyName === name);

/**
 * The demo account's forwarding rules and origin groups: TCP and UDP rules, online, offline and failed, one to a
 * GENERAL origin group; an HTTP-only group an L4 rule cannot use; and static-ip-l4 left online without any rule.
 * Origins use the documentation ranges (RFC 5737) and example domains. Its own generator, so the IDs the demo seed
 * gave before rules existed stay the same.
 */
export function addDemoL4Rules(state: SandboxState, now: number): void {
  const b = new L4RuleSeedBuilder(state, seededRandom(20220901), now);
  const main = zoneNamed(state, "example.com");
  const shop = zoneNamed(state, "shop.example.net");
  const game = l4Named(state, "game-tcp");
  const backup = l4Named(state, "backup-udp");
  const shopL4 = l4Named(state, "shop-l4");
  if (!main || !shop || !game || !backup || !shopL4) return;

  const gameOrigins = b.originGroup(main.ZoneId, "game-origins", "GENERAL", ["203.0.113.10", "203.0.113.11"], 85);
  b.originGroup(main.ZoneId, "web-http", "HTTP", ["origin.example.com"], 70);
  b.originGroup(main.ZoneId, "spare-general", "GENERAL", ["198.51.100.20"], 30);
  const shopOrigins = b.originGroup(shop.ZoneId, "shop-origins", "GENERAL", ["shop-origin.example.net"], 28);

  b.rules(game.ProxyId, [
    { Protocol: "TCP", PortRange: ["80"], OriginValue: ["203.0.113.10"], OriginPortRange: "8080", ClientIPPassThroughMode: "TOA", RuleTag: "web", Status: "online" },
    {
      Protocol: "TCP",
      PortRange: ["7000-7010"],
      OriginType: "ORIGIN_GROUP",
      OriginValue: [gameOrigins.GroupId],
      OriginPortRange: "7000-7010",
      ClientIPPassThroughMode: "PPV2",
      SessionPersist: "on",
      SessionPersistTime: 600,
      RuleTag: "game",
      Status: "online",
    },
    { Protocol: "UDP", PortRange: ["7000-7010"], OriginValue: ["game.example.com"], OriginPortRange: "7000-7010", ClientIPPassThroughMode: "SPP", RuleTag: "game-udp", Status: "offline" },
  ], 88);
  b.rules(backup.ProxyId, [{ Protocol: "UDP", PortRange: ["53"], OriginValue: ["198.51.100.53"], OriginPortRange: "53", RuleTag: "dns", Status: "offline" }], 78);
  b.rules(shopL4.ProxyId, [
    { Protocol: "TCP", PortRange: ["443"], OriginType: "ORIGIN_GROUP", OriginValue: [shopOrigins.GroupId], OriginPortRange: "443", ClientIPPassThroughMode: "PPV1", RuleTag: "https", Status: "online" },
    { Protocol: "UDP", PortRange: ["3478-3480"], OriginValue: ["turn.example.invalid"], OriginPortRange: "3478", RuleTag: "turn", Status: "fail" },
  ], 25);
}

/** A scale account's rules: two (TCP and UDP) on each of the first 1,000 online L4 proxies, so trees have children. */
export function addScaleL4Rules(state: SandboxState, now: number): void {
  const b = new L4RuleSeedBuilder(state, seededRandom(4), now);
  const online = Object.values(state.l4Proxies).filter((l4) => l4.Status === "online").slice(0, 1000);
  for (const l4 of online) {
    b.rules(l4.ProxyId, [
      { Protocol: "TCP", PortRange: ["443"], OriginValue: ["203.0.113.30"], OriginPortRange: "8443", Status: "online" },
      { Protocol: "UDP", PortRange: ["5000-5009"], OriginValue: ["198.51.100.30"], OriginPortRange: "5000-5009", Status: "offline" },
    ], 100);
  }
}

/** The hostile account's rule and origin group: names a view must show as text, never run. */
export function addHostileL4Rules(state: SandboxState, now: number, zoneId: string, proxyId: string, hostile: { ruleTag: string; originGroupName: string }): void {
  const b = new L4RuleSeedBuilder(state, seededRandom(0xbad4), now);
  const group = b.originGroup(zoneId, hostile.originGroupName, "GENERAL", ["203.0.113.66"], 1);
  b.rules(proxyId, [{ Protocol: "TCP", PortRange: ["8080"], OriginType: "ORIGIN_GROUP", OriginValue: [group.GroupId], OriginPortRange: "80", RuleTag: hostile.ruleTag, Status: "online" }], 1);
}

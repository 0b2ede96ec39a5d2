import type { L4ProxyFacts, L4RuleFacts, L4RuleLiveSource } from "../../../src/core/live/l4RuleFacts";

export const l4Rule = (over: Partial<L4RuleFacts> & { ruleId: string }): L4RuleFacts => ({
  protocol: "TCP",
  portRange: ["80"],
  originType: "IP_DOMAIN",
  originValue: ["1.1.1.1"],
  originPortRange: "80",
  clientIPPassThroughMode: "OFF",
  sessionPersist: "off",
  ruleTag: "",
  status: "online",
  ...over,
});

/**
 * Zone zone-a's L4 proxies: sid-on (online; TCP 80 and 8000-8010, UDP 53, TCP 443 to a group), sid-off,
 * sid-busy, sid-ban, sid-empty (online, no rules) and sid-fail; origin groups og-g (GENERAL) and og-h (HTTP).
 */
export function l4RuleAccount(): L4RuleLiveSource {
  const proxies: L4ProxyFacts[] = [
    { zoneId: "zone-a", proxyId: "sid-on", name: "on", status: "online", ruleCount: 4 },
    { zoneId: "zone-a", proxyId: "sid-off", name: "off", status: "offline", ruleCount: 0 },
    { zoneId: "zone-a", proxyId: "sid-busy", name: "busy", status: "progress", ruleCount: 0 },
    { zoneId: "zone-a", proxyId: "sid-ban", name: "ban", status: "banned", ruleCount: 0 },
    { zoneId: "zone-a", proxyId: "sid-empty", name: "empty", status: "online", ruleCount: 0 },
    { zoneId: "zone-a", proxyId: "sid-fail", name: "fail", status: "fail", ruleCount: 0 },
  ];
  const rules = new Map<string, L4RuleFacts[]>([
    [
      "sid-on",
      [
        l4Rule({ ruleId: "rule-1", portRange: ["80", "8000-8010"], originPortRange: "80" }),
        l4Rule({ ruleId: "rule-2", protocol: "UDP", portRange: ["53"], originPortRange: "53", status: "offline" }),
        l4Rule({ ruleId: "rule-3", portRange: ["443"], originType: "ORIGIN_GROUP", originValue: ["og-g"], originPortRange: "443", status: "progress" }),
      ],
    ],
  ]);
  return {
    l4Proxy: async (zone, id) => (zone === "zone-a" ? proxies.find((p) => p.proxyId === id) : undefined),
    l4Rules: async (zone, id) => (zone === "zone-a" ? (rules.get(id) ?? []) : []),
    originGroups: async (zone) =>
      zone === "zone-a"
        ? [
            { groupId: "og-g", name: "general", type: "GENERAL" },
            { groupId: "og-h", name: "web", type: "HTTP" },
          ]
        : [],
    l4Proxies: async (zone) => (zone === "zone-a" ? proxies : []),
  };
}

import { seededRandom } from "../seededRandom";
import type { SandboxState } from "../state/sandboxState";
import { addHostileL4Rules } from "./l4RuleSeed";
import { SeedBuilder } from "./seedBuilder";

/** Strings a view must show as text, never run: any of them executing in a webview or tooltip is a bug. */
export const HOSTILE_STRINGS = {
  proxyName: "<img src=x onerror=alert(1)>",
  groupName: '"><script>alert(1)</script>',
  tagValue: "<b>bold</b>&amp;",
  zoneAlias: "<svg onload=alert(1)>",
  l4Name: "<img src=x onerror=alert(2)>",
  ruleTag: "<script>alert(3)</script>",
  originGroupName: "<img src=x onerror=alert(4)>",
} as const;

/**
 * Adds records with hostile names to a state, for UI tests. Seeded directly: the API would refuse some of these
 * names, but a view must never trust that it did.
 */
export function addHostileRecords(state: SandboxState, now: number): void {
  const b = new SeedBuilder(state, seededRandom(0xbad), now);
  const group = b.group({ GroupName: HOSTILE_STRINGS.groupName, ProjectId: 0, RealServerRegion: "Guangzhou", Status: "RUNNING", TagSet: [], PackageType: "Thunder", days: 3 });
  const tags = [{ TagKey: "note", TagValue: HOSTILE_STRINGS.tagValue }];
  b.proxy({ ProxyName: HOSTILE_STRINGS.proxyName, Status: "RUNNING", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2, TagSet: tags, days: 1 });
  b.proxy({ ProxyName: HOSTILE_STRINGS.proxyName, Status: "RUNNING", AccessRegion: "Beijing", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2, GroupId: group.GroupId, days: 2 });
  const zone = b.zone({ ZoneName: "hostile.example.com", AliasZoneName: HOSTILE_STRINGS.zoneAlias, Area: "overseas", Tags: tags, days: 1 });
  const l4 = b.l4({ ZoneId: zone.ZoneId, ProxyName: HOSTILE_STRINGS.l4Name, Status: "online", Area: "overseas", days: 1 });
  addHostileL4Rules(state, now, zone.ZoneId, l4.ProxyId, HOSTILE_STRINGS);
}

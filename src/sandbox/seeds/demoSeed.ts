import { seededRandom } from "../seededRandom";
import type { ProxyBasics } from "../state/buildProxyRecord";
import type { ProxyStatus, SandboxState } from "../state/sandboxState";
import { emptyState } from "../state/sandboxState";
import { addDemoL4Rules } from "./l4RuleSeed";
import { addListenerSeed } from "./listenerSeed";
import { demoCatalog } from "./regionCatalog";
import { SeedBuilder } from "./seedBuilder";

/** Proxies outside any group: one in every status, plus the special cases the UI and the rules must meet. */
const INDEPENDENT: [name: string, status: ProxyStatus, access: string, dest: string, extra?: Partial<ProxyBasics>][] = [
  ["edge-sh", "RUNNING", "Shanghai", "Guangzhou"],
  ["legacy-fixed", "RUNNING", "Beijing", "Shanghai", { Scalarable: 0 }],
  ["bound-origin", "RUNNING", "Guangzhou", "Shanghai", { realServerBound: true }],
  ["v1-legacy", "RUNNING", "Guangzhou", "Hongkong", { Version: "1.0" }],
  ["v6-sh", "RUNNING", "Shanghai", "Hongkong", { IPAddressVersion: "IPv6", NetworkType: "cn2" }],
  ["xb-sh-sgp", "RUNNING", "Shanghai", "SGP", { PackageType: "CrossBorder" }],
  ["traffic-gz", "RUNNING", "Guangzhou", "Tokyo", { BillingType: 1 }],
  ["new-north", "CREATING", "SouthChina", "NorthChina"],
  ["old-edge", "DESTROYING", "EastChina", "SouthChina"],
  ["reopen-sgp", "OPENING", "SGP", "Hongkong"],
  ["closing-tokyo", "CLOSING", "Tokyo", "Shanghai"],
  ["paused-cq", "CLOSED", "Chongqing", "Guangzhou"],
  ["scale-hk", "ADJUSTING", "Hongkong", "Shanghai"],
  ["arrears-fra", "ISOLATING", "Frankfurt", "SGP"],
  ["isolated-seoul", "ISOLATED", "Seoul", "Beijing", { BanStatus: "BANNED" }],
  ["clone-bj", "CLONING", "Beijing", "SouthChina"],
  ["maint-sv", "RECOVERING", "SiliconValley", "Hongkong"],
  ["move-cd", "MOVING", "Chengdu", "EastChina"],
];

/**
 * The demo account: a few groups with proxies, proxies in every status, zones (one paused, one sold out), and an L4
 * proxy in each state. Seeded proxies in transitional statuses hold them (so every status stays visible); what the
 * API changes moves on after the configured delays.
 */
export function demoSeed(now: number): SandboxState {
  const state = emptyState(demoCatalog());
  state.projects = [0, 1250001, 1250002];
  const b = new SeedBuilder(state, seededRandom(20180529), now);
  const prod = [{ TagKey: "env", TagValue: "prod" }];

  const web = b.group({ GroupName: "web-south", ProjectId: 0, RealServerRegion: "Guangzhou", Status: "RUNNING", TagSet: prod, PackageType: "Thunder", days: 120 });
  const game = b.group({ GroupName: "game-east", ProjectId: 1250001, RealServerRegion: "Shanghai", Status: "RUNNING", TagSet: [], PackageType: "Accelerator", days: 90 });
  const api = b.group({ GroupName: "api-north", ProjectId: 1250002, RealServerRegion: "Beijing", Status: "CHANGING", TagSet: [], PackageType: "Thunder", days: 60 });

  const inGroup = { Status: "RUNNING" as ProxyStatus };
  b.proxy({ ...inGroup, ProxyName: "web-sh", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 100, Concurrent: 20, GroupId: web.GroupId, TagSet: prod, days: 110 });
  b.proxy({ ...inGroup, ProxyName: "web-bj", AccessRegion: "Beijing", RealServerRegion: "Guangzhou", Bandwidth: 50, Concurrent: 10, GroupId: web.GroupId, TagSet: prod, days: 100 });
  b.proxy({ ...inGroup, ProxyName: "web-hk", AccessRegion: "Hongkong", RealServerRegion: "Guangzhou", Bandwidth: 20, Concurrent: 5, GroupId: web.GroupId, days: 95 });
  const gameProxy = { GroupId: game.GroupId, ProjectId: 1250001, PackageType: "Accelerator" };
  b.proxy({ ...inGroup, ...gameProxy, ProxyName: "game-cq", AccessRegion: "Chongqing", RealServerRegion: "Shanghai", Bandwidth: 200, Concurrent: 30, days: 80 });
  b.proxy({ ...gameProxy, Status: "CLOSED", ProxyName: "game-sgp", AccessRegion: "SGP", RealServerRegion: "Shanghai", Bandwidth: 50, Concurrent: 10, days: 70 });
  const apiProxy = { GroupId: api.GroupId, ProjectId: 1250002 };
  b.proxy({ ...apiProxy, Status: "ADJUSTING", ProxyName: "api-gz", AccessRegion: "Guangzhou", RealServerRegion: "Beijing", Bandwidth: 20, Concurrent: 5, days: 50 });
  b.proxy({ ...inGroup, ...apiProxy, ProxyName: "api-tokyo", AccessRegion: "Tokyo", RealServerRegion: "Beijing", Bandwidth: 100, Concurrent: 20, days: 40 });

  INDEPENDENT.forEach(([ProxyName, Status, AccessRegion, RealServerRegion, extra], i) =>
    b.proxy({ ProxyName, Status, AccessRegion, RealServerRegion, Bandwidth: 10, Concurrent: 2, days: 30 - i, ...extra }),
  );

  const main = b.zone({ ZoneName: "example.com", Area: "global", Tags: prod, days: 200, sandbox: { accelerateMainlandAllowed: true } });
  const shop = b.zone({ ZoneName: "shop.example.net", Area: "mainland", Type: "full", days: 150 });
  const paused = b.zone({ ZoneName: "paused.example.org", Area: "overseas", ActiveStatus: "paused", Paused: true, days: 100 });
  b.zone({ ZoneName: "intl.example.io", Area: "overseas", days: 50, sandbox: { l4SoldOutAreas: ["global"] } });
  b.zone({ ZoneName: "pending.example.dev", Area: "global", Status: "pending", CnameStatus: "pending", ActiveStatus: "inactive", days: 2 });

  const l4 = (ZoneId: string, ProxyName: string, Status: "online" | "offline" | "progress" | "stopping" | "banned" | "fail", Area: string, days: number, extra = {}) =>
    b.l4({ ZoneId, ProxyName, Status, Area, days, ...extra });
  l4(main.ZoneId, "game-tcp", "online", "global", 90, { L4ProxyRuleCount: 3 });
  l4(main.ZoneId, "backup-udp", "offline", "overseas", 80, { L4ProxyRuleCount: 1 });
  l4(main.ZoneId, "deploying-l4", "progress", "mainland", 10);
  l4(main.ZoneId, "stopping-l4", "stopping", "overseas", 9);
  l4(main.ZoneId, "banned-l4", "banned", "global", 60);
  l4(main.ZoneId, "failed-l4", "fail", "overseas", 5);
  l4(main.ZoneId, "static-ip-l4", "online", "mainland", 40, {
    StaticIp: "on",
    DDosProtectionConfig: { LevelMainland: "BASE30_MAX300", MaxBandwidthMainland: 100, LevelOverseas: "PLATFORM" },
  });
  l4(shop.ZoneId, "shop-l4", "online", "mainland", 30, { Ipv6: "on", L4ProxyRuleCount: 2 });
  l4(paused.ZoneId, "paused-l4", "offline", "overseas", 20);
  addDemoL4Rules(state, now);
  addListenerSeed(state, now);
  return state;
}

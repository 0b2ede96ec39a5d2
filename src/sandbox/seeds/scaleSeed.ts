import { seededRandom } from "../seededRandom";
import type { L4Status, ProxyStatus, SandboxState } from "../state/sandboxState";
import { emptyState } from "../state/sandboxState";
import { addScaleL4Rules } from "./l4RuleSeed";
import { demoCatalog } from "./regionCatalog";
import { SeedBuilder } from "./seedBuilder";

export interface ScaleSeed {
  /** GAAP proxies. */
  proxies: number;
  /** EdgeOne zones. */
  zones: number;
  /** L4 proxies in each zone. */
  l4PerZone: number;
}

/**
 * The largest scale account: 100,000 proxies and 100,000 L4 proxies hold about 130 MB and take seconds to build;
 * beyond that a typo (`scale:99999999999`) would grow the sandbox until it runs out of memory.
 */
export const SCALE_LIMITS = { proxies: 100_000, zones: 10_000, l4PerZone: 10_000, l4Total: 100_000 } as const;

/** What is over the limits in a scale, in words, or undefined when it is within them. */
export function scaleOverLimits(scale: ScaleSeed): string | undefined {
  const counts = (n: number) => (Number.isSafeInteger(n) ? n.toLocaleString("en-US") : String(n));
  if (!(scale.proxies <= SCALE_LIMITS.proxies)) return `at most ${counts(SCALE_LIMITS.proxies)} proxies, not ${counts(scale.proxies)}`;
  if (!(scale.zones <= SCALE_LIMITS.zones)) return `at most ${counts(SCALE_LIMITS.zones)} zones, not ${counts(scale.zones)}`;
  if (!(scale.l4PerZone <= SCALE_LIMITS.l4PerZone)) return `at most ${counts(SCALE_LIMITS.l4PerZone)} L4 proxies per zone, not ${counts(scale.l4PerZone)}`;
  const total = scale.zones * scale.l4PerZone;
  if (!(total <= SCALE_LIMITS.l4Total)) return `at most ${counts(SCALE_LIMITS.l4Total)} L4 proxies in all (zones × per zone), not ${counts(total)}`;
  return undefined;
}

/** Mostly settled statuses, with a few transitional ones, as a large account has. */
const PROXY_STATUSES: ProxyStatus[] = ["RUNNING", "RUNNING", "RUNNING", "RUNNING", "RUNNING", "RUNNING", "CLOSED", "CREATING", "ADJUSTING", "ISOLATED"];
const L4_STATUSES: L4Status[] = ["online", "online", "online", "online", "offline", "progress", "fail"];

/** A large account for benchmarks: paging, concurrent page fetches and tree rendering. Deterministic. */
export function scaleSeed(scale: ScaleSeed, now: number): SandboxState {
  const over = scaleOverLimits(scale);
  if (over) throw new RangeError(`scale seed: ${over}`);
  const state = emptyState(demoCatalog());
  const random = seededRandom(7);
  const b = new SeedBuilder(state, random, now);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const groups = Array.from({ length: Math.ceil(scale.proxies / 50) }, (_, i) =>
    b.group({ GroupName: `group-${i}`, ProjectId: 0, RealServerRegion: pick(state.catalog.destRegions), Status: "RUNNING", TagSet: [], PackageType: "Thunder", days: 400 - i / 10 }),
  );
  for (let i = 0; i < scale.proxies; i++) {
    const offer = pick(state.catalog.offers);
    // Every third proxy sits in a group (the group's origin region is then the proxy's).
    const group = i % 3 === 0 && groups.length ? groups[i % groups.length] : undefined;
    b.proxy({
      ProxyName: `proxy-${i}`,
      Status: pick(PROXY_STATUSES),
      AccessRegion: offer.access,
      RealServerRegion: group?.RealServerRegion ?? offer.dest,
      Bandwidth: pick(offer.BandwidthList),
      Concurrent: pick(offer.ConcurrentList),
      GroupId: group?.GroupId ?? null,
      days: 365 - (i * 365) / Math.max(1, scale.proxies),
    });
  }
  for (let z = 0; z < scale.zones; z++) {
    const zone = b.zone({ ZoneName: `zone-${z}.example.com`, Area: pick(["global", "mainland", "overseas"]), days: 300 - z / 10 });
    for (let k = 0; k < scale.l4PerZone; k++) {
      b.l4({ ZoneId: zone.ZoneId, ProxyName: `l4-${z}-${k}`, Status: pick(L4_STATUSES), Area: pick(["global", "mainland", "overseas"]), days: 200 - k / 100 });
    }
  }
  addScaleL4Rules(state, now);
  return state;
}

import { isCancelled } from "../errors/cancelledError";
import { nearestAllowed } from "../live/nearestAllowed";
import { checkFlag } from "./gaapLookups";
import type { PreflightCloud } from "./preflightCloud";
import type { AccessOffer, AllowedLists, Alternative, ProxyQuery } from "./preflightReport";

export interface AlternativeLimits {
  /** Candidates of each kind asked about; each costs one CheckProxyCreate (20 per second per action). */
  candidates: number;
  /** Alternatives of each kind kept. */
  keep: number;
}

const DEFAULT_ALTERNATIVE_LIMITS: AlternativeLimits = { candidates: 5, keep: 2 };

const rank = (list: readonly number[], value: number): number => {
  const i = list.indexOf(nearestAllowed(value, list) ?? value);
  return i < 0 ? 0 : i;
};

/**
 * Other sizes in the same access region, nearest first. Smaller sizes come before larger ones at the same
 * distance (a line that is sold out or over quota is so from some size up), then more bandwidth before less.
 */
export function sizeCandidates(q: ProxyQuery, offer: AccessOffer): ProxyQuery[] {
  const bRank = rank(offer.bandwidths, q.Bandwidth);
  const cRank = rank(offer.concurrents, q.Concurrent);
  const pairs: { q: ProxyQuery; distance: number; larger: number }[] = [];
  offer.bandwidths.forEach((Bandwidth, bi) =>
    offer.concurrents.forEach((Concurrent, ci) => {
      if (Bandwidth === q.Bandwidth && Concurrent === q.Concurrent) return;
      pairs.push({
        q: { ...q, Bandwidth, Concurrent },
        distance: Math.abs(bi - bRank) + Math.abs(ci - cRank),
        larger: Number(bi > bRank) + Number(ci > cRank),
      });
    }),
  );
  pairs.sort((a, b) => a.distance - b.distance || a.larger - b.larger || b.q.Bandwidth - a.q.Bandwidth);
  return pairs.map((p) => p.q);
}

/** Other access regions for the same origin that offer the sizes (or the nearest ones), same area first. */
export function regionCandidates(q: ProxyQuery, allowed: AllowedLists): { q: ProxyQuery; offer: AccessOffer }[] {
  const area = allowed.chosen?.regionArea;
  return allowed.accessRegions
    .filter((a) => a.regionId !== q.AccessRegion && a.bandwidths.length > 0 && a.concurrents.length > 0)
    .map((offer, order) => ({
      offer,
      order,
      sameArea: area !== undefined && offer.regionArea === area,
      q: { ...q, AccessRegion: offer.regionId, Bandwidth: nearestAllowed(q.Bandwidth, offer.bandwidths)!, Concurrent: nearestAllowed(q.Concurrent, offer.concurrents)! },
    }))
    .sort((a, b) => Number(b.sameArea) - Number(a.sameArea) || a.order - b.order)
    .map(({ q: candidate, offer }) => ({ q: candidate, offer }));
}

/**
 * "What to try instead" when CheckProxyCreate says no: nearby sizes in the same region and the same sizes in other
 * access regions, each asked of CheckProxyCreate, so that only what the API accepts is offered.
 */
export async function findAlternatives(
  gaap: PreflightCloud["gaap"],
  q: ProxyQuery,
  allowed: AllowedLists,
  signal?: AbortSignal,
  limits: AlternativeLimits = DEFAULT_ALTERNATIVE_LIMITS,
): Promise<Alternative[]> {
  const sizes = allowed.chosen ? sizeCandidates(q, allowed.chosen).slice(0, limits.candidates) : [];
  const regions = regionCandidates(q, allowed).slice(0, limits.candidates);
  const accepted = async (candidate: ProxyQuery): Promise<boolean> => {
    try {
      return (await checkFlag(gaap, candidate, signal)).checkFlag === 1;
    } catch (e) {
      if (isCancelled(e)) throw e;
      return false; // a candidate the API refuses is simply not offered
    }
  };
  const [sizeOk, regionOk] = await Promise.all([Promise.all(sizes.map(accepted)), Promise.all(regions.map((r) => accepted(r.q)))]);
  const sizeAlternatives: Alternative[] = sizes.filter((_, i) => sizeOk[i]).slice(0, limits.keep).map((query) => ({ kind: "size", query }));
  const regionAlternatives: Alternative[] = regions
    .filter((_, i) => regionOk[i])
    .slice(0, limits.keep)
    .map(({ q: query, offer }) => ({ kind: "region", query, ...(offer.regionName ? { regionName: offer.regionName } : {}) }));
  return [...sizeAlternatives, ...regionAlternatives];
}

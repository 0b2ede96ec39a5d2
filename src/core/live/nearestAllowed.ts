/** The allowed value nearest to a wanted one (ties go to the larger, which keeps the capacity asked for). */
export function nearestAllowed(wanted: number, allowed: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const v of allowed) {
    if (best === undefined || Math.abs(v - wanted) < Math.abs(best - wanted) || (Math.abs(v - wanted) === Math.abs(best - wanted) && v > best)) best = v;
  }
  return best;
}

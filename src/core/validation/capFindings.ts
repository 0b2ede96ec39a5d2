import type { Finding, Severity } from "./finding";
import type { LineIndex } from "./locate";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export const moreSevere = (a: Severity, b: Severity): Severity => (RANK[b] > RANK[a] ? b : a);

/**
 * The first `max` findings, and one "… and N more" for the rest, on the first one left out, as severe as the most
 * severe of them (so that an error past the list still counts as one). `unlisted` are found but were never listed.
 */
export function capFindings(sorted: Finding[], unlisted: { count: number; severity: Severity }, max: number, index: LineIndex): Finding[] {
  const omitted = Math.max(0, sorted.length - max) + unlisted.count;
  if (omitted === 0) return sorted;
  let severity: Severity = unlisted.count > 0 ? unlisted.severity : "info";
  for (let i = max; i < sorted.length; i++) severity = moreSevere(severity, sorted[i]!.severity);
  const at = sorted[Math.min(max, sorted.length - 1)] ?? { offset: 0, length: 0 };
  const kept = sorted.length > max ? sorted.slice(0, max) : sorted;
  kept.push({ path: "", severity, code: "more-findings", target: "value", params: { count: omitted }, offset: at.offset, length: at.length, range: index.range(at.offset, at.length) });
  return kept;
}

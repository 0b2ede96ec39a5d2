import { parsePorts } from "../../core/actions/l4ProxyRuleChecks";

/** A forwarding port range, both ends included, tagged with who holds it: a RuleId or L4ProxyRules.N. */
export interface HeldSpan {
  from: number;
  to: number;
  owner: string;
  text: string;
}

/** The spans of a rule's PortRange that parse (the core's offline rules refused the others before). */
export function heldSpans(portRange: readonly string[], owner: string): HeldSpan[] {
  return portRange.flatMap((text) => {
    const p = parsePorts(text);
    return p.ok ? [{ from: p.start, to: p.end, owner, text }] : [];
  });
}

/**
 * The first two spans that share a port, or undefined. Sorting makes it O(n log n) whatever the number of rules
 * (a pairwise check over 200 new rules × thousands of kept ones would be quadratic).
 */
export function firstOverlap(spans: readonly HeldSpan[]): [HeldSpan, HeldSpan] | undefined {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  let widest: HeldSpan | undefined;
  for (const span of sorted) {
    if (widest && span.from <= widest.to) return [widest, span];
    if (!widest || span.to > widest.to) widest = span;
  }
  return undefined;
}

/** A forwarding or origin port range, both ends included. */
export interface PortSpan {
  from: number;
  to: number;
}

const PORT_TEXT = /^(\d{1,5})(?:-(\d{1,5}))?$/;

/**
 * "80" or "81-85" as the API writes ports (teo_models.d.ts L4ProxyRule.PortRange): 1–65535, a range ascending.
 * "not-integer" for text that is no port at all, "bad-range" for a range out of bounds or descending.
 */
export function parsePortSpan(text: string): PortSpan | "not-integer" | "bad-range" {
  const match = PORT_TEXT.exec(text);
  if (!match) return "not-integer";
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < 1 || to > 65535 || to < from) return "bad-range";
  return { from, to };
}

export const spanLength = (span: PortSpan): number => span.to - span.from + 1;

export const spanText = (span: PortSpan): string => (span.from === span.to ? String(span.from) : `${span.from}-${span.to}`);

/** A span tagged with who holds it, for the overlap check. */
export interface HeldSpan extends PortSpan {
  owner: string;
}

/**
 * The first two spans that share a port, or undefined. Sorting makes it O(n log n) whatever the number of rules
 * (a quadratic pairwise check over 200 new rules × thousands of existing ones would not be).
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

/** Summary of timed samples, in milliseconds. */
export interface Timing {
  samples: number;
  median: number;
  p95: number;
  min: number;
  mean: number;
}

/** Nearest-rank percentile: the value below which `p` of the samples fall, never an interpolated one. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error("no samples to summarize");
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    min: sorted[0]!,
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
  };
}

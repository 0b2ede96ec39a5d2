import { performance } from "node:perf_hooks";
import { summarize, type Timing } from "./stats";

export interface SamplerOptions {
  warmup: number;
  /** Upper bound on samples per contender. */
  iterations: number;
  /** Stop sampling early once this much time has gone (both contenders keep the same sample count). */
  budgetMs: number;
  /** Collect garbage before each sample (needs --expose-gc), so one side's garbage is not charged to the other. */
  gcBetween: boolean;
}

type Run = () => unknown;

/**
 * A regular major collection (needs --expose-gc). Not a bare `gc()`: that is V8's last-resort collection, which
 * also throws away all optimized code, so every sample after it would time cold, unoptimized code on both sides,
 * which no editor sees (the collections V8 runs by itself keep compiled code).
 */
export function collectGarbage(): void {
  (globalThis as { gc?: (options?: { type: "major" | "minor" }) => void }).gc?.({ type: "major" });
}

/**
 * Times two contenders on the same input in one process, interleaved (A then B, then B then A, ...), so that drift
 * in the machine's speed (another process, thermal throttling, JIT tiers) falls on both alike.
 */
export async function sampleInterleaved(a: Run, b: Run, options: SamplerOptions): Promise<[Timing, Timing]> {
  const gc = options.gcBetween ? collectGarbage : undefined;
  for (let i = 0; i < options.warmup; i++) {
    await a();
    await b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  const time = async (run: Run, into: number[]) => {
    gc?.();
    const t0 = performance.now();
    await run();
    into.push(performance.now() - t0);
  };
  const started = performance.now();
  for (let i = 0; i < options.iterations && performance.now() - started < options.budgetMs; i++) {
    if (i % 2 === 0) {
      await time(a, sa);
      await time(b, sb);
    } else {
      await time(b, sb);
      await time(a, sa);
    }
  }
  return [summarize(sa), summarize(sb)];
}

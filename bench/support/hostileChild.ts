// One hostile document, checked in a process of its own (bench/main.ts starts it with HOSTILE_CHILD_FLAG), so that a
// case that exhausts the heap or never ends is a finding of the bench, not the end of it.
import { performance } from "node:perf_hooks";
import * as v8 from "node:v8";
import { validateDocument } from "../../src/core/validation/validateDocument";
import { HOSTILE_BUDGET_BYTES, hostileCase } from "./hostileDocuments";
import { collectGarbage } from "./sampler";
import { summarize } from "./stats";

export const HOSTILE_CHILD_FLAG = "--hostile-case";
/** The child's answer is the one stdout line starting with this. */
export const HOSTILE_RESULT_PREFIX = "@@hostile ";

export interface HostileMeasure {
  name: string;
  bytes: number;
  /** Median of the timed runs (the first, cold run included). */
  medianMs: number;
  firstMs: number;
  runs: number;
  /** Most heap in use at any collection during the first run, or at its end, above the heap before it. */
  peakHeapBytes: number;
  findings: number;
  codes: string[];
  /** validateDocument threw: a finding as well (validation must never throw). */
  threw?: string;
}

const REPEAT_BUDGET_MS = 2_000;
const MAX_RUNS = 7;

export function runHostileChild(name: string): void {
  const c = hostileCase(name);
  if (!c) throw new Error(`unknown hostile case ${name}`);
  const text = c.build(HOSTILE_BUDGET_BYTES);
  const bytes = Buffer.byteLength(text);
  if (bytes > HOSTILE_BUDGET_BYTES) throw new Error(`${name} is ${bytes} bytes, over the budget`);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const t0 = performance.now();
  let result: ReturnType<typeof validateDocument> | undefined;
  let threw: string | undefined;
  try {
    result = validateDocument(text);
  } catch (e) {
    threw = e instanceof Error ? e.name : typeof e;
  }
  const firstMs = performance.now() - t0;
  const heapAtEnd = process.memoryUsage().heapUsed;
  const gcs = profiler.stop()?.statistics ?? [];
  const peak = Math.max(heapAtEnd, ...gcs.map((g) => g.beforeGC.heapStatistics.usedHeapSize));

  const times = [firstMs];
  const started = performance.now();
  while (!threw && times.length < MAX_RUNS && performance.now() - started < REPEAT_BUDGET_MS) {
    const t = performance.now();
    validateDocument(text);
    times.push(performance.now() - t);
  }
  const findings = result?.findings ?? [];
  const measure: HostileMeasure = {
    name,
    bytes,
    medianMs: summarize(times).median,
    firstMs,
    runs: times.length,
    peakHeapBytes: Math.max(0, peak - heapBefore),
    findings: findings.length,
    codes: [...new Set(findings.map((f) => f.code))].slice(0, 12),
    ...(threw ? { threw } : {}),
  };
  process.stdout.write(HOSTILE_RESULT_PREFIX + JSON.stringify(measure) + "\n");
}

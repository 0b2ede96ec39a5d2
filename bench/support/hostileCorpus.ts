// The hostile corpus's worst cases (issue 12 point 8): each document is checked by a child process with a time
// and heap limit; the slowest and the largest peak heap are reported against the corpus's median, and a crash,
// a throw or a timeout is reported as the finding it is.
import { execBounded } from "./execBounded";
import { figure, type Row } from "./figure";
import { HOSTILE_CHILD_FLAG, HOSTILE_RESULT_PREFIX, type HostileMeasure } from "./hostileChild";
import { HOSTILE_BUDGET_BYTES, HOSTILE_CASES } from "./hostileDocuments";
import { repoRoot } from "./repoRoot";
import { summarize } from "./stats";

const CASE_TIMEOUT_MS = 30_000;
/** Twice what the editor's extension host typically gives a heap of: a case needing more is a crash to report. */
const CHILD_HEAP_MB = 2048;

type Outcome = { name: string; what: string } & ({ ok: true; measure: HostileMeasure } | { ok: false; failure: string; ms: number });

async function checkCase(name: string, what: string): Promise<Outcome> {
  const r = await execBounded(process.execPath, ["--expose-gc", `--max-old-space-size=${CHILD_HEAP_MB}`, process.argv[1]!, HOSTILE_CHILD_FLAG, name], {
    cwd: repoRoot(),
    timeoutMs: CASE_TIMEOUT_MS,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith(HOSTILE_RESULT_PREFIX));
  if (r.code === 0 && line) {
    const measure = JSON.parse(line.slice(HOSTILE_RESULT_PREFIX.length)) as HostileMeasure;
    return measure.threw ? { name, what, ok: false, failure: `validateDocument threw ${measure.threw}`, ms: measure.firstMs } : { name, what, ok: true, measure };
  }
  const failure =
    r.ms >= CASE_TIMEOUT_MS
      ? `timed out (> ${CASE_TIMEOUT_MS / 1000} s)`
      : /heap out of memory|allocation failed/i.test(r.stderr)
        ? `ran out of heap (${CHILD_HEAP_MB} MB)`
        : `crashed (exit ${r.code ?? "signal"}: ${lastLine(r.stderr)})`;
  return { name, what, ok: false, failure, ms: r.ms };
}

const lastLine = (s: string) => s.trim().split("\n").filter((l) => l.trim() && !/^\s+at /.test(l)).pop()?.slice(0, 160) ?? "no output";
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export async function hostileCorpusRows(): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const outcomes: Outcome[] = [];
  for (const c of HOSTILE_CASES) {
    const o = await checkCase(c.name, c.what);
    console.log(`  hostile ${c.name}: ${o.ok ? `${o.measure.medianMs.toFixed(1)} ms, peak heap ${mb(o.measure.peakHeapBytes)}, ${o.measure.findings} findings` : o.failure}`);
    outcomes.push(o);
  }
  const done = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok).map((o) => o.measure);
  const failed = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
  const corpus = `${HOSTILE_CASES.length} documents ≤ ${HOSTILE_BUDGET_BYTES / 2 ** 20} MB`;
  const rows: Row[] = [];
  if (done.length) {
    const timeMedian = summarize(done.map((m) => m.medianMs)).median;
    const heapMedian = summarize(done.map((m) => m.peakHeapBytes)).median;
    const slowest = done.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    const largest = done.reduce((a, b) => (b.peakHeapBytes > a.peakHeapBytes ? b : a));
    const describe = (m: HostileMeasure) => `${m.name}: ${(m.bytes / 1024).toFixed(0)} KB, ${m.medianMs.toFixed(1)} ms (median of ${m.runs}, first ${m.firstMs.toFixed(1)} ms), peak heap ${mb(m.peakHeapBytes)}, ${m.findings} findings (${m.codes.join(", ")})`;
    rows.push(
      figure({
        id: "validation.hostile.slowest",
        name: `Hostile corpus (${corpus}): slowest, ${slowest.name}`,
        value: slowest.medianMs,
        unit: "ms",
        peer: { name: "the corpus's median", value: timeMedian },
        ratio: slowest.medianMs / timeMedian,
        note: describe(slowest) + (failed.length ? `; of the documents that finished (${failed.length} did not: see "every document checked")` : ""),
      }),
      figure({
        id: "validation.hostile.peakHeap",
        name: `Hostile corpus: largest peak heap, ${largest.name}`,
        value: largest.peakHeapBytes,
        unit: "MB",
        peer: { name: "the corpus's median", value: heapMedian },
        ratio: largest.peakHeapBytes / Math.max(1, heapMedian),
        note: `${describe(largest)}; peak = most heap in use at any collection of the first run, or at its end, above the heap before it`,
      }),
    );
  }
  rows.push(
    figure({
      id: "validation.hostile.survived",
      name: "Hostile corpus: every document checked, none threw, crashed or timed out",
      value: failed.length === 0 ? 1 : 0,
      unit: "yes/no",
      goal: { on: "value", op: ">=", limit: 1, text: "yes" },
      note: failed.length
        ? `${failed.length} of ${outcomes.length}: ${failed.map((f) => `${f.name} ${f.failure}`).join("; ")}`
        : `each in its own process, ${CASE_TIMEOUT_MS / 1000} s and ${CHILD_HEAP_MB} MB of heap at most`,
    }),
  );
  return {
    rows,
    details: {
      budgetBytes: HOSTILE_BUDGET_BYTES,
      cases: outcomes.map((o) => (o.ok ? { what: o.what, ...o.measure } : { name: o.name, what: o.what, failure: o.failure, ms: o.ms })),
    },
  };
}

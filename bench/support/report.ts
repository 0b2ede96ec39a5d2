import * as os from "node:os";
import { isMeasured, type Figure, type Row, type SuiteResult, type Unit } from "./figure";

/** The results file: every suite's rows, how they were measured, and on what machine. */
export interface Results {
  generatedBy: string;
  machine: Machine;
  suites: (SuiteResult & { measuredAt: string; durationMs: number; loadAverage?: { start: number; end: number } })[];
}

export interface Machine {
  node: string;
  platform: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** 1-minute load average when the run started: a busy machine slows every figure, ours and the peers' alike. */
  loadAverage: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function formatValue(value: number, unit: Unit): string {
  // NaN and ±Infinity come back from JSON as null.
  if (typeof value !== "number" || !Number.isFinite(value)) return "n/a";
  switch (unit) {
    case "ms":
      return `${value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en")} ms`;
    case "s":
      return `${value.toFixed(2)} s`;
    case "KB":
      return `${(value / 1024).toFixed(1)} KB`;
    case "MB":
      return `${(value / 2 ** 20).toFixed(1)} MB`;
    case "×":
      return `${value.toFixed(2)}×`;
    case "yes/no":
      return value ? "yes" : "no";
  }
}

const peerCell = (f: Figure) => (f.peer ? `${formatValue(f.peer.value, f.peer.unit ?? f.unit)} (${f.peer.name})` : "–");
const ratioCell = (f: Figure) => (f.ratio === undefined || !Number.isFinite(f.ratio) ? "–" : `${f.ratio.toFixed(2)}×`);
const metCell = (r: Row) => (!isMeasured(r) ? "not measured" : r.met === undefined ? "–" : r.met ? "yes" : "**no**");

function cells(r: Row): string[] {
  if (!isMeasured(r)) return [r.name, "–", "–", "–", r.goal?.text ?? "–", metCell(r)];
  return [r.name, formatValue(r.value, r.unit), peerCell(r), ratioCell(r), r.goal?.text ?? "–", metCell(r)];
}

const HEAD = ["figure", "value", "peer (same run)", "ratio", "goal", "met"];

/** The table for a terminal: aligned columns, notes for every row that needs one underneath. */
export function terminalTable(rows: readonly Row[]): string {
  const body = rows.map(cells).map((c) => c.map((x) => x.replace(/\*\*/g, "")));
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join("  ");
  const out = [line(HEAD), widths.map((w) => "─".repeat(w)).join("  "), ...body.map(line)];
  const notes = rows.filter((r) => r.note && (!isMeasured(r) || r.met !== true));
  if (notes.length) out.push("", ...notes.map((r) => `• ${r.name}: ${r.note}`));
  return out.join("\n");
}

const escape = (s: string) => s.replace(/\|/g, "\\|");

/** The README's performance section: the table, why each missed goal is missed, and how to reproduce it. */
export function markdownSection(results: Results): string {
  const rows = results.suites.flatMap((s) => s.rows);
  const m = results.machine;
  const when = results.suites.map((s) => s.measuredAt).sort()[0] ?? "";
  const out = [
    `Measured by \`npm run bench\` on ${when.slice(0, 10)} (Node ${m.node}, ${m.platform}, ${m.cores} × ${m.cpu}, load average ${m.loadAverage} at the start). ` +
      "Each peer is measured in the same run, on the same input, in the same process where that applies; the full numbers " +
      "(p95, samples, breakdowns) are written to `bench/results.json` by each run.",
    "",
    ...busyNote(results),
    `| ${HEAD.join(" | ")} |`,
    `|${HEAD.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${cells(r).map(escape).join(" | ")} |`),
  ];
  const missed = rows.filter((r) => r.note && (!isMeasured(r) || r.met === false));
  if (missed.length) {
    out.push("", "Goals not met or not measured, and why:", "");
    for (const r of missed) out.push(`- **${escape(r.name)}**: ${r.note}`);
  }
  const informative = rows.filter((r) => r.note && isMeasured(r) && r.met === undefined);
  if (informative.length) {
    out.push("", "Figures without a goal:", "");
    for (const r of informative) out.push(`- **${escape(r.name)}**: ${r.note}`);
  }
  return out.join("\n");
}

/** Other work on the machine slows every figure, ours and the peers' alike; say so when it was there. */
export function busyNote(results: Results): string[] {
  const busy = results.suites.filter((s) => s.loadAverage && Math.max(s.loadAverage.start, s.loadAverage.end) > results.machine.cores);
  if (!busy.length) return [];
  const loads = busy.map((s) => `${s.suite} ${s.loadAverage!.start}→${s.loadAverage!.end}`).join(", ");
  return [
    `The machine was busy with other work during some suites (1-minute load average on ${results.machine.cores} cores: ${loads}): ` +
      "absolute times are inflated; ratios against a peer measured alongside are less affected.",
    "",
  ];
}

export const START_MARKER = "<!-- bench:start -->";
export const END_MARKER = "<!-- bench:end -->";

/** Replaces what lies between the markers, and nothing else; undefined when the markers are missing. */
export function replaceMarkedSection(readme: string, section: string): string | undefined {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) return undefined;
  return readme.slice(0, start + START_MARKER.length) + "\n" + section + "\n" + readme.slice(end);
}

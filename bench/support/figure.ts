/** One line of the results table: a measured figure, the peer it is compared with, and the goal it is held to. */
export interface Figure {
  /** Stable key, used by the README section and by anyone diffing two results files. */
  id: string;
  /** What was measured, in a few words. */
  name: string;
  value: number;
  unit: Unit;
  /** The same figure for a peer, measured in the same run. */
  peer?: { name: string; value: number; /** when it differs from the figure's (a speedup's peer is a time) */ unit?: Unit };
  /** value / peer.value (or peer / value for a speedup, as `ratioLabel` says). */
  ratio?: number;
  goal?: Goal;
  /** Whether the goal is met; absent when there is no goal or the figure could not be measured. */
  met?: boolean;
  /** Why a goal is missed, how it was measured, or why it could not be. */
  note?: string;
  /** Extra numbers (p95, sample counts, breakdowns) kept in the JSON, not the table. */
  details?: Record<string, unknown>;
}

/** "KB" and "MB" values are in bytes. */
export type Unit = "ms" | "s" | "KB" | "MB" | "×" | "yes/no";

/** A goal on the value itself or on the ratio to the peer. */
export interface Goal {
  on: "value" | "ratio";
  op: "<=" | ">=";
  limit: number;
  /** How the goal reads in the table, e.g. "≤ 0.5× peer". */
  text: string;
}

/** A figure that could not be measured (a missing part, a failed build): it still shows, with the reason. */
export interface Unmeasured {
  id: string;
  name: string;
  goal?: Goal;
  note: string;
}

export type Row = Figure | Unmeasured;

export const isMeasured = (r: Row): r is Figure => "value" in r;

export function judge(goal: Goal, value: number, ratio: number | undefined): boolean | undefined {
  const x = goal.on === "value" ? value : ratio;
  if (x === undefined || !Number.isFinite(x)) return undefined;
  return goal.op === "<=" ? x <= goal.limit : x >= goal.limit;
}

/** A figure with its ratio and verdict filled in. */
export function figure(f: Omit<Figure, "met">): Figure {
  const met = f.goal ? judge(f.goal, f.value, f.ratio) : undefined;
  return { ...f, ...(met === undefined ? {} : { met }) };
}

/** What one suite hands back to the runner. */
export interface SuiteResult {
  suite: string;
  rows: Row[];
  /** How the suite measured: documents, parameters, machine facts; kept in the JSON. */
  setup?: Record<string, unknown>;
}

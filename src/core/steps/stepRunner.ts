import { ApiError } from "../errors/apiError";

/**
 * Runs a plan of ordered steps whose state survives a failure, so that a resume skips what is done and never sends
 * a creating step twice. The state is plain data (kept by the caller: the panel's state, a file); every change is
 * reported through `onChange`, which is also how progress reaches the screen.
 */

export type StepStatus = "pending" | "running" | "done" | "failed" | "unknown" | "cancelled";

export interface StepError {
  code: string;
  message: string;
  requestId: string;
  /** What the explanation of the code needs (explainApiError): the HTTP status, the client's details. */
  httpStatus?: number;
  details?: Record<string, string | number>;
}

export interface StepState {
  id: string;
  status: StepStatus;
  /** What the step produced (a listener ID), read by the steps after it. */
  outputs: Record<string, string>;
  error?: StepError;
  /** How a done step was found done: by the answer, or by looking after an unknown outcome. */
  resolvedBy?: "response" | "lookup";
}

export interface RunState {
  v: 1;
  steps: StepState[];
}

export interface StepContext {
  /** Outputs of the steps done before, by step ID. */
  outputs(stepId: string): Record<string, string>;
  signal?: AbortSignal;
}

export interface Step {
  id: string;
  /**
   * A step that creates something (a listener, which bills with its proxy): never sent again once it may have
   * acted. After an unknown outcome a resume calls `recover` instead, and sends again only when that finds nothing.
   */
  creates: boolean;
  run(ctx: StepContext): Promise<Record<string, string>>;
  /** After an unknown outcome: the outputs if the step did act, undefined if it did not. */
  recover?(ctx: StepContext): Promise<Record<string, string> | undefined>;
}

export function initialRunState(steps: readonly Pick<Step, "id">[]): RunState {
  return { v: 1, steps: steps.map((s) => ({ id: s.id, status: "pending", outputs: {} })) };
}

const stepError = (e: unknown): StepError =>
  e instanceof ApiError
    ? { code: e.code, message: e.message, requestId: e.requestId, ...(e.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}), ...(e.details ? { details: { ...e.details } } : {}) }
    : { code: "", message: e instanceof Error ? e.message : String(e), requestId: "" };

/**
 * A plain API refusal means nothing happened, so the step can be sent again; an ambiguous failure (the client could
 * not tell whether the request acted) or anything that is not an API answer is an unknown outcome.
 */
const refused = (e: unknown): boolean => e instanceof ApiError && !e.ambiguous;

export interface RunOutcome {
  state: RunState;
  /** done: every step done; failed: one failed (see its error); cancelled: stopped by the signal. */
  result: "done" | "failed" | "cancelled";
}

const aborted = (signal?: AbortSignal) => signal?.aborted === true;

/**
 * Runs the pending steps of `state` in order (a fresh state or a kept one: a resume). Does not throw for a failing
 * step: the outcome says where it stopped, and the state says what was done.
 */
export async function runSteps(steps: readonly Step[], state: RunState, onChange: (state: RunState) => void, signal?: AbortSignal): Promise<RunOutcome> {
  if (state.steps.length !== steps.length || state.steps.some((s, i) => s.id !== steps[i]!.id)) throw new RangeError("the kept step state does not match the plan");
  let current = structuredClone(state);
  const set = (i: number, next: Partial<StepState>) => {
    current = { ...current, steps: current.steps.map((s, j) => (j === i ? { ...s, ...next } : s)) };
    if (next.error === undefined && next.status === "done") delete current.steps[i]!.error;
    onChange(current);
  };
  const ctx: StepContext = {
    outputs: (id) => current.steps.find((s) => s.id === id)?.outputs ?? {},
    ...(signal ? { signal } : {}),
  };
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const kept = current.steps[i]!;
    if (kept.status === "done") continue;
    if (aborted(signal)) return { state: current, result: "cancelled" };
    if (step.creates && (kept.status === "unknown" || kept.status === "running")) {
      // It may have acted: look before sending again.
      try {
        const found = step.recover ? await step.recover(ctx) : undefined;
        if (found) {
          set(i, { status: "done", outputs: found, resolvedBy: "lookup" });
          continue;
        }
        if (!step.recover) {
          set(i, { status: "unknown", error: { code: "", message: "outcome unknown", requestId: "" } });
          return { state: current, result: "failed" };
        }
      } catch (e) {
        if (aborted(signal)) return { state: current, result: "cancelled" };
        set(i, { status: "unknown", error: stepError(e) });
        return { state: current, result: "failed" };
      }
    }
    set(i, { status: "running" });
    try {
      const outputs = await step.run(ctx);
      set(i, { status: "done", outputs, resolvedBy: "response" });
    } catch (e) {
      if (aborted(signal)) {
        // Cancelled mid-call: a create may have reached the API.
        set(i, { status: step.creates ? "unknown" : "cancelled" });
        return { state: current, result: "cancelled" };
      }
      set(i, { status: step.creates && !refused(e) ? "unknown" : "failed", error: stepError(e) });
      return { state: current, result: "failed" };
    }
  }
  return { state: current, result: "done" };
}

/** The state checked on the way back in (it comes from a webview's state or a file): undefined when it is not one. */
export function parseRunState(value: unknown, steps: readonly Pick<Step, "id">[]): RunState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as { v?: unknown; steps?: unknown };
  if (v.v !== 1 || !Array.isArray(v.steps) || v.steps.length !== steps.length) return undefined;
  const statuses = new Set<string>(["pending", "running", "done", "failed", "unknown", "cancelled"]);
  const out: StepState[] = [];
  for (let i = 0; i < steps.length; i++) {
    const s = v.steps[i] as Record<string, unknown> | null;
    if (typeof s !== "object" || s === null || s.id !== steps[i]!.id || typeof s.status !== "string" || !statuses.has(s.status)) return undefined;
    const outputs: Record<string, string> = Object.create(null) as Record<string, string>;
    const raw = typeof s.outputs === "object" && s.outputs !== null ? (s.outputs as Record<string, unknown>) : {};
    for (const [k, val] of Object.entries(raw).slice(0, 16)) if (typeof val === "string" && val.length <= 200) outputs[k] = val;
    out.push({ id: steps[i]!.id, status: s.status as StepStatus, outputs: { ...outputs } });
  }
  return { v: 1, steps: out };
}

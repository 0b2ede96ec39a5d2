import * as vscode from "vscode";
import type { RequestParams } from "../../core/actions/actionDefinition";
import type { Cloud } from "../../core/client/createCloud";
import type { PreflightReport } from "../../core/preflight/preflightReport";
import type { Finding } from "../../core/validation/finding";
import { explainApiError, hasExplanation } from "../../core/errors/explainError";
import { cloudListenerSteps } from "../../core/steps/cloudListenerSteps";
import { createPart, listenerStepIds, listenerWithOriginsSteps } from "../../core/steps/listenerWithOrigins";
import { initialRunState, parseRunState, runSteps, type RunState, type StepError } from "../../core/steps/stepRunner";
import type { ErrorView, Phase, PreflightView, Section } from "../../shared/preflightProtocol";
import { uiLanguage } from "../uiLanguage";
import { stepsSection } from "./listenerView";

/** What the run changes on the panel (the controller's `set`). */
export interface StepRunChanges {
  phase?: Phase;
  progress?: string | undefined;
  notice?: string | undefined;
  sections?: Section[];
  outcome?: PreflightView["outcome"];
  error?: ErrorView | undefined;
}

interface KeptRun {
  /** The create part of the file the run started from: a resume after a create needs the same listener. */
  fingerprint: string;
  state: RunState;
}

/**
 * Runs of a listener with origins that did not finish, by request file: kept for the window's life (also when the
 * panel is closed and opened again), forgotten when a run completes. A resume skips done steps; a create that may
 * have acted is looked up, never sent blindly.
 */
const kept = new Map<string, KeptRun>();

/** The unfinished run of a file, for the panel's kept state (a reload can resume it). */
export function keptRun(uri: string): { fingerprint: string; state: RunState } | undefined {
  return kept.get(uri);
}

/** After a reload: the run the panel kept, checked like anything that comes back from a webview. */
export function restoreRun(uri: string, run: { fingerprint: string; state: unknown } | undefined): void {
  if (!run || kept.has(uri)) return;
  const steps = (run.state as { steps?: unknown } | null)?.steps;
  const count = Array.isArray(steps) ? steps.length : 0;
  if (count < 4 || (count - 1) % 3 !== 0) return;
  const state = parseRunState(run.state, listenerStepIds((count - 1) / 3).map((id) => ({ id })));
  if (state) kept.set(uri, { fingerprint: run.fingerprint, state });
}

const portsOf = (params: RequestParams): unknown[] => (Array.isArray(params.Ports) ? params.Ports : []);
const fingerprint = (params: RequestParams): string => JSON.stringify(createPart(params));
const createMayHaveActed = (state: RunState): boolean => ["done", "unknown", "running"].includes(state.steps[0]?.status ?? "pending");

/** Once a kept run has created the listener, its own port shows as taken: these refusals are about the create, which a resume skips. */
const MOOT_AFTER_CREATE = new Set(["live-port-taken", "live-listener-quota"]);

/**
 * The report of a check while a run of this file can resume past its create: the blockers about the create
 * (the port now held by the run's own listener, the quota it now counts in) no longer keep the resume from sending.
 */
export function resumeReport<R extends PreflightReport>(uri: string, params: RequestParams, report: R, findings: readonly Pick<Finding, "code" | "severity">[]): R {
  const run = kept.get(uri);
  if (!run || run.fingerprint !== fingerprint(params) || run.state.steps[0]?.status !== "done") return report;
  const errors = findings.filter((f) => f.severity === "error" && !MOOT_AFTER_CREATE.has(f.code)).length;
  const blockers = report.blockers.flatMap((b) => (MOOT_AFTER_CREATE.has(b.code) ? [] : b.code === "file-errors" ? (errors > 0 ? [{ ...b, params: { count: errors } }] : []) : [b]));
  return { ...report, blockers };
}

/** The sections of a check, with the steps section showing a kept run of this file when there is one. */
export function withKeptSteps(uri: string, params: RequestParams, sections: Section[]): Section[] {
  const run = kept.get(uri);
  if (!run) return sections;
  const ids = listenerStepIds(portsOf(params).length);
  if (ids.length !== run.state.steps.length) return sections;
  const created = run.fingerprint === fingerprint(params) && run.state.steps[0]?.status === "done";
  const listeners = Object.entries(run.state.steps[0]?.outputs ?? {}).filter(([k]) => k.startsWith("listener")).map(([, v]) => v);
  return sections.map((s) => {
    if (s.id === "steps") return stepsSection(ids, portsOf(params), run.state);
    // The port is now held by the run's own listener: that is the create done, not a conflict.
    if (s.id === "ports" && created) return { ...s, status: "ok", summary: vscode.l10n.t("This run created {0} on these ports; the resume does not create it again.", listeners.join(", ")), items: [] };
    return s;
  });
}

/**
 * Creates the listener(s), waits, binds the file's origins, waits, step by step, showing each on the panel. A
 * failure or a cancellation leaves the panel ready to resume (the send button sends again from where it stopped).
 */
export async function runListenerSteps(uri: string, action: string, params: RequestParams, cloud: Cloud, signal: AbortSignal, set: (c: StepRunChanges) => void, sections: Section[]): Promise<void> {
  const steps = listenerWithOriginsSteps(action, params, cloudListenerSteps(cloud.gaap));
  const ports = portsOf(params);
  let run = kept.get(uri);
  if (run && (run.state.steps.length !== steps.length || run.fingerprint !== fingerprint(params))) {
    if (createMayHaveActed(run.state)) {
      const ids = Object.entries(run.state.steps[0]!.outputs).filter(([k]) => k.startsWith("listener")).map(([, v]) => v);
      set({
        phase: "ready",
        progress: undefined,
        notice: vscode.l10n.t(
          "The listener part of this file changed after a run created (or may have created) {0}. Put it back as it was to resume, or bind the new origins with a BindListenerRealServers file: the listener is not created twice.",
          ids.join(", ") || vscode.l10n.t("the listener"),
        ),
      });
      return;
    }
    run = undefined; // nothing was created: the old run is moot
  }
  const resumed = run !== undefined;
  let state = run?.state ?? initialRunState(steps);
  // Where the run stands comes first: it is what the user watches.
  const show = (phase: Phase, progress: string | undefined, extra: StepRunChanges = {}) =>
    set({ phase, progress, sections: [stepsSection(steps.map((s) => s.id), ports, state), ...sections.filter((s) => s.id !== "steps")], ...extra });
  show("sending", resumed ? vscode.l10n.t("Resuming the steps…") : vscode.l10n.t("Running the steps…"), { notice: undefined, error: undefined });
  const outcome = await runSteps(
    steps,
    state,
    (next) => {
      state = next;
      kept.set(uri, { fingerprint: fingerprint(params), state: next });
      const i = next.steps.findIndex((s) => s.status === "running");
      // The create cannot be taken back once sent: no Cancel then; the waits and the bind can be stopped.
      show(i === 0 ? "sending" : "following", i >= 0 ? vscode.l10n.t("Step {0} of {1}…", i + 1, steps.length) : undefined);
    },
    signal,
  );
  state = outcome.state;
  if (outcome.result === "done") {
    kept.delete(uri);
    const ids = Object.entries(state.steps[0]!.outputs).filter(([k]) => k.startsWith("listener")).map(([, v]) => v);
    show("done", undefined, {
      outcome: {
        title: vscode.l10n.t("Created {0} with its origins bound; it is running.", ids.join(", ")),
        status: "ok",
        rows: [...ids.map((id) => ({ label: "ListenerId", value: id, mono: true })), { label: vscode.l10n.t("Origins"), value: String(Array.isArray(params.RealServerBindSet) ? params.RealServerBindSet.length : 0) }],
      },
    });
    return;
  }
  const failed = state.steps.find((s) => s.status === "failed" || s.status === "unknown");
  const error = failed?.error;
  show("ready", undefined, {
    notice:
      outcome.result === "cancelled"
        ? vscode.l10n.t("Stopped. What is done stays done; Create again resumes from the next step.")
        : vscode.l10n.t("A step failed; what was done before it stays done. Create again resumes from the failed step and does not create the listener twice."),
    ...(error ? { error: stepErrorView(error) } : {}),
  });
}

/** A step's error for the panel: the catalogue's words when it knows the code, the server's message beside them. */
function stepErrorView(error: StepError): ErrorView {
  const known = error.code && hasExplanation(error.code) ? explainApiError(error, uiLanguage()) : undefined;
  return {
    code: error.code,
    what: known?.what ?? error.message,
    todo: known?.todo ?? vscode.l10n.t("Fix the cause, then Create again to resume."),
    requestId: error.requestId,
    ...(known && error.message ? { message: error.message } : {}),
  };
}

import { ApiError } from "./apiError";
import { ownEntry } from "./dictionary";
import type { Language } from "./errorMessages";
import type { RequestStats } from "./requestStats";
import type { ActionResult, SandboxAction, TransitionDelays } from "./sandboxAction";
import type { SandboxState } from "./state/sandboxState";

export interface RunEnvironment {
  state: SandboxState;
  now: number;
  requestId: string;
  language: Language;
  delays: TransitionDelays;
  stats: RequestStats;
  /** The state changed: save it (when a state file is used). */
  changed(): void;
}

/** JSON with keys sorted at every level: equal parameters give equal text whatever their order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Validates and runs one action. A write that carries a ClientToken is idempotent for the account: the same token with
 * the same parameters answers the first result and does nothing more; with other parameters (or another action)
 * it is FailedOperation.DuplicatedRequest. Only successes are remembered, so a failed attempt can be retried.
 */
export function runAction(action: SandboxAction, body: Record<string, unknown>, env: RunEnvironment): ActionResult {
  const { state, stats } = env;
  const { params, handle } = action.prepare(body);
  const token = action.writes && typeof params.ClientToken === "string" && params.ClientToken !== "" ? params.ClientToken : undefined;
  const { ClientToken: _token, ...rest } = params;
  const fingerprint = canonicalJson({ Action: action.name, ...rest });

  if (token !== undefined) {
    stats.recordTokenRequest(token);
    // Tokens belong to the account (the sandbox has one), so they also hold across a restart with new keys.
    const first = ownEntry(state.clientTokens, token);
    if (first) {
      if (first.fingerprint !== fingerprint) throw new ApiError("FailedOperation.DuplicatedRequest", { token });
      // The replay has its own RequestId; it follows the same task as the first one did.
      const task = ownEntry(state.tasks, first.requestId);
      if (task) state.tasks[env.requestId] = { ...task, TaskId: env.requestId };
      return structuredClone(first.response);
    }
  }

  const result = handle({
    state,
    now: env.now,
    requestId: env.requestId,
    language: env.language,
    delays: env.delays,
    recordCreation: () => {
      if (token !== undefined) stats.recordCreation(token);
    },
  });
  if (token !== undefined) state.clientTokens[token] = { fingerprint, response: structuredClone(result), requestId: env.requestId };
  if (action.writes) env.changed();
  return result;
}

import type { RequestParams } from "../actions/actionDefinition";
import { getAction } from "../actions/registry";
import type { PathFinding } from "../validation/finding";
import type { PreflightCloud } from "./preflightCloud";
import type { PreflightReport } from "./preflightReport";

export interface PreflightRequest {
  action: string;
  /** The action's parameters as they would be sent. */
  params: RequestParams;
  /** Every finding of the file (offline and live), so that errors keep the send button disabled. */
  findings: readonly PathFinding[];
}

/**
 * Everything the panel shows before a send, gathered at once by the action's own preflight
 * (`ActionDefinition.send.preflight`). Each look-up fails on its own (a failed part), so one refusal never hides the
 * rest; cancellation (the signal) ends the whole preflight.
 */
export async function runPreflight(request: PreflightRequest, cloud: PreflightCloud, signal?: AbortSignal): Promise<PreflightReport> {
  const route = getAction(request.action)?.send;
  if (route?.kind !== "preflight") throw new RangeError(`no preflight for action ${request.action}`);
  const report = await route.preflight(request.params, request.findings, cloud, signal);
  const errors = request.findings.filter((f) => f.severity === "error").length;
  if (errors > 0) report.blockers.unshift({ code: "file-errors", params: { count: errors } });
  return report;
}

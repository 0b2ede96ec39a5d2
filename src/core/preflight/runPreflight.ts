import type { RequestParams } from "../actions/actionDefinition";
import type { PathFinding } from "../validation/finding";
import { gaapCreatePreflight } from "./gaapCreatePreflight";
import { l4CreatePreflight } from "./l4CreatePreflight";
import { modifyPreflight } from "./modifyPreflight";
import type { PreflightCloud } from "./preflightCloud";
import type { PreflightReport } from "./preflightReport";

export interface PreflightRequest {
  action: string;
  /** The action's parameters as they would be sent. */
  params: RequestParams;
  /** Every finding of the file (offline and live), so that errors keep the send button disabled. */
  findings: readonly PathFinding[];
}

/** The actions the panel knows how to look at before sending. */
export const PREFLIGHT_ACTIONS: ReadonlySet<string> = new Set(["CreateProxy", "CheckProxyCreate", "ModifyProxyConfiguration", "CreateL4Proxy"]);

/**
 * Everything the panel shows before a send, gathered at once. Each look-up fails on its own (a failed part), so
 * one refusal never hides the rest; cancellation (the signal) ends the whole preflight.
 */
export async function runPreflight(request: PreflightRequest, cloud: PreflightCloud, signal?: AbortSignal): Promise<PreflightReport> {
  const report = await gather(request, cloud, signal);
  const errors = request.findings.filter((f) => f.severity === "error").length;
  if (errors > 0) report.blockers.unshift({ code: "file-errors", params: { count: errors } });
  return report;
}

function gather(request: PreflightRequest, cloud: PreflightCloud, signal?: AbortSignal): Promise<PreflightReport> {
  switch (request.action) {
    case "CreateProxy":
    case "CheckProxyCreate":
      return gaapCreatePreflight(request.action, request.params, cloud, signal);
    case "ModifyProxyConfiguration":
      return modifyPreflight(request.params, cloud, signal);
    case "CreateL4Proxy":
      return l4CreatePreflight(request.params, request.findings, cloud, signal);
    default:
      throw new RangeError(`no preflight for action ${request.action}`);
  }
}

import type { RequestParams } from "../core/actions/actionDefinition";
import { getAction } from "../core/actions/registry";
import type { Cloud } from "../core/client/createCloud";
import { applySeverityConfig } from "../core/config/severityConfig";
import { ApiError } from "../core/errors/apiError";
import { cloudLiveSource } from "../core/live/cloudLiveSource";
import { liveChecks } from "../core/live/liveChecks";
import type { Language } from "../core/messages/language";
import type { PreflightReport } from "../core/preflight/preflightReport";
import { runPreflight } from "../core/preflight/runPreflight";
import type { Finding } from "../core/validation/finding";
import { placeFindings } from "../core/validation/placeFindings";
import { cliError, type CliError } from "./cliErrors";
import { EXIT } from "./exitCodes";
import { blockerText, failedParts, reportSections, type ReportSection } from "./preflightWords";
import { checkRequestFile, cliFinding, type CliFinding } from "./validateCommand";

/** A request file checked against the account: what `tcaccel check` prints and what `tcaccel send` is judged by. */
export interface AccountCheck {
  file: string;
  /** The file's text as checked (a send writes its ClientToken into this text, never into a newer one). */
  text: string;
  action?: string;
  params?: RequestParams;
  /** Offline and live findings, with the tcaccel.json severities. */
  findings: CliFinding[];
  /** The preflight, for the actions that have one. */
  report?: PreflightReport;
  sections: ReportSection[];
  /** Why a send is refused, in words: errors in the file, the preflight's blockers. */
  blockers: { code: string; text: string }[];
  /** Look-ups that failed (the API or the network): the check is incomplete. */
  failures: CliError[];
  /** Those of them no section shows (the live checks, a preflight that failed as a whole). */
  unsectioned: CliError[];
}

/**
 * Checks a request file as the editor does before a send: the offline rules, the live checks against the account,
 * then the action's preflight (CheckProxyCreate and the price for creates, the live diff for modifies, the zone and
 * name for L4). Reads only: nothing billable is sent. Throws UnreadableFileError for a file that cannot be read.
 */
export async function accountCheck(file: string, cloud: Cloud, lang: Language, signal?: AbortSignal): Promise<AccountCheck> {
  const checked = checkRequestFile(file, lang);
  const { validation } = checked;
  const out: AccountCheck = { file, text: checked.text, findings: [...checked.findings], sections: [], blockers: [], failures: [], unsectioned: [] };
  const action = validation.action?.name;
  if (!action || !validation.params) {
    out.blockers.push({ code: "no-action", text: lang === "zh-cn" ? "此文件没有有效的 Action，无从检查。" : "This file has no valid Action, so there is nothing to check." });
    return out;
  }
  out.action = action;
  out.params = validation.params;
  let live: Finding[] = [];
  try {
    live = applySeverityConfig(placeFindings(checked.text, await liveChecks({ ...validation, findings: checked.configured }, cloudLiveSource(cloud), signal)), checked.config);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    out.unsectioned.push(cliError(e, lang));
  }
  for (const f of live) out.findings.push(cliFinding(file, f, lang));
  const findings = [...checked.configured, ...live];
  const route = getAction(action)?.send;
  if (route?.kind === "preflight") {
    try {
      out.report = await runPreflight({ action, params: validation.params, findings }, cloud, signal);
      out.sections = reportSections(out.report, lang);
      out.blockers.push(...out.report.blockers.map((b) => ({ code: b.code, text: blockerText(b, lang) })));
      for (const p of failedParts(out.report)) if (!p.ok) out.failures.push(cliError(p.error, lang));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      out.unsectioned.push(cliError(e, lang));
    }
  }
  out.failures.push(...out.unsectioned);
  const errors = out.findings.filter((f) => f.severity === "error").length;
  if (errors > 0 && !out.report) out.blockers.unshift({ code: "file-errors", text: blockerText({ code: "file-errors", params: { count: errors } }, lang) });
  return out;
}

/**
 * 1 when the file or the preflight blocks the send, else 3 when a look-up failed (the check is incomplete), else 0.
 * A check that could not complete blocks too, but it is the API's failure, not the file's.
 */
export function checkExitCode(c: AccountCheck): number {
  if (c.blockers.some((b) => b.code !== "check-failed")) return EXIT.findings;
  if (c.failures.length || c.blockers.length) return EXIT.api;
  return EXIT.ok;
}

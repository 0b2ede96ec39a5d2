import type { RequestValidation } from "../validation/validateRequestObject";
import type { PathFinding } from "../validation/finding";
import { proxyCreateLiveChecks, proxyModifyLiveChecks } from "./gaapLiveChecks";
import { l4CreateLiveChecks } from "./l4LiveChecks";
import type { LiveSource } from "./liveSource";

const BY_ACTION: ReadonlyMap<string, typeof l4CreateLiveChecks> = new Map([
  ["CreateProxy", proxyCreateLiveChecks],
  ["CheckProxyCreate", proxyCreateLiveChecks],
  ["ModifyProxyConfiguration", proxyModifyLiveChecks],
  ["CreateL4Proxy", l4CreateLiveChecks],
]);

/**
 * Checks a validated request against the account. Runs only on a request whose Action is known; parameters with
 * shape errors are skipped by the checks themselves (they test types), so a problem is never reported twice.
 */
export async function liveChecks(validation: Pick<RequestValidation, "action" | "params" | "findings">, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const check = validation.action ? BY_ACTION.get(validation.action.name) : undefined;
  if (!check || !validation.params) return [];
  const broken = new Set(validation.findings.filter((f) => f.severity === "error").map((f) => f.path));
  const found = await check(validation.params, source, signal);
  return found.filter((f) => !broken.has(f.path));
}

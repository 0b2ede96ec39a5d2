import { isActionName, type ActionName } from "../actions/registry";
import type { RequestValidation } from "../validation/validateRequestObject";
import type { PathFinding } from "../validation/finding";
import { proxyCreateLiveChecks, proxyModifyLiveChecks } from "./gaapLiveChecks";
import { l4CreateLiveChecks } from "./l4LiveChecks";
import { createL4RulesLiveChecks, deleteL4RulesLiveChecks, l4RulesStatusLiveChecks, modifyL4RulesLiveChecks } from "./l4RuleLiveChecks";
import type { LiveSource } from "./liveSource";

/** Live checks of the actions that have them, keyed by the registry's names (a misspelt one does not compile). */
const BY_ACTION: Partial<Record<ActionName, typeof l4CreateLiveChecks>> = {
  CreateProxy: proxyCreateLiveChecks,
  CheckProxyCreate: proxyCreateLiveChecks,
  ModifyProxyConfiguration: proxyModifyLiveChecks,
  CreateL4Proxy: l4CreateLiveChecks,
  CreateL4ProxyRules: createL4RulesLiveChecks,
  ModifyL4ProxyRules: modifyL4RulesLiveChecks,
  ModifyL4ProxyRulesStatus: l4RulesStatusLiveChecks,
  DeleteL4ProxyRules: deleteL4RulesLiveChecks,
};

/**
 * Checks a validated request against the account. Runs only on a request whose Action is known; parameters with
 * shape errors are skipped by the checks themselves (they test types), so a problem is never reported twice.
 */
export async function liveChecks(validation: Pick<RequestValidation, "action" | "params" | "findings">, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const name = validation.action?.name;
  const check = name !== undefined && isActionName(name) ? BY_ACTION[name] : undefined;
  if (!check || !validation.params) return [];
  const broken = new Set(validation.findings.filter((f) => f.severity === "error").map((f) => f.path));
  const found = await check(validation.params, source, signal);
  return found.filter((f) => !broken.has(f.path));
}

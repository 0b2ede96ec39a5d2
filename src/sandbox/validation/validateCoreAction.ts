import { getAction } from "../../core/actions/registry";
import { validateParams } from "../../core/validation/validateParams";
import { findingToApiError, firstApiError } from "./findingToApiError";

/**
 * Validates a seed action's parameters with the core's request model, the same one the editor uses, so the sandbox
 * and the diagnostics can never disagree. Warnings (integer-as-string, deprecated parameters) pass, as the API
 * accepts them; the coerced parameters are returned. Throws the API error of the first error finding.
 */
export function validateCoreAction(actionName: string, body: Record<string, unknown>): Record<string, unknown> {
  const action = getAction(actionName);
  if (!action) throw new Error(`the core has no request model for ${actionName}`);
  const { findings, params } = validateParams(action, body);
  const error = firstApiError(findings.filter((f) => f.severity === "error").map(findingToApiError));
  if (error) throw error;
  return params;
}

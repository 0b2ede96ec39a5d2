import type { ActionDefinition } from "../../core/actions/actionDefinition";
import { validateParams } from "../../core/validation/validateParams";
import type * as z from "../../core/zod";
import { findingToApiError, firstApiError } from "./findingToApiError";

/**
 * Validates an action's parameters with the core's request model, the same one the editor uses, so the sandbox
 * and the diagnostics can never disagree. Warnings (integer-as-string, deprecated parameters) pass, as the API
 * accepts them; the coerced parameters are returned, typed by the action's model. Throws the API error of the
 * first error finding (a conflict rule's own code from the action's `ruleErrors`).
 */
export function validateCoreAction<P extends z.ZodObject>(action: ActionDefinition<string, P>, body: Record<string, unknown>): z.infer<P> {
  const { findings, params } = validateParams(action, body);
  const error = firstApiError(findings.filter((f) => f.severity === "error").map((f) => findingToApiError(f, action)));
  if (error) throw error;
  // No error finding: the coerced parameters fit the model, and parsing types them.
  return action.params.parse(params);
}

import type { ActionDefinition } from "../../core/actions/actionDefinition";
import { validateParams } from "../../core/validation/validateParams";
import type { PathFinding } from "../../core/validation/finding";
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
  // The core reports a required enum that is absent as a bad value ("one of 0, 1"); the API says it is missing.
  const absent = (f: PathFinding) => f.code === "invalid-enum" && valueAtPointer(body, f.path) === undefined;
  const errors = findings.filter((f) => f.severity === "error").map((f) => (absent(f) ? { ...f, code: "missing-parameter" } : f));
  const error = firstApiError(errors.map((f) => findingToApiError(f, action)));
  if (error) throw error;
  // No error finding: the coerced parameters fit the model, and parsing types them.
  return action.params.parse(params);
}

/** The value at a JSON pointer ("/RealServerBindSet/0/RealServerId"), or undefined; own keys only. */
function valueAtPointer(root: unknown, pointer: string): unknown {
  let v = root;
  for (const key of pointer.split("/").slice(1)) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

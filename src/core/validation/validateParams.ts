import type { ActionDefinition } from "../actions/actionDefinition";
import { boundLists, MAX_LIST_ENTRIES_CHECKED } from "./boundLists";
import { coerceIntegers } from "./coerceIntegers";
import type { PathFinding } from "./finding";
import { infoOf } from "./schemaWalk";
import { findingsFromIssues } from "./zodIssues";

export interface ParamsValidation {
  findings: PathFinding[];
  /** The parameters with decimal-string integers turned into numbers: what would be sent. */
  params: Record<string, unknown>;
  /** Shape problems past `limit`: counted, not built. */
  unlisted: number;
}

/** Shape, deprecation and conflict rules of one action on its parameters (no Action/Version/Region). */
export function validateParams(action: ActionDefinition, input: Record<string, unknown>, limit = Infinity): ParamsValidation {
  const findings: PathFinding[] = [];
  const params = coerceIntegers(action.params, input, findings) as Record<string, unknown>;

  // The shape check reads at most MAX_LIST_ENTRIES_CHECKED entries of any list; a longer one is one finding.
  const bounded = boundLists(params);
  for (const list of bounded.long) {
    findings.push({ path: list.path, severity: "error", code: "list-too-long-to-check", target: "value", params: { count: list.length, max: MAX_LIST_ENTRIES_CHECKED } });
  }
  const parsed = action.params.safeParse(bounded.value);
  let unlisted = 0;
  if (!parsed.success) {
    const shape = findingsFromIssues(action.params, parsed.error.issues, params, limit);
    for (const f of shape.findings) findings.push(f);
    unlisted = shape.unlisted;
  }

  for (const [name, schema] of Object.entries(action.params.shape)) {
    const deprecation = infoOf(schema)?.deprecated;
    if (!deprecation || params[name] === undefined) continue;
    const replacement = deprecation.replacement;
    findings.push({
      path: `/${name}`,
      severity: "warning",
      code: "deprecated-parameter",
      target: "key",
      params: { name, ...(replacement ? { replacement } : {}) },
      fix: replacement && params[replacement] === undefined ? { kind: "rename-key", to: replacement } : { kind: "remove-parameter" },
    });
  }

  for (const f of action.rules(params)) findings.push(f);
  return { findings, params, unlisted };
}

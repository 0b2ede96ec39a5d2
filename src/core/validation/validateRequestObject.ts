import type { ActionDefinition } from "../actions/actionDefinition";
import { ACTION_NAMES, getAction } from "../actions/registry";
import { closestName } from "./closestName";
import type { PathFinding } from "./finding";
import { setOwn } from "./ownProperty";
import { secretLike } from "./secretLike";
import { validateParams } from "./validateParams";

export interface RequestValidation {
  findings: PathFinding[];
  action?: ActionDefinition;
  /** The action's parameters as they would be sent (no Action/Version/Region). */
  params?: Record<string, unknown>;
  region?: string;
}

const COMMON = new Set(["Action", "Version", "Region"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A whole request file's value: the common parameters, then the action's own. */
export function validateRequestObject(value: unknown): RequestValidation {
  if (!isObject(value)) return { findings: [{ path: "", severity: "error", code: "not-an-object", target: "value", params: {} }] };

  const findings: PathFinding[] = secretLike(value);
  const actionName = value.Action;
  if (actionName === undefined) {
    findings.push({ path: "/Action", severity: "error", code: "missing-action", target: "object", params: { known: ACTION_NAMES } });
    return { findings };
  }
  const action = typeof actionName === "string" ? getAction(actionName) : undefined;
  if (!action) {
    const suggestion = typeof actionName === "string" ? closestName(actionName, ACTION_NAMES) : undefined;
    findings.push({
      path: "/Action",
      severity: "error",
      code: "unknown-action",
      target: "value",
      params: { action: String(actionName), known: ACTION_NAMES, ...(suggestion ? { suggestion } : {}) },
      ...(suggestion ? { fix: { kind: "replace-value" as const, value: suggestion } } : {}),
    });
    return { findings };
  }

  if (value.Version !== undefined && value.Version !== action.version) {
    findings.push({
      path: "/Version",
      severity: "error",
      code: "version-mismatch",
      target: "value",
      params: { action: action.name, expected: action.version, actual: String(value.Version) },
      fix: { kind: "replace-value", value: action.version },
    });
  }
  if (value.Region !== undefined && typeof value.Region !== "string") {
    findings.push({ path: "/Region", severity: "error", code: "invalid-type", target: "value", params: { name: "Region", expected: "string", actual: typeof value.Region } });
  }

  const own: Record<string, unknown> = {};
  for (const k of Object.keys(value)) if (!COMMON.has(k)) setOwn(own, k, value[k]);
  const result = validateParams(action, own);
  findings.push(...result.findings);
  return { findings, action, params: result.params, ...(typeof value.Region === "string" ? { region: value.Region } : {}) };
}

import type { ActionDefinition } from "../actions/actionDefinition";
import { ACTION_NAMES, getAction } from "../actions/registry";
import { closestName } from "./closestName";
import type { ValidationMeter } from "./documentLimits";
import type { PathFinding } from "./finding";
import { jsonTypeOf } from "./jsonTypeOf";
import { setOwn } from "./ownProperty";
import { secretLike } from "./secretLike";
import { validateParams } from "./validateParams";

export interface RequestValidation {
  findings: PathFinding[];
  action?: ActionDefinition;
  /** The action's parameters as they would be sent (no Action/Version/Region). */
  params?: Record<string, unknown>;
  region?: string;
  /** Problems past the findings limit (shape, secrets): counted, not built; all errors. */
  unlisted?: number;
}

export interface RequestValidationOptions {
  meter?: ValidationMeter;
  /** Findings worth building: past it, shape problems are only counted. */
  maxFindings?: number;
}

const COMMON = new Set(["Action", "Version", "Region"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A common parameter that is not a string: never turned into one (an object's toString may be anything). */
const notAString = (name: string, value: unknown): PathFinding => ({
  path: `/${name}`,
  severity: "error",
  code: "invalid-type",
  target: "value",
  params: { name, expected: "string", actual: jsonTypeOf(value) },
});

/** A whole request file's value: the common parameters, then the action's own. Never throws, for any value. */
export function validateRequestObject(value: unknown, options: RequestValidationOptions = {}): RequestValidation {
  const { meter, maxFindings = Infinity } = options;
  if (!isObject(value)) return { findings: [{ path: "", severity: "error", code: "not-an-object", target: "value", params: {} }] };

  const secrets = secretLike(value, meter, maxFindings);
  const secretsUnlisted = secrets.unlisted ?? 0;
  const findings: PathFinding[] = [...secrets];
  const actionName = value.Action;
  if (actionName === undefined) {
    findings.push({ path: "/Action", severity: "error", code: "missing-action", target: "object", params: { known: ACTION_NAMES } });
    return { findings, ...(secretsUnlisted ? { unlisted: secretsUnlisted } : {}) };
  }
  if (typeof actionName !== "string") {
    findings.push(notAString("Action", actionName));
    return { findings, ...(secretsUnlisted ? { unlisted: secretsUnlisted } : {}) };
  }
  const action = getAction(actionName);
  if (!action) {
    const suggestion = closestName(actionName, ACTION_NAMES);
    findings.push({
      path: "/Action",
      severity: "error",
      code: "unknown-action",
      target: "value",
      params: { action: actionName, known: ACTION_NAMES, ...(suggestion ? { suggestion } : {}) },
      ...(suggestion ? { fix: { kind: "replace-value" as const, value: suggestion } } : {}),
    });
    return { findings, ...(secretsUnlisted ? { unlisted: secretsUnlisted } : {}) };
  }

  if (value.Version !== undefined && typeof value.Version !== "string") findings.push(notAString("Version", value.Version));
  else if (value.Version !== undefined && value.Version !== action.version) {
    findings.push({
      path: "/Version",
      severity: "error",
      code: "version-mismatch",
      target: "value",
      params: { action: action.name, expected: action.version, actual: value.Version },
      fix: { kind: "replace-value", value: action.version },
    });
  }
  if (value.Region !== undefined && typeof value.Region !== "string") findings.push(notAString("Region", value.Region));

  const own: Record<string, unknown> = {};
  for (const k of Object.keys(value)) if (!COMMON.has(k)) setOwn(own, k, value[k]);
  const result = validateParams(action, own, maxFindings);
  for (const f of result.findings) findings.push(f);
  return {
    findings,
    action,
    params: result.params,
    ...(typeof value.Region === "string" ? { region: value.Region } : {}),
    ...(result.unlisted + secretsUnlisted ? { unlisted: result.unlisted + secretsUnlisted } : {}),
  };
}

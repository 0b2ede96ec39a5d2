import type { ActionDefinition } from "../../core/actions/actionDefinition";
import type { PathFinding } from "../../core/validation/finding";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";

/** A JSON pointer as the API names parameters: "/TagSet/0/TagKey" → "TagSet.0.TagKey". */
const apiName = (pointer: string): string => pointer.replace(/^\//, "").split("/").join(".");

const list = (v: unknown): string => (Array.isArray(v) ? v.join(", ") : String(v));

/** Reasons for the core's value-level finding codes, worded for the API's InvalidParameterValue message. */
function valueReason(f: PathFinding): { reason: string; reasonZh: string } {
  const p = f.params;
  switch (f.code) {
    case "invalid-type":
      return reason(`expected ${p.expected}, got ${p.actual}`, `应为 ${p.expected}，实际为 ${p.actual}`);
    case "invalid-enum":
      return reason(`it must be one of ${list(p.allowed)}`, `可选值为 ${list(p.allowed)}`);
    case "invalid-format":
      return reason(`it must be ${p.format_en ?? "well formed"}`, `须为${p.format_zh ?? "正确的格式"}`);
    case "too-big":
      return reason(`it must be at most ${p.max}`, `不能超过 ${p.max}`);
    case "too-small":
      return reason(`it must be at least ${p.min}`, `不能小于 ${p.min}`);
    case "out-of-range":
      return reason(`it must be from ${p.min} to ${p.max}`, `取值范围为 ${p.min} 至 ${p.max}`);
    case "below-minimum":
      return reason(`it must be at least ${p.min}`, `不能小于 ${p.min}`);
    case "above-maximum":
      return reason(`it must be at most ${p.max}`, `不能大于 ${p.max}`);
    case "too-many-entries":
      return reason(`it takes at most ${p.max} entries`, `最多 ${p.max} 项`);
    case "too-few-entries":
      return reason(`it needs at least ${p.min} entries`, `至少需要 ${p.min} 项`);
    case "too-long":
      return reason(`it takes at most ${p.max} characters`, `最多 ${p.max} 个字符`);
    case "too-short":
      return reason(`it needs at least ${p.min} characters`, `至少需要 ${p.min} 个字符`);
    case "ddos-bandwidth-range":
      return reason(`with ${p.level} it must be from ${p.min} to ${p.max}`, `${p.level} 时取值范围为 ${p.min} 至 ${p.max}`);
    default:
      return reason("the value is not accepted", "取值不合法");
  }
}

const VALUE_CODES = new Set([
  "invalid-type",
  "invalid-enum",
  "invalid-format",
  "too-big",
  "too-small",
  "out-of-range",
  "below-minimum",
  "above-maximum",
  "too-many-entries",
  "too-few-entries",
  "too-long",
  "too-short",
  "invalid-value",
  "ddos-bandwidth-range",
]);

/**
 * The API error an error-severity finding of `action` stands for: value codes are InvalidParameterValue, and a
 * conflict rule answers what its action's `ruleErrors` names (the API's own code).
 */
export function findingToApiError(f: PathFinding, action?: Pick<ActionDefinition, "ruleErrors">): ApiError {
  const name = apiName(f.path);
  if (f.code === "missing-parameter") return new ApiError("MissingParameter", { name });
  if (f.code === "unknown-parameter") return new ApiError("UnknownParameter", { name });
  if (VALUE_CODES.has(f.code)) return new ApiError("InvalidParameterValue", { name, ...valueReason(f) });
  const rule = action?.ruleErrors && Object.hasOwn(action.ruleErrors, f.code) ? action.ruleErrors[f.code] : undefined;
  if (rule) {
    // The finding's own details (ports, values, the parameter's name) fill the code's message where it names them.
    return new ApiError(rule.code, {
      ...messageParams(f),
      name: rule.name ?? name,
      ...(rule.reason ? reason(rule.reason.en, rule.reason.zh) : {}),
    });
  }
  // A rule the sandbox does not know yet still refuses the request, as the API would refuse it somehow.
  return new ApiError("InvalidParameter", reason(`${name || "the request"} breaks rule ${f.code}`, `${name || "请求"}违反规则 ${f.code}`));
}

/** A finding's text and number parameters, as message parameters (lists joined). */
function messageParams(f: PathFinding): Record<string, string | number> {
  const out: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const [key, value] of Object.entries(f.params)) {
    if (typeof value === "string" || typeof value === "number") out[key] = value;
    else if (Array.isArray(value)) out[key] = value.join(", ");
  }
  return out;
}

/** The API reports one error: unknown parameters first, then missing ones, then bad values, then conflicts. */
const RANK: Record<string, number> = { UnknownParameter: 0, MissingParameter: 1, InvalidParameterValue: 2, InvalidParameter: 3 };

export function firstApiError(errors: readonly ApiError[]): ApiError | undefined {
  return [...errors].sort((a, b) => (RANK[a.code] ?? 4) - (RANK[b.code] ?? 4))[0];
}

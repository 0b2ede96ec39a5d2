import type * as z from "../../core/zod";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { firstApiError } from "./findingToApiError";

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const apiPath = (path: readonly PropertyKey[]): string => path.map(String).join(".");

function issueReason(issue: Issue) {
  switch (issue.code) {
    case "too_big":
      return reason(`it must be at most ${String(issue.maximum)}`, `不能超过 ${String(issue.maximum)}`);
    case "too_small":
      return reason(`it must be at least ${String(issue.minimum)}`, `不能小于 ${String(issue.minimum)}`);
    case "invalid_value":
      return reason(`it must be one of ${issue.values.map(String).join(", ")}`, `可选值为 ${issue.values.map(String).join(", ")}`);
    case "invalid_format":
      return reason("it is not well formed", "格式不正确");
    default:
      return reason("the value or its type is not accepted", "取值或类型不合法");
  }
}

function issueToErrors(issue: Issue, body: unknown): ApiError[] {
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => new ApiError("UnknownParameter", { name: apiPath([...issue.path, key]) }));
  const name = apiPath(issue.path);
  if (valueAt(body, issue.path) === undefined) return [new ApiError("MissingParameter", { name })];
  return [new ApiError("InvalidParameterValue", { name, ...issueReason(issue) })];
}

/**
 * Parameters of the actions the core does not model, checked with the sandbox's own small schemas and answered with
 * the same codes: UnknownParameter, MissingParameter, InvalidParameterValue.
 */
export function validateSchema<T>(schema: z.ZodType<T>, body: Record<string, unknown>): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const error = firstApiError(parsed.error.issues.flatMap((issue) => issueToErrors(issue, body)));
  throw error ?? new ApiError("InvalidParameter", reason("the request is not valid", "请求不合法"));
}

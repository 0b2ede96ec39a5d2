import type { PathFinding } from "../validation/finding";

/** A finding from the account, on the value it names; marked live, as it depends on the account and vanishes when it cannot be reached. */
export const liveFinding = (path: string, code: string, severity: PathFinding["severity"], params: PathFinding["params"] = {}, fix?: PathFinding["fix"]): PathFinding => ({
  path,
  code,
  severity,
  target: "value",
  params,
  live: true,
  ...(fix ? { fix } : {}),
});

/** An object's fields, or none: a list or scalar where an object belongs has nothing to check. */
export const fieldsOf = (v: unknown): Readonly<Record<string, unknown>> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

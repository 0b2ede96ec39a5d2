import type { FixHint, PathFinding, Severity } from "../validation/finding";
import type { RequestParams } from "./actionDefinition";

/** A parameter is present when the file names it, whatever its value. */
export const has = (request: RequestParams, name: string): boolean => request[name] !== undefined;

export function finding(
  name: string,
  code: string,
  severity: Severity,
  target: PathFinding["target"],
  params: PathFinding["params"] = {},
  fix?: FixHint,
): PathFinding {
  return { path: name === "" ? "" : `/${name}`, code, severity, target, params, ...(fix ? { fix } : {}) };
}

export const isOn = (request: RequestParams, name: string): boolean => request[name] === "on";

import { rangeFinding } from "../actions/paramRange";
import type * as z from "../zod";
import { closestName } from "./closestName";
import { jsonTypeOf } from "./jsonTypeOf";
import type { PathFinding } from "./finding";
import { toPointer, type Segment } from "./pointer";
import { infoOf, schemaAt, shapeOf } from "./schemaWalk";

type Issue = z.core.$ZodIssue;

const JSON_TYPE: Record<string, string> = { int: "integer", number: "number", string: "string", array: "array", object: "object", boolean: "boolean" };

/** The value at a path, own properties only (a path segment may be "constructor" or "__proto__"). */
function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let v = root;
  for (const s of segments) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, s)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}


export interface IssueFindings {
  findings: PathFinding[];
  /** Issues past the limit: counted, not turned into findings. */
  unlisted: number;
}

/**
 * Turns zod's issues on a request into findings: one per parameter, worded by code and params only. Past `limit`
 * findings the rest are only counted (a file with 125,000 bad values would otherwise build 125,000 findings).
 */
export function findingsFromIssues(schema: z.ZodType, issues: readonly Issue[], value: unknown, limit = Infinity): IssueFindings {
  const found: PathFinding[] = [];
  let unlisted = 0;
  const seen = new Set<string>();
  const add = (f: PathFinding) => {
    const key = `${f.path}\u0000${f.target}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(f);
  };

  for (const issue of issues) {
    if (found.length >= limit) {
      unlisted += issue.code === "unrecognized_keys" ? issue.keys.length : 1;
      continue;
    }
    const at = issue.path as Segment[];
    const path = toPointer(at);
    // A list entry is named by its list: "Ports[3]", not "3".
    const last = at[at.length - 1];
    const name = typeof last === "number" && at.length > 1 ? `${String(at[at.length - 2])}[${last}]` : String(last ?? "");
    const sub = schemaAt(schema, at);
    const info = sub ? infoOf(sub) : undefined;
    const actual = valueAt(value, issue.path);
    // JSON.parse reads 1e309 as Infinity: "must be a number, not number" would puzzle anyone.
    if (typeof actual === "number" && !Number.isFinite(actual)) {
      add({ path, severity: "error", code: "number-too-large", target: "value", params: { name } });
      continue;
    }

    switch (issue.code) {
      case "unrecognized_keys": {
        const known = Object.keys(shapeOf(schemaAt(schema, at) ?? schema) ?? {});
        for (const key of issue.keys) {
          if (found.length >= limit) {
            unlisted++;
            continue;
          }
          const suggestion = closestName(key, known);
          add({
            path: toPointer([...at, key]),
            severity: "error",
            code: "unknown-parameter",
            target: "key",
            params: { name: key, ...(suggestion ? { suggestion } : {}) },
            fix: suggestion ? { kind: "rename-key", to: suggestion } : { kind: "remove-parameter" },
          });
        }
        break;
      }
      case "invalid_type":
        if (actual === undefined) add({ path, severity: "error", code: "missing-parameter", target: "object", params: { name } });
        else {
          const expected = JSON_TYPE[issue.expected] ?? issue.expected;
          add({ path, severity: "error", code: "invalid-type", target: "value", params: { name, expected, actual: jsonTypeOf(actual) } });
        }
        break;
      case "invalid_value":
      case "invalid_union": {
        const allowed = info?.values ? Object.keys(info.values) : issue.code === "invalid_value" ? issue.values.map(String) : [];
        const suggestion = typeof actual === "string" ? closestName(actual, allowed) : undefined;
        add({
          path,
          severity: "error",
          code: "invalid-enum",
          target: "value",
          params: { name, allowed, ...(suggestion ? { suggestion } : {}) },
          ...(suggestion ? { fix: { kind: "replace-value" as const, value: suggestion } } : {}),
        });
        break;
      }
      case "too_big":
      case "too_small":
      case "invalid_format": {
        if (info?.range && !info.format && issue.code !== "invalid_format") {
          // A documented range: say which bounds, and what the file has.
          add(rangeFinding(path, name, info.range, actual));
        } else if (info?.format) {
          add({ path, severity: "error", code: "invalid-format", target: "value", params: { name, format_en: info.format.en, format_zh: info.format.zh } });
        } else {
          const limit: Record<string, number> =
            issue.code === "too_big" ? { max: Number(issue.maximum) } : issue.code === "too_small" ? { min: Number(issue.minimum) } : {};
          const code = issue.code === "too_big" ? "too-big" : issue.code === "too_small" ? "too-small" : "invalid-format";
          add({ path, severity: "error", code, target: "value", params: { name, ...limit } });
        }
        break;
      }
      default:
        add({ path, severity: "error", code: "invalid-value", target: "value", params: { name } });
    }
  }
  return { findings: found, unlisted };
}

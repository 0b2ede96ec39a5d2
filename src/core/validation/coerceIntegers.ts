import type { z } from "../zod";
import type { PathFinding } from "./finding";
import { toPointer, type Segment } from "./pointer";
import { elementOf, infoOf, shapeOf } from "./schemaWalk";

const DECIMAL = /^-?(0|[1-9]\d*)$/;

/**
 * The official examples write integers as strings ("Bandwidth": "10") and the API accepts them; the file is still
 * better with numbers. Returns the value with such strings turned into numbers, and a warning for each.
 */
export function coerceIntegers(schema: z.ZodType, value: unknown, findings: PathFinding[], at: Segment[] = []): unknown {
  if (typeof value === "string" && infoOf(schema)?.integer && DECIMAL.test(value) && Number.isSafeInteger(Number(value))) {
    const number = Number(value);
    findings.push({
      path: toPointer(at),
      severity: "warning",
      code: "integer-as-string",
      target: "value",
      params: { name: String(at[at.length - 1] ?? ""), value: number },
      fix: { kind: "replace-value", value: number },
    });
    return number;
  }
  if (Array.isArray(value)) {
    const element = elementOf(schema);
    return element ? value.map((v, i) => coerceIntegers(element, v, findings, [...at, i])) : value;
  }
  if (typeof value === "object" && value !== null) {
    const shape = shapeOf(schema);
    if (!shape) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
      out[key] = child ? coerceIntegers(child, v, findings, [...at, key]) : v;
    }
    return out;
  }
  return value;
}

import type * as z from "../zod";
import type { PathFinding } from "./finding";
import { setOwn } from "./ownProperty";
import { toPointer, type Segment } from "./pointer";
import { elementOf, infoOf, shapeOf } from "./schemaWalk";

const DECIMAL = /^-?(0|[1-9]\d*)$/;

const holdsIntegers = new WeakMap<z.ZodType, boolean>();

/** Whether an integer parameter can sit anywhere below this schema (so a 13,000-tag TagSet is not walked). */
function mayHoldIntegers(schema: z.ZodType): boolean {
  let known = holdsIntegers.get(schema);
  if (known === undefined) {
    const element = elementOf(schema);
    const shape = shapeOf(schema);
    known = Boolean(infoOf(schema)?.integer) || (element ? mayHoldIntegers(element) : false) || (shape ? Object.values(shape).some(mayHoldIntegers) : false);
    holdsIntegers.set(schema, known);
  }
  return known;
}

/**
 * The official examples write integers as strings ("Bandwidth": "10") and the API accepts them; the file is still
 * better with numbers. Returns the value with such strings turned into numbers, and a warning for each. Objects and
 * arrays are copied only where something changed (a spread copy keeps a "__proto__" key as data, as JSON.parse does).
 * It recurses along the schema, never deeper than the schema's own nesting, whatever the value's depth; `at` is one
 * path stack for the whole walk.
 */
export function coerceIntegers(schema: z.ZodType, value: unknown, findings: PathFinding[], at: Segment[] = []): unknown {
  if (!mayHoldIntegers(schema)) return value;
  if (typeof value === "string") {
    if (!infoOf(schema)?.integer || !DECIMAL.test(value) || !Number.isSafeInteger(Number(value))) return value;
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
    if (!element) return value;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      at.push(i);
      const c = coerceIntegers(element, v, findings, at);
      at.pop();
      if (c !== v) (out ??= value.slice())[i] = c;
    }
    return out ?? value;
  }
  if (typeof value === "object" && value !== null) {
    const shape = shapeOf(schema);
    if (!shape) return value;
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!child) continue;
      const v: unknown = (value as Record<string, unknown>)[key];
      at.push(key);
      const c = coerceIntegers(child, v, findings, at);
      at.pop();
      if (c !== v) setOwn((out ??= { ...value }), key, c);
    }
    return out ?? value;
  }
  return value;
}



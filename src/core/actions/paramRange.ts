import type { PathFinding } from "../validation/finding";
import { jsonTypeOf } from "../validation/jsonTypeOf";
import type { Bilingual } from "./param";

/**
 * The natural bounds of a cap, count, size or port, inclusive, from the official docs: a value, the number of
 * entries of a list, or the length of a string, depending on what the parameter is.
 */
export interface ParamRange {
  min?: number;
  max?: number;
  /** Shown after the bounds of a value ("Mbps"). */
  unit?: Bilingual;
}

const bounds = (range: ParamRange) => ({
  ...(range.min !== undefined ? { min: range.min } : {}),
  ...(range.max !== undefined ? { max: range.max } : {}),
});

/**
 * The finding for a value outside its range, named by what is out: the value, the count or the length. Only called
 * for a value zod found too big or too small, so the value is a number, an array or a string.
 */
export function rangeFinding(path: string, name: string, range: ParamRange, actual: unknown): PathFinding {
  const at = (code: string, params: PathFinding["params"]): PathFinding => ({ path, severity: "error", code, target: "value", params: { name, ...params } });
  if (Array.isArray(actual)) {
    const count = actual.length;
    return range.max !== undefined && count > range.max ? at("too-many-entries", { max: range.max, count }) : at("too-few-entries", { min: range.min ?? 0, count });
  }
  if (typeof actual === "string") {
    const length = actual.length; // UTF-16 units, as zod counts them
    return range.max !== undefined && length > range.max ? at("too-long", { max: range.max, length }) : at("too-short", { min: range.min ?? 0, length });
  }
  // Not String(actual): a hostile object (toString: 1, no prototype) cannot become a string; zod may still report a
  // list's bound on one (an object with a length).
  const value = typeof actual === "number" ? actual : jsonTypeOf(actual);
  const unit: PathFinding["params"] = range.unit ? { unit: range.unit.en, unit_en: range.unit.en, unit_zh: range.unit.zh } : {};
  if (range.min !== undefined && range.max !== undefined) return at("out-of-range", { ...bounds(range), value, ...unit });
  return range.min !== undefined ? at("below-minimum", { min: range.min, value, ...unit }) : at("above-maximum", { max: range.max ?? 0, value, ...unit });
}

import * as z from "../zod";
import type { ParamRange } from "./paramRange";

/** A text in both UI languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** What the JSON Schema generator and the rules need to know about a parameter besides its shape. */
export interface ParamInfo {
  doc: Bilingual;
  /** Descriptions of enum values, in the enum's order. */
  values?: Record<string, Bilingual>;
  /** The API still accepts it, but it should not be used. */
  deprecated?: Bilingual & { replacement?: string };
  /** Integer parameters accept decimal strings (as the official examples write them), with a warning. */
  integer?: boolean;
  /** The rule a string must follow, worded for people (used when a value breaks its pattern or length). */
  format?: Bilingual;
  /** The natural bounds from the docs: of the value (integers), the entry count (lists) or the length (strings). */
  range?: ParamRange;
}

/** Parameter metadata lives in its own registry so that zod's global one stays clean. */
export const paramInfo = z.registry<ParamInfo>();

function withInfo<T extends z.ZodType>(schema: T, info: ParamInfo): T {
  paramInfo.add(schema, info);
  return schema;
}

export const str = (doc: Bilingual, refine: (s: z.ZodString) => z.ZodString = (s) => s, format?: Bilingual) =>
  withInfo(refine(z.string()), { doc, ...(format ? { format } : {}) });

/** An integer; `range` gives its documented bounds (a cap is positive, a port 1–65535, an ID ≥ 0). */
export function int(doc: Bilingual, range?: ParamRange) {
  let schema = z.number().int();
  if (range?.min !== undefined) schema = schema.min(range.min);
  if (range?.max !== undefined) schema = schema.max(range.max);
  return withInfo(schema, { doc, integer: true, ...(range ? { range } : {}) });
}

/** A string whose length the docs bound. */
export function text(doc: Bilingual, length: Pick<ParamRange, "min" | "max">) {
  let schema = z.string();
  if (length.min !== undefined) schema = schema.min(length.min);
  if (length.max !== undefined) schema = schema.max(length.max);
  return withInfo(schema, { doc, range: length });
}

/** A port: 1–65535. */
export const port = (doc: Bilingual) => int(doc, { min: 1, max: 65535 });

export function oneOf<const V extends readonly [string, ...string[]]>(
  values: V,
  doc: Bilingual,
  descriptions: Record<V[number], Bilingual>,
) {
  return withInfo(z.enum(values), { doc, values: descriptions });
}

/** An integer enum such as BillingType 0|1 or Force 0|1. */
export function intOneOf(values: readonly number[], doc: Bilingual, descriptions: Record<number, Bilingual>) {
  // One literal schema of several values: invalid values are one invalid_value issue listing them.
  return withInfo(z.literal(values), {
    doc,
    integer: true,
    values: Object.fromEntries(values.map((v) => [String(v), descriptions[v]!])),
  });
}

export function deprecated<T extends z.ZodType>(schema: T, note: Bilingual & { replacement?: string }): T {
  const info = paramInfo.get(schema);
  if (!info) throw new Error("deprecated() needs a parameter made by the helpers in param.ts");
  paramInfo.add(schema, { ...info, deprecated: note });
  return schema;
}

/** `Name.N` arrays such as TagSet; `count` gives the documented bounds of the number of entries. */
export function list<T extends z.ZodType>(item: T, doc: Bilingual, count?: Pick<ParamRange, "min" | "max">) {
  let schema = z.array(item);
  if (count?.min !== undefined) schema = schema.min(count.min);
  if (count?.max !== undefined) schema = schema.max(count.max);
  return withInfo(schema, { doc, ...(count ? { range: count } : {}) });
}

export const object = <S extends z.ZodRawShape>(shape: S, doc: Bilingual) => withInfo(z.strictObject(shape), { doc });

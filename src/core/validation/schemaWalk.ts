import type * as z from "../zod";
import { paramInfo, type ParamInfo } from "../actions/param";

/** zod's own definition object, read to walk a schema alongside a value. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under `optional()` and friends, where the parameter's info is registered. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let def = defOf(s); (def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType; def = defOf(s)) {
    s = def.innerType;
  }
  return s;
}

const infos = new WeakMap<z.ZodType, ParamInfo | null>();

/**
 * The parameter's info. Cached: zod's registry merges a schema's metadata with its parent's on every lookup, and
 * the actions' schemas are all defined (and their info registered) when their modules load, before any lookup.
 */
export function infoOf(schema: z.ZodType): ParamInfo | undefined {
  let info = infos.get(schema);
  if (info === undefined) infos.set(schema, (info = paramInfo.get(unwrap(schema)) ?? null));
  return info ?? undefined;
}

export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return defOf(unwrap(schema)).shape;
}

export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  return def.type === "array" ? def.element : undefined;
}

/** The schema at a path inside a request (object keys and array indexes), if the path is a known one. */
export function schemaAt(root: z.ZodType, segments: readonly (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const seg of segments) {
    if (!current) return undefined;
    if (typeof seg === "number" || /^\d+$/.test(seg)) current = elementOf(current) ?? shapeOf(current)?.[String(seg)];
    else current = shapeOf(current)?.[seg];
  }
  return current;
}

import * as z from "../../core/zod";

// Building blocks for the sandbox's own parameter schemas. Integers also come as decimal strings, as in the
// official examples and in every GET request, and the API takes them.

const DECIMAL = /^-?(0|[1-9]\d*)$/;

export function intParam(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return z
    .union([z.number(), z.string().regex(DECIMAL).transform(Number)])
    .pipe(z.number().int().min(min).max(max));
}

/** A 0|1 flag such as Independent, Force or BillingType. */
export const flagParam = () => intParam(0, 1);

export const boolParam = () => z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

export const idList = (max = 100) => z.array(z.string()).max(max);

export const clientToken = () => z.string().max(64).regex(/^[\x20-\x7e]*$/);

export const tagSet = (max: number) => z.array(z.strictObject({ TagKey: z.string(), TagValue: z.string() })).max(max);

export const filters = (maxFilters: number, maxValues: number) =>
  z.array(z.strictObject({ Name: z.string(), Values: z.array(z.string()).max(maxValues) })).max(maxFilters);

export const onOff = () => z.enum(["on", "off"]);

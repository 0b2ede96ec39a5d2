/** Reading a request's loosely typed parameters and the API's optional fields, in one place for the preflight and the live checks. */

/** A non-empty string parameter, or undefined. */
export const stringParam = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** A number parameter (integers were already coerced from decimal strings), or undefined. */
export const numberParam = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** `{ key: value }` when the value is there (not undefined, null or ""), else `{}`: for optional fields. */
export const present = <K extends string, V>(key: K, value: V | undefined | null): Partial<Record<K, V>> =>
  value === undefined || value === null || value === "" ? {} : ({ [key]: value } as Record<K, V>);

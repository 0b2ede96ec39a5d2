/** A JSON value's type as the messages name it ("integer" for whole numbers). */
export const jsonTypeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);

/** Keys whose values never reach a log, whatever the level. ClientToken is not a secret and helps debugging. */
const SECRET_KEY = /secret|password|passwd|privatekey|^token$|^x-tc-token$|authorization/i;

/** A copy of a request body fit for a debug log. */
export function redactBody(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactBody(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? "***" : redactBody(v, depth + 1)]),
  );
}

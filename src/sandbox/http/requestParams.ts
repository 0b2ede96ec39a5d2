import { parse as parseQuery } from "node:querystring";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Keys that would reach Object.prototype through plain-object walking. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** `Filters.0.Name=x&ProxyIds.0=link-1` (the SDK's GET form, 0-based) back into nested objects and arrays. */
export function unflattenQuery(query: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [flatKey, raw] of Object.entries(parseQuery(query))) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    const segments = flatKey.split(".");
    if (segments.some((s) => UNSAFE_KEYS.has(s))) continue;
    // Arrays are indexed like objects here ("0", "1"), so one walk builds both.
    let node = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const segment = segments[i]!;
      if (typeof node[segment] !== "object" || node[segment] === null) node[segment] = /^\d+$/.test(segments[i + 1]!) ? [] : {};
      node = node[segment] as Record<string, unknown>;
    }
    node[segments[segments.length - 1]!] = value;
  }
  return root;
}

/** The action's parameters: the JSON body of a POST, the query of a GET. */
export function requestParams(method: string, body: Buffer, rawQuery: string): Record<string, unknown> {
  if (method === "GET") return unflattenQuery(rawQuery);
  const text = body.toString("utf8").trim();
  if (text === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError("InvalidParameter", reason("the request body is not valid JSON", "请求体不是合法的 JSON"));
  }
  if (!isRecord(value)) throw new ApiError("InvalidParameter", reason("the request body must be a JSON object", "请求体必须是 JSON 对象"));
  return value;
}

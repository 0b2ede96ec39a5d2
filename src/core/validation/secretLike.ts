import type { PathFinding } from "./finding";
import { toPointer, type Segment } from "./pointer";

const SECRET_ID = /^AKID[0-9A-Za-z]{12,}$/;
// SecretKeys are 32 letters and digits; requiring all three classes keeps IDs and tokens out.
const SECRET_KEY = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[0-9A-Za-z]{32}$/;

/** Flags string values that look like a SecretId or SecretKey: request files get shared and committed. */
export function secretLike(value: unknown, at: Segment[] = []): PathFinding[] {
  if (typeof value === "string") {
    const kind = SECRET_ID.test(value) ? "SecretId" : SECRET_KEY.test(value) && at[at.length - 1] !== "ClientToken" ? "SecretKey" : undefined;
    return kind ? [{ path: toPointer(at), severity: "error", code: "secret-in-file", target: "value", params: { kind } }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => secretLike(v, [...at, i]));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => secretLike(v, [...at, k]));
  return [];
}

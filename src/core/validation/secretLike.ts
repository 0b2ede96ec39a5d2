import type { PathFinding } from "./finding";
import { toPointer, type Segment } from "./pointer";

const SECRET_ID = /^AKID[0-9A-Za-z]{12,}$/;
// SecretKeys are 32 letters and digits; requiring all three classes keeps IDs and tokens out.
const SECRET_KEY = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[0-9A-Za-z]{32}$/;

function secretKind(value: string, key: Segment | undefined): "SecretId" | "SecretKey" | undefined {
  // The cheap tests first: a 13,000-tag file has 26,000 strings, almost none of them 32 long or starting "AKID".
  if (value.startsWith("AKID") && SECRET_ID.test(value)) return "SecretId";
  if (value.length === 32 && key !== "ClientToken" && SECRET_KEY.test(value)) return "SecretKey";
  return undefined;
}

/** Flags string values that look like a SecretId or SecretKey: request files get shared and committed. */
export function secretLike(value: unknown): PathFinding[] {
  const found: PathFinding[] = [];
  walk(value, [], found);
  return found;
}

/** Depth first, with one path stack for the whole walk (a 13,000-tag file would otherwise copy 26,000 paths). */
function walk(v: unknown, at: Segment[], found: PathFinding[]): void {
  if (typeof v === "string") {
    const kind = secretKind(v, at[at.length - 1]);
    if (kind) found.push({ path: toPointer(at), severity: "error", code: "secret-in-file", target: "value", params: { kind } });
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      at.push(i);
      walk(v[i], at, found);
      at.pop();
    }
  } else if (typeof v === "object" && v !== null) {
    for (const k of Object.keys(v)) {
      at.push(k);
      walk((v as Record<string, unknown>)[k], at, found);
      at.pop();
    }
  }
}

import type { ValidationMeter } from "./documentLimits";
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

/** A container being walked: its children (keys of an object, or none for an array), the next one, and where it is. */
interface Open {
  value: Record<string, unknown> | unknown[];
  keys: string[] | undefined;
  next: number;
  parent: Open | undefined;
  segment: Segment | undefined;
}

function pointerOf(open: Open | undefined, last: Segment): string {
  if (!open) return "";
  const segments: Segment[] = [last];
  for (let o = open; o?.parent; o = o.parent) segments.push(o.segment!);
  return toPointer(segments.reverse());
}

/**
 * Flags string values that look like a SecretId or SecretKey: request files get shared and committed. Depth first
 * with a stack of its own (no recursion, so any depth is fine); a pointer is built for a secret only, and past
 * `limit` secrets they are only counted, in `unlisted`.
 */
export function secretLike(value: unknown, meter?: ValidationMeter, limit = Infinity): PathFinding[] & { unlisted?: number } {
  const found: PathFinding[] & { unlisted?: number } = [];
  let unlisted = 0;
  const check = (v: unknown, parent: Open | undefined, segment: Segment): Open | undefined => {
    if (meter) meter.steps++;
    if (typeof v === "string") {
      const kind = secretKind(v, segment);
      if (kind && found.length >= limit) unlisted++;
      else if (kind) found.push({ path: pointerOf(parent, segment), severity: "error", code: "secret-in-file", target: "value", params: { kind } });
    } else if (typeof v === "object" && v !== null) {
      return { value: v as Open["value"], keys: Array.isArray(v) ? undefined : Object.keys(v), next: 0, parent, segment };
    }
    return undefined;
  };
  let top = check(value, undefined, "");
  while (top) {
    const size = top.keys ? top.keys.length : (top.value as unknown[]).length;
    if (top.next >= size) {
      top = top.parent;
      continue;
    }
    const i = top.next++;
    const segment: Segment = top.keys ? top.keys[i]! : i;
    const child = check(top.keys ? (top.value as Record<string, unknown>)[segment] : (top.value as unknown[])[i], top, segment);
    if (child) top = child;
  }
  if (unlisted) found.unlisted = unlisted;
  return found;
}

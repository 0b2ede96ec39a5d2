import { ACTIONS } from "../../../src/core/actions/registry";
import { infoOf } from "../../../src/core/validation/schemaWalk";

/** A small seeded generator (mulberry32), so a failing fuzz case can be replayed. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

/** A request with every parameter of an action given a plausible value. */
export function fullRequest(actionName: string): Record<string, unknown> {
  const action = ACTIONS.find((a) => a.name === actionName)!;
  const out: Record<string, unknown> = { ...action.template };
  for (const [name, schema] of Object.entries(action.params.shape)) {
    if (out[name] !== undefined) continue;
    const info = infoOf(schema);
    if (info?.deprecated) continue;
    if (info?.values) out[name] = info.integer ? Number(Object.keys(info.values)[0]) : Object.keys(info.values)[0];
    else if (info?.integer) out[name] = 1;
    else if (name === "TagSet") out[name] = [{ TagKey: "env", TagValue: "prod" }];
    else out[name] = name === "ClientToken" ? "token-1" : "value";
  }
  return out;
}

const HOSTILE = [
  "", " ", "\u0000", "\"", "\\", "<img src=x onerror=alert(1)>", "𝕏".repeat(40), "a".repeat(5000), "-1", "1e3", "0x10",
  "NaN", "on", "ON", "IPv6", "null", "{}", "[]", "link-\u202e", "__proto__", "constructor",
];
const VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, -0, 2 ** 53 + 2, [], {}, [1, "a"], { a: { b: [] } }, ...HOSTILE];

function mutateValue(r: ReturnType<typeof random>, doc: Record<string, unknown>): void {
  const keys = Object.keys(doc);
  switch (r.int(6)) {
    case 0:
      if (keys.length) delete doc[r.pick(keys)];
      break;
    case 1:
      if (keys.length) doc[r.pick(keys)] = r.pick(VALUES);
      break;
    case 2:
      doc[r.pick([...HOSTILE, "Bandwith", "proxyName", "InstanceId", "DDosProtectionConfig", "Action"])] = r.pick(VALUES);
      break;
    case 3:
      if (keys.length) doc[r.pick(keys)] = String(doc[r.pick(keys)]);
      break;
    case 4:
      doc.Action = r.pick([...ACTIONS.map((a) => a.name), "createproxy", "", 42, null]);
      break;
    default:
      doc.Version = r.pick(["2018-05-29", "2022-09-01", "2020-01-01", 1]);
  }
}

function mutateText(r: ReturnType<typeof random>, text: string): string {
  const at = r.int(text.length + 1);
  switch (r.int(4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + r.int(5));
    case 1:
      return text.slice(0, at) + r.pick(["{", "}", "[", ",", ":", "\"", "//", "/*", "\n", "\u2028", "\uFEFF"]) + text.slice(at);
    case 2:
      return text.slice(0, at);
    default:
      return text + r.pick(["}", ",", " // c", "{"]);
  }
}

/** `count` documents: valid requests with value mutations, and some with their text broken too. */
export function mutatedDocuments(count: number, seed: number): string[] {
  const r = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const doc = fullRequest(r.pick(ACTIONS).name);
    for (let m = r.int(4); m >= 0; m--) mutateValue(r, doc);
    let text = JSON.stringify(doc, null, r.pick([0, 2, 4]));
    if (r.next() < 0.3) text = mutateText(r, text);
    out.push(text);
  }
  return out;
}

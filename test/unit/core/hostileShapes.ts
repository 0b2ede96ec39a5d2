import * as v8 from "node:v8";
import * as vm from "node:vm";

export const nested = (depth: number, open = "[", close = "]") => open.repeat(depth) + close.repeat(depth);
export const inValue = (inner: string) => `{"Action":"CreateProxy","ProxyName":${inner}}`;

/** The shapes that broke or froze validation, each of a size that grows with n. */
export const HOSTILE_SHAPES: Record<string, (n: number) => string> = {
  "deep nesting in a value": (n) => inValue(nested(n)),
  "deep objects in a value": (n) => inValue(`{"a":`.repeat(n) + "1" + "}".repeat(n)),
  "unclosed brackets": (n) => "[".repeat(n),
  "stray words": (n) => Array.from({ length: n }, (_, i) => `word${i % 97}`).join(" "),
  "many unknown parameters": (n) => `{"Action":"CheckProxyCreate",${Array.from({ length: n }, (_, i) => `"P${i}":1`).join(",")}}`,
  "many bad tags": (n) => `{"Action":"CreateProxy","TagSet":[${Array.from({ length: n }, () => `{"TagKey":1,"TagValue":[]}`).join(",")}]}`,
  "duplicate keys deep in nesting": (n) => `{"Action":"CreateProxy","X":${`{"k":`.repeat(20)}{${Array.from({ length: n }, () => `"d":1`).join(",")}}${"}".repeat(20)}}`,
  "many secrets": (n) => `{"Action":"CreateProxy","TagSet":[${Array.from({ length: n }, () => `"AKID${"x".repeat(16)}"`).join(",")}]}`,
};

/** The heap in use after full collections: what is still held. */
export function heapAfterGc(): number {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

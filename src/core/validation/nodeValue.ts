import type { Node } from "jsonc-parser";

/**
 * The value of a parsed JSON node. Unlike jsonc-parser's getNodeValue, a key named "__proto__" becomes an own
 * property, as JSON.parse makes it, instead of replacing the object's prototype.
 */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case "array":
      return (node.children ?? []).map(nodeValue);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(out, String(key.value), { value: nodeValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    default:
      return node.value;
  }
}

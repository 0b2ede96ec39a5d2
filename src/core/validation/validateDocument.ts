import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { nodeValue } from "./nodeValue";
import type { Finding } from "./finding";
import { LineIndex, locate } from "./locate";
import { validateRequestObject, type RequestValidation } from "./validateRequestObject";

export interface DocumentValidation extends Omit<RequestValidation, "findings"> {
  findings: Finding[];
}

/** A request file's text to findings on exact ranges: JSON syntax, shape, deprecations and conflicts. */
export function validateDocument(text: string): DocumentValidation {
  const index = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });

  // The parser often reports two errors at one offset ("property name expected", "value expected"): keep the first.
  const firstAtOffset = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i);
  const syntax: Finding[] = firstAtOffset.map((e) => ({
    path: "",
    severity: "error",
    code: "json-syntax",
    target: "value",
    params: { error: printParseErrorCode(e.error) },
    offset: e.offset,
    length: e.length,
    range: index.range(e.offset, e.length),
  }));
  // A document that does not parse cleanly is not checked further: its value would be a guess.
  if (!root || syntax.length > 0) return { findings: syntax };

  const result = validateRequestObject(nodeValue(root));
  const findings = result.findings.map((f) => locate(root, index, f));
  findings.push(...duplicateKeys(root, index));
  findings.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
  return { ...result, findings };
}

/** JSON.parse keeps the last of two equal keys; the user almost certainly meant one of them. */
function duplicateKeys(root: import("jsonc-parser").Node, index: LineIndex): Finding[] {
  const found: Finding[] = [];
  const walk = (node: import("jsonc-parser").Node, pointer: string) => {
    if (node.type === "object") {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        const path = `${pointer}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (seen.has(name)) {
          found.push({ path, severity: "warning", code: "duplicate-parameter", target: "key", params: { name }, offset: key.offset, length: key.length, range: index.range(key.offset, key.length) });
        }
        seen.add(name);
        if (prop.children?.[1]) walk(prop.children[1], path);
      }
    } else if (node.type === "array") {
      node.children?.forEach((child, i) => walk(child, `${pointer}/${i}`));
    }
  };
  walk(root, "");
  return found;
}

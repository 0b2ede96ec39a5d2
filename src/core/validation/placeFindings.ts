import { parseTree } from "jsonc-parser";
import type { Finding, PathFinding } from "./finding";
import { LineIndex, locate } from "./locate";

/** Places findings located by JSON pointer (rules, live checks) on their ranges in a document's text. */
export function placeFindings(text: string, findings: readonly PathFinding[]): Finding[] {
  const root = parseTree(text, [], { disallowComments: true });
  if (!root) return [];
  const index = new LineIndex(text);
  return findings.map((f) => locate(root, index, f));
}

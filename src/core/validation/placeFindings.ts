import type { Finding, PathFinding } from "./finding";
import { LineIndex, locate } from "./locate";
import { scanPositions, withPrefixes } from "./positionScan";

/** Places findings located by JSON pointer (rules, live checks) on their ranges in a document's text (comments allowed). */
export function placeFindings(text: string, findings: readonly PathFinding[]): Finding[] {
  const { spans } = scanPositions(text, withPrefixes(findings.map((f) => f.path)));
  const index = new LineIndex(text);
  return findings.map((f) => locate(spans, index, f));
}

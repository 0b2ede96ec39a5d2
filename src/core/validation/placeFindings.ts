import type { Finding, PathFinding } from "./finding";
import { LineIndex, locate } from "./locate";
import { scanPositions, withPrefixes } from "./positionScan";

/** Places findings located by JSON pointer (rules, live checks) on their ranges in a document's text. */
export function placeFindings(text: string, findings: readonly PathFinding[], options: { allowComments?: boolean } = {}): Finding[] {
  const { spans } = scanPositions(text, withPrefixes(findings.map((f) => f.path)), options);
  const index = new LineIndex(text);
  return findings.map((f) => locate(spans, index, f));
}

import { blankBom, boundsFinding } from "./documentBounds";
import { DOCUMENT_LIMITS } from "./documentLimits";
import type { Finding, PathFinding } from "./finding";
import { jsonPositions, withPrefixes } from "./jsonPositions";
import { LineIndex, locate } from "./locate";

const NO_SPANS = new Map();

/**
 * Places findings located by JSON pointer (rules, live checks) on their ranges in a document's text (comments
 * allowed). A text past the limits is not walked: its findings go to its start.
 */
export function placeFindings(text: string, findings: readonly PathFinding[]): Finding[] {
  const source = blankBom(text);
  const readable = !boundsFinding(source, DOCUMENT_LIMITS, { tooLarge: "", tooDeep: "" });
  const spans = readable ? jsonPositions(source, withPrefixes(findings.map((f) => f.path)), { jsonc: true, maxReported: 0 }).spans : NO_SPANS;
  const index = new LineIndex(source);
  return findings.map((f) => locate(spans, index, f));
}

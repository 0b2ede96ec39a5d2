import { printParseErrorCode, visit, type ParseErrorCode } from "jsonc-parser";
import type { Finding } from "./finding";
import { LineIndex, locate } from "./locate";
import { scanPositions, withPrefixes, type DuplicateKey } from "./positionScan";
import { validateRequestObject, type RequestValidation } from "./validateRequestObject";

export interface DocumentValidation extends Omit<RequestValidation, "findings"> {
  findings: Finding[];
}

/**
 * A request file's text to findings on exact ranges: JSON syntax, shape, deprecations and conflicts.
 * The value comes from JSON.parse (fast, and it keeps a "__proto__" key as data); positions from one scan of the
 * text for the findings' pointers only. jsonc-parser words syntax errors when JSON.parse refuses the text.
 */
export function validateDocument(text: string): DocumentValidation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { findings: syntaxFindings(text, e) };
  }
  const result = validateRequestObject(value);
  const { spans, duplicates } = scanPositions(text, withPrefixes(result.findings.map((f) => f.path)));
  const index = new LineIndex(text);
  const findings = result.findings.map((f) => locate(spans, index, f));
  findings.push(...duplicates.map((d) => duplicateFinding(d, index)));
  findings.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
  return { ...result, findings };
}

/** JSON.parse keeps the last of two equal keys; the user almost certainly meant one of them. */
function duplicateFinding(d: DuplicateKey, index: LineIndex): Finding {
  return { path: d.pointer, severity: "warning", code: "duplicate-parameter", target: "key", params: { name: d.name }, offset: d.offset, length: d.length, range: index.range(d.offset, d.length) };
}

function syntaxFindings(text: string, parseError: unknown): Finding[] {
  const index = new LineIndex(text);
  const errors: { error: ParseErrorCode; offset: number; length: number }[] = [];
  visit(text, { onError: (error, offset, length) => errors.push({ error, offset, length }) }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // The parser often reports two errors at one offset ("property name expected", "value expected"): keep the first.
  const first = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i);
  const found = first.map<Finding>((e) => ({
    path: "",
    severity: "error",
    code: "json-syntax",
    target: "value",
    params: { error: printParseErrorCode(e.error) },
    offset: e.offset,
    length: e.length,
    range: index.range(e.offset, e.length),
  }));
  // Should the two parsers ever disagree, the file is still not valid JSON: say so where JSON.parse stopped.
  if (found.length === 0) {
    found.push({ path: "", severity: "error", code: "json-syntax", target: "value", params: { error: parseError instanceof Error ? parseError.message : String(parseError) }, offset: 0, length: 0, range: index.range(0, 0) });
  }
  return found;
}

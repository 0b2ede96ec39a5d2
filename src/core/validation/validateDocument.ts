import { printParseErrorCode } from "jsonc-parser";
import { blankBom, boundsFinding } from "./documentBounds";
import { DOCUMENT_LIMITS, type DocumentLimits, type ValidationMeter } from "./documentLimits";
import { capFindings, moreSevere } from "./capFindings";
import type { Finding, Severity } from "./finding";
import { jsonPositions, withPrefixes, type DuplicateKey } from "./jsonPositions";
import { LineIndex, locate } from "./locate";
import { validateRequestObject, type RequestValidation } from "./validateRequestObject";

export type { ValidationMeter } from "./documentLimits";

export interface DocumentValidation extends Omit<RequestValidation, "findings"> {
  findings: Finding[];
}

export interface ValidationOptions {
  /** Tests lower or lift the limits; the editor and the CLI use the defaults. */
  limits?: Partial<DocumentLimits>;
  meter?: ValidationMeter;
}

const BOUND_CODES = { tooLarge: "document-too-large", tooDeep: "document-too-deep" };

/**
 * A request file's text to findings on exact ranges: JSON syntax, shape, deprecations and conflicts. Total: any
 * text gives findings, in time and memory linear in its length. A text past the limits (documentLimits.ts) is one
 * finding saying so. The value comes from JSON.parse (fast, and it keeps a "__proto__" key as data); positions,
 * duplicate keys and syntax errors from one pass of jsonc-parser's visitor, with pointers built for findings only.
 */
export function validateDocument(text: string, options: ValidationOptions = {}): DocumentValidation {
  const limits: DocumentLimits = { ...DOCUMENT_LIMITS, ...options.limits };
  const meter = options.meter;
  const source = blankBom(text);
  const bound = boundsFinding(source, limits, BOUND_CODES, meter);
  if (bound) return { findings: [bound] };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    return { findings: syntaxFindings(source, e, limits, meter) };
  }
  const result = validateRequestObject(value, { meter, maxFindings: limits.maxFindings });
  // Only the findings that can be listed are placed (a 125,000-finding file would otherwise want 125,000 spans).
  const listed = result.findings.length > limits.maxFindings ? result.findings.slice(0, limits.maxFindings) : result.findings;
  const positions = jsonPositions(source, withPrefixes(listed.map((f) => f.path)), { jsonc: false, maxReported: limits.maxFindings, meter });
  const index = new LineIndex(source);
  const findings: Finding[] = [];
  for (const f of listed) findings.push(locate(positions.spans, index, f));
  for (const d of positions.duplicates) findings.push(duplicateFinding(d, index));
  findings.sort(byPlace);
  const unlistedDuplicates = positions.duplicateCount - positions.duplicates.length;
  let severity: Severity = result.unlisted ? "error" : unlistedDuplicates > 0 ? "warning" : "info";
  for (let i = listed.length; i < result.findings.length; i++) severity = moreSevere(severity, result.findings[i]!.severity);
  const unlisted = { count: result.findings.length - listed.length + unlistedDuplicates + (result.unlisted ?? 0), severity };
  return { ...result, findings: capFindings(findings, unlisted, limits.maxFindings, index) };
}

/** By offset, then by code (code units: localeCompare is slow on a long list and the codes are ASCII). */
const byPlace = (a: Finding, b: Finding) => a.offset - b.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** JSON.parse keeps the last of two equal keys; the user almost certainly meant one of them. */
function duplicateFinding(d: DuplicateKey, index: LineIndex): Finding {
  return { path: d.pointer, severity: "warning", code: "duplicate-parameter", target: "key", params: { name: d.name }, offset: d.offset, length: d.length, range: index.range(d.offset, d.length) };
}

function syntaxFindings(text: string, parseError: unknown, limits: DocumentLimits, meter: ValidationMeter | undefined): Finding[] {
  const index = new LineIndex(text);
  const { errors, errorCount } = jsonPositions(text, new Set(), { jsonc: false, maxReported: limits.maxFindings, meter });
  const found = errors.map<Finding>((e) => ({
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
  return capFindings(found, { count: errorCount - errors.length, severity: "error" }, limits.maxFindings, index);
}

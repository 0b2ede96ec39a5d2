import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { nodeValue } from "../validation/nodeValue";
import * as z from "../zod";
import type { Finding, Severity } from "../validation/finding";
import { LineIndex } from "../validation/locate";
import { placeFindings } from "../validation/placeFindings";
import { findingsFromIssues } from "../validation/zodIssues";

export const CONFIG_FILE_NAME = "tcaccel.json";

export type RuleLevel = Severity | "off";

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), z.enum(["error", "warning", "info", "off"])).optional(),
});

export interface SeverityConfig {
  rules: Record<string, RuleLevel>;
}

export interface ParsedSeverityConfig {
  config: SeverityConfig;
  /** Problems in tcaccel.json itself, placed in its text; a broken config changes nothing. */
  problems: Finding[];
}

/** Reads a `tcaccel.json` (comments allowed, like bicepconfig.json): `{ "rules": { "<code>": "error"|"warning"|"info"|"off" } }`. */
export function parseSeverityConfig(text: string): ParsedSeverityConfig {
  const index = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (!root || errors.length) {
    const problems = errors.map<Finding>((e) => ({
      path: "",
      severity: "error",
      code: "config-syntax",
      target: "value",
      params: { error: printParseErrorCode(e.error) },
      offset: e.offset,
      length: e.length,
      range: index.range(e.offset, e.length),
    }));
    return { config: { rules: {} }, problems };
  }
  const value = nodeValue(root);
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    const issues = findingsFromIssues(configSchema, parsed.error.issues, value).map((f) => ({ ...f, code: `config-${f.code}` }));
    const problems = placeFindings(text, issues);
    return { config: { rules: {} }, problems };
  }
  return { config: { rules: parsed.data.rules ?? {} }, problems: [] };
}

/** Findings with the project's severities: "off" drops them. */
export function applySeverityConfig<F extends { code: string; severity: Severity }>(findings: readonly F[], config: SeverityConfig): F[] {
  const out: F[] = [];
  for (const f of findings) {
    const level = config.rules[f.code];
    if (level === "off") continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}

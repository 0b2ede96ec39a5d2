import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { FINDING_MESSAGES } from "../messages/findingMessages";
import { capFindings } from "../validation/capFindings";
import { closestName } from "../validation/closestName";
import { blankBom, boundsFinding } from "../validation/documentBounds";
import { CONFIG_LIMITS } from "../validation/documentLimits";
import type { Finding, PathFinding, Severity } from "../validation/finding";
import { LineIndex } from "../validation/locate";
import { nodeValue } from "../validation/nodeValue";
import { placeFindings } from "../validation/placeFindings";
import { findingsFromIssues } from "../validation/zodIssues";
import * as z from "../zod";

export const CONFIG_FILE_NAME = "tcaccel.json";

export type RuleLevel = Severity | "off";

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), z.enum(["error", "warning", "info", "off"])).optional(),
});

export interface SeverityConfig {
  /** Levels by finding code, looked up as own properties only (the file's rules are copied to a null-prototype object). */
  rules: Readonly<Record<string, RuleLevel>>;
}

export interface ParsedSeverityConfig {
  config: SeverityConfig;
  /** Problems in tcaccel.json itself, placed in its text; a broken config changes nothing. */
  problems: Finding[];
}

const BOUND_CODES = { tooLarge: "config-too-large", tooDeep: "config-too-deep" };
const KNOWN_CODES = Object.keys(FINDING_MESSAGES);

const noRules = (): SeverityConfig => ({ rules: Object.create(null) as Record<string, RuleLevel> });

/**
 * Reads a `tcaccel.json` (comments allowed, like bicepconfig.json): `{ "rules": { "<code>": "error"|"warning"|"info"|"off" } }`.
 * Total like request validation: too large, too deep or broken is a finding on the file, never an exception.
 */
export function parseSeverityConfig(text: string): ParsedSeverityConfig {
  const source = blankBom(text);
  const index = new LineIndex(source);
  const bound = boundsFinding(source, CONFIG_LIMITS, BOUND_CODES);
  if (bound) return { config: noRules(), problems: [bound] };
  const errors: ParseError[] = [];
  // Within CONFIG_LIMITS.maxDepth, so parseTree's and nodeValue's recursion is shallow.
  const root = parseTree(source, errors, { allowTrailingComma: true });
  if (!root || errors.length) {
    const problems = errors.slice(0, CONFIG_LIMITS.maxFindings).map<Finding>((e) => ({
      path: "",
      severity: "error",
      code: "config-syntax",
      target: "value",
      params: { error: printParseErrorCode(e.error) },
      offset: e.offset,
      length: e.length,
      range: index.range(e.offset, e.length),
    }));
    return { config: noRules(), problems: capFindings(problems, { count: Math.max(0, errors.length - problems.length), severity: "error" }, CONFIG_LIMITS.maxFindings, index) };
  }
  const value = nodeValue(root);
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    const issues = findingsFromIssues(configSchema, parsed.error.issues, value).findings.map((f) => ({ ...f, code: `config-${f.code}` }));
    return { config: noRules(), problems: placed(source, issues, index) };
  }
  // The rules as the file has them (zod's copy is a plain object, where "__proto__" would not stay a key).
  const given = (value as { rules?: Record<string, RuleLevel> }).rules ?? {};
  const config = noRules();
  const unknown: PathFinding[] = [];
  for (const code of Object.keys(given)) {
    (config.rules as Record<string, RuleLevel>)[code] = given[code]!;
    if (Object.hasOwn(FINDING_MESSAGES, code)) continue;
    const suggestion = closestName(code, KNOWN_CODES);
    unknown.push({ path: `/rules/${code.replace(/~/g, "~0").replace(/\//g, "~1")}`, severity: "warning", code: "config-unknown-rule", target: "key", params: { name: code, ...(suggestion ? { suggestion } : {}) } });
  }
  return { config, problems: placed(source, unknown, index) };
}

function placed(text: string, findings: PathFinding[], index: LineIndex): Finding[] {
  const sorted = placeFindings(text, findings.slice(0, CONFIG_LIMITS.maxFindings + 1));
  return capFindings(sorted, { count: Math.max(0, findings.length - sorted.length), severity: findings[0]?.severity ?? "warning" }, CONFIG_LIMITS.maxFindings, index);
}

/** Findings with the project's severities: "off" drops them. */
export function applySeverityConfig<F extends { code: string; severity: Severity }>(findings: readonly F[], config: SeverityConfig): F[] {
  const out: F[] = [];
  for (const f of findings) {
    const level = Object.hasOwn(config.rules, f.code) ? config.rules[f.code] : undefined;
    if (level === "off") continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}

import * as path from "node:path";
import { applySeverityConfig, type SeverityConfig } from "../core/config/severityConfig";
import { findSeverityConfig } from "../core/config/findSeverityConfig";
import { formatFinding } from "../core/messages/formatFinding";
import type { Language } from "../core/messages/language";
import type { Finding } from "../core/validation/finding";
import { validateDocument, type DocumentValidation } from "../core/validation/validateDocument";
import type { CliIO } from "./cliIO";
import { parseCommandArgs } from "./commandArgs";
import { readRequestFile, UnreadableFileError } from "./readRequestFile";

/** One line of `--format json`: exactly the shape PRODUCT.md's "Command line" gives. */
export interface CliFinding {
  file: string;
  path: string;
  severity: Finding["severity"];
  code: string;
  message: string;
  range: Finding["range"];
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative !== "" && !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}

/** A request file checked as `validate` checks it: its findings (with its tcaccel.json's) and what it would send. */
export interface CheckedFile {
  findings: CliFinding[];
  validation: DocumentValidation;
  /** The file's text as checked, and its findings with the tcaccel.json severities (what a send is judged by). */
  text: string;
  configured: Finding[];
  config: SeverityConfig;
}

const validateFile = (file: string, lang: Language): CliFinding[] => checkRequestFile(file, lang).findings;

/** Throws UnreadableFileError for a file that cannot be read. */
export function checkRequestFile(file: string, lang: Language): CheckedFile {
  const text = readRequestFile(file, lang);
  // No higher than the current directory when the file is under it, else the file's own folder.
  const config = findSeverityConfig(file, isInside(process.cwd(), file) ? process.cwd() : path.dirname(path.resolve(file)));
  const out: CliFinding[] = [];
  if (config) {
    for (const p of config.problems) out.push({ file: config.file, path: p.path, severity: p.severity, code: p.code, message: formatFinding(p, lang), range: p.range });
  }
  const validation = validateDocument(text);
  const findings = applySeverityConfig(validation.findings, config?.config ?? { rules: {} });
  for (const f of findings) out.push(cliFinding(file, f, lang));
  return { findings: out, validation, text, configured: findings, config: config?.config ?? { rules: {} } };
}

export const cliFinding = (file: string, f: Finding, lang: Language): CliFinding => ({ file, path: f.path, severity: f.severity, code: f.code, message: formatFinding(f, lang), range: f.range });

/** A finding as one line of text output: `file:line:column: severity code: message`. */
export const findingLine = (f: CliFinding): string => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message}\n`;

/** Exit codes: 0 no errors, 1 errors in a file, 2 a usage error or a named file that could not be read. */
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * `tcaccel validate FILE... [--format text|json] [--lang en|zh-cn]`. Every readable file is checked and reported,
 * whatever happens to the others; a file that cannot be read is named on stderr with the reason, and makes the exit
 * code 2 (the call could not do all it was asked), above 1 (errors found) and 0.
 */
export function runValidateCommand(argv: string[], io: CliIO): number {
  const options = parseCommandArgs(argv, io.env, { files: true, format: true });
  const all: CliFinding[] = [];
  const unreadable: UnreadableFileError[] = [];
  for (const file of options.files) {
    try {
      for (const finding of validateFile(file, options.lang)) all.push(finding);
    } catch (caught) {
      // A check that fails on one file (it should not) costs that file only, not the findings of the others.
      const e = caught instanceof UnreadableFileError ? caught : new UnreadableFileError(file, `the check failed (${caught instanceof Error ? caught.message : String(caught)})`);
      unreadable.push(e);
      io.stderr(options.lang === "zh-cn" ? `tcaccel: 无法读取 ${e.file}：${e.reason}。\n` : `tcaccel: Cannot read ${e.file}: ${e.reason}.\n`);
    }
  }
  if (options.format === "json") io.stdout(JSON.stringify(all, null, 2) + "\n");
  else {
    for (const f of all) io.stdout(findingLine(f));
    const errors = all.filter((f) => f.severity === "error").length;
    const notRead = unreadable.length ? `, ${unreadable.length} not read` : "";
    io.stdout(`${options.files.length} file(s)${notRead}, ${errors} error(s), ${all.length - errors} other finding(s)\n`);
  }
  if (unreadable.length) return EXIT_USAGE;
  return all.some((f) => f.severity === "error") ? EXIT_FINDINGS : 0;
}

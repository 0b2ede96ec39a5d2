import * as fs from "node:fs";
import * as path from "node:path";
import { applySeverityConfig } from "../core/config/severityConfig";
import { findSeverityConfig } from "../core/config/findSeverityConfig";
import { formatFinding, type Language } from "../core/messages/formatFinding";
import type { Finding } from "../core/validation/finding";
import { validateDocument } from "../core/validation/validateDocument";
import { UsageError, type CliIO } from "./cliIO";

/** One line of `--format json`: exactly the shape PRODUCT.md's "Command line" gives. */
export interface CliFinding {
  file: string;
  path: string;
  severity: Finding["severity"];
  code: string;
  message: string;
  range: Finding["range"];
}

interface ValidateOptions {
  files: string[];
  format: "text" | "json";
  lang: Language;
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): ValidateOptions {
  const files: string[] = [];
  let format: ValidateOptions["format"] = "text";
  let lang: Language = /^zh/i.test(env.LC_ALL || env.LANG || "") ? "zh-cn" : "en";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--format") {
      const v = argv[++i];
      if (v !== "text" && v !== "json") throw new UsageError(`--format takes "text" or "json", not ${v === undefined ? "nothing" : `"${v}"`}.`);
      format = v;
    } else if (arg.startsWith("--format=")) {
      return parseArgs([...argv.slice(0, i), "--format", arg.slice(9), ...argv.slice(i + 1)], env);
    } else if (arg === "--lang") {
      const v = argv[++i];
      if (v !== "en" && v !== "zh-cn") throw new UsageError(`--lang takes "en" or "zh-cn".`);
      lang = v;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`Unknown option ${arg}.`);
    } else files.push(arg);
  }
  if (files.length === 0) throw new UsageError("Name at least one request file.");
  return { files, format, lang };
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative !== "" && !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}

function validateFile(file: string, lang: Language): CliFinding[] {
  const text = fs.readFileSync(file, "utf8");
  // No higher than the current directory when the file is under it, else the file's own folder.
  const config = findSeverityConfig(file, isInside(process.cwd(), file) ? process.cwd() : path.dirname(path.resolve(file)));
  const out: CliFinding[] = [];
  if (config) {
    for (const p of config.problems) out.push({ file: config.file, path: p.path, severity: p.severity, code: p.code, message: formatFinding(p, lang), range: p.range });
  }
  const findings = applySeverityConfig(validateDocument(text).findings, config?.config ?? { rules: {} });
  for (const f of findings) out.push({ file, path: f.path, severity: f.severity, code: f.code, message: formatFinding(f, lang), range: f.range });
  return out;
}

/** `tcaccel validate FILE... [--format text|json] [--lang en|zh-cn]`: exit 1 when any error, 0 otherwise. */
export function runValidateCommand(argv: string[], io: CliIO): number {
  const options = parseArgs(argv, io.env);
  const all: CliFinding[] = [];
  for (const file of options.files) {
    try {
      all.push(...validateFile(file, options.lang));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as NodeJS.ErrnoException).code === "EISDIR" ? "it is a folder" : (e as Error).message;
      throw new UsageError(`Cannot read ${file}: ${reason}.`, false);
    }
  }
  if (options.format === "json") io.stdout(JSON.stringify(all, null, 2) + "\n");
  else {
    for (const f of all) io.stdout(`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message}\n`);
    const errors = all.filter((f) => f.severity === "error").length;
    io.stdout(`${options.files.length} file(s), ${errors} error(s), ${all.length - errors} other finding(s)\n`);
  }
  return all.some((f) => f.severity === "error") ? 1 : 0;
}

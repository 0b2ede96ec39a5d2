import { environmentLocale, languageOf, type Language } from "../core/messages/language";
import { UsageError } from "./cliIO";

export type OutputFormat = "text" | "json";

export interface CommandArgs {
  files: string[];
  format: OutputFormat;
  lang: Language;
}

export interface CommandArgsSpec {
  /** The command names files (validate, tccli) and needs at least one; otherwise an operand is a usage error. */
  files: boolean;
  /** The command takes `--format text|json`. */
  format: boolean;
}

/**
 * The options the commands share, each as `--name value` or `--name=value`: `--format text|json` where the command
 * takes it, `--lang en|zh-cn` (default from LC_ALL, LC_MESSAGES, LANG), then the files. `-` alone is a file name.
 */
export function parseCommandArgs(argv: readonly string[], env: NodeJS.ProcessEnv, spec: CommandArgsSpec): CommandArgs {
  const files: string[] = [];
  let format: OutputFormat = "text";
  let lang: Language = languageOf(environmentLocale(env));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === "--format" && spec.format) {
      const v = value();
      if (v !== "text" && v !== "json") throw new UsageError(`--format takes "text" or "json", not ${v === undefined ? "nothing" : `"${v}"`}.`);
      format = v;
    } else if (name === "--lang") {
      const v = value();
      if (v !== "en" && v !== "zh-cn") throw new UsageError(`--lang takes "en" or "zh-cn".`);
      lang = v;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`Unknown option ${arg}.`);
    } else if (spec.files) {
      files.push(arg);
    } else {
      throw new UsageError(`Unknown argument ${arg}.`);
    }
  }
  if (spec.files && files.length === 0) throw new UsageError("Name at least one request file.");
  return { files, format, lang };
}

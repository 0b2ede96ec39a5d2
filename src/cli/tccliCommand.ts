import { environmentLocale, languageOf, type Language } from "../core/messages/language";
import { tccliCommand } from "../core/requests/tccliCommand";
import { UsageError, type CliIO } from "./cliIO";
import { UnreadableFileError } from "./readRequestFile";
import { checkRequestFile, EXIT_FINDINGS, EXIT_USAGE, findingLine } from "./validateCommand";

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): { files: string[]; lang: Language } {
  const files: string[] = [];
  let lang: Language = languageOf(environmentLocale(env));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--lang" || arg.startsWith("--lang=")) {
      const v = arg === "--lang" ? argv[++i] : arg.slice(7);
      if (v !== "en" && v !== "zh-cn") throw new UsageError(`--lang takes "en" or "zh-cn".`);
      lang = v;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`Unknown option ${arg}.`);
    } else files.push(arg);
  }
  if (files.length === 0) throw new UsageError("Name at least one request file.");
  return { files, lang };
}

/**
 * `tcaccel tccli FILE... [--lang en|zh-cn]`: the tccli command that sends each file, one line each on stdout, ready
 * for `sh`. A file with errors gets no command: its findings go to stderr and the exit code is 1 (2 when a file
 * cannot be read), so `tcaccel tccli f.tcreq.json > send.sh` never writes a command for a file that is wrong.
 */
export function runTccliCommand(argv: string[], io: CliIO): number {
  const { files, lang } = parseArgs(argv, io.env);
  let exit = 0;
  for (const file of files) {
    try {
      const { findings, validation } = checkRequestFile(file, lang);
      const errors = findings.filter((f) => f.severity === "error");
      const { action, params, region } = validation;
      const command = errors.length === 0 && action && params ? tccliCommand({ action, params, region }) : undefined;
      if (command) {
        io.stdout(command + "\n");
        continue;
      }
      for (const f of errors) io.stderr(findingLine(f));
      if (errors.length === 0) {
        io.stderr(lang === "zh-cn" ? `tcaccel: ${file}：参数值含 NUL 字符，命令行无法传递。\n` : `tcaccel: ${file}: a value holds a NUL character, which no command line can carry.\n`);
      }
      exit = Math.max(exit, EXIT_FINDINGS);
    } catch (caught) {
      if (!(caught instanceof UnreadableFileError)) throw caught;
      io.stderr(lang === "zh-cn" ? `tcaccel: 无法读取 ${caught.file}：${caught.reason}。\n` : `tcaccel: Cannot read ${caught.file}: ${caught.reason}.\n`);
      exit = EXIT_USAGE;
    }
  }
  return exit;
}

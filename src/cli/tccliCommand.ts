import { tccliCommand } from "../core/requests/tccliCommand";
import type { CliIO } from "./cliIO";
import { parseCommandArgs } from "./commandArgs";
import { UnreadableFileError } from "./readRequestFile";
import { checkRequestFile, EXIT_FINDINGS, EXIT_USAGE, findingLine } from "./validateCommand";

/**
 * `tcaccel tccli FILE... [--lang en|zh-cn]`: the tccli command that sends each file, one line each on stdout, ready
 * for `sh`. A file with errors gets no command: its findings go to stderr and the exit code is 1 (2 when a file
 * cannot be read), so `tcaccel tccli f.tcreq.json > send.sh` never writes a command for a file that is wrong.
 */
export function runTccliCommand(argv: string[], io: CliIO): number {
  const { files, lang } = parseCommandArgs(argv, io.env, { files: true, format: false });
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

#!/usr/bin/env node
import * as path from "node:path";
import { UsageError, type CliIO } from "./cliIO";
import { processIO } from "./processIO";
import { MAX_REQUEST_FILE_BYTES } from "./readRequestFile";
import { runCheckCommand } from "./checkCommand";
import { runListCommand } from "./listCommand";
import { runProfilesCommand } from "./profilesCommand";
import { runSendCommand } from "./sendCommand";
import { runTccliCommand } from "./tccliCommand";
import { runValidateCommand } from "./validateCommand";

const USAGE = `Usage:
  tcaccel validate FILE... [--format text|json] [--lang en|zh-cn]
      Check request files (*.tcreq.json) offline: shape, deprecations and conflicts.
      Exit 0 when no errors, 1 when any error, 2 on usage errors or when a named file cannot be read
      (only regular files up to ${MAX_REQUEST_FILE_BYTES / 1024 / 1024} MB are read; the other files are still checked).
      A tcaccel.json found by walking up from each file sets rule severities.
  tcaccel tccli FILE... [--lang en|zh-cn]
      Print the tccli command that sends each request file (per-parameter form, quoted for POSIX sh), one a line.
      A file with errors gets no command: its findings go to stderr and the exit code is 1 (2 for an unreadable file).
  tcaccel profiles [--format text|json]
      List the Tencent Cloud profiles the extension would offer (name, source, masked SecretId, region, which is
      active, in the extension's precedence); never a secret.
  tcaccel list [ACCOUNT] [--children] [--format text|json]
      The account's GAAP groups and proxies and EdgeOne zones and L4 proxies, as the Proxies view shows them
      (--children: also the proxies' own children: listeners with their origins, L4 forwarding rules).
  tcaccel check FILE [ACCOUNT] [--format text|json] [--lang en|zh-cn]
      The offline rules, the live checks and the preflight (CheckProxyCreate and price for creates, the live diff
      for changes, the zone and name for L4 proxies). Reads only: nothing billable is sent.
  tcaccel send FILE [ACCOUNT] [--yes] [--write-token] [--format text|json] [--lang en|zh-cn]
      Checks FILE as check does and, when nothing blocks it, sends it once and follows it until it settles.
      A write needs --yes (without it: exit 2 and what would be sent). GAAP writes carry a ClientToken: the
      file's own; with --write-token a new one written into the file first; else, for a create, one derived from
      the request, so sending the same file again creates nothing twice.
  tcaccel sandbox [--port N] [--secret-id ID --secret-key KEY] [--state FILE] [--seed demo|scale:N]
                  [--latency MS] [--faults SPEC]
      Run the local GAAP + EdgeOne emulator until Ctrl-C (tcaccel sandbox --help for every option).

ACCOUNT (list, check, send):
  --profile NAME        a profile from \`tcaccel profiles\` (NAME or SOURCE:NAME); default: the one marked * there
  --site china|intl     the Tencent Cloud site (default china)
  --sandbox HOST:PORT --secret-id ID
                        a local \`tcaccel sandbox\` (loopback only), its SecretKey in TCACCEL_SANDBOX_SECRET_KEY

Exit codes: 0 ok; 1 findings with errors, or the send is blocked; 2 usage error, unreadable file, no usable
credentials, or a write without --yes; 3 the API or the network failed.
`;

interface SandboxModule {
  runSandboxCommand(argv: string[], io: { stdout(text: string): void; stderr(text: string): void }): Promise<number>;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return runValidateCommand(rest, io);
      case "tccli":
        return runTccliCommand(rest, io);
      case "profiles":
        return await runProfilesCommand(rest, io);
      case "check":
        return await runCheckCommand(rest, io);
      case "send":
        return await runSendCommand(rest, io);
      case "list":
        return await runListCommand(rest, io);
      case "sandbox": {
        // The emulator is its own bundle, loaded only when asked for.
        const sandbox = require(path.join(__dirname, "sandbox.js")) as SandboxModule;
        return await sandbox.runSandboxCommand(rest, io);
      }
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `Unknown command "${command}".` : "Name a command.");
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`tcaccel: ${e.message}\n${e.showUsage ? `\n${USAGE}` : ""}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  const io = processIO();
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode ??= code;
    },
    (e: unknown) => {
      io.stderr(`tcaccel: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}

import { parseSandboxArgs, SANDBOX_USAGE, UsageError } from "./parseSandboxArgs";
import { startSandbox, type Sandbox } from "./startSandbox";

export interface SandboxCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Stops the sandbox like Ctrl-C does (tests use it instead of signals). */
  signal?: AbortSignal;
}

const processIo: SandboxCommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function describe(sandbox: Sandbox): string {
  return [
    `Tencent Cloud Acceleration sandbox (GAAP 2018-05-29, EdgeOne 2022-09-01) listening on ${sandbox.endpoint}`,
    `  Endpoint:  ${sandbox.endpoint}   (SDK httpProfile: endpoint "${sandbox.endpoint}", protocol "http://")`,
    `  SecretId:  ${sandbox.secretId}`,
    `  SecretKey: ${sandbox.secretKey}`,
    "Press Ctrl-C to stop.",
    "",
  ].join("\n");
}

/** Resolves when a stop is asked for: SIGINT, SIGTERM or the io's abort signal. */
function untilStopped(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    const stop = (why: string) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      signal?.removeEventListener("abort", onAbort);
      resolve(why);
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    const onAbort = () => stop("abort");
    process.once("SIGINT", onInt);
    process.once("SIGTERM", onTerm);
    if (signal?.aborted) stop("abort");
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * `tcaccel sandbox [--port N] [--secret-id ID --secret-key KEY] [--state FILE] [--seed demo|scale:N] [--latency MS]
 * [--faults SPEC]`: `argv` holds the arguments after `sandbox`. Prints the endpoint and the one credential pair the
 * sandbox accepts, runs until Ctrl-C/SIGTERM, and resolves to the exit code (2 for usage errors, 1 when it cannot start).
 */
export async function runSandboxCommand(argv: string[], io: SandboxCommandIo = processIo): Promise<number> {
  let args;
  try {
    args = parseSandboxArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`tcaccel sandbox: ${e.message}\n\n${SANDBOX_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(SANDBOX_USAGE + "\n");
    return 0;
  }
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({ ...args.options, log: (line) => io.stderr(line + "\n") });
  } catch (e) {
    io.stderr(`tcaccel sandbox: cannot start: ${(e as Error).message}\n`);
    return 1;
  }
  const { endpoint, port, secretId, secretKey } = sandbox;
  io.stdout(args.json ? JSON.stringify({ endpoint, port, secretId, secretKey }) + "\n" : describe(sandbox));
  const why = await untilStopped(io.signal);
  await sandbox.close();
  if (!args.json) io.stdout(`Sandbox stopped (${why}).\n`);
  return 0;
}

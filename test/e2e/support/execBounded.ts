import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { processRegistry } from "./processRegistry";

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Hard limit; the whole process group is killed when it is reached. */
  timeoutMs: number;
  /** Shown in errors and progress lines, e.g. "npm install code-server@4.139.1". */
  label?: string;
  /** When set, stdout and stderr are appended here as they come (long installs are easier to follow). */
  logFile?: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

const keptOutput = 64 * 1024;

/** Runs a command to completion within `timeoutMs`; rejects with the tail of its output when it fails. */
export function execBounded(command: string, args: readonly string[], options: ExecOptions): Promise<ExecResult> {
  const label = options.label ?? `${command} ${args.join(" ")}`;
  return new Promise((resolve, reject) => {
    const child = processRegistry.track(
      spawn(command, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      }),
    );
    let stdout = "";
    let stderr = "";
    const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: "a" }) : undefined;
    child.stdout?.on("data", (d: Buffer) => {
      stdout = (stdout + d.toString()).slice(-keptOutput);
      log?.write(d);
    });
    child.stderr?.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-keptOutput);
      log?.write(d);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void processRegistry.stop(child, 2_000);
    }, options.timeoutMs);
    child.once("error", (e) => {
      clearTimeout(timer);
      log?.end();
      reject(new Error(`${label}: could not start (${e.message})`));
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      log?.end();
      if (!timedOut && code === 0) return resolve({ stdout, stderr });
      const why = timedOut
        ? `timed out after ${Math.round(options.timeoutMs / 1000)} s`
        : `exited with ${code ?? signal}`;
      const tail = (stderr.trim() || stdout.trim()).split("\n").slice(-25).join("\n");
      reject(new Error(`${label} ${why}${options.logFile ? ` (full log: ${options.logFile})` : ""}\n${tail}`));
    });
  });
}

// The sandbox in a process of its own for the listing benchmark: a real API server does not share the client's
// event loop, and here serving 20 pages of a 10,000-proxy account at once would otherwise delay the client's
// requests (and the server's view of when they arrived) by the server's own work.
import { spawn, type ChildProcess } from "node:child_process";
import * as readline from "node:readline";
import { startSandbox, type SandboxOptions } from "../../src/sandbox";

export const SANDBOX_CHILD_FLAG = "--bench-sandbox-child";

export interface SandboxProcess {
  endpoint: string;
  secretId: string;
  secretKey: string;
  /** Requests seen and refused per action, as the sandbox counted them. */
  stats(): Promise<Record<string, { total: number; rateLimited: number; peakPerSecond: number }>>;
  close(): Promise<void>;
}

type ChildOptions = Pick<SandboxOptions, "seed" | "latency" | "rateLimit" | "delays">;

/** Parent side: runs this same bundle in sandbox mode and talks to it by lines of JSON on stdin/stdout. */
export function startSandboxProcess(options: ChildOptions, timeoutMs = 60_000): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(process.execPath, [process.argv[1]!, SANDBOX_CHILD_FLAG, JSON.stringify(options)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on("line", (line) => waiting.shift()?.(line));
  const next = (what: string) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`sandbox process: no ${what} after ${timeoutMs} ms`)), timeoutMs);
      waiting.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
      child.once("exit", (code) => reject(new Error(`sandbox process exited (${code}) before ${what}`)));
    });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return next("start").then(
    (line) => {
      const ready = JSON.parse(line) as { endpoint: string; secretId: string; secretKey: string };
      return {
        ...ready,
        stats: async () => {
          const reply = next("stats");
          child.stdin!.write("stats\n");
          return JSON.parse(await reply);
        },
        close: async () => {
          child.stdin!.end();
          const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
          await exited;
          clearTimeout(timer);
        },
      };
    },
    (e: unknown) => {
      child.kill("SIGKILL");
      throw e;
    },
  );
}

/** Child side: start the sandbox, announce it, answer "stats", close when stdin ends. */
export async function runSandboxChild(optionsJson: string): Promise<void> {
  const sandbox = await startSandbox({ port: 0, ...(JSON.parse(optionsJson) as ChildOptions), log: (line) => process.stderr.write(`[sandbox] ${line}\n`) });
  process.stdout.write(JSON.stringify({ endpoint: sandbox.endpoint, secretId: sandbox.secretId, secretKey: sandbox.secretKey }) + "\n");
  const input = readline.createInterface({ input: process.stdin });
  input.on("line", (line) => {
    if (line.trim() !== "stats") return;
    const stats = Object.fromEntries(
      Object.entries(sandbox.stats.actions).map(([name, s]) => [name, { total: s.total, rateLimited: s.rateLimited, peakPerSecond: s.peakPerSecond }]),
    );
    process.stdout.write(JSON.stringify(stats) + "\n");
  });
  await new Promise<void>((resolve) => input.once("close", () => resolve()));
  await sandbox.close();
}

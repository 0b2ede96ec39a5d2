import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startSandbox, type Sandbox } from "../../src/sandbox/index";

type SandboxOptions = NonNullable<Parameters<typeof startSandbox>[0]>;

// The built `tcaccel` as a user runs it.
export const ROOT = path.resolve(__dirname, "../../..");
export const CLI = path.join(ROOT, "dist", "cli.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without blocking this process (an in-process sandbox must keep answering). Bounded: 60 s. */
export function runCli(args: readonly string[], options: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

export interface CliSandbox {
  sandbox: Sandbox;
  /** `--sandbox HOST:PORT --secret-id ID`. */
  account: string[];
  /** An empty home (no profiles of the machine), LANG=C, and the sandbox's key in TCACCEL_SANDBOX_SECRET_KEY. */
  env: NodeJS.ProcessEnv;
  /** A fresh folder for request files. */
  dir: string;
  run(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CliRun>;
  /** Writes a request file into `dir` and returns its path. */
  file(name: string, request: Record<string, unknown>): string;
  close(): Promise<void>;
}

/** A demo sandbox on a free loopback port (fast transitions) and the CLI's options for it. */
export async function cliSandbox(options: SandboxOptions = {}): Promise<CliSandbox> {
  const sandbox = await startSandbox({ port: 0, log: () => {}, delays: 300, ...options });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-cli-"));
  const home = path.join(dir, "home");
  fs.mkdirSync(home);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, LANG: "C", TCACCEL_SANDBOX_SECRET_KEY: sandbox.secretKey };
  const account = ["--sandbox", sandbox.endpoint, "--secret-id", sandbox.secretId];
  return {
    sandbox,
    account,
    env,
    dir,
    run: (args, extra = {}) => runCli(args, { env: { ...env, ...extra }, cwd: dir }),
    file: (name, request) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, JSON.stringify(request, null, 2) + "\n");
      return file;
    },
    close: async () => {
      await sandbox.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A proxy the demo account has in a given status, for live checks and modifies. */
export function demoProxy(sandbox: Sandbox, pick: (p: { Status: string; Scalarable?: number; ProxyName: string }) => boolean): { ProxyId: string; ProxyName: string; Bandwidth: number; Concurrent: number } {
  const found = Object.values(sandbox.state.proxies).find((p) => pick(p as never));
  if (!found) throw new Error("no such demo proxy");
  return found as never;
}

/** The demo zone that takes new L4 proxies. */
export function activeZone(sandbox: Sandbox): string {
  const zone = Object.values(sandbox.state.zones).find((z) => z.Status === "active" && !z.Paused && z.ZoneName === "example.com");
  if (!zone) throw new Error("no active demo zone");
  return zone.ZoneId;
}

export const CREATE_PROXY = {
  Action: "CreateProxy",
  Version: "2018-05-29",
  ProjectId: 0,
  ProxyName: "cli-test",
  AccessRegion: "Shanghai",
  RealServerRegion: "Guangzhou",
  Bandwidth: 10,
  Concurrent: 2,
};

import * as fs from "node:fs";
import * as path from "node:path";
import { e2ePaths } from "../support/e2ePaths";
import { flowEnvironment } from "../support/flowEnvironment";
import { sandboxConnection } from "../support/sandboxConnection";
import { withVsCode, type VsCodeSession, type VsCodeSessionOptions } from "../support/vscodeSession";

/** The sandbox options these flows use (src/sandbox/sandboxOptions.ts), and what they read back. */
interface FlowSandboxOptions {
  seed?: string;
  hostile?: boolean;
  latency?: number;
  delays?: number | Partial<Record<"create" | "adjust" | "open" | "close" | "destroy" | "l4Deploy" | "l4Stop", number>>;
}

export interface FlowSandbox {
  endpoint: string;
  secretId: string;
  secretKey: string;
  state: { proxies: Record<string, { ProxyId: string; ProxyName: string; Status: string; GroupId: string | null }> };
  stats: { actions: Readonly<Record<string, { total: number }>> };
  /** Injected faults (src/sandbox/faults/faultPlan.ts); undefined: none. */
  setFaults(faults: { rules: ({ action: string; fault: string; probability: number } | { action: string; script: string[] })[] } | undefined): void;
  close(): Promise<void>;
}

/** Starts the sandbox from the built bundle (the same file the extension loads) with the options a flow needs. */
async function startFlowSandbox(options: FlowSandboxOptions): Promise<FlowSandbox> {
  const bundle = path.join(e2ePaths.repoRoot, "dist", "sandbox.js");
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node esbuild.js\``);
  // A built bundle chosen at run time, hence require.
  const mod = require(bundle) as { startSandbox(o: object): Promise<FlowSandbox> };
  return mod.startSandbox({ port: 0, seed: "demo", ...options });
}

export type ProxiesFlowOptions = Omit<VsCodeSessionOptions, "prerequisites" | "vsix"> & {
  sandbox?: FlowSandboxOptions;
  /** false: VS Code is not pointed at the sandbox (the flow sets up the account itself). */
  connect?: boolean;
};

/** A sandbox with the flow's options and a VS Code pointed at it (settings + environment); both always stopped. */
export async function withProxiesSandbox<T>(
  options: ProxiesFlowOptions,
  fn: (session: VsCodeSession, sandbox: FlowSandbox) => Promise<T>,
  /** More environment for VS Code, from the sandbox (its keys as TENCENTCLOUD_* variables, say). */
  envFrom?: (sandbox: FlowSandbox) => Record<string, string>,
): Promise<T> {
  const { prerequisites, vsix } = await flowEnvironment();
  const sandbox = await startFlowSandbox(options.sandbox ?? {});
  try {
    const connection = options.connect === false ? { settings: {}, env: {} } : sandboxConnection(sandbox);
    const { sandbox: _unused, connect: _connect, ...vsOptions } = options;
    const env = { ...connection.env, ...options.env, ...envFrom?.(sandbox) };
    return await withVsCode(
      { ...vsOptions, prerequisites, vsix, settings: { ...connection.settings, ...options.settings }, env },
      (session) => fn(session, sandbox),
    );
  } finally {
    await sandbox.close();
  }
}

import * as fs from "node:fs";
import * as path from "node:path";
import { e2ePaths } from "./e2ePaths";

/** What `startSandbox` from dist/sandbox.js returns (src/sandbox/index.ts), as far as we use it. */
export interface SandboxHandle {
  /** "127.0.0.1:PORT" */
  endpoint: string;
  port: number;
  secretId: string;
  secretKey: string;
  close(): Promise<void> | void;
}

interface SandboxModule {
  startSandbox(options: { port: number; seed?: string }): Promise<SandboxHandle>;
}

/** Starts the sandbox from the built bundle, the same file the extension loads in sandbox mode. */
export async function startSandbox(options: { port?: number; seed?: string } = {}): Promise<SandboxHandle> {
  const bundle = path.join(e2ePaths.repoRoot, "dist", "sandbox.js");
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node esbuild.js\` (it bundles src/sandbox/index.ts)`);
  // A built bundle chosen at run time, hence require rather than import.
  const mod = require(bundle) as Partial<SandboxModule>;
  if (typeof mod.startSandbox !== "function") throw new Error(`${bundle} does not export startSandbox`);
  return mod.startSandbox({ port: options.port ?? 0, seed: options.seed ?? "demo" });
}

/**
 * The contract with the extension layer: user settings point it at the sandbox, and the secret key reaches it only
 * through the environment of the VS Code process (never settings, which sync and show in the UI).
 */
export function sandboxConnection(sandbox: Pick<SandboxHandle, "endpoint" | "secretId" | "secretKey">): {
  settings: Record<string, unknown>;
  env: Record<string, string>;
} {
  return {
    settings: {
      "tcAccel.endpoint": "sandbox",
      "tcAccel.sandbox.endpoint": sandbox.endpoint,
      "tcAccel.sandbox.secretId": sandbox.secretId,
    },
    env: { TCACCEL_SANDBOX_SECRET_KEY: sandbox.secretKey },
  };
}

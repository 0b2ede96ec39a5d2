import * as path from "node:path";
import type * as vscode from "vscode";
import type { Logger } from "../../core/logger";

/** What the extension uses of dist/sandbox.js (src/sandbox/index.ts). */
interface SandboxHandle {
  endpoint: string;
  secretId: string;
  secretKey: string;
  close(): Promise<void>;
}

interface SandboxModule {
  startSandbox(options: { port?: number; seed?: string }): Promise<SandboxHandle>;
}

export interface SandboxAccess {
  endpoint: string;
  secretId: string;
  secretKey: string;
}

/**
 * "Try the sandbox" without a running `tcaccel sandbox`: the emulator, started in the extension host on first use
 * from its own bundle, so it never weighs on activation. One per window, stopped with the extension.
 */
export class EmbeddedSandbox implements vscode.Disposable {
  private started: Promise<SandboxHandle> | undefined;

  constructor(
    private readonly extensionPath: string,
    private readonly log: Logger,
  ) {}

  get running(): boolean {
    return this.started !== undefined;
  }

  start(): Promise<SandboxAccess> {
    this.started ??= (async () => {
      const bundle = path.join(this.extensionPath, "dist", "sandbox.js");
      // A path chosen at run time: esbuild leaves this require alone, so the sandbox stays out of extension.js.
      const mod = require(bundle) as SandboxModule;
      const sandbox = await mod.startSandbox({ port: 0, seed: "demo" });
      this.log.info(`Embedded sandbox listening on ${sandbox.endpoint}`);
      return sandbox;
    })();
    this.started.catch(() => (this.started = undefined));
    return this.started.then(({ endpoint, secretId, secretKey }) => ({ endpoint, secretId, secretKey }));
  }

  dispose(): void {
    void this.started?.then((s) => s.close()).catch(() => undefined);
    this.started = undefined;
  }
}

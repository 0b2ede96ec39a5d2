import { flowEnvironment } from "./flowEnvironment";
import { sandboxConnection, startSandbox, type SandboxHandle } from "./sandboxConnection";
import { withVsCode, type VsCodeSession, type VsCodeSessionOptions } from "./vscodeSession";

export type SandboxedOptions = Omit<VsCodeSessionOptions, "prerequisites" | "vsix">;

/**
 * The usual flow setting: a fresh sandbox (seed "demo"), and a fresh VS Code whose user settings and environment
 * point the extension at it. Both are stopped however `fn` ends.
 */
export async function withSandboxedVsCode<T>(options: SandboxedOptions, fn: (session: VsCodeSession, sandbox: SandboxHandle) => Promise<T>): Promise<T> {
  const { prerequisites, vsix } = await flowEnvironment();
  const sandbox = await startSandbox({ seed: "demo" });
  try {
    const connection = sandboxConnection(sandbox);
    return await withVsCode(
      {
        ...options,
        prerequisites,
        vsix,
        settings: { ...connection.settings, ...options.settings },
        env: { ...connection.env, ...options.env },
      },
      (session) => fn(session, sandbox),
    );
  } finally {
    await sandbox.close();
  }
}

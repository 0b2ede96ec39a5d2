// What `npm start` (scripts/start.js, plain JS) uses of the harness; esbuild bundles this file for it, so `npm start`
// works even while the rest of the project does not type-check.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { onPath } from "./aptPackages";
import { buildVsix } from "./buildVsix";
import { CodeServer } from "./codeServer";
import { e2ePaths } from "./e2ePaths";
import { ensurePrerequisites, PrerequisitesUnavailableError } from "./prerequisites";
import { processRegistry } from "./processRegistry";
import { writeUserSettings } from "./userSettings";

export { PrerequisitesUnavailableError, processRegistry };
export { sandboxConnection } from "./sandboxConnection";

export interface DevSessionOptions {
  /** User settings (the sandbox connection). */
  settings: Readonly<Record<string, unknown>>;
  /** Environment for VS Code and so for the extension host (the sandbox's secret key). */
  env: Readonly<Record<string, string>>;
  log: (line: string) => void;
}

export interface DevSession {
  kind: "desktop" | "code-server";
  /** code-server: the URL to open. */
  url?: string;
  /** Resolves when VS Code has gone (the window was closed, or code-server stopped). */
  exited: Promise<void>;
}

/** A throwaway root removed on shutdown: user-data-dir, extensions-dir and an empty workspace folder. */
function throwawayRoot(): { root: string; workspace: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-start-"));
  const workspace = path.join(root, "workspace");
  fs.mkdirSync(workspace, { recursive: true });
  processRegistry.onShutdown(() => fs.rmSync(root, { recursive: true, force: true }));
  return { root, workspace };
}

export function desktopCodeAvailable(): boolean {
  return onPath("code");
}

/** Desktop VS Code running the extension from source (dist/, built by `node esbuild.js`). */
export async function startDesktop(options: DevSessionOptions): Promise<DevSession> {
  const { root, workspace } = throwawayRoot();
  const userDataDir = path.join(root, "user-data");
  writeUserSettings(userDataDir, options.settings);
  const args = [
    `--extensionDevelopmentPath=${e2ePaths.repoRoot}`,
    "--user-data-dir", userDataDir,
    "--extensions-dir", path.join(root, "extensions"),
    "--new-window",
    // Without --wait the CLI returns at once and we could not tell when the user is done.
    "--wait",
    workspace,
  ];
  const child = processRegistry.track(spawn("code", args, { env: { ...process.env, ...options.env }, stdio: "inherit", detached: true }));
  options.log(`desktop VS Code started (code ${args.join(" ")})`);
  return { kind: "desktop", exited: new Promise((resolve) => child.once("exit", () => resolve())) };
}

/** code-server on 127.0.0.1 with the packaged extension (the browser route cannot load it from source). */
export async function startCodeServer(options: DevSessionOptions): Promise<DevSession> {
  const { root, workspace } = throwawayRoot();
  options.log("checking code-server, Node 24 and chromium (the first time this installs them: minutes)…");
  const [prerequisites, vsix] = await Promise.all([
    ensurePrerequisites((line) => options.log(line)),
    buildVsix(path.join(root, "tencent-cloud-acceleration.vsix")),
  ]);
  const server = await CodeServer.start({ prerequisites, root, workspace, vsixes: [vsix.file], settings: options.settings, env: options.env, log: options.log });
  processRegistry.onShutdown(() => server.stop());
  return {
    kind: "code-server",
    url: server.folderUrl,
    exited: server.exited,
  };
}

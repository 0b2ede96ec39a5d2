import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { execBounded } from "./execBounded";
import { freePort } from "./freePort";
import type { LanguagePack } from "./languagePack";
import { writeLanguagePacksJson } from "./languagePack";
import type { Prerequisites } from "./prerequisites";
import { processRegistry } from "./processRegistry";
import { writeUserKeybindings, writeUserSettings } from "./userSettings";

export interface CodeServerOptions {
  prerequisites: Prerequisites;
  /** A throwaway folder: user-data-dir, extensions-dir, config and logs all go under it. */
  root: string;
  workspace: string;
  /** Installed with `--install-extension` before start (the `payload` URL route does not load extensions here). */
  vsixes: readonly string[];
  settings?: Readonly<Record<string, unknown>>;
  keybindings?: readonly Readonly<Record<string, unknown>>[];
  /** Extra environment for code-server, hence for the extension host (e.g. the sandbox's secret key). */
  env?: Readonly<Record<string, string>>;
  /** zh-cn needs a language pack (see languagePack.ts). */
  zhCn?: LanguagePack;
  log?: (line: string) => void;
}

const readyTimeoutMs = 90_000;

/** code-server on 127.0.0.1 with its own user-data-dir and extensions-dir; `stop()` ends its whole process group. */
export class CodeServer {
  /** Resolves when the code-server process has exited, for whatever reason. */
  readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly userDataDir: string,
    readonly extensionsDir: string,
    readonly workspace: string,
    /** code-server's own stdout and stderr. */
    readonly outputLog: string,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once("exit", () => resolve());
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The workbench with the workspace folder open. */
  get folderUrl(): string {
    return `${this.url}?folder=${encodeURIComponent(this.workspace)}`;
  }

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const { prerequisites, root } = options;
    const userDataDir = path.join(root, "user-data");
    const extensionsDir = path.join(root, "extensions");
    fs.mkdirSync(extensionsDir, { recursive: true });
    writeUserSettings(userDataDir, options.settings ?? {});
    if (options.keybindings) writeUserKeybindings(userDataDir, options.keybindings);
    // code-server writes a config.yaml (with a password) under ~/.config on first start unless given one.
    const config = path.join(root, "code-server.yaml");
    fs.writeFileSync(config, "auth: none\ncert: false\n");
    const common = ["--config", config, "--user-data-dir", userDataDir, "--extensions-dir", extensionsDir];
    const env = codeServerEnv(root, options.env);

    const vsixes = [...options.vsixes, ...(options.zhCn ? [options.zhCn.vsix] : [])];
    if (vsixes.length) {
      options.log?.(`installing ${vsixes.map((v) => path.basename(v)).join(", ")}`);
      await execBounded(prerequisites.node, [prerequisites.codeServerEntry, ...common, ...vsixes.flatMap((v) => ["--install-extension", v])], {
        env,
        timeoutMs: 3 * 60_000,
        label: "code-server --install-extension",
      });
    }
    if (options.zhCn) writeLanguagePacksJson(userDataDir, extensionsDir, options.zhCn);

    const port = await freePort();
    const outputLog = path.join(root, "code-server.log");
    const out = fs.openSync(outputLog, "a");
    const args = [
      prerequisites.codeServerEntry,
      ...common,
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-getting-started-override",
      ...(options.zhCn ? ["--locale", "zh-cn"] : []),
      options.workspace,
    ];
    const child = processRegistry.track(spawn(prerequisites.node, args, { env, detached: true, stdio: ["ignore", out, out] }));
    fs.closeSync(out);
    const server = new CodeServer(child, port, userDataDir, extensionsDir, options.workspace, outputLog);
    try {
      await server.waitUntilReady();
    } catch (e) {
      await server.stop();
      throw e;
    }
    options.log?.(`code-server ${server.url} (pid ${child.pid})`);
    return server;
  }

  async stop(): Promise<void> {
    await processRegistry.stop(this.child);
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + readyTimeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`code-server exited (${this.child.exitCode ?? this.child.signalCode}) before it was ready:\n${tail(this.outputLog)}`);
      }
      if (await healthy(`${this.url}healthz`)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`code-server was not ready on ${this.url} after ${readyTimeoutMs / 1000} s:\n${tail(this.outputLog)}`);
  }
}

/**
 * Our environment minus what would make code-server talk to another VS Code (run from a VS Code terminal, the
 * VSCODE_* variables point its CLI at that instance) or to a proxy for loopback calls; its data goes under `root`.
 */
function codeServerEnv(root: string, extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_|npm_)/i.test(k) || /^(http|https|all)_proxy$/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, XDG_DATA_HOME: path.join(root, "xdg-data"), XDG_CONFIG_HOME: path.join(root, "xdg-config"), ...extra };
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once("timeout", () => req.destroy());
    req.once("error", () => resolve(false));
  });
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
  } catch {
    return "(no output)";
  }
}

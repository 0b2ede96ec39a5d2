import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CodeServer } from "./codeServer";
import { e2ePaths } from "./e2ePaths";
import { readExtensionHostLog, readExtensionLog } from "./extensionHostLog";
import { readExtensionManifest } from "./extensionManifest";
import { buildZhCnLanguagePack } from "./languagePack";
import type { Prerequisites } from "./prerequisites";
import { processRegistry } from "./processRegistry";
import { Workbench } from "./workbench";

export interface VsCodeSessionOptions {
  /** Names the output files: test-output/e2e/<flow>*.png, <flow>-exthost.log, ... */
  flow: string;
  prerequisites: Prerequisites;
  vsix: string;
  /** User settings on top of the base ones (workspace trust off, no startup editor). */
  settings?: Readonly<Record<string, unknown>>;
  /** User keybindings (`User/keybindings.json`), in place before VS Code starts. */
  keybindings?: readonly Readonly<Record<string, unknown>>[];
  /** Extra environment for code-server and so for the extension host. */
  env?: Readonly<Record<string, string>>;
  /** Files to create in the workspace folder, by relative path. */
  workspaceFiles?: Readonly<Record<string, string>>;
  /** "zh-cn" starts VS Code in Simplified Chinese (with a minimal language pack built on the fly). */
  locale?: "en" | "zh-cn";
  log?: (line: string) => void;
}

/** The flags vscode-host.md lists: no sandbox (root in a container), no GPU, and nothing that calls home. */
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A real VS Code (code-server) with the extension installed, driven by Chromium; `close()` stops everything. */
export class VsCodeSession {
  private closed = false;
  private readonly unregister: () => void;

  private constructor(
    readonly options: VsCodeSessionOptions,
    readonly root: string,
    readonly codeServer: CodeServer,
    readonly browser: Browser,
    readonly page: Page,
    readonly workbench: Workbench,
    private readonly browserLog: string[],
  ) {
    this.unregister = processRegistry.onShutdown(() => this.close());
  }

  static async launch(options: VsCodeSessionOptions): Promise<VsCodeSession> {
    const log = options.log ?? ((line: string) => console.log(`[e2e ${options.flow}] ${line}`));
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `tcaccel-e2e-${options.flow}-`));
    const workspace = path.join(root, "workspace");
    fs.mkdirSync(workspace, { recursive: true });
    for (const [rel, content] of Object.entries(options.workspaceFiles ?? {})) {
      fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
      fs.writeFileSync(path.join(workspace, rel), content);
    }
    const zhCn = options.locale === "zh-cn" ? await buildZhCnLanguagePack(root) : undefined;
    const codeServer = await CodeServer.start({
      prerequisites: options.prerequisites,
      root,
      workspace,
      vsixes: [options.vsix],
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.keybindings ? { keybindings: options.keybindings } : {}),
      ...(options.env ? { env: options.env } : {}),
      ...(zhCn ? { zhCn } : {}),
      log,
    });
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath: options.prerequisites.chromium,
        headless: true,
        args: chromiumArgs,
        timeout: 60_000,
        // Chromium's crash handler writes under ~/.config/chromium otherwise.
        env: { ...process.env, XDG_CONFIG_HOME: path.join(root, "browser-config"), XDG_CACHE_HOME: path.join(root, "browser-cache") },
      });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: zhCn ? "zh-CN" : "en-US" });
      const page = await context.newPage();
      const browserLog: string[] = [];
      page.on("console", (m) => browserLog.push(`[${m.type()}] ${m.text()}`));
      page.on("pageerror", (e) => browserLog.push(`[pageerror] ${e.message}`));
      const workbench = new Workbench(page, e2ePaths.outputDir);
      await page.goto(codeServer.folderUrl, { timeout: 60_000 });
      await workbench.waitUntilReady();
      // The workbench shows before the extension host has registered the extension; flows start after it has.
      const container = readExtensionManifest(zhCn ? "zh-cn" : "en").viewContainers[0];
      if (container) await workbench.waitForActivityBarEntry(container.title, 60_000);
      log(`workbench ready at ${codeServer.folderUrl}`);
      return new VsCodeSession(options, root, codeServer, browser, page, workbench, browserLog);
    } catch (e) {
      await browser?.close().catch(() => undefined);
      await codeServer.stop();
      keepLogs(options.flow, codeServer, []);
      throw e;
    }
  }

  /** The extension host log(s) so far. */
  extensionHostLog(): string {
    return readExtensionHostLog(this.codeServer.userDataDir);
  }

  /** Stops the browser and code-server, copies the logs into test-output/e2e, and removes the throwaway folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unregister();
    await this.browser.close().catch(() => undefined);
    await this.codeServer.stop();
    keepLogs(this.options.flow, this.codeServer, this.browserLog);
    if (process.env.TCACCEL_E2E_KEEP !== "1") fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Runs `fn` in a fresh session; on failure saves `<flow>-failure.png` first. The session is always closed. */
export async function withVsCode<T>(options: VsCodeSessionOptions, fn: (session: VsCodeSession) => Promise<T>): Promise<T> {
  const session = await VsCodeSession.launch(options);
  try {
    return await fn(session);
  } catch (e) {
    await session.workbench.screenshot(`${options.flow}-failure`).catch(() => undefined);
    throw e;
  } finally {
    await session.close();
  }
}

function keepLogs(flow: string, codeServer: CodeServer, browserLog: readonly string[]): void {
  const out = e2ePaths.outputDir;
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `${flow}-exthost.log`), readExtensionHostLog(codeServer.userDataDir) || "(no extension host log was written)\n");
  const ownLog = readExtensionLog(codeServer.userDataDir, readExtensionManifest().id);
  if (ownLog) fs.writeFileSync(path.join(out, `${flow}-extension.log`), ownLog);
  if (fs.existsSync(codeServer.outputLog)) fs.copyFileSync(codeServer.outputLog, path.join(out, `${flow}-code-server.log`));
  if (browserLog.length) fs.writeFileSync(path.join(out, `${flow}-browser-console.log`), browserLog.join("\n") + "\n");
}

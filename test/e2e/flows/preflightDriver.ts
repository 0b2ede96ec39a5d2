import * as fs from "node:fs";
import * as path from "node:path";
import type { Frame, Locator, Page } from "playwright-core";
import { boundedWait, pollUntil } from "../support/boundedWait";
import { manifestCommand, paletteLabel, type ExtensionManifest } from "../support/extensionManifest";
import type { VsCodeSession } from "../support/vscodeSession";
import type { FlowSandbox } from "./withProxiesSandbox";

/** What the preflight flows read and change in the sandbox beyond what the Proxies flows need. */
export interface PreflightSandbox extends FlowSandbox {
  state: FlowSandbox["state"] & {
    proxies: Record<string, { ProxyId: string; ProxyName: string; Status: string; GroupId: string | null; Bandwidth: number; Concurrent: number }>;
    zones: Record<string, { ZoneId: string; ZoneName: string; Paused: boolean }>;
    l4Proxies: Record<string, { ProxyId: string; ProxyName: string; ZoneId: string }>;
    catalog: { sellOut: { access: string; dest: string; minBandwidth?: number }[] };
  };
}

export const proxiesNamed = (sandbox: PreflightSandbox, name: string) => Object.values(sandbox.state.proxies).filter((p) => p.ProxyName === name);

/**
 * The preflight panel as a user meets it: a request file opened and sent, the webview found among the page's frames
 * (VS Code nests it two iframes deep), its phases, cards and buttons.
 */
export class PreflightDriver {
  readonly page: Page;

  constructor(
    readonly session: VsCodeSession,
    readonly manifest: ExtensionManifest,
    readonly timeoutMs = 45_000,
  ) {
    this.page = session.page;
  }

  get workspace(): string {
    return this.session.codeServer.workspace;
  }

  /** Writes a request file into the workspace and opens it the way a user would, with Quick Open. */
  async openRequest(name: string, request: Record<string, unknown>): Promise<void> {
    fs.writeFileSync(path.join(this.workspace, name), JSON.stringify(request, null, 2) + "\n");
    await this.page.keyboard.press("Control+P");
    const input = this.page.locator(".quick-input-widget input");
    await boundedWait("Quick Open", this.timeoutMs, (t) => input.waitFor({ state: "visible", timeout: t }));
    await input.fill(name);
    const row = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: name }).first();
    await boundedWait(`Quick Open to list ${name}`, this.timeoutMs, (t) => row.waitFor({ state: "visible", timeout: t }));
    await this.page.keyboard.press("Enter");
    await this.session.workbench.waitForEditorText(/"Action"/);
    await this.page.locator(".editor-instance .monaco-editor .view-lines").first().click();
  }

  /** Runs a command of the extension from the palette, by its manifest title. */
  async run(commandId: string): Promise<void> {
    await this.session.workbench.runCommand(paletteLabel(manifestCommand(this.manifest, commandId)));
  }

  /** The frame that holds the panel's page. */
  async frame(timeoutMs = this.timeoutMs): Promise<Frame> {
    return pollUntil("the preflight panel's webview", timeoutMs, async () => {
      for (const frame of this.page.frames()) {
        if (frame.isDetached()) continue;
        if ((await frame.locator("main#app .panel").count().catch(() => 0)) > 0) return frame;
      }
      return undefined;
    });
  }

  async panel(timeoutMs = this.timeoutMs): Promise<Locator> {
    return (await this.frame(timeoutMs)).locator("main#app .panel");
  }

  /** Waits for the panel to reach `phase` (checking, ready, following, done, failed...). */
  async waitForPhase(phase: string, timeoutMs = this.timeoutMs): Promise<Frame> {
    let last = "";
    return pollUntil(`the preflight panel to be "${phase}"`, timeoutMs, async () => {
      const frame = await this.frame(timeoutMs).catch(() => undefined);
      last = (await frame?.locator("main#app .panel").getAttribute("data-phase").catch(() => "")) ?? "";
      return last === phase ? frame : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message} (last phase: ${last || "none"})`);
    });
  }

  async section(id: string): Promise<Locator> {
    return (await this.frame()).locator(`[data-section="${id}"]`);
  }

  async text(selector: string): Promise<string> {
    return (await (await this.frame()).locator(selector).first().innerText()).trim();
  }

  async sendButton(): Promise<Locator> {
    return (await this.frame()).locator("#send");
  }

  async isDisabled(locator: Locator): Promise<boolean> {
    return (await locator.getAttribute("disabled")) !== null;
  }

  /** Every webview document on the page, as HTML (the panel's own page and VS Code's host page around it). */
  async webviewHtml(): Promise<string[]> {
    const pages: string[] = [];
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame() || frame.isDetached()) continue;
      pages.push(await frame.content().catch(() => ""));
    }
    return pages;
  }

  /** Switches the colour theme the way a user does (Preferences: Color Theme, by its label), and waits for the repaint. */
  async useTheme(theme: string): Promise<void> {
    const input = this.page.locator(".quick-input-widget input");
    await this.page.keyboard.press("Control+Shift+P");
    await boundedWait("the command palette", this.timeoutMs, (t) => input.waitFor({ state: "visible", timeout: t }));
    await input.fill(">Preferences: Color Theme");
    const command = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: "Preferences: Color Theme" }).first();
    await boundedWait("the palette row Preferences: Color Theme", this.timeoutMs, (t) => command.waitFor({ state: "visible", timeout: t }));
    await command.click();
    const row = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: theme }).first();
    await input.fill(theme);
    await boundedWait(`the theme "${theme}" in the picker`, this.timeoutMs, (t) => row.waitFor({ state: "visible", timeout: t }));
    await this.page.keyboard.press("Enter");
    await pollUntil(`the workbench to use the theme "${theme}"`, this.timeoutMs, async () => {
      const classes = (await this.page.locator(".monaco-workbench").getAttribute("class")) ?? "";
      const dark = /\bvs-dark\b/.test(classes);
      const hc = /\bhc-(black|light)\b/.test(classes);
      const wanted = /high contrast/i.test(theme) ? hc : /dark/i.test(theme) ? dark && !hc : !dark && !hc;
      return wanted ? true : undefined;
    });
    await new Promise((r) => setTimeout(r, 800)); // the webview gets the new theme variables a moment later
  }
}

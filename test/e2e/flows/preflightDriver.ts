import * as fs from "node:fs";
import * as path from "node:path";
import type { Frame, Locator, Page } from "playwright-core";
import { COMMANDS } from "../../../src/extension/constants";
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
  /** Replaces the injected faults (src/sandbox/faults/faultPlan.ts); undefined removes them. */
  setFaults(faults: { rules: { action: string; fault: string; probability: number }[]; slowMs?: number } | undefined): void;
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

  /**
   * Writes a request file into the workspace and opens it the way a user would, with File: Open File… (Quick Open
   * cannot find new files here: code-server comes without ripgrep).
   */
  async openRequest(name: string, request: Record<string, unknown>): Promise<void> {
    const file = path.join(this.workspace, name);
    fs.writeFileSync(file, JSON.stringify(request, null, 2) + "\n");
    // Files open in the first editor group, beside which the panels open (not among them).
    await this.focusFirstEditor();
    await this.session.workbench.runCommand("View: Focus First Editor Group");
    const input = this.page.locator(".quick-input-widget input");
    await this.page.keyboard.press("Control+Shift+P");
    await boundedWait("the command palette", this.timeoutMs, (t) => input.waitFor({ state: "visible", timeout: t }));
    await input.fill(">File: Open File...");
    const command = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: "File: Open File..." }).first();
    await boundedWait("the palette row File: Open File...", this.timeoutMs, (t) => command.waitFor({ state: "visible", timeout: t }));
    await command.click();
    // The dialog lists the folder once it has read it; typing before that is overwritten.
    const listed = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: name }).first();
    await boundedWait(`the Open File dialog to list ${name}`, this.timeoutMs, (t) => listed.waitFor({ state: "visible", timeout: t }));
    await input.fill(file);
    await pollUntil(`the Open File dialog to take ${file}`, this.timeoutMs, async () => ((await input.inputValue()) === file ? true : undefined));
    await this.page.keyboard.press("Enter");
    const tab = this.page.locator(".editor-group-container.active .tab.active").filter({ hasText: name });
    await boundedWait(`the editor of ${name} to be the active one`, this.timeoutMs, (t) => tab.waitFor({ state: "visible", timeout: t }));
    await this.session.workbench.waitForEditorText(new RegExp(`"Action"\\s*:\\s*"${String(request.Action)}"`));
  }

  /** Writes and opens a request file, then sends it (Send Request… from the palette). */
  async send(name: string, request: Record<string, unknown>): Promise<void> {
    await this.openRequest(name, request);
    await this.run(COMMANDS.sendRequest);
  }

  /** Developer: Reload Window, and waits for the new page's workbench (not the old one still on screen). */
  async reloadWindow(): Promise<void> {
    await this.page.evaluate(() => Object.assign(window, { tcaccelBeforeReload: true }));
    await this.focusFirstEditor();
    await this.session.workbench.runCommand("Developer: Reload Window").catch(() => undefined); // the palette goes with the page
    await pollUntil("the window to reload", this.timeoutMs, async () =>
      (await this.page.evaluate(() => !("tcaccelBeforeReload" in window)).catch(() => false)) ? true : undefined,
    );
    await this.session.workbench.waitUntilReady();
  }

  /**
   * Moves the keyboard out of a panel and into the request file's editor (the first group), as a user clicks into
   * it: keys pressed inside a webview reach the workbench only indirectly, and commands act on the active editor.
   */
  async focusFirstEditor(): Promise<void> {
    const editor = this.page.locator(".part.editor .editor-group-container").first().locator(".monaco-editor").first();
    const box = (await editor.count()) > 0 ? await editor.boundingBox() : null;
    // The empty space under the last line: no CodeLens or widget there, and the cursor just goes to the end.
    if (box) await this.page.mouse.click(box.x + box.width / 2, box.y + box.height - 20);
  }

  /**
   * Closes the request file's editor (its panel stays), so that a "show in file" that follows has to open it: with
   * the file on screen, seeing its text proves nothing.
   */
  async closeRequestEditor(name: string): Promise<void> {
    const tab = this.page.locator(".part.editor .editor-group-container").first().locator(".tab").filter({ hasText: name });
    await pollUntil(`the editor of ${name} to close`, this.timeoutMs, async () => {
      if ((await tab.count()) === 0) return true;
      await tab.first().click();
      await this.session.workbench.runCommand("View: Close Editor").catch(() => undefined);
      return (await tab.count()) === 0 ? true : undefined;
    });
  }

  /** The active editor's file name and the cursor's line (1-based), as the tab and the status bar show them. */
  async activeEditorAndLine(): Promise<{ file: string; line: number } | undefined> {
    const file = (await this.page.locator(".part.editor .editor-group-container.active .tab.active").first().getAttribute("aria-label").catch(() => null)) ?? "";
    const status = await this.page.locator(".part.statusbar .statusbar-item").filter({ hasText: /Ln \d+, Col \d+/ }).first().innerText().catch(() => "");
    const line = /Ln (\d+)/.exec(status)?.[1];
    return file && line ? { file, line: Number(line) } : undefined;
  }

  /** Runs a command of the extension from the palette, by its manifest title. */
  async run(commandId: string): Promise<void> {
    await this.focusFirstEditor();
    await this.session.workbench.runCommand(paletteLabel(manifestCommand(this.manifest, commandId)));
  }

  /**
   * The frame that holds the panel's page: the one on screen. Each request file has its own panel, and the page of
   * one that another panel has just covered can linger in the DOM for a moment, hidden.
   */
  async frame(timeoutMs = this.timeoutMs): Promise<Frame> {
    return pollUntil("the preflight panel's webview", timeoutMs, async () => {
      for (const frame of this.page.frames()) {
        if (frame.isDetached()) continue;
        if ((await frame.locator("main#app .panel").count().catch(() => 0)) > 0 && (await this.onScreen(frame))) return frame;
      }
      return undefined;
    });
  }

  /** Whether a webview's frame is shown: VS Code nests it in an iframe of the workbench's page, hidden with its tab. */
  private async onScreen(frame: Frame): Promise<boolean> {
    let outer = frame;
    while (outer.parentFrame() && outer.parentFrame() !== this.page.mainFrame()) outer = outer.parentFrame()!;
    const element = await outer.frameElement().catch(() => undefined);
    return element ? element.isVisible().catch(() => false) : false;
  }

  async panel(timeoutMs = this.timeoutMs): Promise<Locator> {
    return (await this.frame(timeoutMs)).locator("main#app .panel");
  }

  /** The revision of what the panel shows: it grows with every change, so "a new ready" can be told from the old one. */
  async revision(): Promise<number> {
    return Number((await (await this.panel()).getAttribute("data-revision")) ?? -1);
  }

  /** Waits for the panel to reach `phase` (checking, ready, following, done, failed...), newer than `after` if given. */
  async waitForPhase(phase: string, timeoutMs = this.timeoutMs, after = -1): Promise<Frame> {
    let last = "";
    return pollUntil(`the preflight panel to be "${phase}"`, timeoutMs, async () => {
      const frame = await this.frame(timeoutMs).catch(() => undefined);
      const panel = frame?.locator("main#app .panel");
      last = (await panel?.getAttribute("data-phase").catch(() => "")) ?? "";
      const revision = Number((await panel?.getAttribute("data-revision").catch(() => "-1")) ?? -1);
      return last === phase && revision > after ? frame : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message} (last phase: ${last || "none"})`);
    });
  }

  /**
   * After Send on a file the account check finds wrong: either the panel shows it (its title matching `title`,
   * checked), or, when live checks already flagged the file, Send refuses with a notification matching `refusal`.
   */
  async panelOrRefusal(title: RegExp, refusal: RegExp, timeoutMs = this.timeoutMs): Promise<"panel" | "refused"> {
    return pollUntil(`the panel for ${title} or a notification saying ${refusal}`, timeoutMs, async () => {
      const notes = await this.page.locator(".notifications-toasts .notification-list-item").allInnerTexts();
      if (notes.some((n) => /Not sent/.test(n) && refusal.test(n))) return "refused" as const;
      for (const frame of this.page.frames()) {
        if (frame.isDetached()) continue;
        const panel = frame.locator("main#app .panel");
        if ((await panel.count().catch(() => 0)) === 0) continue;
        const heading = await panel.locator("h1").innerText().catch(() => "");
        const phase = await panel.getAttribute("data-phase").catch(() => "");
        if (title.test(heading) && (phase === "ready" || phase === "failed")) return "panel" as const;
      }
      return undefined;
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
    await this.focusFirstEditor();
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

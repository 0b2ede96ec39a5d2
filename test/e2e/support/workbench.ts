import * as fs from "node:fs";
import * as path from "node:path";
import type { Locator, Page } from "playwright-core";
import { boundedWait } from "./boundedWait";

/**
 * What a user does and sees in the VS Code workbench, through the page. Selectors were checked in VS Code 1.139.1
 * (code-server 4.139.1); every wait is bounded and fails with what it was waiting for.
 */
export class Workbench {
  constructor(
    readonly page: Page,
    private readonly outputDir: string,
    readonly timeoutMs = 30_000,
  ) {}

  async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    await boundedWait("the VS Code workbench (.monaco-workbench)", timeoutMs, (t) =>
      this.page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: t }),
    );
  }

  /** Clicks the activity-bar entry whose aria-label is the container's title, and waits for its side bar. */
  async openViewContainer(title: string, timeoutMs = this.timeoutMs): Promise<void> {
    const entry = this.page.locator(`.part.activitybar [aria-label="${cssString(title)}"], .part.activitybar [aria-label^="${cssString(title)} ("]`).first();
    await boundedWait(`the activity bar entry "${title}"`, timeoutMs, (t) => entry.waitFor({ state: "visible", timeout: t }));
    const sideBarTitle = this.page.locator(".part.sidebar .composite.title");
    if (!(await sideBarTitle.filter({ hasText: title }).isVisible())) await entry.click();
    await boundedWait(`the side bar titled "${title}"`, timeoutMs, (t) =>
      sideBarTitle.filter({ hasText: new RegExp(escapeRegExp(title), "i") }).waitFor({ state: "visible", timeout: t }),
    );
  }

  /** Opens the command palette, types the title, and runs the row that shows it. */
  async runCommand(title: string, timeoutMs = this.timeoutMs): Promise<void> {
    const input = this.page.locator(".quick-input-widget input");
    await this.page.keyboard.press("Control+Shift+P");
    await boundedWait("the command palette", timeoutMs, (t) => input.waitFor({ state: "visible", timeout: t }));
    await input.fill(`>${title}`);
    const row = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: title }).first();
    await boundedWait(`the palette row "${title}"`, timeoutMs, (t) => row.waitFor({ state: "visible", timeout: t }));
    await row.click();
    await boundedWait("the command palette to close", timeoutMs, (t) => input.waitFor({ state: "hidden", timeout: t }));
  }

  /** Rows of the side bar's trees whose label is exactly `label` (or one of `label`). */
  treeItem(label: string | readonly string[]): Locator {
    const labels = typeof label === "string" ? [label] : label;
    const exact = new RegExp(`^\\s*(${labels.map(escapeRegExp).join("|")})\\s*$`);
    return this.page.locator('.part.sidebar [role="treeitem"]').filter({ has: this.page.locator(".label-name", { hasText: exact }) });
  }

  async waitForTreeItem(label: string | readonly string[], timeoutMs = this.timeoutMs): Promise<Locator> {
    const item = this.treeItem(label).first();
    await boundedWait(`the tree item ${describe(label)}`, timeoutMs, (t) => item.waitFor({ state: "visible", timeout: t }));
    return item;
  }

  /** Expands a collapsed tree item (a no-op when it is already expanded or has no children). */
  async expandTreeItem(label: string | readonly string[], timeoutMs = this.timeoutMs): Promise<Locator> {
    const item = await this.waitForTreeItem(label, timeoutMs);
    if ((await item.getAttribute("aria-expanded")) === "false") {
      await item.locator(".monaco-tl-twistie").click();
      await boundedWait(`the tree item ${describe(label)} to expand`, timeoutMs, (t) =>
        this.treeItem(label).and(this.page.locator('[aria-expanded="true"]')).first().waitFor({ state: "visible", timeout: t }),
      );
    }
    return item;
  }

  /** Collapses an expanded tree item, to bring what is below it back on screen. */
  async collapseTreeItem(label: string | readonly string[], timeoutMs = this.timeoutMs): Promise<void> {
    const item = await this.waitForTreeItem(label, timeoutMs);
    if ((await item.getAttribute("aria-expanded")) === "true") await item.locator(".monaco-tl-twistie").click();
  }

  /** Expands the collapsed children of `parent` whose labels are not in `except`. */
  async expandCollapsedChildren(parent: string, except: readonly string[], timeoutMs = this.timeoutMs): Promise<void> {
    const parentRow = await this.waitForTreeItem(parent, timeoutMs);
    const level = Number(await parentRow.getAttribute("aria-level"));
    const rows = this.page.locator(`.part.sidebar [role="treeitem"][aria-level="${level + 1}"][aria-expanded="false"]`);
    for (const row of await rows.all()) {
      const label = (await row.locator(".label-name").innerText()).trim();
      if (!except.includes(label)) await this.expandTreeItem(label, timeoutMs);
    }
  }

  /** All visible tree rows' labels, top to bottom (the tree is virtualised: only rows on screen exist). */
  async visibleTreeLabels(): Promise<string[]> {
    return (await this.page.locator('.part.sidebar [role="treeitem"] .label-name').allInnerTexts()).map((s) => s.trim());
  }

  async waitForNotification(text: string | RegExp, timeoutMs = this.timeoutMs): Promise<Locator> {
    const toast = this.page.locator(".notifications-toasts .notification-list-item").filter({ hasText: text }).first();
    await boundedWait(`a notification saying ${String(text)}`, timeoutMs, (t) => toast.waitFor({ state: "visible", timeout: t }));
    return toast;
  }

  /** Texts of the error notifications on screen (a failed command shows one). */
  async errorNotifications(): Promise<string[]> {
    return this.page
      .locator(".notifications-toasts .notification-list-item")
      .filter({ has: this.page.locator(".codicon-error") })
      .allInnerTexts();
  }

  /** Waits for the active editor to show `text` somewhere in its visible lines. */
  async waitForEditorText(text: string | RegExp, timeoutMs = this.timeoutMs): Promise<void> {
    const lines = this.page.locator(".editor-instance .monaco-editor .view-lines").filter({ hasText: text }).first();
    await boundedWait(`an editor showing ${String(text)}`, timeoutMs, (t) => lines.waitFor({ state: "visible", timeout: t }));
  }

  /** Opens the Problems panel and returns each row's accessible text (file rows and problem rows alike). */
  async problems(timeoutMs = this.timeoutMs): Promise<string[]> {
    const panel = this.page.locator(".markers-panel");
    if (!(await panel.isVisible())) await this.page.keyboard.press("Control+Shift+M");
    await boundedWait("the Problems panel", timeoutMs, (t) => panel.waitFor({ state: "visible", timeout: t }));
    const rows = panel.locator(".monaco-list-row");
    const labels: string[] = [];
    for (const row of await rows.all()) labels.push((await row.getAttribute("aria-label")) ?? (await row.innerText()));
    return labels;
  }

  /** Saves `test-output/e2e/<name>.png` and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.outputDir, { recursive: true });
    const file = path.join(this.outputDir, `${name}.png`);
    await this.page.screenshot({ path: file, timeout: 30_000 });
    return file;
  }
}

function describe(label: string | readonly string[]): string {
  return typeof label === "string" ? `"${label}"` : label.map((l) => `"${l}"`).join(" or ");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function cssString(s: string): string {
  return s.replace(/["\\]/g, "\\$&");
}

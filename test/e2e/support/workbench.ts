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

  /** The activity-bar entry of a view container: its aria-label is the title (plus " (keybinding)" for built-ins). */
  private activityBarEntry(title: string): Locator {
    return this.page.locator(`.part.activitybar [aria-label="${cssString(title)}"], .part.activitybar [aria-label^="${cssString(title)} ("]`).first();
  }

  async waitForActivityBarEntry(title: string, timeoutMs = this.timeoutMs): Promise<void> {
    await boundedWait(`the activity bar entry "${title}"`, timeoutMs, (t) => this.activityBarEntry(title).waitFor({ state: "visible", timeout: t }));
  }

  /** Clicks the activity-bar entry whose aria-label is the container's title, and waits for its side bar. */
  async openViewContainer(title: string, timeoutMs = this.timeoutMs): Promise<void> {
    const entry = this.activityBarEntry(title);
    await this.waitForActivityBarEntry(title, timeoutMs);
    const sideBarTitle = this.page.locator(".part.sidebar .composite.title");
    if (!(await sideBarTitle.filter({ hasText: title }).isVisible())) await entry.click();
    await boundedWait(`the side bar titled "${title}"`, timeoutMs, (t) =>
      sideBarTitle.filter({ hasText: new RegExp(escapeRegExp(title), "i") }).waitFor({ state: "visible", timeout: t }),
    );
  }

  /**
   * Opens the command palette, types the title, and runs the row that shows it. The palette lists the commands
   * known when it opens: one opened before the extension host registered the extension's contributions never shows
   * them, so it is closed and opened again until the row appears.
   */
  async runCommand(title: string, timeoutMs = this.timeoutMs): Promise<void> {
    const input = this.page.locator(".quick-input-widget input");
    const row = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: title }).first();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press("Control+Shift+P");
      await boundedWait("the command palette", timeoutMs, (t) => input.waitFor({ state: "visible", timeout: t }));
      await input.fill(`>${title}`);
      const shown = await row.waitFor({ state: "visible", timeout: Math.min(5_000, Math.max(1, deadline - Date.now())) }).then(
        () => true,
        () => false,
      );
      if (shown) break;
      await this.page.keyboard.press("Escape");
      if (Date.now() > deadline) throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the palette row "${title}"`);
    }
    await row.click();
    await boundedWait("the command palette to close", timeoutMs, (t) => input.waitFor({ state: "hidden", timeout: t }));
  }

  /** Rows of the side bar's trees whose label is exactly `label` (or one of `label`). */
  treeItem(label: string | readonly string[]): Locator {
    const labels = typeof label === "string" ? [label] : label;
    const exact = new RegExp(`^\\s*(${labels.map(escapeRegExp).join("|")})\\s*$`);
    return this.page.locator('.part.sidebar [role="treeitem"]').filter({ has: this.page.locator(".label-name", { hasText: exact }) });
  }

  /**
   * Waits for a tree row, scrolling the side bar's trees to find it: they are virtualised, so a row below the fold
   * does not exist in the page until it is scrolled to.
   */
  async waitForTreeItem(label: string | readonly string[], timeoutMs = this.timeoutMs): Promise<Locator> {
    const item = this.treeItem(label).first();
    const deadline = Date.now() + timeoutMs;
    while (!(await item.isVisible())) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the tree item ${describe(label)}`);
      await this.scrollTrees();
    }
    await item.scrollIntoViewIfNeeded();
    return item;
  }

  /** One step of a sweep through the side bar's trees: down a page, or back to the top once at the bottom. */
  private async scrollTrees(): Promise<void> {
    const list = this.page.locator(".part.sidebar .monaco-list").first();
    const box = (await list.isVisible()) ? await list.boundingBox() : null;
    if (!box) return void (await this.page.waitForTimeout(250));
    const firstRow = async () => this.page.locator('.part.sidebar [role="treeitem"]').first().getAttribute("data-index").catch(() => null);
    const before = await firstRow();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, box.height * 0.8);
    await this.page.waitForTimeout(250);
    if ((await firstRow()) === before) await this.page.mouse.wheel(0, -1e6);
  }

  /** Drags the sash between the side bar and the editor so that tree descriptions are readable in screenshots. */
  async widenSideBar(byPx: number): Promise<void> {
    const box = await this.page.locator(".part.sidebar").boundingBox();
    if (!box) return;
    const x = box.x + box.width + 1;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + byPx, y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Expands a collapsed tree item (a no-op when it is already expanded or has no children). */
  async expandTreeItem(label: string | readonly string[], timeoutMs = this.timeoutMs): Promise<Locator> {
    const item = await this.waitForTreeItem(label, timeoutMs);
    if ((await item.getAttribute("aria-expanded")) === "false") {
      await this.dismissHover();
      await item.locator(".monaco-tl-twistie").click();
      await boundedWait(`the tree item ${describe(label)} to expand`, timeoutMs, (t) =>
        this.treeItem(label).and(this.page.locator('[aria-expanded="true"]')).first().waitFor({ state: "visible", timeout: t }),
      );
    }
    return item;
  }

  /**
   * A tooltip left by the pointer resting on a row (a poll re-renders the tree under it) covers the rows below and
   * takes their clicks: the pointer goes to the empty editor area and the tooltip is given a moment to close.
   */
  async dismissHover(): Promise<void> {
    const viewport = this.page.viewportSize();
    if (viewport) await this.page.mouse.move(viewport.width / 2, viewport.height / 2);
    await this.page
      .locator(".context-view .monaco-hover, .workbench-hover")
      .first()
      .waitFor({ state: "hidden", timeout: 3_000 })
      .catch(() => undefined);
  }

  /** Collapses an expanded tree item, to bring what is below it back on screen. */
  async collapseTreeItem(label: string | readonly string[], timeoutMs = this.timeoutMs): Promise<void> {
    const item = await this.waitForTreeItem(label, timeoutMs);
    if ((await item.getAttribute("aria-expanded")) === "true") await item.locator(".monaco-tl-twistie").click();
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

  /**
   * Waits for the active editor to show `text` somewhere in its visible lines. The editor renders spaces as U+00A0,
   * so a space in a RegExp matches either (strings are whitespace-normalised by Playwright already).
   */
  async waitForEditorText(text: string | RegExp, timeoutMs = this.timeoutMs): Promise<void> {
    const pattern = typeof text === "string" ? text : new RegExp(text.source.replace(/ /g, "\\s"), text.flags);
    const lines = this.page.locator(".editor-instance .monaco-editor .view-lines").filter({ hasText: pattern }).first();
    await boundedWait(`an editor showing ${String(text)}`, timeoutMs, (t) => lines.waitFor({ state: "visible", timeout: t }));
  }

  /** Opens the Problems panel and returns each row's accessible text (file rows and problem rows alike). */
  async problems(timeoutMs = this.timeoutMs): Promise<string[]> {
    const panel = this.page.locator(".markers-panel");
    if (!(await panel.isVisible())) await this.page.keyboard.press("Control+Shift+M");
    await boundedWait("the Problems panel", timeoutMs, (t) => panel.waitFor({ state: "visible", timeout: t }));
    // Read every row in one go: the list re-renders as diagnostics arrive, and a row fetched one by one may be gone.
    return panel.locator(".monaco-list-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("aria-label") ?? r.textContent ?? ""));
  }

  /** Saves `test-output/e2e/<name>.png` and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.outputDir, { recursive: true });
    const file = path.join(this.outputDir, `${name}.png`);
    // A hover left by the last click would cover part of the side bar: park the mouse on the empty editor area.
    const viewport = this.page.viewportSize();
    if (viewport) await this.page.mouse.move(viewport.width / 2, viewport.height / 2);
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

import type { Page } from "playwright-core";
import { boundedWait, pollUntil } from "./boundedWait";

/** What a user does in an editor: open a file, move the cursor, ask for completion and quick fixes. */
export class EditorActions {
  constructor(
    private readonly page: Page,
    private readonly timeoutMs = 30_000,
  ) {}

  /**
   * Opens the workspace file named `name` through Quick Open and clicks its row. Quick Open is reached through the
   * palette's Ctrl+Shift+P (its ">" removed, it searches files), which every part of the workbench hands on, where a
   * focused list such as Problems can swallow Ctrl+P; tried again until the file's tab is the active one.
   */
  async open(name: string): Promise<void> {
    const input = this.page.locator(".quick-input-widget input");
    const tab = this.page.locator(".tabs-container .tab.active").filter({ hasText: name });
    await pollUntil(`the editor tab ${name}`, this.timeoutMs * 2, async () => {
      await this.page.keyboard.press("Escape");
      await this.page.keyboard.press("Control+Shift+P");
      if (!(await input.waitFor({ state: "visible", timeout: 5_000 }).then(() => true, () => false))) return undefined;
      await input.fill(name);
      const row = this.page.locator(".quick-input-list .monaco-list-row").filter({ hasText: name }).first();
      if (!(await row.waitFor({ state: "visible", timeout: 5_000 }).then(() => true, () => false))) return undefined;
      await row.click();
      return (await tab.waitFor({ state: "visible", timeout: 5_000 }).then(() => true, () => false)) ? true : undefined;
    }, 500);
  }

  /** Go to Line (Ctrl+G) `line:column`, both one-based as VS Code shows them. */
  async goTo(line: number, column = 1): Promise<void> {
    const input = this.page.locator(".quick-input-widget input");
    await this.page.locator(".editor-instance .monaco-editor textarea").first().focus();
    await this.page.keyboard.press("Control+G");
    await boundedWait("Go to Line", this.timeoutMs, (t) => input.waitFor({ state: "visible", timeout: t }));
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press("Enter");
    await boundedWait("Go to Line to close", this.timeoutMs, (t) => input.waitFor({ state: "hidden", timeout: t }));
  }

  /** Ctrl+Space, then the labels of the suggestion rows once `expected` (if given) is among them. */
  async suggestions(expected?: string): Promise<string[]> {
    const rows = this.page.locator(".suggest-widget .monaco-list-row");
    return pollUntil(`suggestions${expected ? ` including ${expected}` : ""}`, this.timeoutMs, async () => {
      if (!(await this.page.locator(".suggest-widget.visible").isVisible())) await this.page.keyboard.press("Control+Space");
      await this.page.waitForTimeout(300);
      const labels = (await rows.locator(".label-name").allInnerTexts()).map((s) => s.trim());
      return labels.length && (!expected || labels.includes(expected)) ? labels : undefined;
    }, 500);
  }

  /** Ctrl+. and runs the quick fix whose title contains `title`. */
  async quickFix(title: string | RegExp): Promise<void> {
    const row = this.page.locator(".action-widget .monaco-list-row, .context-view .monaco-list-row").filter({ hasText: title }).first();
    await pollUntil(`the quick fix ${String(title)}`, this.timeoutMs, async () => {
      if (!(await row.isVisible())) await this.page.keyboard.press("Control+.");
      await this.page.waitForTimeout(300);
      return (await row.isVisible()) ? true : undefined;
    }, 500);
    await row.click();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 20 });
  }
}

import type { Page } from "playwright-core";

/** Dismisses every browser dialog (an `alert` from markup that ran would open one) and keeps its message. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

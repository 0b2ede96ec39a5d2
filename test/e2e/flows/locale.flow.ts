import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { boundedWait } from "../support/boundedWait";
import { e2ePaths } from "../support/e2ePaths";
import { paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { withSandboxedVsCode } from "../support/sandboxedVsCode";

/** Many users read Chinese first: with VS Code in zh-cn, the extension's titles come from package.nls.zh-cn.json. */
test("in a Chinese VS Code the extension's titles are Chinese", { timeout: 5 * 60_000 }, async (t) => {
  if (!fs.existsSync(path.join(e2ePaths.repoRoot, "package.nls.zh-cn.json"))) {
    t.skip("package.nls.zh-cn.json does not exist yet");
    return;
  }
  const zh = readExtensionManifest("zh-cn");
  const en = readExtensionManifest("en");
  const command = zh.commands.find((c, i) => c.title !== en.commands[i]?.title);
  await withSandboxedVsCode({ flow: "locale-zh-cn", locale: "zh-cn" }, async (session) => {
    const { workbench, page } = session;
    await workbench.openViewContainer(proxiesContainer(zh).title);
    // The tree, not the welcome view shown while the account is being looked up, is what the screenshot should show.
    await workbench.waitForTreeItem("GAAP", 60_000);
    if (command) {
      // Shown in the palette without running it: the title is what is being checked.
      await page.keyboard.press("Control+Shift+P");
      const input = page.locator(".quick-input-widget input");
      await input.fill(`>${paletteLabel(command)}`);
      const row = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: paletteLabel(command) }).first();
      await boundedWait(`the palette to list "${paletteLabel(command)}"`, 30_000, (ms) => row.waitFor({ state: "visible", timeout: ms }));
    }
    await workbench.screenshot("locale-zh-cn");
    await page.keyboard.press("Escape");
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { boundedWait, pollUntil } from "../support/boundedWait";
import { EditorActions } from "../support/editorActions";
import { withSandboxedVsCode } from "../support/sandboxedVsCode";
import { l4Ipv6StaticConflict } from "./requestFixtures";

// With VS Code in Chinese, a request file speaks Chinese: the extension's diagnostics and the schema's hover
// (the zh-cn schema is chosen by package.nls.zh-cn.json's jsonValidation URL).


test("request files in a Chinese VS Code: diagnostics and hover in Chinese", { timeout: 5 * 60_000 }, async (t) => {
  await withSandboxedVsCode({ flow: "requestFiles-zh-cn", locale: "zh-cn", workspaceFiles: { "l4.tcreq.json": l4Ipv6StaticConflict() } }, async (session) => {
    const { workbench, page } = session;
    const editor = new EditorActions(page);
    await page.locator(".part.statusbar .statusbar-item").filter({ hasText: /Sandbox|沙盒/ }).first().waitFor({ state: "visible", timeout: 60_000 });
    await editor.open("l4.tcreq.json");

    await t.test("the conflict is worded in Chinese in Problems", async () => {
      await pollUntil("the Chinese conflict message in Problems", 30_000, async () =>
        (await workbench.problems()).some((r) => r.includes("IPv6 与固定 IP 不能同时开启")) ? true : undefined,
      );
    });

    await t.test("hover on a parameter shows the Chinese description from the schema", async () => {
      await editor.goTo(5, 5);
      const hover = page.locator(".monaco-hover").filter({ hasText: "加速区域" }).first();
      await pollUntil("a Chinese hover on Area", 30_000, async () => {
        if (!(await hover.isVisible())) {
          await page.keyboard.press("Control+K");
          await page.keyboard.press("Control+I");
        }
        await page.waitForTimeout(500);
        return (await hover.isVisible()) ? true : undefined;
      });
      assert.match(await hover.innerText(), /四层代理实例的加速区域/);
      await workbench.screenshot("request-hover-zh-cn");
      await boundedWait("hover to close", 10_000, async () => page.keyboard.press("Escape"));
    });
  });
});

import { recordDialogs } from "../support/recordDialogs";
import * as assert from "node:assert/strict";
import { test } from "node:test";
import { COMMANDS } from "../../../src/extension/constants";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { requestTemplatePattern } from "../support/requestTemplatePattern";
import { PreflightDriver, proxiesNamed, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/**
 * The whole create flow as a user lives it: a new CreateProxy request from its template, Send, the panel's checks
 * (in light, dark and high-contrast themes), Create (clicked twice: one proxy), the new ID and RequestId, the proxy
 * in the tree until it runs, and the panel back as it was after the window reloads.
 */
test("Create: a new request file becomes a RUNNING proxy, through the preflight panel", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox(
    { flow: "preflight-create", settings: { "workbench.colorTheme": "Default Light Modern" }, sandbox: { delays: { create: 5_000 } } },
    async (session, flowSandbox) => {
      const sandbox = flowSandbox as PreflightSandbox;
      const { workbench, page } = session;
      const driver = new PreflightDriver(session, manifest);
      const dialogs = recordDialogs(page);

      await workbench.openViewContainer(proxiesContainer(manifest).title);
      await workbench.waitForTreeItem("GAAP", 60_000);
      await driver.run(COMMANDS.newCreateProxyRequest);
      await workbench.waitForEditorText(requestTemplatePattern("CreateProxy"));
      await driver.run(COMMANDS.sendRequest);

      await driver.waitForPhase("ready", 60_000);
      assert.match(await (await driver.section("check")).innerText(), /CheckFlag 1/);
      assert.match(await (await driver.section("price")).innerText(), /CNY/);
      const allowed = await driver.section("allowed");
      assert.equal((await allowed.locator(".chip.selected").allInnerTexts()).join(","), "10,2", "the chosen bandwidth and concurrency are marked in the lists");
      assert.ok(await (await driver.section("diagnostics")).isVisible(), "the file's diagnostics are in the panel");
      const send = await driver.sendButton();
      assert.equal(await driver.isDisabled(send), false, "Create is enabled: the check passed and the file has no errors");

      await workbench.screenshot("preflight-create-light");
      await driver.useTheme("Dark Modern");
      await workbench.screenshot("preflight-create-dark");
      await driver.useTheme("Dark High Contrast");
      await workbench.screenshot("preflight-create-hc");
      await driver.useTheme("Light Modern");

      // Two quick clicks: the button disables itself on the first, and the extension would refuse a second anyway.
      await send.click();
      await send.click({ force: true, timeout: 2_000 }).catch(() => undefined);
      await driver.waitForPhase("following", 30_000).catch(() => undefined);
      await workbench.screenshot("preflight-create-following");
      await driver.waitForPhase("done", 120_000);
      const outcome = await driver.text("#outcome");
      const id = /link-[a-z0-9]+/.exec(outcome)?.[0];
      assert.ok(id, `the outcome names the new proxy: ${outcome}`);
      assert.match(outcome, /RUNNING/);
      assert.match(outcome, /RequestId\s+\S{8,}/);
      assert.match(outcome, /ClientToken\s+\S{8,}/);
      assert.equal(proxiesNamed(sandbox, "my-proxy").length, 1, "exactly one proxy was created");
      assert.equal(proxiesNamed(sandbox, "my-proxy")[0]!.Status, "RUNNING");

      // The tree revealed the new proxy and followed it until it ran.
      const row = await workbench.waitForTreeItem("my-proxy", 60_000);
      assert.match(await row.innerText(), new RegExp(id));
      await workbench.screenshot("preflight-created");

      // After a reload the panel comes back as it was (the serializer and the state the page kept).
      await driver.reloadWindow();
      await driver.waitForPhase("done", 60_000);
      assert.match(await driver.text("#outcome"), new RegExp(id));
      await workbench.screenshot("preflight-create-restored");
      assert.deepEqual(dialogs, [], "no dialog opened");
    },
  );
});

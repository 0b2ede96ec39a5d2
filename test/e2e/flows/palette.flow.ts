import * as assert from "node:assert/strict";
import { test } from "node:test";
import { assertActivatedCleanly } from "../support/assertActivatedCleanly";
import { COMMANDS } from "../../../src/extension/constants";
import { paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { requestTemplatePattern } from "../support/requestTemplatePattern";
import { withSandboxedVsCode } from "../support/sandboxedVsCode";

test("the extension's commands run from the command palette", { timeout: 5 * 60_000 }, async (t) => {
  const manifest = readExtensionManifest();
  const refresh = manifest.commands.find((c) => c.command === COMMANDS.refresh);
  const newCreateProxy = manifest.commands.find((c) => c.command === COMMANDS.newCreateProxyRequest);
  await withSandboxedVsCode({ flow: "palette" }, async (session) => {
    const { workbench } = session;
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    await t.test("Refresh reloads the Proxies view", async () => {
      assert.ok(refresh, `package.json contributes no ${COMMANDS.refresh} command`);
      await workbench.runCommand(paletteLabel(refresh));
      await workbench.waitForTreeItem(["GAAP"], 30_000);
      await workbench.waitForTreeItem(["EdgeOne"], 30_000);
      assert.deepEqual(await workbench.errorNotifications(), [], "running the command showed an error notification");
    });

    await t.test("New CreateProxy request opens a request from its template", async (st) => {
      if (!newCreateProxy) {
        st.skip(`package.json does not contribute ${COMMANDS.newCreateProxyRequest} yet`);
        return;
      }
      await workbench.runCommand(paletteLabel(newCreateProxy));
      await workbench.waitForEditorText(requestTemplatePattern("CreateProxy"), 30_000);
      assert.deepEqual(await workbench.errorNotifications(), [], "running the command showed an error notification");
    });

    await workbench.screenshot("palette");
    await assertActivatedCleanly(session, manifest.id, 0);
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { assertActivatedCleanly } from "../support/assertActivatedCleanly";
import { COMMANDS } from "../../../src/extension/constants";
import { paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { requestTemplatePattern } from "../support/requestTemplatePattern";
import { withProxiesSandbox, type FlowSandbox } from "./withProxiesSandbox";

/** How many times the sandbox was asked to list GAAP proxies. */
const listings = (sandbox: FlowSandbox): number => sandbox.stats.actions.DescribeProxies?.total ?? 0;

test("the extension's commands run from the command palette", { timeout: 5 * 60_000 }, async (t) => {
  const manifest = readExtensionManifest();
  const refresh = manifest.commands.find((c) => c.command === COMMANDS.refresh);
  const newCreateProxy = manifest.commands.find((c) => c.command === COMMANDS.newCreateProxyRequest);
  await withProxiesSandbox({ flow: "palette" }, async (session, sandbox) => {
    const { workbench } = session;
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    await t.test("Refresh lists the proxies again and shows what changed", async () => {
      assert.ok(refresh, `package.json contributes no ${COMMANDS.refresh} command`);
      await workbench.waitForTreeItem("edge-sh", 30_000);
      // Someone renames a proxy behind the extension's back: only a new listing can show it.
      const renamed = Object.values(sandbox.state.proxies).find((p) => p.ProxyName === "edge-sh");
      assert.ok(renamed, "the demo seed has no proxy named edge-sh");
      renamed.ProxyName = "edge-sh-renamed";
      const before = listings(sandbox);
      await workbench.runCommand(paletteLabel(refresh));
      await workbench.waitForTreeItem("edge-sh-renamed", 30_000);
      assert.ok(listings(sandbox) > before, `Refresh sent no DescribeProxies (${before} before, ${listings(sandbox)} after)`);
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

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { assertActivatedCleanly } from "../support/assertActivatedCleanly";
import { pollUntil } from "../support/boundedWait";
import { EditorActions } from "../support/editorActions";
import { activationLogged } from "../support/extensionHostLog";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { withProxiesSandbox, type FlowSandbox } from "./withProxiesSandbox";

// Issue 13, point 7: with only a plain JSON file open and the Proxies view never shown, the extension sends nothing
// (no account resolution, no listing, no polling). The view shown lists the account and polls what is in transition
// (the demo seed keeps some proxies in transition for good); hidden, it stops polling; shown again, it goes on.

/** How long a user may sit in a package.json: the issue measured 16 requests in this window before. */
const QUIET_MS = 15_000;
/** Listing actions: what the view sends when it is first shown. */
const LISTING = ["DescribeProxyGroupList", "DescribeProxies", "DescribeZones", "DescribeL4Proxy"];
/** What polling sends: GAAP proxies by ID, L4 proxies by zone. */
const POLLING = ["DescribeProxies", "DescribeL4Proxy"];

const requests = (sandbox: FlowSandbox, actions?: readonly string[]): number =>
  Object.entries(sandbox.stats.actions)
    .filter(([action]) => !actions || actions.includes(action))
    .reduce((sum, [, s]) => sum + s.total, 0);
const seen = (sandbox: FlowSandbox) => Object.entries(sandbox.stats.actions).map(([action, s]) => `${action} ×${s.total}`).join(", ") || "nothing";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("a plain JSON file sends nothing; the Proxies view lists while shown and stops polling while hidden", { timeout: 6 * 60_000 }, async (t) => {
  const manifest = readExtensionManifest();
  const container = proxiesContainer(manifest).title;
  const workspaceFiles = { "package.json": `{\n  "name": "quiet-activation",\n  "version": "1.0.0"\n}\n` };
  await withProxiesSandbox({ flow: "activation", workspaceFiles }, async (session, sandbox) => {
    const { workbench, page } = session;

    await t.test("a package.json activates the extension, and nothing is sent for 15 s", async () => {
      await new EditorActions(page).open("package.json");
      await pollUntil("the extension host to activate the extension (onLanguage:json)", 60_000, () => (activationLogged(session.extensionHostLog(), manifest.id) ? true : undefined));
      // The status-bar item shows from the settings alone (requests would go to the sandbox): nothing resolved.
      await page.locator(".part.statusbar .statusbar-item").filter({ hasText: "Sandbox" }).first().waitFor({ state: "visible", timeout: 60_000 });
      await sleep(QUIET_MS);
      assert.equal(requests(sandbox), 0, `requests reached the sandbox with only package.json open and the Proxies view never shown: ${seen(sandbox)}`);
      await workbench.screenshot("activation-quiet");
    });

    await t.test("the view shown lists the account and polls what is in transition", async () => {
      await workbench.openViewContainer(container);
      await workbench.waitForTreeItem("GAAP", 60_000);
      await pollUntil(`the listing to reach the sandbox`, 60_000, () =>
        LISTING.every((a) => (sandbox.stats.actions[a]?.total ?? 0) > 0) ? true : undefined,
      );
      const listed = requests(sandbox, POLLING);
      await pollUntil(`a poll after the listing`, 30_000, () => (requests(sandbox, POLLING) > listed ? true : undefined));
      await assertActivatedCleanly(session, manifest.id, 0);
      assert.deepEqual(await workbench.errorNotifications(), [], "an error notification is on screen after activation");
      await workbench.screenshot("activation");
    });

    await t.test("hidden, the view polls no more; shown again, it goes on", async () => {
      await workbench.openViewContainer("Explorer");
      // A poll already on its way when the view went may still land.
      await sleep(3_000);
      const hidden = requests(sandbox);
      await sleep(QUIET_MS);
      assert.equal(requests(sandbox), hidden, `requests reached the sandbox while the Proxies view was hidden: ${seen(sandbox)}`);

      const polled = requests(sandbox, POLLING);
      await workbench.openViewContainer(container);
      await pollUntil(`polling to resume once the view is shown again`, 30_000, () => (requests(sandbox, POLLING) > polled ? true : undefined));
    });
  });
});

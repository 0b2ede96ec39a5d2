import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { sandboxInventory, treeSample } from "../support/sandboxInventory";
import { withSandboxedVsCode } from "../support/sandboxedVsCode";

/**
 * The Proxies view against the sandbox: two roots, GAAP (groups with their proxies, then proxies outside any
 * group) and EdgeOne (zones with their L4 proxies). What it must show is asked of the sandbox through the SDK.
 */
test("the Proxies view shows the sandbox's groups, proxies, zones and L4 proxies", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withSandboxedVsCode({ flow: "tree" }, async (session, sandbox) => {
    const { workbench } = session;
    const inventory = await sandboxInventory(sandbox);
    const sample = treeSample(inventory);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.widenSideBar(250);

    await workbench.expandTreeItem("GAAP", 60_000);
    for (const group of inventory.groups) await workbench.waitForTreeItem([group.name, group.id]);
    // A group is shown by its name; a group without a name by its ID.
    await workbench.expandTreeItem([sample.group.name, sample.group.id]);
    for (const proxy of sample.group.proxies) {
      const row = await workbench.waitForTreeItem(proxy.name);
      assert.ok((await row.innerText()).includes(proxy.id), `the row of proxy "${proxy.name}" does not show its ID ${proxy.id}`);
    }
    if (sample.ungroupedProxy) {
      // Proxies outside any group come after the groups, directly under GAAP.
      await workbench.collapseTreeItem([sample.group.name, sample.group.id]);
      const row = await workbench.waitForTreeItem(sample.ungroupedProxy.name);
      assert.equal(await row.getAttribute("aria-level"), "2", `proxy "${sample.ungroupedProxy.name}" (no group) is not directly under GAAP`);
      await workbench.expandTreeItem([sample.group.name, sample.group.id]);
    }
    await workbench.screenshot("tree-gaap");

    // Collapse GAAP so that EdgeOne is on screen however many proxies the seed has (the tree is virtualised).
    await workbench.collapseTreeItem("GAAP");
    await workbench.expandTreeItem("EdgeOne");
    for (const zone of inventory.zones) await workbench.waitForTreeItem([zone.name, zone.id]);
    await workbench.expandTreeItem([sample.zone.name, sample.zone.id]);
    for (const l4 of sample.zone.l4Proxies) {
      const row = await workbench.waitForTreeItem(l4.name);
      assert.ok((await row.innerText()).includes(l4.id), `the row of L4 proxy "${l4.name}" does not show its ID ${l4.id}`);
    }
    await workbench.screenshot("tree");
  });
});

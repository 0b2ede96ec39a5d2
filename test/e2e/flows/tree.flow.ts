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

    await workbench.expandTreeItem("GAAP", 60_000);
    // A group is shown by its name; a group without a name by its ID.
    await workbench.expandTreeItem([sample.group.name, sample.group.id]);
    const proxy = sample.group.proxies[0]!;
    const proxyRow = await workbench.waitForTreeItem(proxy.name);
    assert.match(await proxyRow.innerText(), new RegExp(proxy.id), `the row of proxy "${proxy.name}" does not show its ID ${proxy.id}`);
    if (sample.ungroupedProxy) {
      // Proxies outside any group sit under GAAP directly or under one more node of their own: open that one too.
      const groupLabels = inventory.groups.flatMap((g) => [g.name, g.id]);
      await workbench.collapseTreeItem([sample.group.name, sample.group.id]);
      await workbench.expandCollapsedChildren("GAAP", groupLabels);
      await workbench.waitForTreeItem(sample.ungroupedProxy.name);
    }
    await workbench.screenshot("tree-gaap");

    // Collapse GAAP so that EdgeOne is on screen however many proxies the seed has (the tree is virtualised).
    await workbench.collapseTreeItem("GAAP");
    await workbench.expandTreeItem("EdgeOne");
    await workbench.expandTreeItem([sample.zone.name, sample.zone.id]);
    const l4 = sample.zone.l4Proxies[0]!;
    const l4Row = await workbench.waitForTreeItem(l4.name);
    assert.match(await l4Row.innerText(), new RegExp(l4.id), `the row of L4 proxy "${l4.name}" does not show its ID ${l4.id}`);
    await workbench.screenshot("tree");
  });
});

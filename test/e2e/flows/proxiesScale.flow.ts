import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { manifestCommand, paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/**
 * A large account: 1,000 GAAP proxies (and 10 zones × 10 L4 proxies) answered slowly. The first page must be on
 * screen while the others are still loading; then the filter narrows the tree and says so in the view.
 */
test("1,000 proxies page in (first page first), and the filter narrows the tree", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  // Every reply takes 4 s: page 1 arrives at ~4 s, pages 2-10 (requested together) at ~8 s.
  await withProxiesSandbox({ flow: "proxies-scale", sandbox: { seed: "scale:1000", latency: 4000 } }, async (session) => {
    const { workbench } = session;
    const view = new ProxiesViewDriver(workbench, 60_000);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await view.waitForRow("GAAP", 60_000);

    // While only the first page is in: its proxies on screen, and GAAP counting what is still on its way. (The
    // "Loading…" row itself sits after them, below the fold of a virtualised tree.)
    await pollUntil("GAAP to say it has loaded 100 of 1000", 60_000, async () => ((await view.description("GAAP").catch(() => "")) === "loading 100 of 1000…" ? true : undefined), 100);
    const firstPage = (await workbench.visibleTreeLabels()).filter((l) => /^proxy-\d+$/.test(l));
    assert.ok(firstPage.length > 0, "no proxy rows while the later pages were loading");
    await workbench.screenshot("proxies-scale-first-page");

    // Then all of them.
    await pollUntil("GAAP to count 1000 proxies", 60_000, async () => ((await view.description("GAAP")) === "1000 proxies" ? true : undefined));
    await workbench.screenshot("proxies-scale-loaded");

    // The filter narrows the tree while typing, and its state shows in the view's title and message.
    await view.runCommandThatAsks(paletteLabel(manifestCommand(manifest, "tcAccel.filter")));
    await view.answerInput("Filter Proxies", "proxy-42");
    await pollUntil("the tree to narrow to proxy-42*", 30_000, async () => {
      const proxies = (await workbench.visibleTreeLabels()).filter((l) => /^proxy-\d+$/.test(l));
      return proxies.length > 0 && proxies.every((l) => l.startsWith("proxy-42")) ? proxies : undefined;
    });
    // The title and the message are set apart from the tree's refresh (and the L4 count may still be coming in).
    const header = workbench.page.locator(".part.sidebar .pane-header").filter({ hasText: /Proxies/ }).first();
    await pollUntil("the view's title to show the filter", 30_000, async () => (/Filter: proxy-42/.test(await header.innerText()) ? true : undefined));
    await pollUntil("the view's message to count the matches", 30_000, async () => (/Showing 11 of 1100 proxies that match “proxy-42”/.test(await view.viewMessage()) ? true : undefined));
    await pollUntil("GAAP to count the matches of its 1000", 30_000, async () => (/of 1000 proxies/.test(await view.description("GAAP")) ? true : undefined));
    await workbench.screenshot("proxies-scale-filtered");

    // Clear Filter (offered only while a filter is active) brings everything back.
    await workbench.runCommand(paletteLabel(manifestCommand(manifest, "tcAccel.clearFilter")));
    await pollUntil("GAAP to count 1000 proxies again", 30_000, async () => ((await view.description("GAAP")) === "1000 proxies" ? true : undefined));
    await pollUntil("the view's message to go with the filter", 30_000, async () => ((await view.viewMessage()) === "" ? true : undefined));
  });
});

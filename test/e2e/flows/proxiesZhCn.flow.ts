import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { manifestCommand, paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/**
 * Many users read Chinese first: with VS Code in zh-cn the view (counts, states, the filter's message, the
 * status bar), its commands and its confirmations are in Chinese.
 */
test("in a Chinese VS Code the Proxies view, its commands and dialogs are Chinese", { timeout: 6 * 60_000 }, async () => {
  const zh = readExtensionManifest("zh-cn");
  await withProxiesSandbox({ flow: "proxies-zh-cn", locale: "zh-cn" }, async (session, sandbox) => {
    const { workbench } = session;
    const view = new ProxiesViewDriver(workbench, 60_000);
    await workbench.openViewContainer(proxiesContainer(zh).title);
    await view.waitForRow("edge-sh", 60_000);
    await pollUntil("GAAP to count its proxies in Chinese", 60_000, async () => (/^\d+ 个通道$/.test(await view.description("GAAP")) ? true : undefined));
    assert.match(await view.description("EdgeOne"), /^\d+ 个四层代理$/);
    await view.waitForStatusBarItem("沙盒");
    await workbench.screenshot("proxies-zh-cn-tree");

    // The filter command, its question and the view's message.
    await view.runCommandThatAsks(paletteLabel(manifestCommand(zh, "tcAccel.filter")));
    await view.answerInput("筛选通道", "edge");
    await pollUntil("the filter message in Chinese", 30_000, async () => ((await view.viewMessage()).includes("符合“edge”") ? true : undefined));
    assert.match(await view.viewMessage(), /^显示 \d+ 个通道中符合“edge”的 \d+ 个。$/);
    await workbench.screenshot("proxies-zh-cn-filtered");
    await workbench.runCommand(paletteLabel(manifestCommand(zh, "tcAccel.clearFilter")));

    // A context action and its confirmation, cancelled.
    const edge = Object.values(sandbox.state.proxies).find((p) => p.ProxyName === "edge-sh");
    assert.ok(edge);
    const question = await view.askViaContextMenu("edge-sh", manifestCommand(zh, "tcAccel.destroyProxy").title);
    assert.match(question, new RegExp(`销毁 ${edge.ProxyId} \\(edge-sh\\)？`));
    assert.match(question, /永久删除/);
    await workbench.screenshot("proxies-zh-cn-destroy");
    await view.dialogButton("取消").catch(() => view.dialogButton("Cancel"));
    assert.equal(sandbox.stats.actions.DestroyProxies?.total ?? 0, 0);
  });
});

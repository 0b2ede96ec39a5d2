import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/** With VS Code in Simplified Chinese, the panel speaks Chinese: its chrome (from the string table) and its content. */
test("the preflight panel in Chinese", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest("zh-cn");
  await withProxiesSandbox({ flow: "preflight-zh", locale: "zh-cn", settings: { "workbench.colorTheme": "Default Light Modern" } }, async (session) => {
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    await driver.send("zh.tcreq.json", { Action: "CreateProxy", ProjectId: 0, ProxyName: "zh-edge", AccessRegion: "Chongqing", RealServerRegion: "Beijing", Bandwidth: 10, Concurrent: 20 });
    await driver.waitForPhase("ready", 60_000);
    assert.equal((await (await driver.sendButton()).innerText()).trim(), "创建");
    assert.match(await (await driver.section("check")).innerText(), /创建检查（CheckProxyCreate）[\s\S]*CheckFlag 0：腾讯云现在无法创建此通道/);
    assert.match(await driver.text("#blockers"), /不可用，原因：/);
    assert.match(await (await driver.section("alternatives")).innerText(), /可以改用[\s\S]*使用此配置/);
    await workbench.screenshot("preflight-zh");
  });
});

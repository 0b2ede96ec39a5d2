import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, proxiesNamed, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/**
 * ModifyProxyConfiguration: the live proxy beside the target (a diff), its Scalarable and status checks, the price
 * before and after; Apply changes it and the panel follows it back to RUNNING. A proxy that cannot scale is never sent.
 */
test("a modify shows its diff, checks and price, and applies", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-modify", settings: { "workbench.colorTheme": "Default Light Modern" }, sandbox: { delays: { adjust: 4_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as PreflightSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    const edge = proxiesNamed(sandbox, "edge-sh")[0]!;
    assert.equal(edge.Bandwidth, 10);
    await driver.send("modify-edge.tcreq.json", { Action: "ModifyProxyConfiguration", ProxyId: edge.ProxyId, Bandwidth: 50 });
    await driver.waitForPhase("ready", 60_000);

    const diff = await driver.section("diff");
    const changed = diff.locator("tr.changed");
    assert.equal(await changed.count(), 1, "one parameter changes");
    assert.match(await changed.innerText(), /Bandwidth\s+10 Mbps\s+→\s+50 Mbps/);
    assert.match(await diff.locator("tr.same").innerText(), /Concurrent.*\(unchanged\)/s);
    const proxy = await driver.section("proxy");
    assert.match(await proxy.innerText(), /Scalarable 1/);
    assert.match(await proxy.innerText(), /Status RUNNING/);
    assert.match(await (await driver.section("price")).innerText(), /\+\d+\.\d\d CNY/);
    const apply = await driver.sendButton();
    assert.equal((await apply.innerText()).trim(), "Apply");
    assert.equal(await driver.isDisabled(apply), false);
    await workbench.screenshot("preflight-modify");

    await apply.click();
    await driver.waitForPhase("done", 90_000);
    assert.match(await driver.text("#outcome"), new RegExp(`${edge.ProxyId}.*RUNNING`));
    assert.equal(proxiesNamed(sandbox, "edge-sh")[0]!.Bandwidth, 50, "the sandbox proxy has the new bandwidth");
    await workbench.screenshot("preflight-modify-applied");

    // Scalarable 0: Apply never becomes available (or, with live checks on, Send refuses the file itself).
    const fixed = proxiesNamed(sandbox, "legacy-fixed")[0]!;
    await driver.send("modify-fixed.tcreq.json", { Action: "ModifyProxyConfiguration", ProxyId: fixed.ProxyId, Bandwidth: 50 });
    const seen = await driver.panelOrRefusal(new RegExp(fixed.ProxyId), /Scalarable/);
    if (seen === "panel") {
      assert.match(await driver.text("#blockers"), /Scalarable 0/);
      assert.equal(await driver.isDisabled(await driver.sendButton()), true, "Apply is disabled for a proxy that cannot scale");
      await workbench.screenshot("preflight-modify-not-scalarable");
    }
    assert.equal(proxiesNamed(sandbox, "legacy-fixed")[0]!.Bandwidth, 10, "the fixed proxy is unchanged");
  });
});

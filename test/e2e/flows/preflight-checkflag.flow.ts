import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, proxiesNamed, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/**
 * CheckFlag 0: the demo account's Chongqing → Beijing line is sold out from 20 × 10,000 connections up. The panel says
 * why Create is disabled and offers what CheckProxyCreate accepts instead; "Use this" writes one into the file, which
 * is checked again and can then be created.
 */
test("CheckFlag 0 shows the reason, a disabled Create, and what to try instead", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-checkflag", settings: { "workbench.colorTheme": "Default Dark Modern" } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as PreflightSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);
    await workbench.runCommand("View: Toggle Primary Side Bar Visibility"); // the panel gets the room for its cards

    // A slow answer first: the check can be cancelled while it waits, and checked again.
    sandbox.setFaults({ rules: [{ action: "CheckProxyCreate", fault: "slow", probability: 1 }], slowMs: 20_000 });
    const request = { Action: "CreateProxy", ProjectId: 0, ProxyName: "cq-game", AccessRegion: "Chongqing", RealServerRegion: "Beijing", Bandwidth: 10, Concurrent: 20 };
    await driver.send("sold-out-line.tcreq.json", request);
    const checking = await driver.waitForPhase("checking", 30_000);
    assert.ok(await checking.locator("[data-section] vscode-progress-ring").count(), "the sections to come show that they are loading");
    await workbench.screenshot("preflight-checking");
    await checking.locator("#cancel").click();
    await driver.waitForPhase("cancelled", 10_000);
    assert.match(await driver.text(".notice"), /cancelled/);
    sandbox.setFaults(undefined);
    await (await driver.frame()).locator("#recheck").click();
    await driver.waitForPhase("ready", 60_000);

    const check = await driver.section("check");
    assert.match(await check.getAttribute("class") ?? "", /status-error/);
    assert.match(await check.innerText(), /CheckFlag 0/);
    assert.equal(await driver.isDisabled(await driver.sendButton()), true, "Create is disabled");
    assert.match(await driver.text("#blockers"), /CheckFlag 0/);
    const alternatives = await driver.section("alternatives");
    const offered = await alternatives.locator(".item").allInnerTexts();
    assert.ok(offered.length > 0, "alternatives are offered");
    assert.ok(offered.every((t) => /CheckFlag 1/.test(t)), offered.join("\n"));
    assert.ok(offered.some((t) => /Chongqing( \(.*\))? → Beijing/.test(t)), `a smaller size in Chongqing is offered: ${offered.join(" | ")}`);
    await workbench.screenshot("preflight-checkflag0-dark");
    await driver.useTheme("Light Modern");
    await workbench.screenshot("preflight-checkflag0-light");

    // "Use this" on the first (a nearby size in Chongqing): the file changes and is checked again.
    const before = await driver.revision();
    await alternatives.locator(".item").first().locator("vscode-button").click();
    await workbench.waitForEditorText(/"Concurrent":\s*(2|5|10)\b/);
    await driver.waitForPhase("ready", 60_000, before);
    assert.match(await (await driver.section("check")).innerText(), /CheckFlag 1/);
    assert.equal(await driver.isDisabled(await driver.sendButton()), false, "Create is enabled for the accepted size");
    await workbench.screenshot("preflight-checkflag-fixed");
    assert.equal(proxiesNamed(sandbox, "cq-game").length, 0, "nothing was created by checking");

    // CheckProxyCreate itself costs nothing: Send runs it at once and shows the answer in the same kind of panel.
    await driver.send("check.tcreq.json", { Action: "CheckProxyCreate", AccessRegion: "Hongkong", RealServerRegion: "NorthAmerica", Bandwidth: 500, Concurrent: 5 });
    const checkOnly = await driver.waitForPhase("ready", 60_000);
    assert.match(await checkOnly.locator("h1").innerText(), /^CheckProxyCreate/);
    assert.match(await (await driver.section("check")).innerText(), /CheckFlag 0/);
    assert.equal(await checkOnly.locator("#send").count(), 0, "nothing to create from a CheckProxyCreate file");
    assert.ok((await (await driver.section("alternatives")).locator(".item").count()) > 0);
  });
});

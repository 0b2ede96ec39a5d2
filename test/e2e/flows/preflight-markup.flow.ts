import { recordDialogs } from "../support/recordDialogs";
import * as assert from "node:assert/strict";
import { test } from "node:test";
import type { Frame } from "playwright-core";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, proxiesNamed, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

const MARKUP = "<img src=x onerror=alert(1)>";

/** The panel's page runs under a strict policy: nothing by default, its one script and stylesheet by nonce. */
async function assertStrictCsp(frame: Frame): Promise<void> {
  const csp = (await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-[^']+'(;|$)/);
  assert.match(csp, /style-src 'nonce-[^']+'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  const scripts = await frame.locator("body script").evaluateAll((els) => els.map((e) => ({ src: e.getAttribute("src") ?? "", inline: (e.textContent ?? "").trim().length > 0 })));
  assert.deepEqual(scripts.map((s) => [/preflight\.js/.test(s.src), s.inline]), [[true, false]], "one script, from the extension, none inline");
}

/** Nothing the page was given became an element: no image or other embedded thing, no event-handler attribute. */
async function assertNoMarkupRan(frame: Frame): Promise<void> {
  assert.equal(await frame.locator("main img, main svg, main iframe, main object, main embed, main script").count(), 0, "an element was made from text");
  assert.equal(await frame.locator("[onerror], [onload]").count(), 0, "an event handler was made from text");
}

/**
 * A proxy name with markup, in the request file and in the API's answers (the sandbox's hostile records), shows as
 * the characters it is, in the panel, its outcome and after a reload; no element is made and no dialog opens.
 */
test("a proxy name with markup renders as text", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-markup", settings: { "workbench.colorTheme": "Default Light Modern" }, sandbox: { hostile: true } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as PreflightSandbox;
    const { workbench, page } = session;
    const driver = new PreflightDriver(session, manifest);
    const dialogs = recordDialogs(page);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    // From the API: the live proxy's name in a modify panel.
    const hostile = proxiesNamed(sandbox, MARKUP).find((p) => p.GroupId === null)!;
    await driver.send("modify-hostile.tcreq.json", { Action: "ModifyProxyConfiguration", ProxyId: hostile.ProxyId, Bandwidth: 20 });
    const modifyFrame = await driver.waitForPhase("ready", 60_000);
    const nameRow = (await driver.section("proxy")).locator("tr").filter({ hasText: "Name" }).locator("td");
    assert.equal(await nameRow.textContent(), MARKUP);
    await assertNoMarkupRan(modifyFrame);

    // From the file: the new proxy's name in the title and the outcome.
    await driver.send("create-hostile.tcreq.json", { Action: "CreateProxy", ProjectId: 0, ProxyName: MARKUP, AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 });
    const createFrame = await driver.waitForPhase("ready", 60_000);
    assert.equal(await createFrame.locator("h1").textContent(), `CreateProxy · ${MARKUP}`);
    await assertNoMarkupRan(createFrame);
    await assertStrictCsp(createFrame);
    await workbench.screenshot("preflight-markup");
    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 90_000);
    await assertNoMarkupRan(await driver.frame());

    await driver.reloadWindow();
    const restored = await driver.waitForPhase("done", 60_000);
    assert.equal(await restored.locator("h1").textContent(), `CreateProxy · ${MARKUP}`);
    await assertNoMarkupRan(restored);
    assert.deepEqual(dialogs, [], "no dialog opened");
  });
});

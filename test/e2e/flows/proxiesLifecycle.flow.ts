import { boundedWait } from "../support/boundedWait";
import { recordDialogs } from "../support/recordDialogs";
import * as assert from "node:assert/strict";
import * as http from "node:http";
import { test } from "node:test";
import { Client as GaapClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";
import { manifestCommand, paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox, type FlowSandbox } from "./withProxiesSandbox";

const HOSTILE = "<img src=x onerror=alert(1)>";

/** Creates a proxy the way another tool would, behind the extension's back (through the SDK). */
async function createProxyElsewhere(sandbox: FlowSandbox, name: string): Promise<string> {
  const gaap = new GaapClient({
    credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey },
    profile: { httpProfile: { endpoint: sandbox.endpoint, protocol: "http://", agent: new http.Agent() } },
  });
  const r = await gaap.CreateProxy({ ProjectId: 0, ProxyName: name, AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 });
  assert.ok(r.InstanceId, "the sandbox created no proxy");
  return r.InstanceId;
}

const proxyId = (sandbox: FlowSandbox, name: string): string => {
  const found = Object.values(sandbox.state.proxies).find((p) => p.ProxyName === name);
  assert.ok(found, `the sandbox has no proxy named ${name}`);
  return found.ProxyId;
};

/**
 * A proxy being created spins until it runs; a hostile name is text, in the row and in the tooltip; Destroy asks
 * first, sends nothing when cancelled, and removes the proxy when confirmed.
 */
test("creating spins then settles, hostile names stay text, actions ask first, errors show in place", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "proxies-lifecycle", sandbox: { seed: "demo", hostile: true, delays: { create: 15_000, destroy: 8_000, close: 4_000, l4Stop: 4_000 } } }, async (session, sandbox) => {
    const { workbench, page } = session;
    const dialogs = recordDialogs(page);
    const view = new ProxiesViewDriver(workbench, 60_000);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await view.waitForRow("edge-sh", 60_000);

    // A hostile name shows as its characters, in the row and in the tooltip; nothing runs.
    const hostileRow = await view.waitForRow(HOSTILE);
    assert.equal(await hostileRow.locator("img").count(), 0, "the row holds an element made from the name");
    const hover = await view.hover(HOSTILE, /ProxyName: <img src=x onerror=alert\(1\)>/, "proxies-hostile");
    assert.match(hover.text, /<img src=x onerror=alert\(1\)>/, "the tooltip does not show the name as written");
    assert.doesNotMatch(hover.html, /<img[^>]*onerror/i, "the tooltip rendered the name as HTML");
    assert.match(hover.text, /ProxyId/, "the tooltip lists the proxy's fields");
    await page.mouse.move(900, 600);

    // Someone creates a proxy elsewhere; Refresh shows it CREATING (spinning), and the view follows it to RUNNING.
    const created = await createProxyElsewhere(sandbox, "e2e-created");
    await workbench.runCommand(paletteLabel(manifestCommand(manifest, "tcAccel.refresh")));
    await view.waitForRow("e2e-created");
    assert.equal(await view.icon("e2e-created"), "spinning");
    assert.match(await view.description("e2e-created"), new RegExp(`creating · ${created}`));
    await workbench.screenshot("proxies-creating");
    await view.waitForIcon("e2e-created", "pass", 90_000);
    assert.match(await view.description("e2e-created"), new RegExp(`^${created}`));
    await workbench.screenshot("proxies-created");

    // Destroy asks first, naming the proxy; Cancel sends nothing.
    const target = proxyId(sandbox, "edge-sh");
    const question = await view.askViaContextMenu("edge-sh", "Destroy…");
    assert.match(question, new RegExp(`Destroy ${target} \\(edge-sh\\)\\?`));
    await workbench.screenshot("proxies-destroy-confirm");
    await view.dialogButton("Cancel");
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(sandbox.stats.actions.DestroyProxies?.total ?? 0, 0, "Destroy was sent although cancelled");
    await view.waitForRow("edge-sh");

    // Confirmed: sent once, the row spins while DESTROYING and then goes away.
    await view.askViaContextMenu("edge-sh", "Destroy…");
    await view.dialogButton("Destroy");
    await view.waitForIcon("edge-sh", "spinning");
    assert.match(await view.description("edge-sh"), /^destroying/);
    await workbench.screenshot("proxies-destroying");
    await view.waitForNoRow("edge-sh", 60_000);
    assert.equal(sandbox.stats.actions.DestroyProxies?.total, 1);
    assert.equal(Object.values(sandbox.state.proxies).some((p) => p.ProxyId === target), false);
    await workbench.screenshot("proxies-destroyed");

    // Close (GAAP): CLOSING spins, then the proxy shows as closed.
    assert.match(await view.askViaContextMenu("traffic-gz", "Close…"), new RegExp(`Close ${proxyId(sandbox, "traffic-gz")} \\(traffic-gz\\)\\?`));
    await view.dialogButton("Close");
    await view.waitForIcon("traffic-gz", "circle-slash", 60_000);
    assert.match(await view.description("traffic-gz"), /^closed/);

    // Delete (EdgeOne): an online L4 proxy is taken offline first, then deleted.
    await workbench.collapseTreeItem("GAAP");
    await workbench.expandTreeItem("example.com");
    assert.match(await view.askViaContextMenu("game-tcp", "Delete…"), /taken offline first/);
    await view.dialogButton("Delete");
    await view.waitForNoRow("game-tcp", 60_000);
    assert.equal(sandbox.stats.actions.ModifyL4ProxyStatus?.total, 1);
    assert.equal(sandbox.stats.actions.DeleteL4Proxy?.total, 1);
    await workbench.screenshot("proxies-l4-deleted");

    // A listing that fails shows the explained error in its place, and the error row retries it.
    sandbox.setFaults({ rules: [{ action: "DescribeZones", fault: "InternalError", probability: 1 }] });
    await workbench.runCommand(paletteLabel(manifestCommand(manifest, "tcAccel.refresh")));
    const errorRow = workbench.page.locator('.part.sidebar [role="treeitem"]').filter({ hasText: "Tencent Cloud had an internal error" }).first();
    await errorRow.waitFor({ state: "visible", timeout: 90_000 });
    assert.match(await errorRow.innerText(), /InternalError/);
    await workbench.screenshot("proxies-error-node");
    sandbox.setFaults(undefined);
    await errorRow.click();
    // The zones already shown stay while the retry runs; the error row goes once the listing succeeds.
    await boundedWait("the error row to go after the retry", 60_000, (t) => errorRow.waitFor({ state: "detached", timeout: t }));
    await view.waitForRow("example.com", 60_000);
    assert.deepEqual(await workbench.errorNotifications(), []);
    assert.deepEqual(dialogs, [], "a script ran (a browser dialog opened)");
  });
});

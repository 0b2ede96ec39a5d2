import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { recordDialogs } from "../support/recordDialogs";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox, type FlowSandbox } from "./withProxiesSandbox";

/** What this flow reads of the sandbox's origin servers (src/sandbox/state/listenerState.ts). */
type OriginSandbox = FlowSandbox & {
  state: FlowSandbox["state"] & { gaapListeners: { realServers: Record<string, { RealServerId: string; RealServerIP: string }> } };
};

const calls = (sandbox: OriginSandbox, action: string) => sandbox.stats.actions[action]?.total ?? 0;
const originAt = (sandbox: OriginSandbox, ip: string) => Object.values(sandbox.state.gaapListeners.realServers).find((s) => s.RealServerIP === ip);

// The demo seed's spare origins: registered, bound to nothing (src/sandbox/seeds/listenerSeed.ts).
const SPARE = "spare.example.net";
const BOUND = "203.0.113.41";

/**
 * The "Origin servers" node under the GAAP root: the account's registered origins on expand, each with its name,
 * project and whether it is bound; Add… opens an AddRealServers file; Remove on an unbound origin asks, naming its
 * ID, sends RemoveRealServers once, and the origin leaves the tree.
 */
test("GAAP origin servers in the tree: listed on expand, Add…, Remove confirmed", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "gaap-origins" }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as OriginSandbox;
    const { workbench, page } = session;
    const dialogs = recordDialogs(page);
    const view = new ProxiesViewDriver(workbench, 60_000);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.widenSideBar(420);
    await view.waitForRow("Origin servers", 60_000);
    assert.equal(calls(sandbox, "DescribeRealServers"), 0, "origins were listed before the node was expanded");

    await workbench.expandTreeItem("Origin servers");
    await view.waitForRow(SPARE, 60_000);
    await view.waitForRow(BOUND);
    assert.match(await view.description(SPARE), /^spare-domain · project 0 · not bound · rs-/);
    assert.match(await view.description(BOUND), /^legacy-db · project 0 · bound to link-/);
    assert.equal(await view.icon(BOUND), "pass");
    await page.mouse.move(900, 600);
    await workbench.screenshot("gaaplisteners-origins");

    // Add… opens an AddRealServers request from the action's template.
    await view.contextMenu("Origin servers", "Add Origin Servers…");
    await workbench.waitForEditorText(/"Action": "AddRealServers"/);

    // Remove on an unbound origin: a modal naming its ID; sent once; the origin leaves the tree.
    const spareId = originAt(sandbox, SPARE)!.RealServerId;
    const ask = await view.askViaContextMenu(SPARE, "Remove Origin Server…");
    assert.match(ask, new RegExp(`Remove origin servers ${spareId} \\(${SPARE.replace(/\./g, "\\.")}\\)\\?`));
    await workbench.screenshot("gaaplisteners-origins-remove-confirm");
    await view.dialogButton("Remove");
    await view.waitForNoRow(SPARE, 60_000);
    await pollUntil("the origin to be gone from the sandbox", 30_000, async () => (originAt(sandbox, SPARE) ? undefined : true));
    assert.equal(calls(sandbox, "RemoveRealServers"), 1, "removed once");
    await view.waitForRow(BOUND);
    await workbench.screenshot("gaaplisteners-origins-removed");
    assert.deepEqual(await workbench.errorNotifications(), []);
    assert.deepEqual(dialogs, [], "a script ran (a browser dialog opened)");
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { recordDialogs } from "../support/recordDialogs";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox, type FlowSandbox } from "./withProxiesSandbox";

/** What this flow reads of the sandbox's groups and listeners (src/sandbox/state). */
type GroupSandbox = FlowSandbox & {
  state: FlowSandbox["state"] & {
    groups: Record<string, { GroupId: string; GroupName: string }>;
    gaapListeners: { listeners: Record<string, { ListenerId: string; ListenerName: string; ProxyId: string | null; GroupId: string | null }> };
  };
};

const calls = (sandbox: GroupSandbox, action: string) => sandbox.stats.actions[action]?.total ?? 0;
const groupListeners = (sandbox: GroupSandbox, groupId: string) => Object.values(sandbox.state.gaapListeners.listeners).filter((l) => l.GroupId === groupId);

// The demo seed's web-south listener: TCP 8080 to origin port 8081, one healthy origin (src/sandbox/seeds/listenerSeed.ts).
const ROW = "TCP 8080 → 8081";

/**
 * A connection group's own listeners in the Proxies view: web-south shows its proxies, then its listener (fetched on
 * expand by GroupId) with its origin; Modify Listener… writes GroupId; Delete Listener… asks naming the group, sends
 * DeleteListeners with GroupId, and the group then says it has no listeners.
 */
test("GAAP group listeners in the tree: on expand beside the proxies, modified and deleted by GroupId", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "gaap-group-listeners", sandbox: { delays: { destroy: 3_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as GroupSandbox;
    const { workbench, page } = session;
    const dialogs = recordDialogs(page);
    const view = new ProxiesViewDriver(workbench, 60_000);
    const south = Object.values(sandbox.state.groups).find((g) => g.GroupName === "web-south")!;
    const [seeded] = groupListeners(sandbox, south.GroupId);
    assert.ok(seeded, "the demo seed gives web-south a listener");
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.widenSideBar(350);
    await view.waitForRow("web-south", 60_000);

    // Expanded: its proxies, then its own listener; under the listener its origin with its health.
    await workbench.expandTreeItem("web-south");
    await view.waitForRow(ROW);
    const labels = await workbench.visibleTreeLabels();
    assert.ok(labels.indexOf("web-hk") < labels.indexOf(ROW) && labels.indexOf("web-sh") < labels.indexOf(ROW), `proxies first: ${labels.join(" | ")}`);
    assert.match(await view.description(ROW), new RegExp(`^group-tcp · rr · healthy · ${seeded.ListenerId}$`));
    await workbench.expandTreeItem(ROW);
    await view.waitForRow("203.0.113.11:8081");
    assert.match(await view.description("203.0.113.11:8081"), /^healthy/);
    await page.mouse.move(900, 600);
    await workbench.screenshot("gaapgrouplisteners-tree");

    // Modify Listener…: the file names the group, never a ProxyId.
    await view.contextMenu(ROW, "Modify Listener…");
    await workbench.waitForEditorText(/"Action": "ModifyTCPListenerAttribute"/);
    await workbench.waitForEditorText(new RegExp(`"GroupId": "${south.GroupId}"`));
    await workbench.screenshot("gaapgrouplisteners-modify-file");

    // Delete Listener…: the modal names the listener and its group; sent with GroupId, the group then has none.
    const ask = await view.askViaContextMenu(ROW, "Delete Listener…");
    assert.match(ask, new RegExp(`Delete ${seeded.ListenerId} \\(TCP 8080\\) — connection group ${south.GroupId}\\?`));
    await workbench.screenshot("gaapgrouplisteners-delete-confirm");
    await view.dialogButton("Delete with Force");
    await view.waitForNoRow(ROW, 90_000);
    await view.waitForRow("No listeners on this group", 30_000);
    assert.equal(calls(sandbox, "DeleteListeners"), 1, "deleted once");
    assert.deepEqual(groupListeners(sandbox, south.GroupId), []);
    await view.waitForRow("web-sh");
    await workbench.screenshot("gaapgrouplisteners-deleted");
    assert.deepEqual(await workbench.errorNotifications(), []);
    assert.deepEqual(dialogs, [], "a script ran (a browser dialog opened)");
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { recordDialogs } from "../support/recordDialogs";
import { PreflightDriver, proxiesNamed, type PreflightSandbox } from "./preflightDriver";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/** What this flow reads of the sandbox's listeners (src/sandbox/state/listenerState.ts). */
type ListenerSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { gaapListeners: { listeners: Record<string, { ListenerId: string; Port: number; ProxyId: string | null; ListenerStatus: number }> } };
};

const calls = (sandbox: ListenerSandbox, action: string) => sandbox.stats.actions[action]?.total ?? 0;
const listenersOn = (sandbox: ListenerSandbox, proxyId: string) => Object.values(sandbox.state.gaapListeners.listeners).filter((l) => l.ProxyId === proxyId);
const idOf = (sandbox: ListenerSandbox, name: string) => proxiesNamed(sandbox, name)[0]!.ProxyId;

const NOTHING = "No listeners: this proxy forwards nothing (and is billed all the same)";
// The demo seed's spare origins in project 0 (src/sandbox/seeds/listenerSeed.ts).
const SPARE_1 = { RealServerId: "rs-5bruip8f", RealServerIP: "203.0.113.91" };
const SPARE_2 = { RealServerId: "rs-tfrteb77", RealServerIP: "203.0.113.92" };

/**
 * GAAP listeners in the Proxies view: under each proxy on expand (protocol, port, scheduler, health), a RUNNING
 * proxy without any says it forwards nothing, a listener's origins with their health. A TCP listener with two
 * origins is created through a request file and the preflight and settles in the tree; a port already taken shows
 * on its line; a bind that drops an origin warns in the panel; Delete from the tree asks, naming the IDs.
 */
test("GAAP listeners in the tree: on expand, created with origins, the bind diff, deleted", { timeout: 9 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "gaap-listeners-tree", sandbox: { delays: { create: 4_000, adjust: 3_000, destroy: 3_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as ListenerSandbox;
    const { workbench, page } = session;
    const dialogs = recordDialogs(page);
    const view = new ProxiesViewDriver(workbench, 60_000);
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.widenSideBar(350);
    await view.waitForRow("edge-sh", 60_000);
    assert.equal(calls(sandbox, "DescribeTCPListeners"), 0, "listeners were fetched before any proxy was expanded");

    // A RUNNING proxy without listeners says so; one with a listener shows it, and its origin with its health.
    await workbench.expandTreeItem("edge-sh");
    await view.waitForRow(NOTHING);
    await workbench.expandTreeItem("bound-origin");
    await view.waitForRow("TCP 3306");
    assert.match(await view.description("TCP 3306"), /^db · rr · healthy · listener-/);
    await workbench.expandTreeItem("TCP 3306");
    await view.waitForRow("203.0.113.41:3306");
    assert.equal(await view.icon("203.0.113.41:3306"), "pass");
    assert.match(await view.description("203.0.113.41:3306"), /^healthy/);
    const tip = await view.hover("TCP 3306", /running \(ListenerStatus 0\)/, "gaaplisteners-tooltip");
    assert.match(tip.text, /BindStatus 1/);
    await page.mouse.move(900, 600);
    await workbench.screenshot("gaaplisteners-tree");

    // An unhealthy origin (web-sh's HTTPS port: one origin down) reads so, with the error icon.
    await workbench.expandTreeItem("web-south");
    await workbench.expandTreeItem("web-sh");
    await view.waitForRow("TCP 443");
    assert.match(await view.description("TCP 443"), /unhealthy/);
    await workbench.expandTreeItem("TCP 443");
    await view.waitForRow("203.0.113.13:443");
    assert.equal(await view.icon("203.0.113.13:443"), "error");
    assert.match(await view.description("203.0.113.13:443"), /^unhealthy/);
    await workbench.screenshot("gaaplisteners-health");

    // A TCP listener with two origins through a request file and the panel: created, then bound, then in the tree.
    const edge = idOf(sandbox, "edge-sh");
    const create = { Action: "CreateTCPListeners", ProxyId: edge, ListenerName: "e2e-tcp", Ports: [9100], Scheduler: "rr", RealServerType: "IP", HealthCheck: 0, RealServerBindSet: [{ ...SPARE_1, RealServerPort: 9100 }, { ...SPARE_2, RealServerPort: 9100 }] };
    await driver.send("listener.tcreq.json", create);
    await driver.waitForPhase("ready", 60_000);
    await workbench.screenshot("gaaplisteners-preflight");
    await (await driver.sendButton()).click();
    await view.waitForRow("TCP 9100", 120_000);
    await pollUntil("the new listener to be bound and running in the sandbox", 90_000, async () => (listenersOn(sandbox, edge)[0]?.ListenerStatus === 0 && calls(sandbox, "BindListenerRealServers") === 1 ? true : undefined));
    // Running: no status word before the scheduler (a row with a twistie has no readable icon class here).
    await pollUntil("TCP 9100 to read running", 60_000, async () => (/^e2e-tcp · rr · healthy · listener-/.test(await view.description("TCP 9100")) ? true : undefined));
    await workbench.expandTreeItem("TCP 9100");
    await view.waitForRow("203.0.113.91:9100", 60_000);
    await view.waitForRow("203.0.113.92:9100");
    assert.equal(calls(sandbox, "CreateTCPListeners"), 1, "created once");
    const listenerId = listenersOn(sandbox, edge)[0]!.ListenerId;
    await workbench.screenshot("gaaplisteners-created");

    // A port already taken on the proxy (bound-origin's 3306) shows on the line of that port.
    const clash = { Action: "CreateTCPListeners", ProxyId: idOf(sandbox, "bound-origin"), ListenerName: "clash", Ports: [9200, 3306], Scheduler: "rr", RealServerType: "IP", HealthCheck: 0 };
    await driver.openRequest("clash.tcreq.json", clash);
    const wanted = JSON.stringify(clash, null, 2).split("\n").findIndex((l) => l.trim() === "3306") + 1;
    const hits = await pollUntil("the port conflict in Problems", 60_000, async () => {
      // Only 3306's: the sent listener's own file, still open, now reads its port 9100 as taken too.
      const rows = (await workbench.problems()).filter((r) => /DuplicatedListenerPort/.test(r) && /\b3306\b/.test(r));
      return rows.length ? rows : undefined;
    });
    assert.ok(hits.some((r) => new RegExp(`line ${wanted}\\b`, "i").test(r)), `the conflict is on line ${wanted}: ${hits.join(" | ")}`);
    await workbench.screenshot("gaaplisteners-port-conflict");
    await page.keyboard.press("Control+Shift+M");

    // A bind that keeps only one of the two origins: the panel shows the diff and warns on the removal.
    await driver.send("bind.tcreq.json", { Action: "BindListenerRealServers", ListenerId: listenerId, RealServerBindSet: [{ ...SPARE_1, RealServerPort: 9100 }] });
    await driver.waitForPhase("ready", 60_000);
    const panelText = await (await driver.panel()).innerText();
    assert.match(panelText, new RegExp(`removes origin ${SPARE_2.RealServerId}`));
    await workbench.screenshot("gaaplisteners-bind-diff");
    await (await driver.sendButton()).click();
    await view.waitForNoRow("203.0.113.92:9100", 90_000);
    await view.waitForRow("203.0.113.91:9100");
    assert.equal(calls(sandbox, "BindListenerRealServers"), 2, "bound once more");

    // Modify Listener… and Bind Origins… open request files pre-filled from the live listener.
    await view.contextMenu("TCP 9100", "Modify Listener…");
    await workbench.waitForEditorText(/"Action": "ModifyTCPListenerAttribute"/);
    await workbench.waitForEditorText(new RegExp(`"ListenerId": "${listenerId}"`));
    await view.contextMenu("TCP 9100", "Bind Origins…");
    await workbench.waitForEditorText(/"Action": "BindListenerRealServers"/);
    await workbench.waitForEditorText(/"RealServerIP": "203.0.113.91"/);
    await workbench.screenshot("gaaplisteners-bind-file");

    // Delete from the tree: a modal naming the listener and its proxy; Force only when picked.
    const ask = await view.askViaContextMenu("TCP 9100", "Delete Listener…");
    assert.match(ask, new RegExp(`Delete ${listenerId} \\(TCP 9100\\) — ${edge}\\?`));
    await workbench.screenshot("gaaplisteners-delete-confirm");
    await view.dialogButton("Delete with Force");
    await view.waitForNoRow("TCP 9100", 90_000);
    await view.waitForRow(NOTHING, 30_000);
    assert.equal(calls(sandbox, "DeleteListeners"), 1, "deleted once");
    assert.deepEqual(listenersOn(sandbox, edge), []);
    await workbench.screenshot("gaaplisteners-deleted");
    assert.deepEqual(await workbench.errorNotifications(), []);
    assert.deepEqual(dialogs, [], "a script ran (a browser dialog opened)");
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { proxiesNamed, type PreflightSandbox } from "./preflightDriver";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

type ListenerSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { gaapListeners: { listeners: Record<string, { ListenerId: string; ProxyId: string | null }> } };
};

/**
 * In a Chinese VS Code the listener rows read Chinese (health, statuses, "forwards nothing"), with the API's codes
 * in the tooltip; a listener is deleted from the tree through a Chinese confirmation naming its ID.
 */
test("in a Chinese VS Code the GAAP listeners, their origins and Delete Listener are Chinese", { timeout: 7 * 60_000 }, async () => {
  const zh = readExtensionManifest("zh-cn");
  await withProxiesSandbox({ flow: "gaap-listeners-zh", locale: "zh-cn", sandbox: { delays: { destroy: 3_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as ListenerSandbox;
    const { workbench, page } = session;
    const view = new ProxiesViewDriver(workbench, 60_000);
    await workbench.openViewContainer(proxiesContainer(zh).title);
    await workbench.widenSideBar(350);
    await view.waitForRow("edge-sh", 60_000);

    await workbench.expandTreeItem("edge-sh");
    await view.waitForRow("没有监听器：此通道不转发任何流量（但仍照常计费）");
    await workbench.expandTreeItem("bound-origin");
    await view.waitForRow("TCP 3306");
    assert.match(await view.description("TCP 3306"), /^db · rr · 健康 · listener-/);
    await workbench.expandTreeItem("TCP 3306");
    await view.waitForRow("203.0.113.41:3306");
    assert.match(await view.description("203.0.113.41:3306"), /^健康/);
    const tip = await view.hover("TCP 3306", /运行中 \(ListenerStatus 0\)/, "gaaplisteners-zh-tooltip");
    assert.match(tip.text, /健康 \(BindStatus 1\)/);
    await page.mouse.move(900, 600);
    await workbench.screenshot("gaaplisteners-zh-tree");

    const proxyId = proxiesNamed(sandbox, "bound-origin")[0]!.ProxyId;
    const db = Object.values(sandbox.state.gaapListeners.listeners).find((l) => l.ProxyId === proxyId)!;
    const ask = await view.askViaContextMenu("TCP 3306", "删除监听器…");
    assert.match(ask, new RegExp(`删除 ${db.ListenerId} \\(TCP 3306\\) — ${proxyId}？`));
    assert.match(ask, /强制删除/);
    await workbench.screenshot("gaaplisteners-zh-delete-confirm");
    await view.dialogButton("强制删除");
    await view.waitForNoRow("TCP 3306", 90_000);
    await workbench.screenshot("gaaplisteners-zh-deleted");
    assert.deepEqual(await workbench.errorNotifications(), []);
  });
});

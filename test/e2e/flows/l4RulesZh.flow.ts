import * as assert from "node:assert/strict";
import { test } from "node:test";
import { manifestCommand, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import type { PreflightSandbox } from "./preflightDriver";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

type RuleSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { l4Rules?: { rulesByProxy: Record<string, { RuleId: string; PortRange: string[]; Status: string }[]> } };
};

const WEB = "TCP 80 → 203.0.113.10:8080";

/**
 * In a Chinese VS Code every status in the tree is Chinese (GAAP proxies and groups, zones, L4 proxies, rules), with
 * the API's code in the tooltip; a rule is disabled and deleted from the tree through Chinese confirmations.
 */
test("in a Chinese VS Code the tree's statuses and the rule actions are Chinese", { timeout: 7 * 60_000 }, async () => {
  const zh = readExtensionManifest("zh-cn");
  await withProxiesSandbox({ flow: "l4rules-zh", locale: "zh-cn", sandbox: { delays: { l4Deploy: 4_000, l4Stop: 4_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as RuleSandbox;
    const { workbench, page } = session;
    const view = new ProxiesViewDriver(workbench, 60_000);
    await workbench.openViewContainer(proxiesContainer(zh).title);
    await workbench.widenSideBar(300);
    await view.waitForRow("isolated-seoul", 60_000);

    // GAAP: what read RUNNING, CHANGING, ISOLATED before reads Chinese now; the code is in the tooltip.
    assert.match(await view.description("api-north"), /^部分变更中 · /);
    assert.match(await view.description("isolated-seoul"), /^已隔离（欠费） · 已封禁 · /);
    assert.match(await view.description("paused-cq"), /^已关闭 · /);
    const tip = await view.hover("isolated-seoul", /已隔离（欠费） \(ISOLATED\)/, "l4rules-zh-gaap-tooltip");
    assert.match(tip.text, /Status: ISOLATED/);
    await page.mouse.move(900, 600);
    await workbench.screenshot("l4rules-zh-gaap");
    const descriptions = await page.locator('.part.sidebar [role="treeitem"] .label-description').allInnerTexts();
    assert.doesNotMatch(descriptions.join("\n"), /\b(RUNNING|CREATING|CHANGING|ADJUSTING|ISOLATED|CLOSED|pending)\b/, "a raw status code in the tree");

    // EdgeOne: zones, L4 proxies and their rules.
    await workbench.collapseTreeItem("GAAP");
    await view.waitForRow("pending.example.dev");
    assert.match(await view.description("pending.example.dev"), /^待接入 · /);
    await workbench.expandTreeItem("example.com");
    assert.match(await view.description("backup-udp"), /^已停用 · .*1 条规则/);
    assert.match(await view.description("game-tcp"), /3 条规则/);
    await workbench.expandTreeItem("game-tcp");
    await view.waitForRow(WEB);
    assert.match(await view.description(WEB), /客户端 IP：TOA/);
    assert.match(await view.description("UDP 7000-7010 → game.example.com:7000-7010"), /^已停用 · 客户端 IP：SPP/);
    await workbench.expandTreeItem("static-ip-l4");
    await view.waitForRow("没有转发规则：此四层代理不转发任何流量");
    await workbench.screenshot("l4rules-zh-tree");

    // Disable, in Chinese.
    const game = Object.values(sandbox.state.l4Proxies).find((p) => p.ProxyName === "game-tcp")!;
    const rules = () => sandbox.state.l4Rules?.rulesByProxy[game.ProxyId] ?? [];
    const webId = rules().find((r) => r.PortRange[0] === "80")!.RuleId;
    const question = await view.askViaContextMenu(WEB, manifestCommand(zh, "tcAccel.disableL4Rule").title);
    assert.match(question, new RegExp(`停用 ${webId} \\(${game.ProxyId}\\)？`));
    await workbench.screenshot("l4rules-zh-disable-confirm");
    await view.dialogButton("停用");
    await view.waitForIcon(WEB, "circle-slash", 60_000);
    assert.match(await view.description(WEB), /^已停用 · /);

    // Delete, in Chinese: the rule is offline already, so it is deleted at once.
    const ask = await view.askViaContextMenu(WEB, manifestCommand(zh, "tcAccel.deleteL4Rule").title);
    assert.match(ask, new RegExp(`删除 ${webId} \\(${game.ProxyId}\\)？`));
    assert.match(ask, /永久删除/);
    await workbench.screenshot("l4rules-zh-delete-confirm");
    await view.dialogButton("删除");
    await view.waitForNoRow(WEB, 60_000);
    assert.equal(rules().some((r) => r.RuleId === webId), false);
    assert.equal(sandbox.stats.actions.ModifyL4ProxyRulesStatus?.total, 1, "an offline rule is not taken offline again");
    assert.match(await view.description("game-tcp"), /2 条规则/);
    await workbench.screenshot("l4rules-zh-deleted");
    assert.deepEqual(await workbench.errorNotifications(), []);
  });
});

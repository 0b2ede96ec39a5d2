import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

type RuleSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { l4Rules?: { rulesByProxy: Record<string, { RuleId: string; Status: string }[]> } };
};

/**
 * With VS Code in Simplified Chinese, an L4 rule delete through the panel: the removed rule beside the ones that
 * stay, the refusal of an online rule (it must be taken offline first), and the delete of an offline one.
 */
test("L4 rule delete through the panel, in Chinese", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest("zh-cn");
  await withProxiesSandbox({ flow: "preflight-l4rules-zh", locale: "zh-cn", settings: { "workbench.colorTheme": "Default Light Modern" } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as RuleSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("EdgeOne", 60_000);
    const zone = Object.values(sandbox.state.zones).find((z) => z.ZoneName === "example.com")!;
    const game = Object.values(sandbox.state.l4Proxies).find((p) => p.ProxyName === "game-tcp")!;
    const rules = sandbox.state.l4Rules!.rulesByProxy[game.ProxyId]!;
    const online = rules.find((r) => r.Status === "online")!.RuleId;
    const offline = rules.find((r) => r.Status === "offline")!.RuleId;

    // An online rule on an online proxy: the live check refuses the file, or the panel blocks it.
    await driver.send("del-online.tcreq.json", { Action: "DeleteL4ProxyRules", ZoneId: zone.ZoneId, ProxyId: game.ProxyId, RuleIds: [online] });
    // (Send refuses a file with errors before any panel; the notice is in Chinese, so not driver.panelOrRefusal.)
    await pollUntil("the refusal in Chinese", 45_000, async () => {
      const notes = await session.page.locator(".notifications-toasts .notification-list-item").allInnerTexts();
      return notes.some((n) => /未发送[\s\S]*请先停用/.test(n)) ? true : undefined;
    });
    await workbench.screenshot("preflight-l4rules-zh-refused");
    assert.equal(sandbox.stats.actions.DeleteL4ProxyRules?.total ?? 0, 0, "nothing was sent");

    await driver.send("del.tcreq.json", { Action: "DeleteL4ProxyRules", ZoneId: zone.ZoneId, ProxyId: game.ProxyId, RuleIds: [offline] });
    await driver.waitForPhase("ready", 60_000);
    assert.match(await (await driver.section("proxy")).innerText(), /四层代理[\s\S]*game-tcp/);
    assert.match(await (await driver.section("removed")).innerText(), /删除（1）[\s\S]*不可撤销[\s\S]*UDP 7000-7010/);
    assert.match(await (await driver.section("kept")).innerText(), /不变（2）[\s\S]*代理的其他规则保持不变/);
    assert.match(await (await driver.section("conflicts")).innerText(), /无冲突/);
    await workbench.screenshot("preflight-l4rules-zh-delete");
    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 60_000);
    assert.match(await driver.text("#outcome"), /完成：规则已从 sid-[a-z0-9]+ 删除/);
    assert.deepEqual(sandbox.state.l4Rules!.rulesByProxy[game.ProxyId]!.map((r) => r.RuleId).includes(offline), false);
    assert.ok(sandbox.state.l4Rules!.rulesByProxy[game.ProxyId]!.some((r) => r.RuleId === online), "the online rule is still there");
    await workbench.screenshot("preflight-l4rules-zh-done");
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/** What this flow reads of the sandbox's L4 rules (src/sandbox/state/l4RuleState.ts). */
type RuleSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { l4Rules?: { rulesByProxy: Record<string, { RuleId: string; Protocol: string; PortRange: string[]; Status: string }[]> } };
};

const RULE = "TCP 80 → 203.0.113.10:8080";

/**
 * ModifyL4ProxyRulesStatus through the panel: a file disabling one of the demo's online rules shows the status
 * switch (online → offline) before Apply; sent once, the rule goes offline in the Proxies view, and the file is
 * told it now changes nothing.
 */
test("L4 rule status: the switch in the panel, Apply, and the rule offline in the tree", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-l4rulestatus", sandbox: { delays: { l4Stop: 3_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as RuleSandbox;
    const { workbench } = session;
    const view = new ProxiesViewDriver(workbench, 60_000);
    const driver = new PreflightDriver(session, manifest);
    await view.openDemoZone(proxiesContainer(manifest).title);
    await workbench.expandTreeItem("game-tcp");
    await view.waitForRow(RULE);
    assert.equal(await view.icon(RULE), "pass", "the seeded rule runs");

    const zone = Object.values(sandbox.state.zones).find((z) => z.ZoneName === "example.com")!;
    const game = Object.values(sandbox.state.l4Proxies).find((p) => p.ProxyName === "game-tcp")!;
    const ruleOf = () => sandbox.state.l4Rules?.rulesByProxy[game.ProxyId]?.find((r) => r.Protocol === "TCP" && r.PortRange[0] === "80");
    const ruleId = ruleOf()!.RuleId;
    await driver.send("status.tcreq.json", { Action: "ModifyL4ProxyRulesStatus", ZoneId: zone.ZoneId, ProxyId: game.ProxyId, RuleIds: [ruleId], Status: "offline" });
    await driver.waitForPhase("ready", 60_000);
    const switched = await (await driver.section("switched")).innerText();
    assert.match(switched, /Status \(1\)/);
    assert.match(switched, new RegExp(`${ruleId}\\s+online\\s+→\\s+offline`));
    assert.equal(await driver.isDisabled(await driver.sendButton()), false);
    await workbench.screenshot("preflight-l4rulestatus-switch");

    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 90_000);
    assert.match(await driver.text("#outcome"), /offline/);
    await view.waitForIcon(RULE, "circle-slash", 60_000);
    assert.match(await view.description(RULE), /^offline/);
    assert.equal(ruleOf()?.Status, "offline");
    assert.equal(sandbox.stats.actions.ModifyL4ProxyRulesStatus?.total, 1, "sent once");
    // The file just sent is checked again after the write: disabling the rule now changes nothing.
    await pollUntil("the sent file to say the rule is offline", 30_000, async () => ((await workbench.problems()).some((r) => r.includes(`Rule ${ruleId} is already offline`)) ? true : undefined));
    await workbench.screenshot("preflight-l4rulestatus-done");
  });
});

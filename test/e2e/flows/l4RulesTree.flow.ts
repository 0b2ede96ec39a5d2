import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { recordDialogs } from "../support/recordDialogs";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/** What this flow reads of the sandbox's L4 rules (src/sandbox/state/l4RuleState.ts). */
type RuleSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { l4Rules?: { rulesByProxy: Record<string, { RuleId: string; PortRange: string[]; Status: string }[]> } };
};

const l4Named = (sandbox: RuleSandbox, name: string) => Object.values(sandbox.state.l4Proxies).find((p) => p.ProxyName === name)!;
const rulesOf = (sandbox: RuleSandbox, proxyId: string) => sandbox.state.l4Rules?.rulesByProxy[proxyId] ?? [];
const calls = (sandbox: RuleSandbox, action: string) => sandbox.stats.actions[action]?.total ?? 0;

const WEB = "TCP 8080 → 203.0.113.20:80";
const GAME = "UDP 9000-9009 → 203.0.113.21:9000-9009";

/**
 * The forwarding rules in the Proxies view: under each L4 proxy, fetched when it is expanded (its count shown
 * before), with ports → origin, client-IP mode and status; an L4 proxy without rules says it forwards nothing.
 * Two rules added through a request file and the preflight go online in the tree (spinning meanwhile); a file
 * overlapping them shows the overlap on its line; Disable and Delete from the tree ask first, naming the rule, and
 * Delete takes an online rule offline first, saying so. An open file's live finding follows Disable at once.
 */
test("L4 rules in the tree: on expand, added through the preflight, disabled and deleted from the tree", { timeout: 8 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "l4rules-tree", sandbox: { delays: { l4Deploy: 6_000, l4Stop: 5_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as RuleSandbox;
    const { workbench, page } = session;
    const dialogs = recordDialogs(page);
    const view = new ProxiesViewDriver(workbench, 60_000);
    const driver = new PreflightDriver(session, manifest);
    await view.openDemoZone(proxiesContainer(manifest).title);

    // The count comes with the L4 proxy listing; no rule is fetched until a proxy is expanded.
    await view.waitForRow("game-tcp");
    assert.match(await view.description("game-tcp"), /3 rules/);
    assert.match(await view.description("static-ip-l4"), /no rules/);
    assert.equal(calls(sandbox, "DescribeL4ProxyRules"), 0, "rules were fetched before any proxy was expanded");

    await workbench.expandTreeItem("game-tcp");
    await view.waitForRow("TCP 80 → 203.0.113.10:8080");
    assert.match(await view.description("TCP 80 → 203.0.113.10:8080"), /client IP: TOA/);
    assert.equal(await view.icon("TCP 80 → 203.0.113.10:8080"), "pass");
    const offlineRule = "UDP 7000-7010 → game.example.com:7000-7010";
    assert.match(await view.description(offlineRule), /^offline · client IP: SPP/);
    assert.equal(await view.icon(offlineRule), "circle-slash");
    const tip = await view.hover(offlineRule, /offline \(offline\)/, "l4rules-tooltip");
    assert.match(tip.text, /RuleId: rule-/);
    await page.mouse.move(900, 600);
    assert.equal(calls(sandbox, "DescribeL4ProxyRules"), 1, "expanding one proxy fetched its rules once");
    await workbench.expandTreeItem("static-ip-l4");
    await view.waitForRow("No forwarding rules: this L4 proxy forwards nothing");
    await workbench.screenshot("l4rules-tree");
    await workbench.collapseTreeItem("game-tcp");

    // Two rules through a request file and the panel: they spin in the tree while deploying, then run.
    const zone = Object.values(sandbox.state.zones).find((z) => z.ZoneName === "example.com")!;
    const target = l4Named(sandbox, "static-ip-l4");
    const rules = [
      { Protocol: "TCP", PortRange: ["8080"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.20"], OriginPortRange: "80", ClientIPPassThroughMode: "TOA", RuleTag: "web" },
      { Protocol: "UDP", PortRange: ["9000-9009"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.21"], OriginPortRange: "9000-9009", RuleTag: "game" },
    ];
    await driver.send("rules.tcreq.json", { Action: "CreateL4ProxyRules", ZoneId: zone.ZoneId, ProxyId: target.ProxyId, L4ProxyRules: rules });
    await driver.waitForPhase("ready", 60_000);
    await workbench.screenshot("l4rules-preflight");
    await (await driver.sendButton()).click();
    await view.waitForRow(WEB, 60_000);
    await view.waitForRow(GAME);
    assert.equal(await view.icon(WEB), "spinning", "a deploying rule spins");
    assert.match(await view.description(WEB), /^deploying · client IP: TOA · web/);
    await workbench.screenshot("l4rules-deploying");
    await view.waitForIcon(WEB, "pass", 60_000);
    await view.waitForIcon(GAME, "pass", 60_000);
    await pollUntil("static-ip-l4 to count its 2 rules", 30_000, async () => (/2 rules/.test(await view.description("static-ip-l4")) ? true : undefined));
    assert.deepEqual(rulesOf(sandbox, target.ProxyId).map((r) => r.Status), ["online", "online"]);
    assert.equal(calls(sandbox, "CreateL4ProxyRules"), 1, "sent once");
    await workbench.screenshot("l4rules-online");

    // game-tcp forwards TCP 7000-7010: a file adding TCP 7005 to it shows the overlap on that port's line.
    const game = l4Named(sandbox, "game-tcp");
    const overlap = { Action: "CreateL4ProxyRules", ZoneId: zone.ZoneId, ProxyId: game.ProxyId, L4ProxyRules: [{ ...rules[0], PortRange: ["8081", "7005"] }] };
    await driver.openRequest("overlap.tcreq.json", overlap);
    const wanted = JSON.stringify(overlap, null, 2).split("\n").findIndex((l) => l.trim() === '"7005"') + 1;
    const hits = await pollUntil("the overlap in Problems", 60_000, async () => {
      // Only this file's finding: the file just sent now overlaps the rules it made, and those rows are listed too.
      const rows = (await workbench.problems()).filter((r) => r.includes("TCP port 7005 overlaps"));
      return rows.length ? rows : undefined;
    });
    assert.ok(hits.some((r) => new RegExp(`line ${wanted}\\b`, "i").test(r)), `the overlap is on line ${wanted}: ${hits.join(" | ")}`);
    await workbench.screenshot("l4rules-overlap");
    await page.keyboard.press("Control+Shift+M");

    // An open file enabling the web rule is told it is already online. The tree's Disable below is a write the
    // session hears: the file is checked again at once (stopping), and again when the tree has followed it offline.
    const webId = rulesOf(sandbox, target.ProxyId).find((r) => r.PortRange[0] === "8080")!.RuleId;
    await driver.openRequest("enable.tcreq.json", { Action: "ModifyL4ProxyRulesStatus", ZoneId: zone.ZoneId, ProxyId: target.ProxyId, RuleIds: [webId], Status: "online" });
    const liveFinding = async (pattern: RegExp) => (await workbench.problems()).find((r) => pattern.test(r));
    await pollUntil("the enable file to say the rule is online", 60_000, () => liveFinding(new RegExp(`Rule ${webId} is already online`)));
    await page.keyboard.press("Control+Shift+M");

    // Disable from the tree: asks, naming the rule and its proxy; the rule spins while stopping, then is offline.
    const question = await view.askViaContextMenu(WEB, "Disable…");
    assert.match(question, new RegExp(`Disable ${webId} \\(${target.ProxyId}\\)\\?`));
    await workbench.screenshot("l4rules-disable-confirm");
    await view.dialogButton("Disable");
    await pollUntil("the enable file to see the rule stopping", 30_000, () => liveFinding(new RegExp(`Rule ${webId} is stopping`)));
    await workbench.screenshot("l4rules-disable-live");
    await page.keyboard.press("Control+Shift+M");
    await view.waitForIcon(WEB, "circle-slash", 60_000);
    assert.match(await view.description(WEB), /^offline/);
    // Offline, enabling it is no longer a no-op: the file's live finding goes.
    await pollUntil("the enable file's live finding to go", 30_000, async () => ((await liveFinding(new RegExp(`Rule ${webId} is`))) ? undefined : true));
    await page.keyboard.press("Control+Shift+M");
    assert.equal(calls(sandbox, "ModifyL4ProxyRulesStatus"), 1);
    assert.equal(rulesOf(sandbox, target.ProxyId).find((r) => r.RuleId === webId)?.Status, "offline");
    await workbench.screenshot("l4rules-disabled");

    // Delete the online one: asks first; it is taken offline first, with a word, then deleted and gone from the tree.
    const gameId = rulesOf(sandbox, target.ProxyId).find((r) => r.PortRange[0] === "9000-9009")!.RuleId;
    const ask = await view.askViaContextMenu(GAME, "Delete…");
    assert.match(ask, new RegExp(`Delete ${gameId} \\(${target.ProxyId}\\)\\?`));
    assert.match(ask, /taken offline first/);
    await workbench.screenshot("l4rules-delete-confirm");
    await view.dialogButton("Delete");
    await workbench.waitForNotification(new RegExp(`Taking ${gameId} offline first`), 30_000);
    await view.waitForNoRow(GAME, 90_000);
    assert.equal(calls(sandbox, "ModifyL4ProxyRulesStatus"), 2, "taken offline once before the delete");
    assert.equal(calls(sandbox, "DeleteL4ProxyRules"), 1, "deleted once");
    assert.deepEqual(rulesOf(sandbox, target.ProxyId).map((r) => r.RuleId), [webId]);
    await view.waitForRow(WEB);
    await workbench.screenshot("l4rules-deleted");

    // Modify… opens a ModifyL4ProxyRules file pre-filled from the live rule; on the proxy, Open Forwarding Rules as
    // Request… offers CreateL4ProxyRules with no rules yet.
    await view.contextMenu(WEB, "Modify…");
    await workbench.waitForEditorText(/"Action": "ModifyL4ProxyRules"/);
    await workbench.waitForEditorText(new RegExp(`"RuleId": "${webId}"`));
    await workbench.waitForEditorText(/"ClientIPPassThroughMode": "TOA"/);
    await workbench.screenshot("l4rules-modify-file");
    await view.contextMenu("static-ip-l4", "Open Forwarding Rules as Request…");
    await view.pickQuickItem("CreateL4ProxyRules");
    await workbench.waitForEditorText(/"Action": "CreateL4ProxyRules"/);
    await workbench.waitForEditorText(/"L4ProxyRules": \[\]/);
    assert.deepEqual(await workbench.errorNotifications(), []);
    assert.deepEqual(dialogs, [], "a script ran (a browser dialog opened)");
  });
});

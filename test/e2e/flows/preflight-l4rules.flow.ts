import * as assert from "node:assert/strict";
import { test } from "node:test";
import { COMMANDS } from "../../../src/extension/constants";
import { pollUntil } from "../support/boundedWait";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/** What this flow reads of the sandbox's L4 rules (src/sandbox/state/l4RuleState.ts). */
type RuleSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { l4Rules?: { rulesByProxy: Record<string, { RuleId: string; PortRange: string[]; Status: string; OriginPortRange: string }[]> } };
};

const l4Named = (sandbox: RuleSandbox, name: string) => Object.values(sandbox.state.l4Proxies).find((p) => p.ProxyName === name)!;
const rulesOf = (sandbox: RuleSandbox, proxyId: string) => sandbox.state.l4Rules?.rulesByProxy[proxyId] ?? [];

/**
 * CreateL4ProxyRules through the panel: two rules for the seeded online L4 proxy without rules, the diff (added,
 * unchanged) and the conflicts before Create, then the rules followed until online; a Modify of one of them field by
 * field beside the live rule. A file whose port another
 * live rule holds shows the overlap in Problems on that port's line, and the panel blocks it.
 */
test("L4 rules: the preflight diff, Create, and a live overlap", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-l4rules", settings: { "workbench.colorTheme": "Default Light Modern" }, sandbox: { delays: { l4Deploy: 3_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as RuleSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("EdgeOne", 60_000);
    const zone = Object.values(sandbox.state.zones).find((z) => z.ZoneName === "example.com")!;
    const empty = l4Named(sandbox, "static-ip-l4");
    assert.equal(rulesOf(sandbox, empty.ProxyId).length, 0, "the seeded proxy starts without rules");

    const rules = [
      { Protocol: "TCP", PortRange: ["8080"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.20"], OriginPortRange: "80", ClientIPPassThroughMode: "TOA", RuleTag: "web" },
      { Protocol: "UDP", PortRange: ["9000-9009"], OriginType: "IP_DOMAIN", OriginValue: ["203.0.113.21"], OriginPortRange: "9000-9009", RuleTag: "game" },
    ];
    await driver.send("rules.tcreq.json", { Action: "CreateL4ProxyRules", ZoneId: zone.ZoneId, ProxyId: empty.ProxyId, L4ProxyRules: rules });
    await driver.waitForPhase("ready", 60_000);
    assert.match(await (await driver.section("proxy")).innerText(), /static-ip-l4[\s\S]*online/);
    const added = await (await driver.section("added")).innerText();
    assert.match(added, /TCP 8080 → 203\.0\.113\.20:80/);
    assert.match(added, /UDP 9000-9009 → 203\.0\.113\.21:9000-9009/);
    assert.match(await (await driver.section("kept")).innerText(), /no other rules/);
    assert.match(await (await driver.section("conflicts")).innerText(), /No conflict/);
    assert.equal(await driver.isDisabled(await driver.sendButton()), false);
    await workbench.screenshot("preflight-l4rules-diff");

    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 90_000);
    const outcome = await driver.text("#outcome");
    assert.match(outcome, /rule-[a-z0-9]+, rule-[a-z0-9]+/);
    assert.match(outcome, /online/);
    const made = rulesOf(sandbox, empty.ProxyId);
    assert.deepEqual(made.map((r) => r.Status), ["online", "online"]);
    assert.equal(sandbox.stats.actions.CreateL4ProxyRules?.total, 1, "sent once");
    await workbench.screenshot("preflight-l4rules-done");

    // Modify one of them: the live rule beside the file's, field by field, then Apply.
    const web = made[0]!.RuleId;
    await driver.send("modify.tcreq.json", { Action: "ModifyL4ProxyRules", ZoneId: zone.ZoneId, ProxyId: empty.ProxyId, L4ProxyRules: [{ RuleId: web, OriginPortRange: "8080", ClientIPPassThroughMode: "PPV2", RuleTag: "web" }] });
    await driver.waitForPhase("ready", 60_000);
    const changed = await driver.section("changed-0");
    assert.match(await changed.innerText(), /OriginPortRange\s+80\s+→\s+8080/);
    assert.match(await changed.innerText(), /ClientIPPassThroughMode\s+TOA\s+→\s+PPV2/);
    assert.equal(await changed.locator("tr.same").count(), 1, "RuleTag is set to what it is");
    assert.match(await (await driver.section("kept")).innerText(), /A Modify removes no rule[\s\S]*UDP 9000-9009/);
    await workbench.screenshot("preflight-l4rules-modify");
    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 90_000);
    const modified = rulesOf(sandbox, empty.ProxyId).find((r) => r.RuleId === web);
    assert.deepEqual([modified?.OriginPortRange, modified?.Status], ["8080", "online"]);

    // Port 80 is game-tcp's: the live check marks it on its own line, and the panel blocks Create.
    const game = l4Named(sandbox, "game-tcp");
    const overlap = { Action: "CreateL4ProxyRules", ZoneId: zone.ZoneId, ProxyId: game.ProxyId, L4ProxyRules: [{ ...rules[0], PortRange: ["81", "80"] }] };
    await driver.openRequest("overlap.tcreq.json", overlap);
    const lines = await pollUntil("the overlap in Problems", 60_000, async () => {
      const rows = await workbench.problems();
      // The create file, checked again after its send, now overlaps the rules it made (so a second send is refused).
      if (!rows.some((r) => r.includes("TCP port 8080 overlaps 8080"))) return undefined;
      const hit = rows.filter((r) => r.includes("TCP port 80 overlaps 80 "));
      return hit.length ? hit : undefined;
    });
    // {"Action"…} pretty-printed: the second PortRange entry ("80") is on line 10.
    const wanted = JSON.stringify(overlap, null, 2).split("\n").findIndex((l) => l.trim() === '"80"') + 1;
    assert.ok(lines.some((r) => new RegExp(`line ${wanted}\\b`, "i").test(r)), `the overlap is on line ${wanted}: ${lines.join(" | ")}`);
    await workbench.screenshot("preflight-l4rules-overlap");
    const before = sandbox.stats.actions.CreateL4ProxyRules?.total ?? 0;
    await driver.run(COMMANDS.sendRequest);
    const seen = await driver.panelOrRefusal(/CreateL4ProxyRules/, /RulePortDuplicating|overlaps/);
    if (seen === "panel") {
      assert.equal(await driver.isDisabled(await driver.sendButton()), true, "Create is disabled for an overlap");
      assert.match(await driver.text("#blockers"), /RulePortDuplicating/);
    }
    assert.equal(sandbox.stats.actions.CreateL4ProxyRules?.total ?? 0, before, "nothing was sent");
  });
});

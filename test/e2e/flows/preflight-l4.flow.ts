import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

const l4Named = (sandbox: PreflightSandbox, name: string) => Object.values(sandbox.state.l4Proxies).filter((p) => p.ProxyName === name);

/**
 * CreateL4Proxy: the panel shows the zone and its state, the name check and the documented rules, and Create makes
 * the proxy. A conflict cannot be created: the same name again is blocked in the panel (or refused by Send when the
 * live checks saw it first), and Ipv6 with StaticIp is refused before anything is sent.
 */
test("an L4 conflict cannot be created", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-l4", settings: { "workbench.colorTheme": "Default Light Modern" }, sandbox: { delays: { l4Deploy: 3_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as PreflightSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("EdgeOne", 60_000);
    const zone = Object.values(sandbox.state.zones).find((z) => z.ZoneName === "example.com")!;

    await driver.send("l4.tcreq.json", { Action: "CreateL4Proxy", ZoneId: zone.ZoneId, ProxyName: "e2e-l4", Area: "global" });
    await driver.waitForPhase("ready", 60_000);
    assert.match(await (await driver.section("zone")).innerText(), /example\.com[\s\S]*active/);
    assert.match(await (await driver.section("name")).innerText(), /No L4 proxy in the zone is named "e2e-l4"/);
    const rules = await driver.section("rules");
    assert.equal(await rules.locator(".item-error").count(), 0);
    assert.ok((await rules.locator(".item-ok").count()) >= 4, "each documented rule is listed as passing");
    await workbench.screenshot("preflight-l4");

    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 60_000);
    assert.match(await driver.text("#outcome"), /sid-[a-z0-9]+[\s\S]*online/);
    assert.equal(l4Named(sandbox, "e2e-l4").length, 1);

    // The same name again: the name check blocks Create.
    const before = await driver.revision();
    await (await driver.frame()).locator("#recheck").click();
    await driver.waitForPhase("ready", 60_000, before);
    assert.match(await (await driver.section("name")).innerText(), /already has an L4 proxy named "e2e-l4"/);
    assert.equal(await driver.isDisabled(await driver.sendButton()), true, "Create is disabled for a taken name");
    assert.match(await driver.text("#blockers"), /ProxyNameDuplicating/);
    await workbench.screenshot("preflight-l4-conflict");
    assert.equal(l4Named(sandbox, "e2e-l4").length, 1, "still one");

    // A name the zone already had before: live checks refuse the file, or the panel blocks it.
    await driver.send("l4-taken.tcreq.json", { Action: "CreateL4Proxy", ZoneId: zone.ZoneId, ProxyName: "game-tcp", Area: "global" });
    const seen = await driver.panelOrRefusal(/game-tcp/, /game-tcp/);
    if (seen === "panel") assert.equal(await driver.isDisabled(await driver.sendButton()), true);
    assert.equal(l4Named(sandbox, "game-tcp").length, 1);

    // Ipv6 and StaticIp together: a documented conflict, refused before any panel or request.
    await driver.send("l4-ipv6-static.tcreq.json", { Action: "CreateL4Proxy", ZoneId: zone.ZoneId, ProxyName: "v6-static", Area: "global", Ipv6: "on", StaticIp: "on" });
    await workbench.waitForNotification(/Not sent.*StaticIp/s, 30_000);
    assert.equal(l4Named(sandbox, "v6-static").length, 0);
  });
});

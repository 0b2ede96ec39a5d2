import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/** The listener state the flow reads (src/sandbox/state/listenerState.ts). */
type ListenerSandbox = PreflightSandbox & {
  state: PreflightSandbox["state"] & { gaapListeners: { listeners: Record<string, { bindings: { RealServerId: string }[] }> | Map<string, { bindings: { RealServerId: string }[] }> } };
};

const boundTo = (sandbox: ListenerSandbox, listenerId: string): string[] => {
  const all = sandbox.state.gaapListeners.listeners;
  const listener = all instanceof Map ? all.get(listenerId) : all[listenerId];
  return (listener?.bindings ?? []).map((b) => b.RealServerId).sort();
};

/**
 * BindListenerRealServers replaces the whole origin set: the panel shows the live set beside the file's, warns on
 * the origin the file leaves out, and Apply sends it from the panel only.
 */
test("a bind shows its diff and warns on a removal", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-bind", settings: { "workbench.colorTheme": "Default Light Modern" }, sandbox: { delays: { adjust: 2_000 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as ListenerSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    // web-http (listener-cf2u09b7) has rs-oxp4wwv1 and rs-8tdf85nf on port 80; the file keeps the first, reweighted, adds a spare.
    assert.deepEqual(boundTo(sandbox, "listener-cf2u09b7"), ["rs-8tdf85nf", "rs-oxp4wwv1"]);
    await driver.send("bind-web-http.tcreq.json", {
      Action: "BindListenerRealServers",
      ListenerId: "listener-cf2u09b7",
      RealServerBindSet: [
        { RealServerId: "rs-oxp4wwv1", RealServerIP: "203.0.113.11", RealServerPort: 80, RealServerWeight: 5 },
        { RealServerId: "rs-5bruip8f", RealServerIP: "203.0.113.91", RealServerPort: 80, RealServerWeight: 1 },
      ],
    });
    await driver.waitForPhase("ready", 60_000);

    const bind = await driver.section("bind");
    const text = await bind.innerText();
    assert.match(text, /1 added, 1 removed, 1 changed, 0 kept/);
    assert.match(text, /rs-8tdf85nf \(203\.0\.113\.12:80\)/);
    assert.match(await bind.locator(".item-warning").first().innerText(), /removes origin rs-8tdf85nf .*replaces the whole set/);
    assert.equal(await bind.locator("tr.changed").count(), 3, "added, removed and changed rows");
    assert.match(await (await driver.section("listener")).innerText(), /listener-cf2u09b7/);
    const apply = await driver.sendButton();
    assert.equal(await driver.isDisabled(apply), false);
    await workbench.screenshot("preflight-bind-removal");

    await apply.click();
    await driver.waitForPhase("done", 90_000);
    assert.deepEqual(boundTo(sandbox, "listener-cf2u09b7"), ["rs-5bruip8f", "rs-oxp4wwv1"], "the sandbox listener has the file's set");
    await workbench.screenshot("preflight-bind-applied");
  });
});

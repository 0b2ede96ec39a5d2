import * as assert from "node:assert/strict";
import { test } from "node:test";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

interface ListenerRecord {
  ListenerId: string;
  Port: number;
  ProxyId: string | null;
  bindings: { RealServerId: string }[];
}
type ListenerSandbox = PreflightSandbox & { state: PreflightSandbox["state"] & { gaapListeners: { listeners: Record<string, ListenerRecord> } } };

const listenersOn = (sandbox: ListenerSandbox, proxyId: string): ListenerRecord[] => Object.values(sandbox.state.gaapListeners.listeners).filter((l) => l.ProxyId === proxyId);

/**
 * A listener with origins (a CreateTCPListeners file with a RealServerBindSet) runs as steps on the panel; a bind
 * that fails in the middle stops there, says what was done, and Create again resumes without a second listener.
 */
test("a listener with origins runs as steps and resumes after a failed bind, also after a reload", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-steps", settings: { "workbench.colorTheme": "Default Light Modern" }, sandbox: { delays: { create: 1_500, adjust: 1_500 } } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as ListenerSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    // edge-sh (link-p7aav5z8) is RUNNING with no listener in the demo seed.
    const proxyId = "link-p7aav5z8";
    assert.equal(listenersOn(sandbox, proxyId).length, 0);
    await driver.send("edge-web.tcreq.json", {
      Action: "CreateTCPListeners",
      ProxyId: proxyId,
      ListenerName: "edge-web",
      Ports: [8000],
      Scheduler: "wrr",
      HealthCheck: 0,
      RealServerType: "IP",
      RealServerBindSet: [
        { RealServerId: "rs-5bruip8f", RealServerIP: "203.0.113.91", RealServerPort: 8000, RealServerWeight: 10 },
        { RealServerId: "rs-tfrteb77", RealServerIP: "203.0.113.92", RealServerPort: 8000, RealServerWeight: 20 },
      ],
    });
    await driver.waitForPhase("ready", 60_000);
    const planned = await (await driver.section("steps")).innerText();
    assert.match(planned, /1\. Create the listener\(s\) on port\(s\) 8000/);
    assert.match(planned, /3\. Bind the origins to the listener on port 8000/);
    assert.match(await (await driver.section("ports")).innerText(), /TCP 8000\s+free/);
    await workbench.screenshot("preflight-steps-planned");

    sandbox.setFaults({ rules: [{ action: "BindListenerRealServers", fault: "http503", probability: 1 }] });
    const before = await driver.revision();
    await (await driver.sendButton()).click();
    await driver.waitForPhase("ready", 150_000, before + 1);
    const stopped = await (await driver.section("steps")).innerText();
    assert.match(stopped, /Stopped at step 3 of 4: 2 done/);
    assert.equal(listenersOn(sandbox, proxyId).length, 1, "the listener was created once");
    const listenerId = listenersOn(sandbox, proxyId)[0]!.ListenerId;
    assert.match(stopped, new RegExp(listenerId));
    await workbench.screenshot("preflight-steps-failed");

    sandbox.setFaults(undefined);
    // A reload in between: the panel kept the run; checked again, the port its own listener now holds does not
    // block the resume, and Create goes on from the bind.
    const beforeReload = await driver.revision();
    await driver.reloadWindow();
    // The restored panel checks the file again by itself (registerPreflight.ts): a ready newer than before the reload.
    await driver.waitForPhase("ready", 60_000, beforeReload);
    assert.match(await (await driver.section("steps")).innerText(), /Stopped at step 3 of 4: 2 done/);
    assert.equal(await driver.isDisabled(await driver.sendButton()), false, "the resume is not blocked by the run's own listener");
    assert.match(await (await driver.section("ports")).innerText(), new RegExp(`This run created ${listenerId}`));
    await workbench.screenshot("preflight-steps-reloaded");
    const again = await driver.revision();
    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 90_000, again);
    assert.match(await driver.text("#outcome"), new RegExp(`Created ${listenerId} with its origins bound`));
    const now = listenersOn(sandbox, proxyId);
    assert.equal(now.length, 1, "the resume did not create a second listener");
    assert.deepEqual(now[0]!.bindings.map((b) => b.RealServerId).sort(), ["rs-5bruip8f", "rs-tfrteb77"]);
    await workbench.screenshot("preflight-steps-resumed");
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { readExtensionLog } from "../support/extensionHostLog";
import { manifestCommand, paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

const WRONG_ID = "AKIDe2eWrongWrongWrong0000";
const WRONG_KEY = "e2e-not-a-real-secret-key";

/**
 * A first start with no account anywhere: the welcome view offers Sign in and Try the sandbox; the sandbox starts
 * inside VS Code and fills the tree; signing in with keys that are not its own fails clearly, sends and stores nothing.
 */
test("no account: welcome view, Try the sandbox, and a wrong key refused at sign-in", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  // `connect: false`: VS Code is not told about any sandbox, and the environment holds no Tencent Cloud keys.
  await withProxiesSandbox({ flow: "accounts-welcome", connect: false }, async (session) => {
    const { workbench } = session;
    const view = new ProxiesViewDriver(workbench, 60_000);
    await workbench.openViewContainer(proxiesContainer(manifest).title);

    const welcome = workbench.page.locator(".part.sidebar .welcome-view-content").first();
    await welcome.waitFor({ state: "visible", timeout: 60_000 });
    assert.match(await welcome.innerText(), /No Tencent Cloud account is set up yet/);
    await view.waitForStatusBarItem("Tencent Cloud: Sign In");
    await workbench.screenshot("accounts-welcome");

    // Try the sandbox: the extension starts its embedded sandbox and shows its demo account.
    await view.clickWelcomeButton("Try the sandbox");
    await view.waitForRow("edge-sh", 60_000);
    await workbench.waitForNotification(/Using the sandbox at 127\.0\.0\.1:\d+/);
    await view.waitForStatusBarItem("Sandbox");
    await workbench.page.mouse.move(900, 700);
    await workbench.screenshot("accounts-sandbox");

    // Sign in with keys that are not the sandbox's: refused before anything is sent (the sandbox gets only its own
    // keys), and nothing stored.
    await view.runCommandThatAsks(paletteLabel(manifestCommand(manifest, "tcAccel.signIn")));
    await view.answerInput("Sign In to Tencent Cloud (1/2)", WRONG_ID);
    await view.answerInput("Sign In to Tencent Cloud (2/2)", WRONG_KEY);
    const toast = await workbench.waitForNotification(/Sign-in failed/);
    const text = await toast.innerText();
    assert.match(text, /The sandbox only takes its own keys: AKID\*\*\*\*0000 is not the sandbox's SecretId/);
    assert.match(text, /Credential\.NotSandboxKey/);
    assert.match(text, /The key was not saved/);
    assert.doesNotMatch(text, new RegExp(WRONG_ID), "the SecretId is shown masked");
    await workbench.screenshot("accounts-wrong-key");
    await view.waitForStatusBarItem("Sandbox");

    const log = readExtensionLog(session.codeServer.userDataDir, manifest.id);
    assert.match(log, /Sign-in check failed: Credential\.NotSandboxKey/);
    assert.doesNotMatch(log, new RegExp(WRONG_KEY), "the SecretKey reached the log");
  });
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { readExtensionLog } from "../support/extensionHostLog";
import { manifestCommand, paletteLabel, proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { ProxiesViewDriver } from "./proxiesViewDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

const masked = (id: string) => `${id.slice(0, 4)}****${id.slice(-4)}`;

/**
 * Profiles: the sandbox's own keys and the TENCENTCLOUD_* environment variables (holding the same pair here).
 * Switching refreshes the tree (it shows a change made behind the extension's back without a Refresh); signing in
 * with a wrong SecretKey fails clearly, with the right one succeeds; Sign out forgets it.
 */
test("switching profile refreshes the tree; sign in and sign out", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  let secrets: string[] = [];
  await withProxiesSandbox(
    {
      flow: "accounts-profiles",
      // The environment profile is filled in below, once the sandbox's keys are known: see `env`.
      env: {},
    },
    async (session, sandbox) => {
      secrets = [sandbox.secretKey];
      const { workbench } = session;
      const view = new ProxiesViewDriver(workbench, 60_000);
      await workbench.openViewContainer(proxiesContainer(manifest).title);
      await view.waitForRow("edge-sh", 60_000);
      await view.waitForStatusBarItem("Sandbox");

      // Changed elsewhere; the view has not asked since.
      const edge = Object.values(sandbox.state.proxies).find((p) => p.ProxyName === "edge-sh");
      assert.ok(edge);
      edge.ProxyName = "renamed-elsewhere";

      // Switch to the environment's profile: the tree reloads for it, and shows the change.
      await (await view.waitForStatusBarItem("Sandbox")).click();
      await view.pickQuickItem("Environment variables");
      await view.waitForStatusBarItem("Environment variables");
      await view.waitForRow("renamed-elsewhere", 60_000);
      await workbench.page.mouse.move(900, 700);
      await workbench.screenshot("accounts-switched");

      // A wrong SecretKey for a real SecretId: refused with the signature error, not stored.
      const signIn = paletteLabel(manifestCommand(manifest, "tcAccel.signIn"));
      await view.runCommandThatAsks(signIn);
      await view.answerInput("Sign In to Tencent Cloud (1/2)", sandbox.secretId);
      await view.answerInput("Sign In to Tencent Cloud (2/2)", "wrong-secret-key");
      const toast = await workbench.waitForNotification(/Sign-in failed/);
      assert.match(await toast.innerText(), /AuthFailure\.SignatureFailure/);
      await workbench.screenshot("accounts-wrong-secret");
      await toast.locator(".codicon-notifications-clear, .codicon-close").first().click().catch(() => undefined);

      // The right pair: checked, stored in secret storage, and active.
      await view.runCommandThatAsks(signIn);
      await view.answerInput("Sign In to Tencent Cloud (1/2)", sandbox.secretId);
      await view.answerInput("Sign In to Tencent Cloud (2/2)", sandbox.secretKey);
      await view.waitForStatusBarItem(masked(sandbox.secretId));
      await view.waitForRow("renamed-elsewhere");
      await workbench.screenshot("accounts-signed-in");

      // The picker lists every profile, the signed-in one checked.
      await (await view.waitForStatusBarItem(masked(sandbox.secretId))).click();
      const rows = workbench.page.locator(".quick-input-list .monaco-list-row");
      await pollUntil("the profile picker", 30_000, async () => ((await rows.count()) >= 4 ? true : undefined));
      const labels = await rows.allInnerTexts();
      assert.ok(labels.some((l) => l.includes("Sandbox")));
      assert.ok(labels.some((l) => l.includes("Environment variables")));
      assert.ok(labels.some((l) => l.includes(masked(sandbox.secretId))));
      await workbench.screenshot("accounts-picker");
      await workbench.page.keyboard.press("Escape");

      // Sign out forgets the key; the view falls back to the default profile.
      await workbench.runCommand(paletteLabel(manifestCommand(manifest, "tcAccel.signOut")));
      await view.waitForStatusBarItem("Sandbox");
      assert.deepEqual(await workbench.errorNotifications().then((n) => n.filter((t) => !/Sign-in failed/.test(t))), []);

      const log = readExtensionLog(session.codeServer.userDataDir, manifest.id);
      for (const secret of [...secrets, "wrong-secret-key"]) assert.ok(!log.includes(secret), "a SecretKey reached the log");
    },
    (sandbox) => ({ TENCENTCLOUD_SECRET_ID: sandbox.secretId, TENCENTCLOUD_SECRET_KEY: sandbox.secretKey }),
  );
});

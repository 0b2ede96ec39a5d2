import * as assert from "node:assert/strict";
import * as http from "node:http";
import { test } from "node:test";
import { Client as GaapClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";
import { COMMANDS } from "../../../src/extension/constants";
import { boundedWait, pollUntil } from "../support/boundedWait";
import { EditorActions } from "../support/editorActions";
import { manifestCommand, paletteLabel, readExtensionManifest } from "../support/extensionManifest";
import { l4Ipv6StaticConflict } from "./requestFixtures";
import { withProxiesSandbox, type FlowSandbox } from "./withProxiesSandbox";

// Issue 9, point 7: in an untrusted workspace (Restricted Mode) request files are still checked, but nothing can
// send them: no Send lens, no Send in the palette or the editor title, and nothing reaches the account.
// The command's `enablement` hides Send from the UI only; the command itself can still be run by id (an extension's
// executeCommand, a `runCommands` keybinding), so the flow runs it that way too and checks the handler refuses.

// A keybinding to a command the UI offers nowhere: `runCommands` runs it by id, past its `enablement`.
const SEND_BY_ID_KEY = "Control+Alt+Shift+Y";

/** Actions the sandbox received other than listings and live checks (Describe*): a send or a preflight. */
const sentActions = (sandbox: FlowSandbox): string[] => Object.keys(sandbox.stats.actions).filter((a) => !a.startsWith("Describe")).sort();

const CLEAN = `{
  "Action": "CreateProxy",
  "ProjectId": 0,
  "ProxyName": "untrusted-create",
  "AccessRegion": "Shanghai",
  "RealServerRegion": "Guangzhou",
  "Bandwidth": 10,
  "Concurrent": 2,
  "ClientToken": "untrusted-token-1"
}
`;


test("an untrusted workspace checks request files but never sends them", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  const settings = {
    // Trust on (the other flows turn it off), never asked: the folder opens in Restricted Mode.
    "security.workspace.trust.enabled": true,
    "security.workspace.trust.startupPrompt": "never",
    "security.workspace.trust.emptyWindow": false,
  };
  const keybindings = [{ key: "ctrl+alt+shift+y", command: "runCommands", args: { commands: [COMMANDS.sendRequest] } }];
  await withProxiesSandbox({ flow: "request-untrusted", settings, keybindings, workspaceFiles: { "create.tcreq.json": CLEAN, "l4.tcreq.json": l4Ipv6StaticConflict() } }, async (session, sandbox) => {
    const { workbench, page } = session;
    const editor = new EditorActions(page);
    await page.locator(".part.statusbar .statusbar-item").filter({ hasText: "Restricted Mode" }).first().waitFor({ state: "visible", timeout: 60_000 });
    await page.locator(".part.statusbar .statusbar-item").filter({ hasText: "Sandbox" }).first().waitFor({ state: "visible", timeout: 60_000 });

    // Still checked: the conflict shows in Problems.
    await editor.open("l4.tcreq.json");
    await pollUntil("the Ipv6/StaticIp conflict in Problems", 30_000, async () =>
      (await workbench.problems()).some((r) => r.includes("IPv6 and a static IP cannot both be on")) ? true : undefined,
    );

    // A clean file offers Check and Copy as tccli, but no Send.
    await editor.open("create.tcreq.json");
    const lenses = page.locator(".part.editor .codelens-decoration");
    const lensText = await pollUntil("the request file's CodeLens", 30_000, async () => {
      const text = (await lenses.allInnerTexts()).join(" ");
      return text.includes("Check") ? text : undefined;
    });
    assert.match(lensText, /Copy as tccli/);
    assert.doesNotMatch(lensText, /Send/, "an untrusted workspace offers Send");
    const sendTitle = manifestCommand(manifest, COMMANDS.sendRequest).title;
    // The editor title keeps its Send button, greyed out.
    const titleSend = page.locator(`.part.editor [role="toolbar"][aria-label="Editor actions"] a.action-label[aria-label^="${sendTitle}"]`).first();
    await boundedWait("the editor title's Send button", 30_000, (t) => titleSend.waitFor({ state: "visible", timeout: t }));
    const state = await titleSend.evaluate((a) => ({ classes: a.className + " " + (a.parentElement?.className ?? ""), ariaDisabled: a.getAttribute("aria-disabled") }));
    assert.ok(/\bdisabled\b/.test(state.classes) || state.ariaDisabled === "true", `the editor title's Send is enabled (${JSON.stringify(state)})`);
    await workbench.screenshot("request-untrusted");

    // The palette has Check but not Send.
    const input = page.locator(".quick-input-widget input");
    await page.keyboard.press("Control+Shift+P");
    await boundedWait("the command palette", 30_000, (t) => input.waitFor({ state: "visible", timeout: t }));
    await input.fill(`>${paletteLabel(manifestCommand(manifest, COMMANDS.checkRequest))}`);
    const rows = page.locator(".quick-input-list .monaco-list-row");
    await boundedWait("the palette's Check row", 30_000, (t) => rows.first().waitFor({ state: "visible", timeout: t }));
    await input.fill(`>${paletteLabel(manifestCommand(manifest, COMMANDS.sendRequest))}`);
    await page.waitForTimeout(1000);
    const offered = (await rows.allInnerTexts()).filter((r) => r.includes(paletteLabel(manifestCommand(manifest, COMMANDS.sendRequest))));
    assert.deepEqual(offered, [], "the palette offers Send in an untrusted workspace");
    await page.keyboard.press("Escape");

    // Send run by id, with the clean file in front: the handler refuses, in words.
    await editor.open("create.tcreq.json");
    const refusal = /This workspace is not trusted: request files are checked but not sent/;
    const toast = page.locator(".notifications-toasts .notification-list-item").filter({ hasText: refusal }).first();
    await pollUntil("Send's refusal after running it by id", 40_000, async () => {
      await page.locator(".part.editor .monaco-editor .view-lines").first().click();
      await page.keyboard.press(SEND_BY_ID_KEY);
      return (await toast.waitFor({ state: "visible", timeout: 4_000 }).then(() => true, () => false)) ? true : undefined;
    }, 1000);
    await workbench.screenshot("request-untrusted-send-by-id");
    await page.waitForTimeout(2000);
    assert.equal(await page.locator(".part.editor .tab").filter({ hasText: /CreateProxy/ }).count(), 0, "Send opened the preflight panel in an untrusted workspace");

    // Nothing reached the account: no send, no preflight check or price, no new proxy.
    assert.deepEqual(sentActions(sandbox), [], "an untrusted workspace sent requests to the account");
    const gaap = new GaapClient({
      credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey },
      profile: { httpProfile: { endpoint: sandbox.endpoint, protocol: "http://", agent: new http.Agent() } },
    });
    const listed = await gaap.DescribeProxies({ Limit: 100 });
    assert.ok(!(listed.ProxySet ?? []).some((p) => p.ProxyName === "untrusted-create"), "a proxy was created from an untrusted workspace");
    assert.deepEqual(await workbench.errorNotifications(), []);
  });
});

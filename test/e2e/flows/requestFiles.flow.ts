import * as assert from "node:assert/strict";
import * as http from "node:http";
import { test } from "node:test";
import { Client as GaapClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";
import { Client as TeoClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client";
import { COMMANDS } from "../../../src/extension/constants";
import { pollUntil } from "../support/boundedWait";
import { EditorActions } from "../support/editorActions";
import { manifestCommand, paletteLabel, readExtensionManifest } from "../support/extensionManifest";
import { flowEnvironment } from "../support/flowEnvironment";
import { keystrokeToDiagnostics } from "../support/keystrokeToDiagnostics";
import { sandboxConnection, startSandbox, type SandboxHandle } from "../support/sandboxConnection";
import { withVsCode } from "../support/vscodeSession";
import { l4Ipv6StaticConflict } from "./requestFixtures";

// The request-file editor as a user meets it (issue 9): a new file from a template, completion of values only the
// account knows, conflicts in Problems on the right line and their quick fixes, Copy as tccli, and Send refusing a
// file with errors.

const GROUP_CONFLICT = `{
  "Action": "CreateProxy",
  "ProjectId": 0,
  "ProxyName": "edge-sh",
  "AccessRegion": "Shanghai",
  "GroupId": "lg-00000000",
  "RealServerRegion": "Guangzhou",
  "Bandwidth": 10,
  "Concurrent": 2,
  "ClientToken": "flow-token-1",
  "Region": "ap-shanghai"
}
`;


function sdk(sandbox: SandboxHandle) {
  const config = {
    credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey },
    profile: { httpProfile: { endpoint: sandbox.endpoint, protocol: "http://", agent: new http.Agent() } },
  };
  return { gaap: new GaapClient(config), teo: new TeoClient(config) };
}

type Workbench = Parameters<Parameters<typeof withVsCode>[1]>[0]["workbench"];

/** Waits until Problems shows `text` (or, with `gone`, no longer shows it); returns the lines it is reported on. */
async function problemLines(workbench: Workbench, text: string, gone = false): Promise<number[]> {
  const rows = await pollUntil(`Problems ${gone ? "without" : "with"} "${text}"`, 30_000, async () => {
    const r = await workbench.problems();
    return r.some((x) => x.includes(text)) !== gone ? r : undefined;
  });
  return rows.filter((r) => r.includes(text)).map((r) => Number(/line (\d+)/i.exec(r)?.[1] ?? NaN));
}

test("request files: template, live completion, conflicts, quick fixes, tccli, Send refuses errors, a read sent directly", { timeout: 6 * 60_000 }, async (t) => {
  const manifest = readExtensionManifest();
  const { prerequisites, vsix } = await flowEnvironment();
  const sandbox = await startSandbox({ seed: "demo" });
  try {
    const api = sdk(sandbox);
    const zone = (await api.teo.DescribeZones({ Limit: 100 })).Zones!.find((z) => !z.Paused)!;
    const proxy = (await api.gaap.DescribeProxies({ Limit: 1 })).ProxySet![0]!;
    const connection = sandboxConnection(sandbox);
    await withVsCode(
      {
        flow: "requestFiles",
        prerequisites,
        vsix,
        settings: connection.settings,
        env: connection.env,
        workspaceFiles: {
          "edge.tcreq.json": GROUP_CONFLICT,
          "l4.tcreq.json": l4Ipv6StaticConflict(zone.ZoneId!, "flow-l4"),
          "detail.tcreq.json": `{\n  "Action": "DescribeProxyDetail",\n  "ProxyId": "${proxy.ProxyId}"\n}\n`,
        },
      },
      async (session) => {
        const { workbench, page } = session;
        const editor = new EditorActions(page);
        // The account's status-bar item appears once the extension has activated on the sandbox.
        await page.locator(".part.statusbar").getByText("Sandbox").first().waitFor({ state: "visible", timeout: 60_000 });

        await t.test("New CreateProxy request opens a file from the template", async () => {
          await workbench.runCommand(paletteLabel(manifestCommand(manifest, COMMANDS.newCreateProxyRequest)));
          await workbench.waitForEditorText(/"Action":\s"CreateProxy"/);
          await workbench.waitForEditorText(/"AccessRegion":\s"Shanghai"/);
        });

        await t.test("typing AccessRegion offers the sandbox's access regions for the origin", async () => {
          const expected = (await api.gaap.DescribeAccessRegionsByDestRegion({ DestRegion: "Guangzhou" })).AccessRegionSet!.map((r) => r.RegionId!);
          assert.ok(expected.length > 1, "the sandbox has access regions for Guangzhou");
          // Line 6 of the template is `  "AccessRegion": "Shanghai",`: empty the value and ask for completion inside it.
          // (Typing a quote over a selection would wrap it in quotes: select the 8 letters and delete them instead.)
          await editor.goTo(6, 20);
          for (let i = 0; i < "Shanghai".length; i++) await page.keyboard.press("Shift+ArrowRight");
          await page.keyboard.press("Delete");
          await workbench.waitForEditorText(/"AccessRegion":\s\x22\x22,/);
          const offered = await editor.suggestions(expected[0]);
          // The list is virtualised (about a dozen rows on screen): those shown are the account's, in its order...
          assert.deepEqual(offered, expected.slice(0, offered.length), "the rows shown are the access regions for Guangzhou, in order");
          await workbench.screenshot("request-completion");
          // ...and one further down is found by typing the start of its name.
          const last = expected[expected.length - 1]!;
          await editor.type(last.slice(0, 3));
          assert.ok((await editor.suggestions(last)).includes(last), `${last} offered`);
          await page.keyboard.press("Escape");
        });

        await t.test("GroupId with RealServerRegion shows in Problems on the RealServerRegion line, and its quick fix clears it", async () => {
          await editor.open("edge.tcreq.json");
          const ignored = "RealServerRegion is ignored when GroupId is given";
          assert.deepEqual(await problemLines(workbench, ignored), [7]);
          await workbench.screenshot("request-problems");
          await editor.goTo(7, 4);
          await editor.quickFix(/Remove "RealServerRegion"/);
          await problemLines(workbench, ignored, true);
          await workbench.waitForEditorText(/"GroupId":\s"lg-00000000",/);
        });

        await t.test("Send on a file with errors sends nothing", async () => {
          await editor.open("l4.tcreq.json");
          const conflict = "IPv6 and a static IP cannot both be on";
          assert.deepEqual(await problemLines(workbench, conflict), [7]);
          await workbench.runCommand(paletteLabel(manifestCommand(manifest, COMMANDS.sendRequest)));
          await workbench.waitForNotification(/Not sent: the file has 1 error/);
          await workbench.screenshot("request-send-refused");
          const l4 = await api.teo.DescribeL4Proxy({ ZoneId: zone.ZoneId!, Limit: 1000 });
          assert.ok(!(l4.L4Proxies ?? []).some((p) => p.ProxyName === "flow-l4"), "no L4 proxy was created");
        });

        await t.test("the Ipv6/StaticIp quick fix turns StaticIp off and clears the conflict", async () => {
          await editor.goTo(7, 4);
          await editor.quickFix(/Turn "StaticIp" off/);
          await workbench.waitForEditorText(/"StaticIp":\s"off"/);
          await problemLines(workbench, "IPv6 and a static IP cannot both be on", true);
        });

        await t.test("Copy as tccli gives the per-parameter command tccli runs, with the file's Region", async () => {
          await editor.open("edge.tcreq.json").catch(async (e: unknown) => {
            await workbench.screenshot("request-tccli-open-failed");
            throw e;
          });
          await workbench.runCommand(paletteLabel(manifestCommand(manifest, COMMANDS.copyAsTccli)));
          const toast = await workbench.waitForNotification(/Copied: tccli gaap CreateProxy --region ap-shanghai --version 2018-05-29 /);
          const expected = "tccli gaap CreateProxy --region ap-shanghai --version 2018-05-29 --ProjectId 0 --ProxyName edge-sh --AccessRegion Shanghai --GroupId lg-00000000";
          assert.ok((await toast.innerText()).includes(expected.slice(0, 100)), await toast.innerText());
          await workbench.screenshot("request-tccli");
        });

        await t.test("a keystroke reaches Problems within the debounce plus the validation time (extension log)", async () => {
          await editor.goTo(1, 2); // after the opening brace: a space there changes nothing but the version
          const k = await keystrokeToDiagnostics(page, session.codeServer.userDataDir, manifest.id, "edge.tcreq.json");
          console.log(`  keystroke → diagnostics: ${k.afterEditMs} ms (debounce ${k.debounceMs} ms + validation ${k.validationMs} ms; limit ${k.limitMs.toFixed(1)} ms)`);
          assert.ok(k.afterEditMs >= k.debounceMs, `checked after the pause, not on the keystroke (${k.afterEditMs} ms)`);
          assert.ok(k.afterEditMs <= k.limitMs, `${k.afterEditMs} ms from keystroke to diagnostics, more than ${k.limitMs.toFixed(1)} ms`);
        });

        await t.test("Send on a read (DescribeProxyDetail) calls it at once and opens the answer beside the file", async () => {
          await editor.open("detail.tcreq.json");
          await workbench.runCommand(paletteLabel(manifestCommand(manifest, COMMANDS.sendRequest)));
          await workbench.waitForEditorText(new RegExp(`"ProxyDetail":[\\s\\S]*"ProxyId":\\s"${proxy.ProxyId}"`));
          await workbench.waitForEditorText(new RegExp(`"ProxyName":\\s"${proxy.ProxyName}"`));
          await workbench.screenshot("request-direct-answer");
        });
      },
    );
  } finally {
    await sandbox.close();
  }
});

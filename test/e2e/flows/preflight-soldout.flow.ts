import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { pollUntil } from "../support/boundedWait";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, proxiesNamed, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/**
 * A line that sells out between the check and Create: CreateProxy answers FailedOperation.ProxySellOut. The panel
 * explains it (what happened, what to do, code, RequestId) and the request file shows it on AccessRegion.
 */
test("a sold-out answer is explained in the panel and on the parameter", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-soldout", settings: { "workbench.colorTheme": "Default Dark Modern" } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as PreflightSandbox;
    const { workbench } = session;
    const driver = new PreflightDriver(session, manifest);
    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);

    await driver.send("late-sold.tcreq.json", { Action: "CreateProxy", ProjectId: 0, ProxyName: "late-sold", AccessRegion: "Beijing", RealServerRegion: "Guangzhou", Bandwidth: 20, Concurrent: 5 });
    await driver.waitForPhase("ready", 60_000);
    assert.match(await (await driver.section("check")).innerText(), /CheckFlag 1/);

    // Someone else buys the last of the line while the user reads the panel.
    sandbox.state.catalog.sellOut.push({ access: "Beijing", dest: "Guangzhou" });
    await (await driver.sendButton()).click();
    await driver.waitForPhase("failed", 60_000);
    const error = await driver.text(".panel > .error-box");
    assert.match(error, /sold out/i);
    assert.match(error, /another access region or a smaller size/i);
    assert.match(error, /FailedOperation\.ProxySellOut/);
    assert.match(error, /RequestId:\s*\S{8,}/);
    assert.equal(proxiesNamed(sandbox, "late-sold").length, 0, "nothing was created");
    await workbench.screenshot("preflight-soldout");

    // The same explanation sits on AccessRegion in the request file.
    const problems = await workbench.problems();
    assert.ok(
      problems.some((p) => /sold out/i.test(p) && /FailedOperation\.ProxySellOut/.test(p)),
      `the Problems panel shows the refusal: ${problems.join(" | ")}`,
    );
    // "Show in file" opens the request file at AccessRegion: closed first, so the click is what brings it back.
    await driver.closeRequestEditor("late-sold.tcreq.json");
    const accessRegionLine = fs.readFileSync(path.join(driver.workspace, "late-sold.tcreq.json"), "utf8").split("\n").findIndex((l) => l.includes('"AccessRegion"')) + 1;
    await (await driver.frame()).locator(".panel > .error-box .link").click();
    let seen: Awaited<ReturnType<typeof driver.activeEditorAndLine>>;
    await pollUntil(`the request file open at AccessRegion (line ${accessRegionLine})`, 30_000, async () => {
      seen = await driver.activeEditorAndLine();
      return seen?.file.includes("late-sold.tcreq.json") && seen.line === accessRegionLine ? true : undefined;
    }).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the editor shows ${JSON.stringify(seen)}`, { cause: e });
    });
    await workbench.waitForEditorText(/"AccessRegion"/);
    await workbench.screenshot("preflight-soldout-problems");
  });
});

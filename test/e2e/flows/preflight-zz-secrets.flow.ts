import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { COMMANDS } from "../../../src/extension/constants";
import { e2ePaths } from "../support/e2ePaths";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { PreflightDriver, type PreflightSandbox } from "./preflightDriver";
import { withProxiesSandbox } from "./withProxiesSandbox";

/** Files to search: every regular file under `dir` (logs, settings, storage databases, the workspace). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

/** The forms a key could be written in: as is, JSON-escaped, URL-encoded, base64 (as bytes, UTF-8 and UTF-16). */
function forms(secret: string): Buffer[] {
  return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), Buffer.from(secret).toString("base64")].flatMap((s) => [
    Buffer.from(s, "utf8"),
    Buffer.from(s, "utf16le"),
  ]);
}

function findSecret(files: readonly string[], secret: string): string[] {
  const needles = forms(secret);
  return files.filter((f) => {
    const bytes = fs.readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

/**
 * The last preflight flow ("zz": the runner takes flows in name order): a session that does what the suite does with the key (the tree, a preflight and a
 * create, an API refusal, a modify, the log, a reload that restores the panel), then searches everything that
 * outlives it for the SecretKey: the extension's logs and the other logs, settings, the extension's and the
 * workbench's storage on disk and in the browser, the workspace, the webview HTML, and the logs every flow so far
 * left in test-output/e2e.
 */
test("after the suite, the SecretKey appears nowhere in logs, settings, storage or webview HTML", { timeout: 6 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withProxiesSandbox({ flow: "preflight-zz-secrets", sandbox: { delays: 2_000 } }, async (session, flowSandbox) => {
    const sandbox = flowSandbox as PreflightSandbox;
    const secret = sandbox.secretKey;
    assert.ok(secret.length >= 16, "the sandbox has a real key to look for");
    const { workbench, page } = session;
    const driver = new PreflightDriver(session, manifest);
    const webviews: string[] = [];

    await workbench.openViewContainer(proxiesContainer(manifest).title);
    await workbench.waitForTreeItem("GAAP", 60_000);
    await driver.send("secrets-create.tcreq.json", { Action: "CreateProxy", ProjectId: 0, ProxyName: "secret-scan", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 });
    await driver.waitForPhase("ready", 60_000);
    webviews.push(...(await driver.webviewHtml()));
    await (await driver.sendButton()).click();
    await driver.waitForPhase("done", 90_000);
    webviews.push(...(await driver.webviewHtml()));

    await driver.send("secrets-sold.tcreq.json", { Action: "CreateProxy", ProjectId: 0, ProxyName: "secret-sold", AccessRegion: "Beijing", RealServerRegion: "Guangzhou", Bandwidth: 20, Concurrent: 5 });
    await driver.waitForPhase("ready", 60_000);
    sandbox.state.catalog.sellOut.push({ access: "Beijing", dest: "Guangzhou" });
    await (await driver.sendButton()).click();
    await driver.waitForPhase("failed", 60_000);
    webviews.push(...(await driver.webviewHtml()));

    const edge = Object.values(sandbox.state.proxies).find((p) => p.ProxyName === "edge-sh")!;
    await driver.send("secrets-modify.tcreq.json", { Action: "ModifyProxyConfiguration", ProxyId: edge.ProxyId, Concurrent: 5 });
    await driver.waitForPhase("ready", 60_000);
    webviews.push(...(await driver.webviewHtml()));
    await driver.run(COMMANDS.copyAsTccli);
    await driver.run(COMMANDS.showLog);
    await driver.reloadWindow();
    await driver.frame(60_000);
    webviews.push(...(await driver.webviewHtml()));

    // What the browser keeps: local storage and every IndexedDB database (VS Code's web storage lives there).
    const browserStorage = await page.evaluate(async () => {
      const dump: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => resolve([]);
          });
          dump.push(JSON.stringify(all, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v)));
        }
        db.close();
      }
      return dump.join("\n");
    });
    const clipboard = await page.evaluate(() => navigator.clipboard.readText().catch(() => ""));

    // Stop VS Code so that every log and storage file is flushed, then search what it left on disk.
    await session.codeServer.stop();
    const onDisk = [...filesUnder(session.root), ...filesUnder(e2ePaths.outputDir)];
    assert.ok(onDisk.some((f) => /exthost/.test(f) || f.endsWith(".log")), "logs were found to search");
    assert.ok(onDisk.some((f) => f.endsWith(path.join("User", "settings.json"))), "the settings were searched");
    assert.ok(webviews.some((html) => html.includes('id="app"')), "the panel's HTML was captured");

    // The search itself must be able to find the key: a canary written in each form proves it does.
    const canary = path.join(session.root, "canary.bin");
    for (const form of forms(secret)) {
      fs.writeFileSync(canary, Buffer.concat([Buffer.from("…"), form, Buffer.from("…")]));
      assert.deepEqual(findSecret([canary], secret), [canary], "the search finds the key");
    }
    fs.rmSync(canary);

    const leaks = findSecret(onDisk, secret).map((f) => path.relative(session.root, f));
    assert.deepEqual(leaks, [], "files that contain the SecretKey");
    const inText = (label: string, text: string) => (forms(secret).some((n) => text.includes(n.toString("utf8"))) ? [label] : []);
    assert.deepEqual(
      [...webviews.flatMap((html, i) => inText(`webview ${i}`, html)), ...inText("browser storage", browserStorage), ...inText("clipboard", clipboard)],
      [],
      "the SecretKey reached the page",
    );
    const kinds = (re: RegExp) => onDisk.filter((f) => re.test(f)).length;
    console.log(
      `    searched ${onDisk.length} files (${kinds(/\.log$/)} logs, ${kinds(/settings\.json$/)} settings, ${kinds(/\.vscdb$/)} storage databases), ` +
        `${webviews.length} webview documents, ${browserStorage.length} bytes of browser storage and the clipboard: no SecretKey`,
    );
  });
});

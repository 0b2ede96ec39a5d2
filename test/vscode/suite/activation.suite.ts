import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID } from "../../../src/extension/constants";
import { readExtensionManifest } from "../../e2e/support/extensionManifest";
import { vscodeTest } from "./vscodeTest";

vscodeTest("the extension activates without throwing", async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in the test instance`);
  await extension.activate();
  assert.equal(extension.isActive, true);
});

vscodeTest("every command in package.json is registered after activation", async () => {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  const registered = new Set(await vscode.commands.getCommands(true));
  const missing = readExtensionManifest().commands.filter((c) => !registered.has(c.command)).map((c) => c.command);
  assert.deepEqual(missing, [], "contributed but not registered");
});

vscodeTest("the Proxies view container opens", async () => {
  const container = readExtensionManifest().viewContainers[0];
  assert.ok(container, "package.json contributes no view container");
  // The same command VS Code runs when the activity-bar entry is clicked (what the browser flows do).
  await vscode.commands.executeCommand(`workbench.view.extension.${container.id}`);
});

import * as assert from "node:assert/strict";
import { test } from "node:test";
import { assertActivatedCleanly } from "../support/assertActivatedCleanly";
import { proxiesContainer, readExtensionManifest } from "../support/extensionManifest";
import { withSandboxedVsCode } from "../support/sandboxedVsCode";

test("activation leaves no error in the extension host log", { timeout: 5 * 60_000 }, async () => {
  const manifest = readExtensionManifest();
  await withSandboxedVsCode({ flow: "activation" }, async (session) => {
    // Opening the view is what activates the extension for a user who has no request file open.
    await session.workbench.openViewContainer(proxiesContainer(manifest).title);
    await assertActivatedCleanly(session, manifest.id);
    assert.deepEqual(await session.workbench.errorNotifications(), [], "an error notification is on screen after activation");
    await session.workbench.screenshot("activation");
  });
});

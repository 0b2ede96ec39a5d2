import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { buildVsix } from "../e2e/support/buildVsix";
import { unexpectedVsixEntries, vsixContents } from "../e2e/support/vsixContents";

// Packages the extension exactly as `npm run package` does (production bundles, vsce --no-dependencies) and checks
// that the VSIX holds what the extension needs at run time and nothing else.
test("the VSIX contains only the bundles, media, l10n, the manifest and its docs", { timeout: 5 * 60_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-vsix-"));
  try {
    const vsix = await buildVsix(path.join(dir, "tencent-cloud-acceleration.vsix"));
    const entries = await vsixContents(vsix.file);
    console.log(`VSIX: ${(vsix.bytes / 1024).toFixed(1)} KiB, ${entries.length} files:\n  ${entries.join("\n  ")}`);
    assert.deepEqual(unexpectedVsixEntries(entries), [], "files that should not be in the VSIX");
    // vsce lower-cases readme.md and changelog.md and adds .txt to LICENSE.
    for (const needed of ["extension/package.json", "extension/dist/extension.js", "extension/dist/features.js", "extension/dist/sdk.js", "extension/readme.md", "extension/changelog.md", "extension/LICENSE.txt"]) {
      assert.ok(entries.some((e) => e.toLowerCase() === needed.toLowerCase()), `${needed} is missing from the VSIX`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

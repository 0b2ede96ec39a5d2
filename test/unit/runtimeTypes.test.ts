import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(__dirname, "../../..");
const TSC = path.join(ROOT, "node_modules", "typescript7", "bin", "tsc");

/**
 * Type-checks one probe file with a runtime's compiler options (its tsconfig, this file only), so it sees exactly
 * the globals that runtime's code sees. The probe sits under out/, inside the repository, so that the config's
 * `types` resolve from the same node_modules.
 */
function check(config: string, source: string): { ok: boolean; output: string } {
  fs.mkdirSync(path.join(ROOT, "out"), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, "out", ".types-probe-"));
  try {
    fs.writeFileSync(path.join(dir, "probe.ts"), source);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ extends: path.join(ROOT, config), files: ["probe.ts"], include: [], compilerOptions: { noEmit: true, skipLibCheck: true } }));
    const r = spawnSync(process.execPath, [TSC, "-p", path.join(dir, "tsconfig.json")], { encoding: "utf8", timeout: 60_000 });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("each runtime sees only its own globals", () => {
  it("the core (and so the CLI and the sandbox) has Node but no DOM", () => {
    assert.equal(check("tsconfig.core.json", "export const cwd: string = process.cwd();\n").ok, true);
    const dom = check("tsconfig.core.json", "export const title: string = document.title;\n");
    assert.equal(dom.ok, false, "document type-checks in src/core");
    assert.match(dom.output, /Cannot find name 'document'/);
  });

  it("the webview has the DOM but no Node", () => {
    assert.equal(check("tsconfig.webview.json", "export const title: string = document.title;\n").ok, true);
    const node = check("tsconfig.webview.json", "export const home: string | undefined = process.env.HOME;\n");
    assert.equal(node.ok, false, "process type-checks in src/webview");
    assert.match(node.output, /Cannot find name 'process'/);
  });

  it("the extension layer has Node and vscode but no DOM", () => {
    assert.equal(check("tsconfig.extension.json", 'import * as vscode from "vscode";\nexport const v: string = vscode.version + process.cwd();\n').ok, true);
    assert.equal(check("tsconfig.extension.json", "export const w = window.innerWidth;\n").ok, false, "window type-checks in src/extension");
  });
});

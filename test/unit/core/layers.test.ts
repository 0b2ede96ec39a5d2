import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

const SRC = path.resolve(__dirname, "../../../../src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

const importsVscode = (file: string) => /(from\s+["']vscode["'])|(require\(\s*["']vscode["']\s*\))|(import\(\s*["']vscode["']\s*\))/.test(fs.readFileSync(file, "utf8"));

describe("layers", () => {
  it("nothing under src/core imports vscode", () => {
    const offenders = sources(path.join(SRC, "core")).filter(importsVscode);
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });

  it("nothing under src/sandbox or src/cli imports vscode", () => {
    const dirs = ["sandbox", "cli"].map((d) => path.join(SRC, d)).filter((d) => fs.existsSync(d));
    const offenders = dirs.flatMap(sources).filter(importsVscode);
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });

  it("the guard itself notices an import", () => {
    const probe = path.join(fs.mkdtempSync(path.join(require("node:os").tmpdir(), "layers-")), "x.ts");
    fs.writeFileSync(probe, `import * as vscode from "vscode";\n`);
    assert.ok(importsVscode(probe));
  });
});

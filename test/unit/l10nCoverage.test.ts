import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(__dirname, "../../..");

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The first argument of every `l10n.t("...")` / `l10n.t('...')` call: the English text, which is also the key. */
export function l10nKeys(sources: string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const call = /l10n\.t\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`((?:[^`\\$]|\\.)*)`)/g;
  for (const file of sources) {
    for (const m of fs.readFileSync(file, "utf8").matchAll(call)) {
      const raw = m[1] ?? m[2] ?? m[3] ?? "";
      const key = m[1] !== undefined ? JSON.parse(`"${raw}"`) : raw.replace(/\\(.)/g, "$1");
      keys.set(key, path.relative(ROOT, file));
    }
  }
  return keys;
}

describe("user-facing strings", () => {
  it("every vscode.l10n.t string has a Chinese translation", () => {
    const keys = l10nKeys(files(path.join(ROOT, "src", "extension")));
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, "l10n", "bundle.l10n.zh-cn.json"), "utf8")) as Record<string, string>;
    const missing = [...keys].filter(([k]) => !(k in zh)).map(([k, f]) => `${f}: ${JSON.stringify(k)}`);
    assert.deepEqual(missing, [], `add these to l10n/bundle.l10n.zh-cn.json`);
    for (const [k] of keys) assert.match(zh[k]!, /[\u4e00-\u9fff]|^[\s\S]*\{0\}[\s\S]*$/, `${k} translated`);
  });

  it("every translation keeps the placeholders of its English", () => {
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, "l10n", "bundle.l10n.zh-cn.json"), "utf8")) as Record<string, string>;
    for (const [en, text] of Object.entries(zh)) {
      const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(holes(text), holes(en), `placeholders of ${JSON.stringify(en)}`);
    }
  });

  it("package.json's %keys% exist in English and Chinese", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "package.json"), "utf8");
    const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    for (const nls of ["package.nls.json", "package.nls.zh-cn.json"]) {
      const table = JSON.parse(fs.readFileSync(path.join(ROOT, nls), "utf8")) as Record<string, string>;
      assert.deepEqual([...used].filter((k) => !(k in table)), [], nls);
    }
  });
});
